"""The actor network: a networkx MultiDiGraph built from one or many analyses.

Nodes are canonical actors (merged across articles by ``name``, accents and case folded) with their attributes (type,
kind, role, rank, affiliation, iso3, number of mentions and of articles); edges are typed
interactions, one per interaction, with their evidence (article, verb, sentence, span, date).
Summaries (centrality, communities) are DataFrames; the figure is a matplotlib drawing with
non-overlapping labels and edge colour by kind; GEXF and GraphML go to Gephi.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Iterable

import networkx as nx
import pandas as pd

from ..extract.analysis import Analysis

#: Edge colour per interaction kind (colour-blind-safe Okabe–Ito palette).
KIND_COLOURS = {
    "meet": "#0072B2", "communicate": "#56B4E9", "visit": "#009E73", "attend": "#999999",
    "support": "#E69F00", "agree": "#CC79A7", "oppose": "#D55E00", "member": "#000000", "control": "#882255",
}
TYPE_COLOURS = {"PERSON": "#F0E442", "ORG": "#56B4E9", "GPE": "#009E73", "NORP": "#CC79A7", "LOC": "#BBBBBB", "FAC": "#BBBBBB"}


def build_graph(analyses: Iterable[Analysis], actor_types: Iterable[str] | None = None,
                edge_kinds: Iterable[str] | None = None, min_edge_weight: int = 1) -> nx.MultiDiGraph:
    """Actors as nodes, interactions as edges (filters: actor types, edge kinds, minimum pair weight)."""
    types = set(actor_types) if actor_types else None
    kinds = set(edge_kinds) if edge_kinds else None
    g = nx.MultiDiGraph()
    display: dict[str, str] = {}  # folded name -> the node's name (the first spelling seen)

    def node_name(name: str) -> str:
        return display.setdefault(fold_name(name), name)

    for an in analyses:
        aid = an.article.id
        for row in an.actors.to_dict(orient="records"):
            name = node_name(row["name"])
            if name not in g:
                g.add_node(name, type=row["type"], kind=row.get("kind"), role=row.get("role"), rank=row.get("rank"),
                           affiliation=row.get("affiliation"), iso3=row.get("iso3"), mentions=0, articles=0)
            node = g.nodes[name]
            for attr in ("kind", "role", "rank", "affiliation", "iso3"):
                if not node.get(attr) and row.get(attr):
                    node[attr] = row[attr]
            node["mentions"] += len(row.get("mentions") or [])
            node["articles"] += 1
        for row in an.interactions.to_dict(orient="records"):
            if kinds and row["kind"] not in kinds:
                continue
            g.add_edge(node_name(row["source"]), node_name(row["target"]), kind=row["kind"], cameo=row.get("cameo"), verb=row.get("verb"),
                       negated=bool(row.get("negated")), date=row.get("date"), article_id=aid,
                       sentence=row.get("sentence"), span=json.dumps(row.get("span")))
    if types:
        g.remove_nodes_from([n for n, d in list(g.nodes(data=True)) if d.get("type") not in types])
    if min_edge_weight > 1:
        weights = Counter(frozenset((u, v)) for u, v in g.edges())
        drop = [(u, v, k) for u, v, k in g.edges(keys=True) if weights[frozenset((u, v))] < min_edge_weight]
        g.remove_edges_from(drop)
    g.remove_nodes_from([n for n in list(g.nodes) if g.degree(n) == 0])
    return g


def fold_name(name: str) -> str:
    """Key that merges spellings of one actor across articles: accents and case folded, "al-"/"Al-" alike
    (Erdoğan = Erdogan, al-Haddad = Al-Haddad)."""
    import unicodedata

    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).replace("ı", "i")
    return " ".join(text.casefold().replace("-", " ").replace("’", "'").split())


def node_table(g: nx.MultiDiGraph) -> pd.DataFrame:
    """One row per node with its attributes and degrees."""
    rows = [{"name": n, **d, "degree": g.degree(n), "in_degree": g.in_degree(n), "out_degree": g.out_degree(n)}
            for n, d in g.nodes(data=True)]
    cols = ["name", "type", "kind", "role", "rank", "affiliation", "iso3", "mentions", "articles", "degree", "in_degree", "out_degree"]
    return pd.DataFrame(rows, columns=cols).sort_values(["degree", "name"], ascending=[False, True], ignore_index=True)


def edge_table(g: nx.MultiDiGraph) -> pd.DataFrame:
    """One row per edge with its evidence."""
    rows = [{"source": u, "target": v, **d} for u, v, d in g.edges(data=True)]
    cols = ["source", "target", "kind", "cameo", "verb", "negated", "date", "article_id", "sentence", "span"]
    return pd.DataFrame(rows, columns=cols)


def weighted_graph(g: nx.MultiDiGraph) -> nx.Graph:
    """Undirected simple graph with ``weight`` = number of interactions between two actors."""
    h = nx.Graph()
    h.add_nodes_from(g.nodes(data=True))
    for u, v in g.edges():
        if h.has_edge(u, v):
            h[u][v]["weight"] += 1
        else:
            h.add_edge(u, v, weight=1)
    return h


def centrality(g: nx.MultiDiGraph) -> pd.DataFrame:
    """Degree, weighted degree, betweenness and closeness centrality per actor (pure networkx, no scipy)."""
    if g.number_of_nodes() == 0:
        return pd.DataFrame(columns=["name", "type", "degree", "weighted_degree", "betweenness", "closeness"])
    h = weighted_graph(g)
    btw = nx.betweenness_centrality(h)
    clo = nx.closeness_centrality(h)
    rows = [{"name": n, "type": h.nodes[n].get("type"), "degree": h.degree(n), "weighted_degree": h.degree(n, weight="weight"),
             "betweenness": round(btw[n], 4), "closeness": round(clo[n], 4)} for n in h.nodes]
    return pd.DataFrame(rows).sort_values(["weighted_degree", "betweenness", "name"], ascending=[False, False, True], ignore_index=True)


def communities(g: nx.MultiDiGraph) -> pd.DataFrame:
    """Greedy-modularity communities of the weighted undirected graph (deterministic)."""
    h = weighted_graph(g)
    if h.number_of_edges() == 0:
        return pd.DataFrame(columns=["community", "size", "members"])
    comms = nx.algorithms.community.greedy_modularity_communities(h, weight="weight")
    rows = [{"community": i + 1, "size": len(c), "members": sorted(c)} for i, c in enumerate(sorted(comms, key=lambda c: (-len(c), sorted(c))))]
    return pd.DataFrame(rows)


def _label_positions(pos: dict, ax, fontsize: float, node_px: dict) -> dict:
    """Place each label next to its node at the first of several offsets (below, above, right, left,
    diagonals, then further out) where it overlaps neither another label nor a node."""
    from matplotlib.transforms import Bbox

    fig = ax.figure
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    to_px = ax.transData.transform
    to_data = ax.transData.inverted().transform
    nodes_px = {n: to_px(p) for n, p in pos.items()}
    node_boxes = [Bbox.from_extents(x - r, y - r, x + r, y + r) for n, (x, y) in nodes_px.items() for r in [node_px[n]]]
    placed: list = []
    texts = {}
    order = sorted(pos, key=lambda n: (-node_px[n], str(n)))
    for n in order:
        x, y = nodes_px[n]
        r = node_px[n] + 2
        t = ax.text(0, 0, str(n), fontsize=fontsize, zorder=5,
                    bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.85})
        best = None
        for dist in (1.0, 1.8, 2.8, 4.0):
            for dx, dy, ha, va in ((0, -1, "center", "top"), (0, 1, "center", "bottom"), (1, 0, "left", "center"),
                                   (-1, 0, "right", "center"), (1, -1, "left", "top"), (-1, -1, "right", "top"),
                                   (1, 1, "left", "bottom"), (-1, 1, "right", "bottom")):
                px = (x + dx * r * dist, y + dy * r * dist)
                t.set_position(tuple(to_data(px)))
                t.set_ha(ha)
                t.set_va(va)
                bb = t.get_window_extent(renderer=renderer).expanded(1.04, 1.1)
                clash = any(bb.overlaps(o) for o in placed) or any(bb.overlaps(b) for b in node_boxes)
                if not clash:
                    best = bb
                    break
                if best is None:
                    best = bb
            else:
                continue
            break
        placed.append(t.get_window_extent(renderer=renderer).expanded(1.04, 1.1))
        texts[n] = t
    return texts


def _component_layout(h: nx.Graph, seed: int) -> dict:
    """Spring layout per connected component; the largest takes a square whose side grows with its size,
    the others are tiled in columns to its right, so small groups do not fly to the corners."""
    comps = sorted((sorted(c, key=str) for c in nx.connected_components(h)), key=lambda c: (-len(c), [str(x) for x in c]))
    pos: dict = {}

    def local(comp):
        sub = h.subgraph(comp)
        if len(comp) == 1:
            return {comp[0]: (0.0, 0.0)}
        if len(comp) == 2:
            return {comp[0]: (-0.5, 0.0), comp[1]: (0.5, 0.0)}
        raw = nx.circular_layout(sub) if len(comp) <= 4 else nx.spring_layout(sub, seed=seed, k=2.0 / len(comp) ** 0.5, iterations=500)
        xs = [p[0] for p in raw.values()]
        ys = [p[1] for p in raw.values()]
        sx = (max(xs) - min(xs)) or 1.0
        sy = (max(ys) - min(ys)) or 1.0
        return {n: ((p[0] - min(xs)) / sx - 0.5, (p[1] - min(ys)) / sy - 0.5) for n, p in raw.items()}

    main = comps[0]
    side = max(1.0, 0.75 * len(main) ** 0.5)
    for n, (x, y) in local(main).items():
        pos[n] = (side * x, side * y)
    rest = comps[1:]
    if rest:
        cell = 1.3
        per_col = max(1, int(side // cell) + 1)
        for i, comp in enumerate(rest):
            scale = min(1.0, 0.35 * len(comp) ** 0.5 + 0.3)
            cx = side / 2 + 0.9 + (i // per_col) * (cell + 0.3)
            cy = side / 2 - 0.4 - (i % per_col) * cell
            for n, (x, y) in local(comp).items():
                pos[n] = (cx + scale * x, cy + scale * y)
    return dict(sorted(pos.items(), key=lambda kv: str(kv[0])))


def draw_network(g: nx.MultiDiGraph, title: str | None = None, max_nodes: int = 40, seed: int = 7):
    """A readable figure: node size by weighted degree, colour by type, edges coloured by kind, legend."""
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    h = weighted_graph(g)
    if h.number_of_nodes() > max_nodes:
        keep = sorted(h.nodes, key=lambda n: (-h.degree(n, weight="weight"), n))[:max_nodes]
        h = h.subgraph(keep).copy()
        g = g.subgraph(keep).copy()
    fig, ax = plt.subplots(figsize=(12, 9))
    ax.set_axis_off()
    if h.number_of_nodes() == 0:
        ax.text(0.5, 0.5, "no typed interactions", ha="center", va="center", transform=ax.transAxes)
        return fig
    pos = _component_layout(h, seed)
    sizes = [140 + 50 * h.degree(n, weight="weight") for n in h.nodes]
    node_px = {n: (sz ** 0.5) / 2 * fig.dpi / 72 for n, sz in zip(h.nodes, sizes)}
    colours = [TYPE_COLOURS.get(h.nodes[n].get("type"), "#DDDDDD") for n in h.nodes]
    nx.draw_networkx_nodes(h, pos, ax=ax, node_size=sizes, node_color=colours, edgecolors="#333333", linewidths=0.8)
    edges_by_kind: dict[str, list] = {}
    for u, v, d in g.edges(data=True):
        edges_by_kind.setdefault(d.get("kind", "other"), []).append((u, v))
    for i, (kind, edges) in enumerate(sorted(edges_by_kind.items())):
        nx.draw_networkx_edges(g, pos, edgelist=edges, ax=ax, edge_color=KIND_COLOURS.get(kind, "#444444"),
                               width=1.0 if kind == "member" else 1.6, style="dashed" if kind == "member" else "solid",
                               arrows=True, arrowsize=10, connectionstyle=f"arc3,rad={0.06 + 0.04 * i}", node_size=300)
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    ax.set_xlim(min(xs) - 0.6, max(xs) + 0.6)
    ax.set_ylim(min(ys) - 0.35, max(ys) + 0.3)
    ax.set_aspect("equal", adjustable="box")
    _label_positions(pos, ax, fontsize=8 if h.number_of_nodes() > 20 else 9, node_px=node_px)
    handles = [Line2D([0], [0], color=KIND_COLOURS.get(k, "#444444"), lw=2, ls="--" if k == "member" else "-", label=k)
               for k in sorted(edges_by_kind)]
    handles += [Line2D([0], [0], marker="o", color="w", markerfacecolor=c, markeredgecolor="#333333", markersize=9, label=t)
                for t, c in TYPE_COLOURS.items() if t in {h.nodes[n].get("type") for n in h.nodes} and t != "FAC"]
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8, frameon=True, title="edge kind / actor type", title_fontsize=8)
    if title:
        ax.set_title(title)
    fig.tight_layout()
    return fig


def export_graph(g: nx.MultiDiGraph, out_dir: str | Path, stem: str = "network") -> list[Path]:
    """Write ``<stem>.gexf`` and ``<stem>.graphml`` (None attributes dropped; no date stamp; atomic)."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    clean = nx.MultiDiGraph()
    for n, d in g.nodes(data=True):
        clean.add_node(n, **{k: v for k, v in d.items() if v is not None})
    for u, v, k, d in g.edges(keys=True, data=True):
        clean.add_edge(u, v, key=k, **{a: b for a, b in d.items() if b is not None})
    from ..files import atomic_write_text

    paths = [out / f"{stem}.gexf", out / f"{stem}.graphml"]
    # networkx stamps GEXF with today's date: drop it so the same graph gives the same bytes.
    gexf = "\n".join(nx.generate_gexf(clean))
    gexf = re.sub(r'\s*lastmodifieddate="[^"]*"', "", gexf, count=1)
    atomic_write_text(paths[0], gexf + "\n")
    atomic_write_text(paths[1], "\n".join(nx.generate_graphml(clean)) + "\n")
    return paths


