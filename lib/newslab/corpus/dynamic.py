"""Networks per period as data, and a dynamic GEXF so a Gephi user can play the network over time.

Edges are aggregated per period, pair and kind (``period_edges``). The dynamic graph has one node
per actor and one directed edge per pair, each carrying when it is present (``start``/``end``, or
``spells`` for separate runs of periods; consecutive periods merged) and a dynamic ``interactions`` attribute (its weight in each period).
Dates are ISO days; a spell's end is the last day of its period (GEXF intervals are closed).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import networkx as nx
import pandas as pd

from . import periods as P
from .changes import display_names
from .network import fold_name

PERIOD_EDGE_COLUMNS = ["period", "period_start", "period_end", "source", "target", "kind", "interactions", "articles"]


def period_edges(interactions: pd.DataFrame, articles: pd.DataFrame, period: str | None = None) -> pd.DataFrame:
    """One row per period, directed actor pair and kind: number of interactions and of articles."""
    rows, periods, _ = P.dated(interactions, articles, period)
    if rows.empty:
        return pd.DataFrame(columns=PERIOD_EDGE_COLUMNS)
    shown = display_names(pd.concat([rows["source"], rows["target"]]))
    rows = rows.assign(**{end: pd.Series([shown[fold_name(str(n))] for n in rows[end].tolist()], index=rows.index,
                                         dtype=rows[end].dtype) for end in ("source", "target")})
    grouped = rows.groupby(["period", "source", "target", "kind"]).agg(
        interactions=("article_id", "size"), articles=("article_id", "nunique")).reset_index()
    out = grouped.merge(periods, on="period")
    return out.sort_values(["period_start", "interactions", "source", "target", "kind"],
                           ascending=[True, False, True, True, True], ignore_index=True)[PERIOD_EDGE_COLUMNS]


def _spells(present: list[str], periods: pd.DataFrame) -> list[tuple[str, str]]:
    """Merge runs of consecutive periods into (start, end) day intervals."""
    return _spell_maker(periods)(present)


def _spell_maker(periods: pd.DataFrame):
    """:func:`_spells` for one period table, its columns read once (it runs per actor pair)."""
    idx = {p: i for i, p in enumerate(periods["period"])}
    starts, ends = list(periods["period_start"]), list(periods["period_end"])
    return lambda present: _merge_runs(present, idx, starts, ends)


def _merge_runs(present: list[str], idx: dict, starts: list[str], ends: list[str]) -> list[tuple[str, str]]:
    spells: list[tuple[str, str]] = []
    last = None
    for i in sorted(idx[p] for p in set(present)):
        if last is not None and i == last + 1:
            spells[-1] = (spells[-1][0], ends[i])
        else:
            spells.append((starts[i], ends[i]))
        last = i
    return spells


def _when(spells: list[tuple[str, str]]) -> dict:
    """One interval as ``start``/``end``, several as ``spells`` (GEXF 1.2 allows either; giving
    both would state the same presence twice, and readers differ on which wins)."""
    if len(spells) == 1:
        return {"start": spells[0][0], "end": spells[0][1]}
    return {"spells": spells}


def dynamic_graph(edges: pd.DataFrame, periods: pd.DataFrame, actors: pd.DataFrame | None = None) -> nx.DiGraph:
    """A DiGraph for Gephi's timeline from :func:`period_edges` rows and the period table.

    Nodes and edges carry when they are present (``start``/``end``, or ``spells`` if present in
    separate runs of periods); edges a
    static ``weight`` (all interactions), a ``kinds`` string and a dynamic ``interactions`` value per
    period. With ``actors`` (corpus actors table), nodes get their most frequent ``type``.
    """
    g = nx.DiGraph(mode="dynamic")
    if edges.empty:
        return g
    bounds = dict(zip(periods["period"], zip(periods["period_start"], periods["period_end"])))
    types: dict[str, str] = {}
    if actors is not None and not actors.empty:
        # the most frequent type per folded name, alphabetically first on ties (plain counting:
        # a pandas groupby per name takes minutes at corpus scale)
        seen = Counter((fold_name(str(n)), t) for n, t in zip(actors["name"].tolist(), actors["type"].tolist())
                       if isinstance(t, str))
        best: dict[str, tuple[int, str]] = {}
        for (key, typ), count in seen.items():
            if key not in best or (-count, typ) < best[key]:
                best[key] = (-count, typ)
        types = {k: v[1] for k, v in best.items()}
    pairs: dict[tuple[str, str], tuple[Counter, set]] = {}
    for src, tgt, per, kind, n in zip(*[edges[c].tolist() for c in ("source", "target", "period", "kind", "interactions")]):
        counts, kinds = pairs.setdefault((src, tgt), (Counter(), set()))
        counts[per] += int(n)
        kinds.add(kind)
    node_periods: dict[str, list[str]] = {}
    spells = _spell_maker(periods)
    for (src, tgt) in sorted(pairs):
        per, kinds = pairs[(src, tgt)]
        present = sorted(per)
        sp = spells(present)
        weights = [(per[p], bounds[p][0], bounds[p][1]) for p in sorted(present, key=lambda p: bounds[p][0])]
        g.add_edge(src, tgt, weight=sum(per.values()), kinds=",".join(sorted(kinds)), interactions=weights, **_when(sp))
        for n in (src, tgt):
            node_periods.setdefault(n, []).extend(present)
    for n, pers in node_periods.items():
        sp = spells(pers)
        g.nodes[n].update(label=n, **_when(sp))
        if types.get(fold_name(n)):
            g.nodes[n]["type"] = str(types[fold_name(n)])
    return g


def write_dynamic_gexf(g: nx.DiGraph, path: str | Path) -> Path:
    """Write the dynamic graph as GEXF 1.2 (deterministic: no date stamp; atomic)."""
    from .gexf import write_gexf

    return write_gexf(g, path)


def export_dynamic(interactions: pd.DataFrame, articles: pd.DataFrame, path: str | Path, period: str | None = None,
                   actors: pd.DataFrame | None = None) -> Path:
    """Period edges -> dynamic graph -> GEXF file, in one call."""
    _, periods, _ = P.dated(interactions.head(0), articles, period)
    g = dynamic_graph(period_edges(interactions, articles, period), periods, actors)
    return write_dynamic_gexf(g, path)
