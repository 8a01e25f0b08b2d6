"""The actor network: a networkx MultiDiGraph built from one or many analyses.

Nodes are canonical actors (merged across articles by ``name``, accents and case folded) with their attributes (type,
kind, role, rank, affiliation, iso3, number of mentions and of articles); edges are typed
interactions, one per interaction, with their evidence (article, verb, sentence, span, date).
Summaries (centrality, communities) are DataFrames; the figure is a matplotlib drawing with
non-overlapping labels and edge colour by kind; GEXF and GraphML go to Gephi.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from functools import lru_cache
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
#: The edge kind of the optional co-mention layer: two actors named in one sentence with no typed
#: interaction between them there. Off by default; drawn dotted and grey, apart from typed edges.
CO_MENTION = "co-mention"
KIND_COLOURS[CO_MENTION] = "#AAAAAA"

#: Line style per edge kind (solid unless listed).
KIND_STYLES = {"member": "dashed", CO_MENTION: "dotted"}

TYPE_COLOURS = {"PERSON": "#F0E442", "ORG": "#56B4E9", "GPE": "#009E73", "NORP": "#CC79A7", "LOC": "#BBBBBB", "FAC": "#BBBBBB"}


def build_graph(analyses: Iterable[Analysis], actor_types: Iterable[str] | None = None,
                edge_kinds: Iterable[str] | None = None, min_edge_weight: int = 1,
                co_mentions: bool = False) -> nx.MultiDiGraph:
    """Actors as nodes, interactions as edges (filters: actor types, edge kinds, minimum pair weight).
    ``co_mentions`` adds the co-mention layer (see :func:`graph_from_tables`)."""
    from ..extract.analysis import corpus_table

    analyses = list(analyses)
    return graph_from_tables(corpus_table(analyses, "actors"), corpus_table(analyses, "interactions"),
                             actor_types=actor_types, edge_kinds=edge_kinds, min_edge_weight=min_edge_weight,
                             cooccurrences=corpus_table(analyses, "cooccurrences") if co_mentions else None)


def graph_from_tables(actors: pd.DataFrame, interactions: pd.DataFrame, actor_types: Iterable[str] | None = None,
                      edge_kinds: Iterable[str] | None = None, min_edge_weight: int = 1,
                      cooccurrences: pd.DataFrame | None = None) -> nx.MultiDiGraph:
    """The network from corpus tables (``actors`` and ``interactions`` with ``article_id``, as
    ``corpus_table`` or the store gives them). Actors without any interaction are left out:
    :func:`unconnected_actors` lists them.

    With ``cooccurrences`` (the table of actor pairs named in one sentence), each pair with no
    typed interaction in that sentence also gets an edge of kind :data:`CO_MENTION` (sorted
    ends, no verb): recall where the typed rules find nothing, at a precision several times lower
    (see the README's measured quality), so it is off unless asked for. ``edge_kinds`` filters it
    like any kind."""
    types = set(actor_types) if actor_types else None
    kinds = set(edge_kinds) if edge_kinds else None
    g = nx.MultiDiGraph()
    display: dict[str, str] = {}  # folded name -> the node's name (the first spelling seen)

    def node_name(name: str) -> str:
        return display.setdefault(fold_name(name), name)

    attrs = ("kind", "role", "rank", "affiliation", "iso3")
    # counted in plain dicts, and a node's attributes looked at again only while one is missing:
    # a million actors rows are mostly the same few thousand actors seen again
    mentions: dict[str, int] = {}
    seen_in: dict[str, int] = {}
    missing: dict[str, list[int]] = {}  # node -> positions in ``attrs`` it has no value for yet
    for count, (name, typ, *values) in zip(mention_counts(actors), _columns(actors, ["name", "type", *attrs])):
        name = node_name(name)
        if name not in mentions:
            g.add_node(name, type=typ, **dict(zip(attrs, values)))
            mentions[name] = seen_in[name] = 0
            missing[name] = [i for i, v in enumerate(values) if not _present(v)]
        elif missing[name]:
            node = g.nodes[name]
            for i in [i for i in missing[name] if _present(values[i])]:
                node[attrs[i]] = values[i]
                missing[name].remove(i)
        mentions[name] += count
        seen_in[name] += 1
    for name, count in mentions.items():
        g.nodes[name].update(mentions=count, articles=seen_in[name])
    edge_cols = ["source", "target", "kind", "cameo", "verb", "negated", "date", "article_id", "sentence", "span"]
    for source, target, kind, cameo, verb, negated, date, article_id, sentence, span in _columns(interactions, edge_cols):
        if kinds and kind not in kinds:
            continue
        g.add_edge(node_name(source), node_name(target), kind=kind, cameo=cameo, verb=verb, negated=bool(negated), date=date,
                   article_id=article_id, sentence=sentence, span=_span_text(span))
    if cooccurrences is not None and (not kinds or CO_MENTION in kinds):
        typed = {(a, s, frozenset((fold_name(str(x)), fold_name(str(y)))))
                 for a, s, x, y in _columns(interactions, ["article_id", "sentence", "source", "target"])}
        for article_id, source, target, sentence, span in _columns(cooccurrences, ["article_id", "source", "target", "sentence", "span"]):
            if (article_id, sentence, frozenset((fold_name(str(source)), fold_name(str(target))))) in typed:
                continue
            u, v = sorted((node_name(source), node_name(target)), key=str)
            if u == v:
                continue
            g.add_edge(u, v, kind=CO_MENTION, cameo=None, verb=None, negated=False, date=None, article_id=article_id,
                       sentence=sentence, span=_span_text(span))
    if types:
        g.remove_nodes_from([n for n, d in list(g.nodes(data=True)) if d.get("type") not in types])
    if min_edge_weight > 1:
        weights = Counter(frozenset((u, v)) for u, v in g.edges())
        drop = [(u, v, k) for u, v, k in g.edges(keys=True) if weights[frozenset((u, v))] < min_edge_weight]
        g.remove_edges_from(drop)
    g.remove_nodes_from([n for n in list(g.nodes) if g.degree(n) == 0])
    return g


def _span_text(span) -> str:
    """An edge's evidence span as JSON text ("[12, 40]"): GEXF and GraphML hold no lists."""
    if type(span) is list and all(type(x) is int for x in span):  # the usual case, as json.dumps writes it
        return "[" + ", ".join(map(str, span)) + "]"
    return json.dumps(list(span) if span is not None and not isinstance(span, str) else span)


def _columns(df: pd.DataFrame, names: list[str]):
    """Rows of ``df`` as tuples of the named columns (None for a missing column): plain lists
    zipped, several times faster than ``to_dict(orient="records")`` on Arrow-backed strings."""
    return zip(*[df[c].tolist() if c in df else [None] * len(df) for c in names])


def mention_counts(actors: pd.DataFrame) -> list[int]:
    """Mentions per ``actors`` row: its ``mention_count`` column (which the store offers instead
    of the spans) or the length of its ``mentions`` list (0 where there is none)."""
    if "mention_count" in actors:
        return [int(c) if c == c and c is not None else 0 for c in actors["mention_count"].tolist()]
    if "mentions" not in actors:
        return [0] * len(actors)
    return [len(m) if m is not None and not isinstance(m, str) else 0 for m in actors["mentions"].tolist()]


def _present(value) -> bool:
    """True for a real value (not None, NaN or empty)."""
    return value is not None and value == value and value != ""


UNCONNECTED_COLUMNS = ["name", "type", "articles", "mentions"]


def unconnected_actors(actors: pd.DataFrame, interactions: pd.DataFrame) -> pd.DataFrame:
    """Actors (merged by :func:`fold_name`) that take part in no interaction: the network leaves
    them out, this table lists them, busiest first."""
    linked = {fold_name(str(n)) for col in ("source", "target") for n in interactions.get(col, [])}
    rows: dict[str, dict] = {}
    for count, (name, typ, article_id) in zip(mention_counts(actors), _columns(actors, ["name", "type", "article_id"])):
        key = fold_name(str(name))
        if key in linked:
            continue
        row = rows.setdefault(key, {"name": name, "type": typ, "articles": set(), "mentions": 0})
        row["articles"].add(article_id)
        row["mentions"] += count
    out = pd.DataFrame([{**r, "articles": len(r["articles"])} for r in rows.values()], columns=UNCONNECTED_COLUMNS)
    return out.sort_values(["articles", "mentions", "name"], ascending=[False, False, True], ignore_index=True)


@lru_cache(maxsize=1 << 20)  # a corpus repeats a few hundred thousand names millions of times
def fold_name(name: str) -> str:
    """Key that merges spellings of one actor across articles: accents and case folded, "al-"/"Al-" alike
    (Erdoğan = Erdogan, al-Haddad = Al-Haddad)."""
    from ..extract.actor_lexicons import ascii_folded

    text = ascii_folded(name).replace("ı", "i")
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


#: Largest graph whose betweenness, closeness and communities are computed exactly: both
#: centralities cost a shortest-path search from every actor (30 s at 1,800 actors), greedy
#: modularity as much again.
EXACT_NODES = 500
#: Source actors sampled for betweenness on larger graphs.
PIVOTS = 128


def centrality(g: nx.MultiDiGraph) -> pd.DataFrame:
    """Degree, weighted degree, betweenness and closeness centrality per actor (pure networkx, no scipy).

    Above :data:`EXACT_NODES` actors, betweenness is estimated from :data:`PIVOTS` source actors
    (networkx's sampling, seeded: the same graph gives the same numbers) and closeness is left out
    (None): both are exact all-pairs measures, hours on a corpus-sized graph.
    """
    if g.number_of_nodes() == 0:
        return pd.DataFrame(columns=["name", "type", "degree", "weighted_degree", "betweenness", "closeness"])
    h = weighted_graph(g)
    if h.number_of_nodes() > EXACT_NODES:
        btw = nx.betweenness_centrality(h, k=PIVOTS, seed=0)
        clo = dict.fromkeys(h.nodes)
    else:
        btw = nx.betweenness_centrality(h)
        clo = nx.closeness_centrality(h)
    rows = [{"name": n, "type": h.nodes[n].get("type"), "degree": h.degree(n), "weighted_degree": h.degree(n, weight="weight"),
             "betweenness": round(btw[n], 4), "closeness": None if clo[n] is None else round(clo[n], 4)} for n in h.nodes]
    return pd.DataFrame(rows).sort_values(["weighted_degree", "betweenness", "name"], ascending=[False, False, True], ignore_index=True)


def communities(g: nx.MultiDiGraph) -> pd.DataFrame:
    """Communities of the weighted undirected graph (deterministic): greedy modularity up to
    :data:`EXACT_NODES` actors, Louvain (seeded, much faster on large graphs) above."""
    h = weighted_graph(g)
    if h.number_of_edges() == 0:
        return pd.DataFrame(columns=["community", "size", "members"])
    if h.number_of_nodes() > EXACT_NODES:
        comms = nx.algorithms.community.louvain_communities(h, weight="weight", seed=0)
    else:
        comms = nx.algorithms.community.greedy_modularity_communities(h, weight="weight")
    rows = [{"community": i + 1, "size": len(c), "members": sorted(c)} for i, c in enumerate(sorted(comms, key=lambda c: (-len(c), sorted(c))))]
    return pd.DataFrame(rows)


def _label_positions(pos: dict, ax, fontsize: float, node_px: dict) -> dict:
    """Place each label next to its node at the first of several offsets (below, above, right, left,
    diagonals, then further out) where it stays inside the axes (so never over the title or the
    legend) and overlaps neither another label nor a node. A label with no free place is left out
    (never drawn over another): the caller lists those nodes."""
    from matplotlib.transforms import Bbox

    fig = ax.figure
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    frame = ax.get_window_extent(renderer=renderer)
    to_px = ax.transData.transform
    to_data = ax.transData.inverted().transform
    nodes_px = {n: to_px(p) for n, p in pos.items()}
    node_boxes = [Bbox.from_extents(x - r, y - r, x + r, y + r) for n, (x, y) in nodes_px.items() for r in [node_px[n]]]
    placed: list = []
    texts = {}
    order = sorted(pos, key=lambda n: (-node_px[n], str(n)))
    offsets = ((0, -1, "center", "top"), (0, 1, "center", "bottom"), (1, 0, "left", "center"), (-1, 0, "right", "center"),
               (1, -1, "left", "top"), (-1, -1, "right", "top"), (1, 1, "left", "bottom"), (-1, 1, "right", "bottom"))
    for n in order:
        x, y = nodes_px[n]
        r = node_px[n] + 2
        t = ax.text(0, 0, str(n), fontsize=fontsize, zorder=5,
                    bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.85})
        found = None
        for dist in (1.0, 1.7, 2.5):  # further out, a label could be read as another node's
            for dx, dy, ha, va in offsets:
                t.set_position(tuple(to_data((x + dx * r * dist, y + dy * r * dist))))
                t.set_ha(ha)
                t.set_va(va)
                bb = t.get_window_extent(renderer=renderer).expanded(1.04, 1.1)
                inside = frame.x0 <= bb.x0 and bb.x1 <= frame.x1 and frame.y0 <= bb.y0 and bb.y1 <= frame.y1
                if inside and not any(bb.overlaps(o) for o in placed) and not any(bb.overlaps(b) for b in node_boxes):
                    found = (bb, dist, dx, dy)
                    break
            if found is not None:
                break
        if found is None:
            t.remove()
            continue
        bb, dist, dx, dy = found
        if dist > 1.0:  # a leader line ties a label set further out to its node
            norm = (dx * dx + dy * dy) ** 0.5
            ends = [to_data((x + dx / norm * r * k, y + dy / norm * r * k)) for k in (1.0, dist * norm)]
            ax.plot([ends[0][0], ends[1][0]], [ends[0][1], ends[1][1]], color="#777777", lw=0.6, zorder=4)
        placed.append(bb)
        texts[n] = t
    return texts


