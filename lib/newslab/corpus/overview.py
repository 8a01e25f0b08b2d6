"""The corpus overview: what many articles say together (used by ``04_corpus_overview``).

Every function takes corpus tables (pandas, one row per item with ``article_id``, as
:meth:`newslab.corpus.api.CorpusStore.table` returns them), never per-article ``Analysis``
objects, so the overview of a large store holds only the columns it needs. The network, the
timeline figures and the per-period views come from :mod:`~newslab.corpus.network`,
:mod:`~newslab.corpus.timeline`, :mod:`~newslab.corpus.changes` and :mod:`~newslab.corpus.dynamic`;
this module adds one row per article, the timeline table from stored events, the mix of sources
(who is cited, how), and the key numbers written to ``summary.json``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Mapping

import pandas as pd

ARTICLE_COLUMNS = ["article_id", "date", "actors", "interactions", "timexes", "events", "attributions"]
MIX_COLUMNS = ["source_kind", "kind", "attributions", "articles", "share"]
SOURCE_COLUMNS = ["source", "source_kind", "attributions", "articles", "kinds"]


#: The tables counted per article by :func:`article_table`.
COUNTED = ("actors", "interactions", "timexes", "events", "attributions")


def article_table(articles: pd.DataFrame, tables: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
    """One row per article: its date and how many rows each table in ``tables`` (name -> a frame
    with at least ``article_id``) holds for it."""
    out = articles[["article_id", "date"]].copy()
    out["date"] = pd.Series([_iso(v) for v in out["date"]], index=out.index, dtype=object)  # None stays None
    for name in COUNTED:
        counts = tables[name]["article_id"].value_counts() if name in tables else pd.Series(dtype=int)
        out[name] = out["article_id"].map(counts).fillna(0).astype(int)
    return out.sort_values(["date", "article_id"], na_position="last", ignore_index=True)[ARTICLE_COLUMNS]


def _iso(value) -> str | None:
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NaT:
        return None
    return value.isoformat()[:10] if isinstance(value, (dt.date, pd.Timestamp)) else str(value)


def _plain(value):
    """A stored value as the record had it: dates as ISO text, pandas' NaN (a null) as None."""
    if isinstance(value, (dt.date, pd.Timestamp)):
        return _iso(value)
    if isinstance(value, float) and value != value:
        return None
    return value


def _plain_list(values: list, shared: bool = False) -> list:
    """:func:`_plain` of every value, dates converted once per distinct date; with ``shared``,
    equal texts become one object (a column of few distinct values then costs one pointer a row)."""
    out = [None if v is None or (type(v) is float and v != v) else v for v in values]
    if any(isinstance(v, (dt.date, pd.Timestamp)) for v in out):
        iso: dict = {}
        out = [(iso[v] if v in iso else iso.setdefault(v, _iso(v))) if isinstance(v, (dt.date, pd.Timestamp)) else v
               for v in out]
    if shared:
        same: dict = {}
        out = [same.setdefault(v, v) if isinstance(v, str) else v for v in out]
    return out


#: Columns of the stored ``events`` table that :func:`timeline_table` reads (not the sentences).
TIMELINE_EVENT_COLUMNS = ["article_id", "event_id", "summary", "trigger", "actors", "date_value", "date_start",
                          "date_end", "order", "anchor", "relation", "timex", "timex_value"]


def _placeable():
    import pyarrow.dataset as ds

    f = ds.field
    return (f("date_start").is_valid() | f("date_end").is_valid() | f("relation").is_valid()
            | (f("timex").is_valid() & f("timex_value").is_valid()))


#: A ``where`` for the store's ``events``: the rows :func:`timeline_table` can place (a date, a
#: relation to another event, or a timex with a value); the others it drops anyway. About 40% of
#: events in news have none of these, so reading only these saves that much memory.
PLACEABLE_EVENTS = _placeable()


