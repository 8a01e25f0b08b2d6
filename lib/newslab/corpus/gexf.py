"""GEXF 1.2 files (what Gephi opens) written as a stream.

networkx's GEXF writer builds the whole document as an ElementTree and then serialises it in
pure Python: for a corpus network of 57,000 edges that is most of the notebook's export time and
several hundred megabytes at once. This writer makes the same document, element by element,
through lxml's incremental writer: one pass over the graph to declare the attributes, one to
write nodes and edges. It follows networkx's conventions (``label``, ``weight``, ``start``/``end``
and ``spells`` as GEXF fields; a list of ``(value, start, end)`` as a dynamic attribute; a
multigraph's key as the ``networkx_key`` attribute; edge ids counted in edge order), so
``networkx.read_gexf`` reads back the graph networkx would have written; there is no date stamp,
so the same graph gives the same bytes.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import networkx as nx

NS = "http://www.gexf.net/1.2draft"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = "http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd"
#: Data keys written as fields of the node or edge element, not as attributes.
NODE_FIELDS = ("label", "pid", "start", "end", "spells")
EDGE_FIELDS = ("id", "label", "weight", "type", "start", "end", "spells")


def _xml_type(value) -> str:
    """The GEXF attribute type of a Python (or numpy) value, as networkx declares it."""
    import numpy as np

    if isinstance(value, (bool, np.bool_)):
        return "boolean"
    if isinstance(value, (int, np.integer)):
        return "long"
    if isinstance(value, (float, np.floating)):
        return "double"
    if isinstance(value, (str, dict)):
        return "string"
    raise TypeError(f"attribute value type is not allowed in GEXF: {type(value).__name__}")


def _text(value) -> str:
    """An attribute value as GEXF text (booleans lower case, infinities and NaN as GEXF spells them)."""
    if isinstance(value, bool):
        return str(value).lower()
    text = str(value)
    if isinstance(value, float):
        return {"inf": "INF", "-inf": "-INF", "nan": "NaN"}.get(text, text)
    return text


def _is_dynamic(value) -> bool:
    return isinstance(value, list) and any(start is not None or end is not None for _, start, end in value)


def _timeformat(value) -> str:
    if isinstance(value, str):
        return "date"
    if isinstance(value, float):
        return "double"
    if isinstance(value, int):
        return "long"
    raise nx.NetworkXError("timeformat should be of the type int, float or str")


def _items(g: nx.Graph):
    """``("node", id, data)`` for every node, then ``("edge", (u, v, edge_id), data)`` for every
    edge, ``data`` holding what is written (a multigraph's key as ``key``)."""
    for n, d in g.nodes(data=True):
        yield "node", n, d
    taken = {str(d["id"]) for _, _, d in g.edges(data=True) if d.get("id") is not None}
    counter = itertools.count()

    def next_id() -> int:
        eid = next(counter)
        while str(eid) in taken:
            eid = next(counter)
        taken.add(str(eid))
        return eid

    edges = g.edges(keys=True, data=True) if g.is_multigraph() else ((u, v, None, d) for u, v, d in g.edges(data=True))
    for u, v, key, d in edges:
        data = dict(d) if key is None else {**d, "key": key}
        eid = data.pop("id", None)
        yield "edge", (u, v, next_id() if eid is None else eid), data


def _declare(g: nx.Graph) -> tuple[dict, str | None]:
    """Attribute declarations ``{(class, mode): {title: (id, type)}}`` in first-seen order, and
    the time format (None for a graph without times)."""
    declared: dict[tuple[str, str], dict[str, tuple[str, str]]] = {}
    ids = itertools.count()
    timeformat = None
    for cls, _, data in _items(g):
        fields = NODE_FIELDS if cls == "node" else EDGE_FIELDS
        for k, v in data.items():
            if k in ("start", "end") and v is not None:
                timeformat = _timeformat(v)
            elif k == "spells" and v:
                for start, end in v:
                    for t in (start, end):
                        if t is not None:
                            timeformat = _timeformat(t)
            if k in fields:
                continue
            title = "networkx_key" if k == "key" else str(k)
            if isinstance(v, list):
                mode = "dynamic" if _is_dynamic(v) else "static"
                if mode == "dynamic":
                    timeformat = _timeformat(next(t for _, s, e in v for t in (s, e) if t is not None))
                sample = v[0][0] if v else ""
            else:
                mode, sample = "static", v
            group = declared.setdefault((cls, mode), {})
            if title not in group:
                group[title] = (str(next(ids)), _xml_type(sample))
    return declared, timeformat


def write_gexf(g: nx.Graph, path: str | Path) -> Path:
    """Write ``g`` as GEXF 1.2 to ``path`` (streamed, atomic, no date stamp)."""
    from lxml import etree

    from ..files import atomic_open

    declared, timeformat = _declare(g)
    dynamic = g.graph.get("mode") == "dynamic" or timeformat is not None
    graph_attrib = {"defaultedgetype": "directed" if g.is_directed() else "undirected",
                    "mode": "dynamic" if dynamic else "static", "name": str(g.graph.get("name", ""))}
    if timeformat is not None:
        graph_attrib["timeformat"] = timeformat
    ids: dict[str, dict[str, str]] = {}
    for (cls, _), group in declared.items():
        ids.setdefault(cls, {}).update({title: aid for title, (aid, _) in group.items()})
    items = _items(g)
    with atomic_open(Path(path), "wb") as fh, etree.xmlfile(fh, encoding="utf-8") as xf:
        xf.write_declaration()
        with xf.element(f"{{{NS}}}gexf", {f"{{{XSI}}}schemaLocation": SCHEMA_LOCATION, "version": "1.2"},
                        nsmap={None: NS, "xsi": XSI}):
            meta = etree.Element("meta")
            etree.SubElement(meta, "creator").text = f"NetworkX {nx.__version__}"
            xf.write("\n  ", meta, "\n  ")
            with xf.element("graph", graph_attrib):
                for (cls, mode), group in declared.items():
                    attributes = etree.Element("attributes", {"mode": mode, "class": cls})
                    for title, (aid, typ) in group.items():
                        etree.SubElement(attributes, "attribute", {"id": aid, "title": title, "type": typ})
                    xf.write("\n    ", attributes)
                xf.write("\n    ")
                with xf.element("nodes"):
                    for _ in range(g.number_of_nodes()):
                        _, node, data = next(items)
                        xf.write("\n      ", _element("node", node, data, ids.get("node", {})))
                    xf.write("\n    ")
                xf.write("\n    ")
                with xf.element("edges"):
                    for _, edge, data in items:
                        xf.write("\n      ", _element("edge", edge, data, ids.get("edge", {})))
                    xf.write("\n    ")
                xf.write("\n  ")
            xf.write("\n")
    return Path(path)


def _element(cls: str, ident, data: dict, ids: dict[str, str]):
    """One ``node`` (``ident``: the node) or ``edge`` (``ident``: ``(u, v, edge id)``) element."""
    from lxml import etree

    data = dict(data)
    if cls == "node":
        attrib = {"id": str(ident), "label": str(data.pop("label", ident))}
        if "pid" in data:
            attrib["pid"] = str(data.pop("pid"))
    else:
        u, v, eid = ident
        attrib = {"source": str(u), "target": str(v), "id": str(eid)}
        for field in ("label", "weight", "type"):
            if field in data:
                attrib[field] = str(data.pop(field))
    for field in ("start", "end"):
        if field in data:
            attrib[field] = str(data.pop(field))
    el = etree.Element(cls, attrib)
    spells = data.pop("spells", None)
    if spells:
        box = etree.SubElement(el, "spells")
        for start, end in spells:
            etree.SubElement(box, "spell", {k: str(t) for k, t in (("start", start), ("end", end)) if t is not None})
    if data:
        values = etree.SubElement(el, "attvalues")
        for k, v in data.items():
            aid = ids["networkx_key" if k == "key" else str(k)]
            if isinstance(v, list):
                for val, start, end in v:
                    av = etree.SubElement(values, "attvalue", {"for": aid, "value": _text(val)})
                    if start is not None:
                        av.set("start", str(start))
                    if end is not None:
                        av.set("end", str(end))
            else:
                etree.SubElement(values, "attvalue", {"for": aid, "value": _text(v)})
    return el
