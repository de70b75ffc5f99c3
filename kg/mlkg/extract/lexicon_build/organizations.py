"""Organizations: Hugging Face organization fields and names from text patterns."""

from __future__ import annotations

import re
from collections import Counter

from .groups import Group, slug_key
from .stats import Stats
from .thresholds import THRESHOLDS, Thresholds
from .tokens import token_shape
from .vocab import FUNC


# An account named for the benchmark it publishes: "Claw-Eval", "SWE-bench", "Chatbot Arena".
_BENCHMARK_ACCOUNT = re.compile(r"(?i:[-_ ]?(?:bench|benchmark|eval|arena|leaderboard))$")


# --------------------------------------------------------------------------------------
# Organizations
# --------------------------------------------------------------------------------------
def organizations(st: Stats, log, generic: set[str] = frozenset(),
                  th: Thresholds = THRESHOLDS) -> list[Group]:
    """HF organization fields (name = display name, alias = account slug), plus org names
    from text patterns ("University of X", "X Research", ...) seen in >= ``th.min_papers`` papers."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        parent[find(a)] = find(b)

    def okey(name: str) -> str:
        return "n:" + re.sub(r"\W+", "", name.casefold())

    for (name, slug) in st.orgs:
        union(okey(name), okey(name))
        if slug:
            union(okey(name), "s:" + slug.lower())

    def cap_consistent(word: str) -> bool:
        """Always written capitalised in the corpus (Stanford, Google), unlike common words."""
        return st.df[word] > 2 * st.df[word.lower()] or token_shape(word) == "strong"

    org_words = {"University", "Institute", "Research", "Lab", "Labs", "Laboratory", "AI",
                 "Technology", "Inc.", "Ltd.", "Corporation"}

    def distinctive(name: str) -> bool:
        """Some word is a proper name: 'Stanford University' yes, 'AI Research' no."""
        words = [w for w in name.replace(",", " ").split()
                 if w not in org_words and w.lower() not in FUNC]
        return bool(words) and all(cap_consistent(w) for w in words) and \
            any(w not in generic for w in words)

    text_orgs = {n: c for n, c in st.text_orgs.items() if c >= th.min_papers and distinctive(n)}
    for name in text_orgs:
        union(okey(name), okey(name))
    members: dict[str, Group] = {}
    for (name, slug), c in sorted(st.orgs.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")):
        root = find(okey(name))
        g = members.setdefault(root, Group(root))
        g.surfaces[name] += c
        if slug:
            g.curated[f"slug:{slug}"] += c
        g.ctx["hf_org"] += c
    for name, c in sorted(text_orgs.items()):
        root = find(okey(name))
        g = members.setdefault(root, Group(root))
        g.surfaces[name] += 0
        g.ctx["text_org"] += c
    out = []
    dropped = benchmark_accounts = 0
    for g in members.values():
        names = Counter({s: c for s, c in g.surfaces.items()})
        g.name = min(names.items(), key=lambda kv: (-kv[1], kv[0]))[0]
        if " " not in g.name and g.name[:1].isupper() and not cap_consistent(g.name) or \
                " " in g.name and not any(cap_consistent(w) and w not in org_words and
                                          w not in generic for w in g.name.split()):
            dropped += 1  # "Together", "Model Architectures": common words, not usable names
            continue
        if _BENCHMARK_ACCOUNT.search(g.name):
            benchmark_accounts += 1  # "Claw-Eval", "SWE-bench": an account named for its benchmark, no organization
            continue
        slugs = sorted({k.split(":", 1)[1] for k in g.curated})
        if not slug_key(g.name) and slugs:
            g.name = slugs[0]  # a name without Latin letters: the account slug gives the id
        g.key = slug_key(g.name)
        if not g.key:
            continue
        g.type = "Organization"
        g.gate = "hf_org" if g.ctx["hf_org"] else "text_org"
        aliases = [s for s in sorted(names, key=lambda s: (-names[s], s)) if s != g.name]
        aliases += sorted({k.split(":", 1)[1] for k in g.curated} - {g.name})
        g.aliases = list(dict.fromkeys(aliases))
        g.counts = {"papers": 0}
        out.append(g)
    log(f"  organizations: {len(out)} ({sum(1 for g in out if g.gate == 'hf_org')} from HF fields"
        f", {dropped} common-word names and {benchmark_accounts} benchmark accounts dropped)")
    return out