def _spread(pos: dict, min_dist: float, rounds: int = 300) -> dict:
    """Push apart nodes closer than ``min_dist`` (in a layout scaled to a unit square), so a dense
    core (e.g. states that all interact) does not collapse into one blob; deterministic."""
    import numpy as np

    names = list(pos)
    xy = np.array([pos[n] for n in names], dtype=float)
    span = np.ptp(xy, axis=0)
    xy = (xy - xy.min(axis=0)) / np.where(span > 0, span, 1.0)
    for _ in range(rounds):
        diff = xy[:, None, :] - xy[None, :, :]
        dist = np.sqrt((diff ** 2).sum(-1))
        np.fill_diagonal(dist, 1e9)  # a node is never "close" to itself
        close = dist < min_dist
        if not close.any():
            break
        # Each close pair moves apart by half the missing distance, along the line between them.
        push = np.where(close, (min_dist - dist) / 2 / np.where(dist > 1e-9, dist, 1e-9), 0.0)[:, :, None] * diff
        xy = xy + push.sum(axis=1) * 0.5
    return {n: (float(x), float(y)) for n, (x, y) in zip(names, xy)}


def induced(g: nx.Graph, nodes) -> nx.Graph:
    """The subgraph on ``nodes`` as a new graph, nodes in the given order and edges in ``g``'s order.

    ``g.subgraph(nodes)`` iterates its nodes in set order, which changes with the string hash seed
    from one process to the next; layouts seeded for reproducibility need a fixed order.
    """
    keep = set(nodes)
    out = g.__class__()
    out.graph.update(g.graph)
    out.add_nodes_from((n, g.nodes[n]) for n in nodes)
    if g.is_multigraph():
        out.add_edges_from((u, v, k, d) for u, v, k, d in g.edges(keys=True, data=True) if u in keep and v in keep)
    else:
        out.add_edges_from((u, v, d) for u, v, d in g.edges(data=True) if u in keep and v in keep)
    return out