def timeline_table(events: pd.DataFrame, articles: pd.DataFrame, date_from: str | None = None,
                   date_to: str | None = None, include_vague: bool = True) -> pd.DataFrame:
    """The corpus timeline (:data:`newslab.corpus.timeline.TIMELINE_COLUMNS`) from the stored
    ``events`` (at least :data:`TIMELINE_EVENT_COLUMNS`) and ``articles`` tables: what
    :func:`~newslab.corpus.timeline.corpus_timeline` gives from ``Analysis`` objects, without
    building them. Each event is placed by :func:`newslab.corpus.timeline.placement`."""
    from .timeline import TIMELINE_COLUMNS, placement, timeline_frame

    # Plain column lists and one pass: a dict per event, or a groupby per article, costs minutes
    # at a million events.
    n = len(events)
    col = {c: (events[c].tolist() if c in events else [None] * n) for c in TIMELINE_EVENT_COLUMNS}
    for c in ("summary", "trigger", "date_value", "order", "anchor", "relation", "timex", "timex_value", "article_id", "event_id"):
        col[c] = _plain_list(col[c], shared=c in ("date_value", "anchor", "relation", "article_id"))
    dates = {aid: _iso(d) for aid, d in zip(articles["article_id"].tolist(), articles["date"].tolist())}
    starts, ends = _plain_list(col["date_start"]), _plain_list(col["date_end"])
    placed = {}  # (article, event id) -> (start, end): what a "before e3" refers to (the last e3, as a dict would)
    for key in zip(col["article_id"], col["event_id"], starts, ends):
        placed[key[:2]] = key[2:]

    placed_rows: list[tuple] = []
    for i, (aid, eid) in enumerate(zip(col["article_id"], col["event_id"])):
        dct = dates.get(aid)
        if dct is None:
            continue
        rel = col["relation"][i]
        place = placement(starts[i], ends[i], col["date_value"][i], rel, col["timex"][i], col["timex_value"][i], dct,
                          lambda ref_id, aid=aid: placed.get((aid, ref_id)))
        if place is None or (place[4] == "vague" and not include_vague):
            continue
        order = col["order"][i]
        values = (aid, dct, eid, col["summary"][i], col["trigger"][i], list(col["actors"][i] or []),
                  *place, None if order is None else int(order),  # a float when the column has nulls
                  col["anchor"][i], rel, col["timex"][i])
        placed_rows.append(values)
    del col, starts, ends, placed  # let the event columns go before the table is built
    # one tuple a row, turned into columns in C at the end (15 appends a row cost seconds)
    out = dict(zip(TIMELINE_COLUMNS, map(list, zip(*placed_rows)))) if placed_rows else {c: [] for c in TIMELINE_COLUMNS}
    del placed_rows
    return timeline_frame(out, date_from, date_to, plain=True)


def _attributions(attributions: pd.DataFrame) -> pd.DataFrame:
    df = attributions.copy()
    for col in ("source_kind", "kind"):
        df[col] = df[col].fillna("unknown") if col in df else "unknown"
    return df


def source_mix(attributions: pd.DataFrame) -> pd.DataFrame:
    """Attributions by source kind and attribution kind (direct, indirect, according_to, mixed)."""
    df = _attributions(attributions)
    if df.empty:
        return pd.DataFrame(columns=MIX_COLUMNS)
    grouped = df.groupby(["source_kind", "kind"]).agg(attributions=("article_id", "size"), articles=("article_id", "nunique"))
    out = grouped.reset_index()
    out["share"] = (out["attributions"] / out["attributions"].sum()).round(4)
    return out.sort_values(["attributions", "source_kind", "kind"], ascending=[False, True, True], ignore_index=True)[MIX_COLUMNS]


