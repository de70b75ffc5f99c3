"""Characters an output format cannot carry, replaced in one place for every writer.

Listing text can hold anything: NUL and other C0 controls, U+FFFE, lone surrogates (a JSON
``"\\ud800"``). XML 1.0 forbids all of these (a parser stops at the first one, so one bad title
made the whole ``graph.graphml`` unreadable), and UTF-8, the encoding of every other output,
cannot encode a lone surrogate at all. Writers replace each such character with U+FFFD, the
replacement character, so the file opens everywhere and a reader still sees that something
stood there; a surrogate pair split into two code points is joined back into its character.
Everything else, including U+2028, bidi marks and C1 controls, is kept as it is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from mlkg.graph.store import Edge, KnowledgeGraph, Node

REPLACEMENT = "\ufffd"

# XML 1.0's Char production, negated: what no XML 1.0 document may contain, even as a reference.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def unicode_text(value: str) -> str:
    """``value`` with every lone surrogate as U+FFFD (a split pair rejoined): text UTF-8 can encode."""
    if _SURROGATE.search(value) is None:
        return value
    return value.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def xml_text(value: str) -> str:
    """``value`` with every character XML 1.0 forbids as U+FFFD: C0 controls other than tab, line
    feed and carriage return, U+FFFE, U+FFFF and lone surrogates. Used by every XML writer."""
    if _NOT_XML.search(value) is None:
        return value
    return _NOT_XML.sub(REPLACEMENT, unicode_text(value))


def _value(value: object) -> object:
    if isinstance(value, str):
        return unicode_text(value)
    if isinstance(value, tuple):
        return tuple(_value(v) for v in value)
    if isinstance(value, list):
        return [_value(v) for v in value]
    return value


def _props(props: dict[str, object]) -> dict[str, object]:
    return {unicode_text(k): _value(v) for k, v in props.items()}


def unicode_graph(graph: KnowledgeGraph) -> KnowledgeGraph:
    """A copy of ``graph`` whose every string went through :func:`unicode_text`.

    For writers whose serialiser refuses lone surrogates outright (pyoxigraph): they try the
    graph as it is, and only a graph that holds one pays for this copy.
    """
    copy = KnowledgeGraph()
    for node in graph.nodes.values():
        copy.add_node(Node(unicode_text(node.id), unicode_text(node.type), unicode_text(node.label),
                           _props(node.props)))
    for edge in graph.edges.values():
        copy.add_edge(Edge(unicode_text(edge.source), unicode_text(edge.rel), unicode_text(edge.target),
                           _props(edge.props),
                           tuple(replace(s, extractor=unicode_text(s.extractor), text=unicode_text(s.text))
                                 for s in edge.support)))
    copy.replaced = {unicode_text(old): unicode_text(new) for old, new in graph.replaced.items()}
    return copy

