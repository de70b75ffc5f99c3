// The ego network of an entity or paper page: nodes and edges from /api/ego/ID, drawn by the
// vendored vis-network with the static page's options. Tooltips are text, never HTML.
"use strict";
(function () {
  const box = document.getElementById("ego");
  if (!box || typeof vis === "undefined") { return; }
  const status = document.getElementById("ego-status");
  let network = null;

  function tooltip(text) {
    const element = document.createElement("div");
    element.className = "ego-tip";
    element.textContent = text;
    return element;
  }

  async function show(hops) {
    document.body.dataset.egoReady = "false";
    status.textContent = "loading…";
    const url = "/api/ego/" + box.dataset.id.split("/").map(encodeURIComponent).join("/") +
      "?hops=" + hops + "&cap=" + encodeURIComponent(box.dataset.cap);
    const response = await fetch(url, {headers: {"Accept": "application/json"}});
    if (!response.ok) { status.textContent = "no network (" + response.status + ")"; return; }
    const data = await response.json();
    for (const item of data.nodes) { item.title = tooltip(item.title); }
    for (const item of data.edges) { item.title = tooltip(item.title); }
    const nodes = new vis.DataSet(data.nodes);
    const edges = new vis.DataSet(data.edges);
    if (network) { network.destroy(); }
    network = new vis.Network(box, {nodes: nodes, edges: edges}, data.options);
    const urls = new Map(data.nodes.map((n) => [n.id, n.url]));
    network.on("doubleClick", (params) => {
      if (params.nodes.length && params.nodes[0] !== data.center) { window.location.assign(urls.get(params.nodes[0])); }
    });
    network.once("stabilizationIterationsDone", () => {
      network.fit();
      document.body.dataset.egoReady = "true";
    });
    if (data.nodes.length < 2) { document.body.dataset.egoReady = "true"; }
    const more = data.neighbours > data.nodes.length - 1 ? " (" + data.neighbours.toLocaleString("en") + " linked in all)" : "";
    status.textContent = data.nodes.length + " nodes, " + data.edges.length + " links" + more + "; double-click a node to open it";
    window.mlkgEgo = {nodes: nodes, edges: edges, network: network, hops: hops};
    for (const b of document.querySelectorAll("button.hops")) { b.classList.toggle("on", b.dataset.hops === String(hops)); }
  }

  for (const b of document.querySelectorAll("button.hops")) {
    b.addEventListener("click", () => show(Number(b.dataset.hops)));
  }
  show(Number(box.dataset.hops) || 1);
})();