def top_sources(attributions: pd.DataFrame, n: int = 15) -> pd.DataFrame:
    """The most cited sources across the corpus (canonical actor where resolved, else the source words)."""
    df = _attributions(attributions)
    if df.empty:
        return pd.DataFrame(columns=SOURCE_COLUMNS)
    df["who"] = df["source_actor"].where(df["source_actor"].notna(), df["source"]).fillna("(implicit)")
    rows = []
    for who, g in df.groupby("who"):
        rows.append({"source": who, "source_kind": g["source_kind"].mode().sort_values().iloc[0],
                     "attributions": len(g), "articles": g["article_id"].nunique(), "kinds": sorted(set(g["kind"]))})
    out = pd.DataFrame(rows, columns=SOURCE_COLUMNS)
    return out.sort_values(["attributions", "source"], ascending=[False, True], ignore_index=True).head(n)


def plot_source_mix(mix: pd.DataFrame, title: str = "Who is cited, and how"):
    """A horizontal stacked bar per source kind, split by attribution kind."""
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(8, 1.6 + 0.4 * (mix["source_kind"].nunique() if not mix.empty else 1)))
    if mix.empty:
        ax.set_axis_off()
        ax.text(0.5, 0.5, "no attributions found", ha="center", va="center", transform=ax.transAxes)
        return fig
    table = mix.pivot_table(index="source_kind", columns="kind", values="attributions", aggfunc="sum", fill_value=0)
    table = table.loc[table.sum(axis=1).sort_values().index]
    table.plot.barh(stacked=True, ax=ax, width=0.7, colormap="tab10")
    ax.set_xlabel("attributions")
    ax.set_ylabel("")
    ax.set_title(title)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.legend(title="attribution kind", fontsize=8, title_fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1.0))
    fig.tight_layout()
    return fig


def summary(articles: pd.DataFrame, unreadable: int | None, graph, timeline: pd.DataFrame, mix: pd.DataFrame,
            corpus_actors: pd.DataFrame | None = None) -> dict[str, Any]:
    """Key numbers of the overview for ``summary.json`` (plain types, deterministic).
    ``unreadable`` is None when the overview read a store without its seeds."""
    dates = sorted(d for d in articles["date"].map(_iso) if d)
    out = {
        "articles": int(len(articles)),
        "unreadable_seeds": unreadable,
        "first_article": dates[0] if dates else None,
        "last_article": dates[-1] if dates else None,
        "actors_merged": int(graph.number_of_nodes()),
        "interactions": int(graph.number_of_edges()),
        "timeline_items": int(len(timeline)),
        "attributions": int(mix["attributions"].sum()) if not mix.empty else 0,
        "source_kinds": {str(r.source_kind): int(r.attributions) for r in mix.groupby("source_kind", as_index=False)["attributions"].sum().itertuples()} if not mix.empty else {},
    }
    if corpus_actors is not None:
        out["corpus_actors"] = int(len(corpus_actors))
    return out


MERGED_COLUMNS = ["name", "type", "articles", "mentions", "article_ids"]


def merged_actors(actors: pd.DataFrame) -> pd.DataFrame:
    """Actors of every article (the corpus ``actors`` table), merged across articles by canonical
    name and type only (the naive merge; :func:`newslab.corpus.identity.corpus_actors` is the
    identity-aware one)."""
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    for r in actors[["article_id", "name", "type", "mentions"]].to_dict(orient="records"):
        key = (str(r["name"]), str(r["type"]))
        row = rows.setdefault(key, {"name": key[0], "type": key[1], "mentions": 0, "article_ids": set()})
        m = r.get("mentions")
        row["mentions"] += len(m) if m is not None and not isinstance(m, str) else 0
        row["article_ids"].add(r["article_id"])
    out = [{**r, "articles": len(r["article_ids"]), "article_ids": sorted(r["article_ids"])} for r in rows.values()]
    df = pd.DataFrame(out, columns=MERGED_COLUMNS)
    return df.sort_values(["articles", "mentions", "name"], ascending=[False, False, True], ignore_index=True)