def _component_layout(h: nx.Graph, seed: int) -> dict:
    """Spring layout per connected component; the largest takes a square whose side grows with its size,
    the others are tiled in columns to its right, so small groups do not fly to the corners."""
    comps = sorted((sorted(c, key=str) for c in nx.connected_components(h)), key=lambda c: (-len(c), [str(x) for x in c]))
    pos: dict = {}

    def local(comp):
        sub = induced(h, comp)
        if len(comp) == 1:
            return {comp[0]: (0.0, 0.0)}
        if len(comp) == 2:
            return {comp[0]: (-0.5, 0.0), comp[1]: (0.5, 0.0)}
        # Unweighted: at corpus scale heavy pairs would otherwise collapse onto each other and hide their labels.
        raw = nx.circular_layout(sub) if len(comp) <= 4 else nx.spring_layout(sub, seed=seed, k=2.0 / len(comp) ** 0.5, iterations=500, weight=None)
        if len(comp) > 4:
            raw = _spread(raw, 0.9 / len(comp) ** 0.5)
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
        # At least as tall as the main component, and about as tall as wide when there are many
        # small groups (a sparse corpus), so they fill a block instead of one long row.
        per_col = max(1, int(side // cell) + 1, math.ceil((len(rest) * 1.6 / 1.3) ** 0.5))
        for i, comp in enumerate(rest):
            scale = min(1.0, 0.35 * len(comp) ** 0.5 + 0.3)
            cx = side / 2 + 0.9 + (i // per_col) * (cell + 0.3)
            cy = side / 2 - 0.4 - (i % per_col) * cell
            for n, (x, y) in local(comp).items():
                pos[n] = (cx + scale * x, cy + scale * y)
    return dict(sorted(pos.items(), key=lambda kv: str(kv[0])))


FIGURE_LEFT_OUT_COLUMNS = ["name", "type", "weighted_degree", "reason"]


def figure_actors(g: nx.MultiDiGraph, max_nodes: int = 40) -> tuple[list, pd.DataFrame]:
    """The actors a network figure shows, and those it leaves out (with the reason).

    Actors are taken busiest first (weighted degree) up to ``max_nodes``. An actor with no tie to
    those already taken would float alone, so it comes in together with its heaviest partner; if
    there is no room left for the pair, it is left out. Every actor shown has a tie in the figure.
    """
    h = weighted_graph(g)
    wd = dict(h.degree(weight="weight"))
    rank = {n: i for i, n in enumerate(sorted(h.nodes, key=lambda n: (-wd[n], str(n))))}
    kept: list = []
    kept_set: set = set()
    alone: set = set()
    for n in sorted(rank, key=rank.get):
        if len(kept) >= max_nodes:
            break
        if n in kept_set:
            continue
        if any(m in kept_set for m in h[n]):
            kept.append(n)
            kept_set.add(n)
            continue
        partner = min(h[n], key=lambda m: (-h[n][m]["weight"], rank[m]), default=None)
        if partner is None or len(kept) + 2 > max_nodes:
            alone.add(n)
            continue
        kept += [n, partner]
        kept_set |= {n, partner}
    rows = [{"name": n, "type": h.nodes[n].get("type"), "weighted_degree": wd[n],
             "reason": "no room for it and a partner" if n in alone else f"outside the top {max_nodes}"}
            for n in sorted(rank, key=rank.get) if n not in kept_set]
    return kept, pd.DataFrame(rows, columns=FIGURE_LEFT_OUT_COLUMNS)


#: Node area (points^2) of the least and the most connected actor shown: capped, so nodes never swamp the figure.
NODE_SIZE = (90.0, 700.0)


def node_sizes(weights: list[float]) -> list[float]:
    """Area per node, by the square root of weighted degree, between the two caps of NODE_SIZE."""
    lo, hi = NODE_SIZE
    top = max(weights) if weights else 1
    return [lo + (hi - lo) * ((w / top) ** 0.5 if top else 0) for w in weights]


def draw_network(g: nx.MultiDiGraph, title: str | None = None, max_nodes: int = 40, seed: int = 7):
    """A figure that reads at any size: the ``max_nodes`` busiest actors by weighted degree
    (:func:`figure_actors`), node area capped, colour by type, edges by kind, labels only where
    they overlap nothing (title, legend, nodes, other labels); a footer says what is not shown.

    Up to 60 interactions are drawn one by one with arrows; above that, one line per actor pair,
    width by number of interactions and colour by its most frequent kind.
    """
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    n_all = weighted_graph(g).number_of_nodes()
    kept, left_out = figure_actors(g, max_nodes)
    g = induced(g, kept)
    h = weighted_graph(g)
    fig, ax = plt.subplots(figsize=(12, 9))
    ax.set_axis_off()
    if h.number_of_nodes() == 0:
        ax.text(0.5, 0.5, "no typed interactions", ha="center", va="center", transform=ax.transAxes)
        if title:
            ax.set_title(title)
        return fig
    pos = _component_layout(h, seed)
    sizes = node_sizes([h.degree(n, weight="weight") for n in h.nodes])
    node_px = {n: (sz ** 0.5) / 2 * fig.dpi / 72 for n, sz in zip(h.nodes, sizes)}
    colours = [TYPE_COLOURS.get(h.nodes[n].get("type"), "#DDDDDD") for n in h.nodes]
    nx.draw_networkx_nodes(h, pos, ax=ax, node_size=sizes, node_color=colours, edgecolors="#333333", linewidths=0.8)
    edges_by_kind: dict[str, list] = {}
    if g.number_of_edges() <= 60:
        for u, v, d in g.edges(data=True):
            edges_by_kind.setdefault(d.get("kind", "other"), []).append((u, v))
        for i, (kind, edges) in enumerate(sorted(edges_by_kind.items())):
            nx.draw_networkx_edges(g, pos, edgelist=edges, ax=ax, edge_color=KIND_COLOURS.get(kind, "#444444"),
                                   width=1.0 if kind in KIND_STYLES else 1.6, style=KIND_STYLES.get(kind, "solid"),
                                   arrows=True, arrowsize=10, connectionstyle=f"arc3,rad={0.06 + 0.04 * i}", node_size=300)
        edge_note = "one line per interaction"
    else:
        pair_kinds: dict[tuple, Counter] = {}
        for u, v, d in g.edges(data=True):
            pair_kinds.setdefault(tuple(sorted((u, v), key=str)), Counter())[d.get("kind", "other")] += 1
        top_w = max(sum(c.values()) for c in pair_kinds.values())
        for (u, v), c in sorted(pair_kinds.items(), key=lambda kv: (sum(kv[1].values()), [str(x) for x in kv[0]])):
            kind = sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
            edges_by_kind.setdefault(kind, [])
            w = sum(c.values())
            nx.draw_networkx_edges(h, pos, edgelist=[(u, v)], ax=ax, edge_color=KIND_COLOURS.get(kind, "#444444"),
                                   width=0.5 + 4.5 * (w / top_w) ** 0.5, alpha=0.55, arrows=False,
                                   style=KIND_STYLES.get(kind, "solid"))
        edge_note = "one line per actor pair: width = interactions, colour = most frequent kind"
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    ax.set_xlim(min(xs) - 0.7, max(xs) + 0.7)
    ax.set_ylim(min(ys) - 0.45, max(ys) + 0.4)
    ax.set_aspect("equal", adjustable="box")
    handles = [Line2D([0], [0], color=KIND_COLOURS.get(k, "#444444"), lw=2, ls={"dashed": "--", "dotted": ":"}.get(KIND_STYLES.get(k), "-"), label=k)
               for k in sorted(edges_by_kind)]
    handles += [Line2D([0], [0], marker="o", color="w", markerfacecolor=c, markeredgecolor="#333333", markersize=9, label=t)
                for t, c in TYPE_COLOURS.items() if t in {h.nodes[n].get("type") for n in h.nodes} and t != "FAC"]
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8, frameon=True, title="edge kind / actor type", title_fontsize=8)
    if title:
        ax.set_title(title)
    fig.tight_layout(rect=(0, 0.05, 1, 1))
    # Labels are placed last, once the layout is final, so their pixel boxes are the drawn ones.
    texts = _label_positions(pos, ax, fontsize=8 if h.number_of_nodes() > 20 else 9, node_px=node_px)
    unlabelled = sorted((n for n in h.nodes if n not in texts), key=lambda n: (-h.degree(n, weight="weight"), str(n)))
    notes = [f"{h.number_of_nodes()} of {n_all} actors shown (busiest by weighted degree); {edge_note}."]
    if len(left_out):
        notes.append(f"{len(left_out)} less connected actor(s) left out: network.figure_actors(g, max_nodes) lists them.")
    if unlabelled:
        names = ", ".join(str(n) for n in unlabelled[:8]) + (" …" if len(unlabelled) > 8 else "")
        notes.append(f"No room for the label of: {names}.")
    fig.text(0.01, 0.01, "\n".join(notes), fontsize=7, color="#444444", ha="left", va="bottom")
    return fig


def export_graph(g: nx.MultiDiGraph, out_dir: str | Path, stem: str = "network") -> list[Path]:
    """Write ``<stem>.gexf`` and ``<stem>.graphml`` (missing attributes dropped; no date stamp; atomic)."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    clean = nx.MultiDiGraph()
    # A missing text value read from a table is NaN, a float: kept, it would make the writers
    # declare the attribute as a number, and "Interior Minister" unreadable as one.
    for n, d in g.nodes(data=True):
        clean.add_node(n, **{k: v for k, v in d.items() if v is not None and v == v})
    for u, v, k, d in g.edges(keys=True, data=True):
        clean.add_edge(u, v, key=k, **{a: b for a, b in d.items() if b is not None and b == b})
    from ..files import atomic_open
    from .gexf import write_gexf

    paths = [out / f"{stem}.gexf", out / f"{stem}.graphml"]
    write_gexf(clean, paths[0])
    with atomic_open(paths[1], "wb") as fh:  # lxml streams the file: no whole XML tree in memory, 2x faster
        nx.write_graphml_lxml(clean, fh)
    return paths


def collapse(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """One edge per source, target and kind, for Gephi at corpus
    scale: ``weight`` (interactions), ``articles``, ``negated`` (how many were negated),
    ``first_date``/``last_date`` (of those with a date), the most frequent ``verb`` and ``cameo``,
    and one ``sentence`` as an example with its ``article_id`` and ``span`` (from the first
    article by id). The edge table keeps every interaction with its evidence."""
    groups: dict[tuple, list[dict]] = {}
    for u, v, d in g.edges(data=True):
        groups.setdefault((u, v, d.get("kind")), []).append(d)
    h = nx.MultiDiGraph()
    h.add_nodes_from(g.nodes(data=True))

    def common(items: list[dict], attr: str):
        counts = Counter(str(d[attr]) for d in items if _present(d.get(attr)))
        return min(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0] if counts else None

    for (u, v, kind), items in groups.items():
        dates = sorted(str(d["date"]) for d in items if _present(d.get("date")))
        example = min(items, key=lambda d: (str(d.get("article_id")), str(d.get("span"))))
        h.add_edge(u, v, kind=kind, weight=len(items), articles=len({d.get("article_id") for d in items}),
                   negated=sum(bool(d.get("negated")) for d in items), first_date=dates[0] if dates else None,
                   last_date=dates[-1] if dates else None, verb=common(items, "verb"), cameo=common(items, "cameo"),
                   sentence=example.get("sentence"), article_id=example.get("article_id"), span=example.get("span"))
    return h


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
