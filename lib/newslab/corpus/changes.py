"""Change over time: interactions, actors, ties and sources per period, as tables and figures.

Every function takes corpus tables (``corpus_table(analyses, name)`` or the store's tables, each
row with ``article_id``) plus an ``articles`` table with ``article_id`` and ``date``; a row's
period is its article's publication period. Actors are merged across articles by
:func:`newslab.corpus.network.fold_name`, shown under their most frequent spelling.
Periods come from :mod:`newslab.corpus.periods` (chosen from the span unless ``period`` is given).
"""

from __future__ import annotations

from collections import Counter

import pandas as pd

from . import periods as P
from .network import KIND_COLOURS, fold_name

PER_KIND_COLUMNS = ["period", "period_start", "kind", "interactions", "articles"]
ACTOR_PERIOD_COLUMNS = ["actor", "period", "period_start", "value"]
TIE_COLUMNS = ["period", "period_start", "source", "target", "status", "weight"]
TIE_SUMMARY_COLUMNS = ["period", "period_start", "new", "gone", "kept", "ties"]
SOURCE_PERIOD_COLUMNS = ["period", "period_start", "source_kind", "attributions", "share"]


def display_names(names) -> dict[str, str]:
    """Folded name -> the spelling shown: the most frequent one, ties broken alphabetically
    (so the result does not depend on article order)."""
    # a plain list: iterating pandas' Arrow-backed strings one by one is several times slower
    counts = Counter(str(n) for n in (names.tolist() if hasattr(names, "tolist") else names) if n is not None)
    best: dict[str, tuple[int, str]] = {}
    for name, c in counts.items():
        key = fold_name(name)
        cand = (-c, name)
        if key not in best or cand < best[key]:
            best[key] = cand
    return {k: v[1] for k, v in best.items()}


def _empty_periods_frame(periods: pd.DataFrame) -> pd.DataFrame:
    return periods[["period", "period_start"]]


# ---------------------------------------------------------------------------------------------
# Interactions per period by kind


def interactions_per_period(interactions: pd.DataFrame, articles: pd.DataFrame, period: str | None = None) -> pd.DataFrame:
    """One row per period and interaction kind: how many interactions and in how many articles.

    Every period of the span appears (a kind-less row with zero counts marks an empty period)."""
    rows, periods, _ = P.dated(interactions, articles, period)
    if periods.empty:
        return pd.DataFrame(columns=PER_KIND_COLUMNS)
    if rows.empty:
        out = _empty_periods_frame(periods).assign(kind=None, interactions=0, articles=0)
        return out[PER_KIND_COLUMNS]
    grouped = rows.groupby(["period", "kind"]).agg(interactions=("article_id", "size"), articles=("article_id", "nunique")).reset_index()
    out = _empty_periods_frame(periods).merge(grouped, on="period", how="left")
    out["interactions"] = out["interactions"].fillna(0).astype(int)
    out["articles"] = out["articles"].fillna(0).astype(int)
    out["kind"] = out["kind"].astype(object).where(out["kind"].notna(), None)
    return out.sort_values(["period_start", "kind"], na_position="first", ignore_index=True)[PER_KIND_COLUMNS]


