// The search page: results as you type, from /api/search. Every value is set as text, never as HTML.
"use strict";
(function () {
  const form = document.getElementById("search");
  if (!form) { return; }
  const box = document.getElementById("q");
  const list = document.getElementById("hits");
  const summary = document.getElementById("summary");
  let timer = null;
  let asked = 0;  // the newest request; older answers that arrive late are dropped
  let shown = {query: box.value, hits: Array.from(list.querySelectorAll("li.hit a")).map((a) => ({url: a.getAttribute("href")}))};

  function params() {
    const p = new URLSearchParams();
    p.set("q", box.value);
    for (const c of form.querySelectorAll("input[name=type]:checked")) { p.append("type", c.value); }
    return p;
  }

  function span(cls, text) {
    const s = document.createElement("span");
    s.className = cls;
    s.textContent = text;
    return s;
  }

  function render(data) {
    list.replaceChildren();
    for (const hit of data.hits) {
      const li = document.createElement("li");
      li.className = "hit";
      const a = document.createElement("a");
      a.href = hit.url;
      a.textContent = hit.name;
      li.append(a, " ", span("type type-" + hit.type, hit.type));
      if (hit.type !== "Paper") {
        li.append(" ", span("papers", hit.papers.toLocaleString("en") + (hit.papers === 1 ? " paper" : " papers")));
      }
      if (hit.matched !== hit.name) { li.append(" ", span("matched", hit.match + ": " + hit.matched)); }
      list.append(li);
    }
    if (!data.query.trim()) { summary.textContent = ""; }
    else {
      summary.textContent = data.total.toLocaleString("en") + (data.total === 1 ? " match" : " matches") +
        " for “" + data.query + "”" + (data.total > data.hits.length ? "; the best " + data.hits.length + " shown" : "");
    }
    shown = data;
    document.body.dataset.searched = data.query;
  }

  async function ask() {
    const p = params();
    const mine = ++asked;
    const response = await fetch("/api/search?" + p.toString(), {headers: {"Accept": "application/json"}});
    if (!response.ok || mine !== asked) { return; }
    const data = await response.json();
    if (mine !== asked) { return; }
    render(data);
    history.replaceState(null, "", "/search?" + p.toString());
  }

  function soon() {
    clearTimeout(timer);
    timer = setTimeout(ask, 80);
  }

  box.addEventListener("input", soon);
  for (const c of form.querySelectorAll("input[name=type]")) { c.addEventListener("change", soon); }
  // Enter opens the best hit of what is typed; without script the form lists the hits (/search).
  form.addEventListener("submit", (event) => {
    if (shown.query === box.value && shown.hits.length) {
      event.preventDefault();
      window.location.assign(shown.hits[0].url);
    }
  });
})();