def actor_edges(g: nx.MultiDiGraph, name: str) -> pd.DataFrame:
    """Every edge that touches one actor, with its evidence sentence."""
    df = edge_table(g)
    return df[(df["source"] == name) | (df["target"] == name)].reset_index(drop=True)


def parse_list(value: str | Iterable[str] | None) -> list[str]:
    """A notebook parameter given as "A,B" (or a list) -> ["A", "B"]; empty -> []."""
    if not value:
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()]
    return [str(v) for v in value]


def summary(g: nx.MultiDiGraph, analyses: list[Analysis]) -> dict:
    """Key numbers of a network for ``summary.json`` (deterministic, no timestamps)."""
    kinds = Counter(d.get("kind") for _, _, d in g.edges(data=True))
    types = Counter(d.get("type") for _, d in g.nodes(data=True))
    cent = centrality(g)
    return {
        "articles": len(analyses),
        "actors": int(sum(len(a.actors) for a in analyses)),
        "interactions": int(sum(len(a.interactions) for a in analyses)),
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "edges_by_kind": dict(sorted(kinds.items())),
        "nodes_by_type": dict(sorted(types.items())),
        "components": nx.number_connected_components(weighted_graph(g)) if g.number_of_nodes() else 0,
        "most_central": cent["name"].head(5).tolist(),
    }