def _period_axis(ax, labels: list[str], max_ticks: int = 16) -> None:
    """Period labels on the x-axis, thinned so they never crowd."""
    step = max(1, -(-len(labels) // max_ticks))
    ax.set_xticks(range(0, len(labels), step))
    ax.set_xticklabels(labels[::step], rotation=45, ha="right", fontsize=8)
    ax.set_xlim(-0.6, len(labels) - 0.4)


def plot_interactions_per_period(table: pd.DataFrame, title: str = "Interactions per period, by kind"):
    """Stacked bars: one bar per period, one colour per interaction kind."""
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(11, 4.5))
    if table.empty or table["interactions"].sum() == 0:
        ax.set_axis_off()
        ax.text(0.5, 0.5, "no interactions in any period", ha="center", va="center", transform=ax.transAxes)
        return fig
    wide = table[table["kind"].notna()].pivot_table(index="period", columns="kind", values="interactions", aggfunc="sum", fill_value=0)
    order = list(dict.fromkeys(table["period"]))
    wide = wide.reindex(order, fill_value=0)
    kinds = sorted(wide.columns, key=lambda k: (-wide[k].sum(), k))
    bottom = [0] * len(order)
    for kind in kinds:
        vals = wide[kind].tolist()
        ax.bar(range(len(order)), vals, bottom=bottom, width=0.8, color=KIND_COLOURS.get(kind, "#777777"), label=kind)
        bottom = [b + v for b, v in zip(bottom, vals)]
    _period_axis(ax, order)
    ax.set_ylabel("interactions")
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.spines[["top", "right"]].set_visible(False)
    ax.legend(title="kind", fontsize=8, title_fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
    ax.set_title(title)
    fig.tight_layout()
    return fig


# ---------------------------------------------------------------------------------------------
# Top actors x period


def actor_periods(actors: pd.DataFrame, interactions: pd.DataFrame, articles: pd.DataFrame, period: str | None = None,
                  measure: str = "mentions", top: int = 20) -> pd.DataFrame:
    """Long table of the ``top`` actors x every period: ``value`` is mentions (sum over articles)
    or degree (interactions the actor takes part in). Actors ranked by their corpus total."""
    if measure not in ("mentions", "degree"):
        raise ValueError("measure must be 'mentions' or 'degree'")
    if measure == "mentions":
        rows, periods, _ = P.dated(actors, articles, period)
        names = rows["name"] if not rows.empty else pd.Series(dtype=object)
        if "mention_count" in rows:  # what the store offers instead of the spans
            values = rows["mention_count"].fillna(0).astype(int) if not rows.empty else pd.Series(dtype=int)
        else:
            values = rows["mentions"].map(lambda m: len(m) if isinstance(m, (list, tuple)) else 1) if not rows.empty else pd.Series(dtype=int)
        long = pd.DataFrame({"name": names, "period": rows.get("period"), "value": values})
    else:
        rows, periods, _ = P.dated(interactions, articles, period)
        long = pd.concat([pd.DataFrame({"name": rows.get("source"), "period": rows.get("period")}),
                          pd.DataFrame({"name": rows.get("target"), "period": rows.get("period")})], ignore_index=True)
        long["value"] = 1
    if periods.empty or long.empty:
        return pd.DataFrame(columns=ACTOR_PERIOD_COLUMNS)
    shown = display_names(long["name"])
    long["actor"] = long["name"].map(lambda n: shown[fold_name(str(n))])
    totals = long.groupby("actor")["value"].sum()
    keep = sorted(totals.index, key=lambda a: (-totals[a], a))[:top]
    grid = pd.MultiIndex.from_product([keep, periods["period"]], names=["actor", "period"]).to_frame(index=False)
    counts = long[long["actor"].isin(keep)].groupby(["actor", "period"])["value"].sum().reset_index()
    out = grid.merge(counts, on=["actor", "period"], how="left").merge(periods[["period", "period_start"]], on="period")
    out["value"] = out["value"].fillna(0).astype(int)
    rank = {a: i for i, a in enumerate(keep)}
    out["_rank"] = out["actor"].map(rank)
    return out.sort_values(["_rank", "period_start"], ignore_index=True)[ACTOR_PERIOD_COLUMNS]


def plot_actor_heatmap(table: pd.DataFrame, measure: str = "mentions", title: str | None = None):
    """Heatmap of actors (rows, busiest first) x periods (columns); empty cells stay white."""
    import matplotlib.pyplot as plt
    import numpy as np

    if table.empty:
        fig, ax = plt.subplots(figsize=(8, 2))
        ax.set_axis_off()
        ax.text(0.5, 0.5, "no actors in any period", ha="center", va="center", transform=ax.transAxes)
        return fig
    actors = list(dict.fromkeys(table["actor"]))
    order = list(dict.fromkeys(table.sort_values("period_start", kind="stable")["period"]))
    wide = table.pivot_table(index="actor", columns="period", values="value", aggfunc="sum", fill_value=0).reindex(index=actors, columns=order, fill_value=0)
    data = np.ma.masked_equal(wide.to_numpy(dtype=float), 0)
    fig, ax = plt.subplots(figsize=(min(4 + 0.28 * len(order), 16), 1.5 + 0.3 * len(actors)))
    cmap = plt.get_cmap("viridis_r").with_extremes(bad="white")
    im = ax.imshow(data, aspect="auto", cmap=cmap, interpolation="nearest")
    ax.set_yticks(range(len(actors)))
    ax.set_yticklabels([a if len(a) <= 32 else a[:31] + "…" for a in actors], fontsize=8)
    _period_axis(ax, order, max_ticks=24)
    cb = fig.colorbar(im, ax=ax, fraction=0.03, pad=0.01)
    cb.set_label(measure, fontsize=8)
    ax.set_title(title or f"Top {len(actors)} actors by {measure}, per period")
    fig.tight_layout()
    return fig


# ---------------------------------------------------------------------------------------------
# Ties that appear and disappear


def _ties(interactions: pd.DataFrame, articles: pd.DataFrame, period: str | None):
    rows, periods, _ = P.dated(interactions, articles, period)
    if rows.empty:
        return rows, periods, {}
    shown = display_names(pd.concat([rows["source"], rows["target"]]))
    pairs = [tuple(sorted((shown[fold_name(str(s))], shown[fold_name(str(t))])))
             for s, t in zip(rows["source"].tolist(), rows["target"].tolist())]
    rows = rows.assign(a=[p[0] for p in pairs], b=[p[1] for p in pairs])
    rows = rows[rows["a"] != rows["b"]]
    weights = {p: Counter() for p in periods["period"]}
    for per, a, b in zip(rows["period"].tolist(), rows["a"].tolist(), rows["b"].tolist()):
        weights[per][(a, b)] += 1
    return rows, periods, weights


def tie_changes(interactions: pd.DataFrame, articles: pd.DataFrame, period: str | None = None) -> pd.DataFrame:
    """Ties (undirected actor pairs with at least one interaction) that are ``new`` in a period
    (absent from the one before), ``gone`` (present in the one before, absent now) or ``kept``.
    ``weight`` is the pair's interactions in the period (for ``gone``: in the period before).
    The first period has no predecessor, so its ties are not classified."""
    _, periods, weights = _ties(interactions, articles, period)
    return _changes(periods, weights)


def _changes(periods: pd.DataFrame, weights: dict) -> pd.DataFrame:
    rows = []
    starts = dict(zip(periods["period"], periods["period_start"]))
    order = list(periods["period"])
    for prev, cur in zip(order, order[1:]):
        before, now = weights.get(prev, Counter()), weights.get(cur, Counter())
        for pair in sorted(set(before) | set(now)):
            status = "kept" if pair in before and pair in now else ("new" if pair in now else "gone")
            rows.append({"period": cur, "period_start": starts[cur], "source": pair[0], "target": pair[1], "status": status,
                         "weight": now[pair] if status != "gone" else before[pair]})
    out = pd.DataFrame(rows, columns=TIE_COLUMNS)
    status_rank = {"new": 0, "gone": 1, "kept": 2}
    if out.empty:
        return out
    out["_s"] = out["status"].map(status_rank)
    return out.sort_values(["period_start", "_s", "weight", "source", "target"], ascending=[True, True, False, True, True],
                           ignore_index=True)[TIE_COLUMNS]


def tie_summary(changes: pd.DataFrame, interactions: pd.DataFrame, articles: pd.DataFrame, period: str | None = None) -> pd.DataFrame:
    """Per period: ties new, gone and kept against the period before, and all ties in the period."""
    _, periods, weights = _ties(interactions, articles, period)
    return _summary(changes, periods, weights)


def tie_tables(interactions: pd.DataFrame, articles: pd.DataFrame, period: str | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``(tie_changes(...), tie_summary(...))`` of the same tables, the ties counted once."""
    _, periods, weights = _ties(interactions, articles, period)
    changes = _changes(periods, weights)
    return changes, _summary(changes, periods, weights)


def _summary(changes: pd.DataFrame, periods: pd.DataFrame, weights: dict) -> pd.DataFrame:
    counts = changes.groupby(["period", "status"]).size().unstack(fill_value=0) if not changes.empty else pd.DataFrame()
    rows = []
    for i, (per, start) in enumerate(zip(periods["period"], periods["period_start"])):
        get = (lambda s: int(counts.loc[per, s]) if per in counts.index and s in counts.columns else 0)
        rows.append({"period": per, "period_start": start, "new": get("new") if i else None, "gone": get("gone") if i else None,
                     "kept": get("kept") if i else None, "ties": len(weights.get(per, {}))})
    return pd.DataFrame(rows, columns=TIE_SUMMARY_COLUMNS).astype({c: "Int64" for c in ("new", "gone", "kept")})


def plot_tie_changes(summary: pd.DataFrame, changes: pd.DataFrame | None = None, top: int = 8,
                     title: str = "Ties that appear and disappear"):
    """Diverging bars per period: new ties up, gone ties down, kept as a line; with ``changes``,
    the heaviest new ties of the whole span are listed beside the chart."""
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(11, 4.8))
    if summary.empty or summary["ties"].sum() == 0:
        ax.set_axis_off()
        ax.text(0.5, 0.5, "no ties in any period", ha="center", va="center", transform=ax.transAxes)
        return fig
    order = list(summary["period"])
    x = range(len(order))
    new = summary["new"].fillna(0).astype(int).tolist()
    gone = summary["gone"].fillna(0).astype(int).tolist()
    kept = summary["kept"].fillna(0).astype(int).tolist()
    ax.bar(x, new, color="#009E73", width=0.8, label="new (not in the period before)")
    ax.bar(x, [-g for g in gone], color="#D55E00", width=0.8, label="gone (in the period before, not now)")
    ax.plot(list(x)[1:], kept[1:], color="#333333", marker=".", lw=1.2, label="kept")
    ax.axhline(0, color="#333333", lw=0.6)
    _period_axis(ax, order)
    ax.set_ylabel("ties (actor pairs)")
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.spines[["top", "right"]].set_visible(False)
    ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
    if changes is not None and not changes.empty:
        heavy = changes[changes["status"] == "new"].sort_values(["weight", "period_start", "source", "target"],
                                                                ascending=[False, True, True, True]).head(top)
        lines = [f"{r.period}: {r.source[:22]} – {r.target[:22]} ({r.weight})" for r in heavy.itertuples()]
        ax.text(1.01, 0.55, "heaviest new ties\n" + "\n".join(lines), transform=ax.transAxes, fontsize=7, va="top", ha="left")
    ax.set_title(title)
    fig.tight_layout()
    return fig


# ---------------------------------------------------------------------------------------------
# Source mix per period


def source_mix_per_period(attributions: pd.DataFrame, articles: pd.DataFrame, period: str | None = None) -> pd.DataFrame:
    """Attributions per period and source kind, with each kind's ``share`` of the period's total."""
    rows, periods, _ = P.dated(attributions, articles, period)
    if periods.empty:
        return pd.DataFrame(columns=SOURCE_PERIOD_COLUMNS)
    if rows.empty:
        return _empty_periods_frame(periods).assign(source_kind=None, attributions=0, share=0.0)[SOURCE_PERIOD_COLUMNS]
    rows["source_kind"] = rows["source_kind"].fillna("unknown")
    grouped = rows.groupby(["period", "source_kind"]).size().rename("attributions").reset_index()
    out = _empty_periods_frame(periods).merge(grouped, on="period", how="left")
    out["attributions"] = out["attributions"].fillna(0).astype(int)
    totals = out.groupby("period")["attributions"].transform("sum")
    out["share"] = (out["attributions"] / totals.where(totals > 0)).fillna(0.0).round(4)
    out["source_kind"] = out["source_kind"].astype(object).where(out["source_kind"].notna(), None)
    return out.sort_values(["period_start", "attributions", "source_kind"], ascending=[True, False, True],
                           na_position="first", ignore_index=True)[SOURCE_PERIOD_COLUMNS]


def plot_source_mix_per_period(table: pd.DataFrame, title: str = "Who is cited, per period"):
    """Two panels: attributions per period (top) and the share of each source kind (bottom)."""
    import matplotlib.pyplot as plt

    fig, (top, ax) = plt.subplots(2, 1, figsize=(11, 5.5), sharex=True, gridspec_kw={"height_ratios": [1, 3]})
    if table.empty or table["attributions"].sum() == 0:
        for a in (top, ax):
            a.set_axis_off()
        ax.text(0.5, 0.5, "no attributions in any period", ha="center", va="center", transform=ax.transAxes)
        return fig
    order = list(dict.fromkeys(table["period"]))
    wide = table[table["source_kind"].notna()].pivot_table(index="period", columns="source_kind", values="attributions",
                                                           aggfunc="sum", fill_value=0).reindex(order, fill_value=0)
    totals = wide.sum(axis=1)
    kinds = sorted(wide.columns, key=lambda k: (-wide[k].sum(), k))
    cmap = plt.get_cmap("tab10")
    x = range(len(order))
    top.bar(x, totals.tolist(), color="#777777", width=0.8)
    top.set_ylabel("attributions", fontsize=8)
    top.spines[["top", "right"]].set_visible(False)
    bottom = [0.0] * len(order)
    share = wide.div(totals.where(totals > 0), axis=0).fillna(0.0)
    for i, kind in enumerate(kinds):
        vals = share[kind].tolist()
        ax.bar(x, vals, bottom=bottom, width=0.8, color=cmap(i % 10), label=kind)
        bottom = [b + v for b, v in zip(bottom, vals)]
    ax.set_ylim(0, 1)
    ax.set_ylabel("share of the period's attributions", fontsize=8)
    ax.spines[["top", "right"]].set_visible(False)
    _period_axis(ax, order)
    ax.legend(title="source kind", fontsize=8, title_fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
    top.set_title(title)
    fig.tight_layout()
    return fig
