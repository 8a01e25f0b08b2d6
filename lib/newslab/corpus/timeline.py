"""A corpus timeline: the events of many articles on one time axis, keeping their uncertainty.

A year-level date stays an interval (``2011`` covers 2011-01-01..2011-12-31), not a day; an event
ordered only by a narrative cue ("Gürak earlier met ...") sits just before its reference event
and is marked as such; vague anchors (``PAST_REF``, durations) sit at the article date with their
own mark. Exports: a flat CSV table and Knight Lab TimelineJS JSON.
"""

from __future__ import annotations

import datetime as dt
import heapq
import html
import json
from functools import lru_cache
from operator import itemgetter
from pathlib import Path
from typing import Iterable

import pandas as pd

from ..files import atomic_write_text
from ..extract.timexes import value_interval

#: Columns of the timeline table.
TIMELINE_COLUMNS = [
    "article_id", "article_date", "event_id", "summary", "trigger", "actors", "date_value", "start", "end",
    "granularity", "kind", "order", "anchor", "relation", "timex",
]

#: How an item is drawn: a day is a point, a longer period a bar, cue-ordered and vague items get their own marks.
KINDS = ("point", "interval", "before/after", "vague")


def corpus_timeline(analyses: Iterable, date_from: str | None = None, date_to: str | None = None,
                    actor: str | None = None, include_vague: bool = True) -> pd.DataFrame:
    """One row per placed event across articles, sorted by start date.

    ``date_from``/``date_to`` (ISO dates) keep events whose interval overlaps the range;
    ``actor`` keeps events naming that actor (case-insensitive substring of an actor name).
    """
    rows = []
    for an in analyses:
        art = an.article
        evs = an.events.to_dict(orient="records")
        by_id = {e["event_id"]: e for e in evs}
        for e in evs:
            row = _place(e, by_id, art.date)
            if row is None or (row["kind"] == "vague" and not include_vague):
                continue
            row.update({"article_id": art.id, "article_date": art.date_iso, "event_id": e["event_id"],
                        "summary": e.get("summary"), "trigger": e.get("trigger"), "actors": list(e.get("actors") or []),
                        "order": e.get("order"), "anchor": e.get("anchor"), "relation": e.get("relation"),
                        "timex": e.get("timex")})
            rows.append(row)
    return timeline_frame(rows, date_from, date_to, actor)


def timeline_frame(rows: list[dict] | dict[str, list], date_from: str | None = None, date_to: str | None = None,
                   actor: str | None = None, plain: bool = False) -> pd.DataFrame:
    """Placed timeline rows (dicts, or one list per column) as the sorted timeline table,
    filtered to the date range (overlap) and to events naming ``actor`` (case-insensitive substring).

    Columns hold plain Python values (missing ones None). The table is built from lists, never
    through pandas' text columns and back: at a million items that round trip made a new string
    object for every cell, over a gigabyte. ``plain``: the lists already hold None (never NaN)
    for missing values, so they are not copied to make them so.
    """
    cols = rows if isinstance(rows, dict) else {c: [r.get(c) for r in rows] for c in TIMELINE_COLUMNS}
    n = len(cols[TIMELINE_COLUMNS[0]]) if cols else 0
    if n == 0:
        return pd.DataFrame(rows, columns=TIMELINE_COLUMNS)
    if not plain:  # ``plain``: the caller already gives None, never NaN, for a missing value
        cols = {c: [None if v is None or (isinstance(v, float) and v != v) else v for v in cols.get(c, [None] * n)]
                for c in TIMELINE_COLUMNS}
    keep = range(n)
    if actor:
        low = actor.lower()
        keep = [i for i in keep if any(low in str(a).lower() for a in cols["actors"][i] or [])]
    start, end = cols["start"], cols["end"]
    if date_from:
        keep = [i for i in keep if (end[i] if end[i] is not None else start[i]) is not None
                and (end[i] if end[i] is not None else start[i]) >= date_from]
    if date_to:
        keep = [i for i in keep if (start[i] if start[i] is not None else end[i]) is not None
                and (start[i] if start[i] is not None else end[i]) <= date_to]

    art, order = cols["article_id"], cols["order"]
    keep = sorted(keep, key=lambda i: (_missing_last(start[i], ""), _missing_last(end[i], ""),
                                       _missing_last(art[i], ""), _missing_last(order[i], 0)))  # stable, as pandas'
    # numbers as pandas gives them: an order column with a gap is a float column
    number = float if any(v is None or isinstance(v, float) for v in order) else int
    cols["order"] = [None if v is None else number(v) for v in order]
    if len(keep) == 0:
        return pd.DataFrame({c: pd.Series([], dtype=object) for c in TIMELINE_COLUMNS})
    take = itemgetter(*keep)  # in C: a list comprehension per column costs seconds at a million rows
    pick = (lambda values: [take(values)]) if len(keep) == 1 else (lambda values: list(take(values)))
    return pd.DataFrame({c: pd.Series(pick(cols[c]), dtype=object) for c in TIMELINE_COLUMNS})


#: What :func:`placement` gives, in order.
PLACE_FIELDS = ("date_value", "start", "end", "granularity", "kind")


@lru_cache(maxsize=1 << 14)
def _grain(value) -> str | None:
    """The granularity of a DATE/TIME value (day, month, year, ...), None when it is vague."""
    iv = value_interval(value)
    return iv[2] if iv else None


def placement(start, end, value, relation, timex, timex_value, day: str, lookup) -> tuple | None:
    """Where one event goes on the axis (:data:`PLACE_FIELDS`), or None if the text gives no time
    at all: its own dates; else the edge of the event its ``relation`` ("before e3") points to,
    found by ``lookup(event_id) -> (start, end) | None``; else, for a vague timex value, the
    article's ``day`` (ISO)."""
    if start or end:
        start, end = start or end, end or start
        return (value, start, end, _grain(value) or "interval", "point" if start == end else "interval")
    if relation:
        how, ref_id = relation.split(" ", 1)
        ref = lookup(ref_id)
        if ref and (ref[0] or ref[1]):
            edge = (ref[0] or ref[1]) if how == "before" else (ref[1] or ref[0])
            return (None, edge, edge, how, "before/after")
    if timex and timex_value and _grain(timex_value) is None:
        return (timex_value, day, day, "vague", "vague")
    return None


def _place(e: dict, by_id: dict, dct: dt.date) -> dict | None:
    """:func:`placement` of one event record (``by_id``: the article's events by id), as a dict."""
    def lookup(ref_id: str):
        ref = by_id.get(ref_id)
        return (ref.get("date_start"), ref.get("date_end")) if ref else None

    got = placement(e.get("date_start"), e.get("date_end"), e.get("date_value"), e.get("relation"), e.get("timex"),
                    e.get("timex_value"), dct.isoformat(), lookup)
    return dict(zip(PLACE_FIELDS, got)) if got else None


# ---------------------------------------------------------------------------------------------
# Exports


def _tl_date(iso: str) -> dict:
    d = dt.date.fromisoformat(iso)
    return {"year": d.year, "month": d.month, "day": d.day}


def _h(value) -> str:
    """Seed-derived text for a TimelineJS field: TimelineJS renders headline, text, group and
    display_date as HTML, so markup in an article must arrive escaped."""
    return html.escape(str(value), quote=True)


def to_timelinejs(df: pd.DataFrame, title: str = "newslab timeline") -> dict:
    """Knight Lab TimelineJS JSON (https://timeline.knightlab.com/docs/json-format.html), every
    displayed field HTML-escaped and ``unique_id`` (an HTML id and URL hash) a plain name."""
    from ..safe_names import safe_folder_name

    events = []
    for r in df.to_dict(orient="records"):
        if not r.get("start"):
            continue
        ev = {
            "start_date": _tl_date(r["start"]),
            "text": {"headline": _h(r.get("summary") or r.get("trigger") or ""),
                     "text": _h(f"{r['article_id']}: {', '.join(r.get('actors') or [])}".rstrip(": "))},
            "group": _h(r["article_id"]),
            "unique_id": safe_folder_name(f"{r['article_id']}-{r['event_id']}"),
        }
        if r.get("end") and r["end"] != r["start"] and r["kind"] == "interval":
            ev["end_date"] = _tl_date(r["end"])
        if r["kind"] in ("before/after", "vague") or r.get("granularity") not in ("day", None):
            ev["display_date"] = _h(r.get("date_value") or f"{r['granularity']} {r['start']}")
        events.append(ev)
    return {"title": {"text": {"headline": _h(title), "text": f"{len(events)} events"}}, "events": events}


#: Most events a TimelineJS file holds: the viewer shows one slide per event, and a corpus file
#: with every event would be hundreds of megabytes that no browser opens.
TIMELINEJS_MAX = 500


def write_timelinejs(df: pd.DataFrame, path: str | Path, title: str = "newslab timeline",
                     max_events: int = TIMELINEJS_MAX, ranked: pd.DataFrame | None = None) -> Path:
    """Write the TimelineJS JSON file (sorted keys, atomic). Above ``max_events`` items it holds
    the most-reported events (:func:`most_reported`; ``ranked`` as there) instead of every item."""
    if len(df) > max_events:
        top = most_reported(df, n=max_events, ranked=ranked)
        df = top.assign(article_id=[ids[0] for ids in top["article_ids"]], event_id=[f"top{i + 1}" for i in range(len(top))],
                        granularity=None)
    atomic_write_text(Path(path), json.dumps(to_timelinejs(df, title), ensure_ascii=False, indent=1, sort_keys=True))
    return Path(path)


# ---------------------------------------------------------------------------------------------
# Figure


def plot_timeline(df: pd.DataFrame, max_events: int = 40, title: str | None = None):
    """A timeline figure: points for days, bars for intervals, hollow marks for cue-ordered and vague items.

    Each event gets its own row, so labels never collide; rows run top-down in time order.
    """
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    data = df.head(max_events).reset_index(drop=True)
    n = max(len(data), 1)
    fig, ax = plt.subplots(figsize=(10, 1.2 + 0.38 * n))
    if data.empty:
        ax.text(0.5, 0.5, "no dated events", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return fig
    starts = [dt.date.fromisoformat(s) for s in data["start"]]
    ends = [dt.date.fromisoformat(e) for e in data["end"]]
    lo, hi = min(starts), max(ends)
    span_days = max((hi - lo).days, 30)
    pad = dt.timedelta(days=span_days * 0.02 + 1)
    styles = {
        "point": dict(marker="o", color="#1f77b4", markersize=7, linestyle="none"),
        "before/after": dict(marker="<", color="#d62728", markerfacecolor="white", markersize=8, linestyle="none"),
        "vague": dict(marker="D", color="#7f7f7f", markerfacecolor="white", markersize=7, linestyle="none"),
    }
    for i, r in data.iterrows():
        y = n - 1 - i
        s, e = starts[i], ends[i]
        if r["kind"] == "interval":
            ax.barh(y, max((e - s).days, 1) + 1, left=s, height=0.5, color="#ff7f0e", alpha=0.7, edgecolor="#b35900")
        else:
            st = dict(styles[r["kind"]])
            if r["kind"] == "before/after" and r["granularity"] == "after":
                st["marker"] = ">"
            ax.plot([s], [y], **st)
        label = f"{r['date_value'] or r['granularity']}: {str(r['summary'] or r['trigger'])[:60]}"
        ax.annotate(label, (max(e, s) + pad, y), va="center", fontsize=8, annotation_clip=False)
    ax.set_yticks([])
    ax.set_ylim(-0.8, n - 0.2)
    ax.set_xlim(lo - pad * 3, hi + pad * 3)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(mdates.AutoDateLocator()))
    ax.grid(axis="x", alpha=0.3)
    for side in ("left", "right", "top"):
        ax.spines[side].set_visible(False)
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    legend = [Line2D([], [], **styles["point"], label="day"),
              Patch(color="#ff7f0e", alpha=0.7, label="interval (month, year, ...)"),
              Line2D([], [], **styles["before/after"], label="before its reference (narrative cue)"),
              Line2D([], [], **styles["vague"], label="vague (PAST_REF, duration) at article date")]
    ax.legend(handles=legend, loc="upper center", bbox_to_anchor=(0.5, -0.08 - 1.5 / (n + 4)), ncol=2, fontsize=8, frameon=False)
    ax.set_title(title or f"Timeline: {len(data)} events" + (f" (first {max_events} of {len(df)})" if len(df) > max_events else ""))
    fig.tight_layout()
    return fig


# ---------------------------------------------------------------------------------------------
# Notebook helpers


def summary_numbers(analyses: list, timeline: pd.DataFrame) -> dict:
    """Key counts of the chronology analysis for ``summary.json`` (deterministic, no timestamps)."""
    from ..extract.analysis import corpus_table

    tx = corpus_table(analyses, "timexes")
    ev = corpus_table(analyses, "events")
    by_type = {str(k): int(v) for k, v in sorted(tx["type"].value_counts().items())} if not tx.empty else {}
    by_rule = {str(k): int(v) for k, v in sorted(tx["rule"].value_counts().items())} if not tx.empty else {}
    dated = ev[ev["date_value"].notna()] if not ev.empty else ev
    return {
        "articles": len(analyses),
        "timexes": int(len(tx)),
        "timexes_by_type": by_type,
        "timexes_by_rule": by_rule,
        "events": int(len(ev)),
        "events_dated": int(len(dated)),
        "events_ordered": int(ev["order"].notna().sum()) if not ev.empty else 0,
        "events_cue_ordered": int((ev["anchor"] == "cue").sum()) if "anchor" in ev else 0,
        "timeline_items": int(len(timeline)),
        "timeline_kinds": {str(k): int(v) for k, v in sorted(timeline["kind"].value_counts().items())} if not timeline.empty else {},
        "earliest": min(timeline["start"]) if not timeline.empty else None,
        "latest": max(timeline["end"]) if not timeline.empty else None,
    }


# ---------------------------------------------------------------------------------------------
# Corpus scale: counts per period and kind, the most-reported events

PERIOD_COUNT_COLUMNS = ["period", "period_start", "kind", "events", "articles"]
REPORTED_COLUMNS = ["start", "end", "date_value", "summary", "trigger", "actors", "articles", "article_ids", "kind"]


def focus(df: pd.DataFrame, pad_share: float = 0.25, min_pad_days: int = 31) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``(inside, outside)``: the items dated within the corpus's own time span, and the others.

    The span is that of the article dates, widened on each side by a quarter of its length (at
    least a month), so what is planned or recalled near the coverage stays in. A background
    paragraph's "a 1921 treaty" must not stretch a year of coverage into a century of empty bars.
    """
    bounds = coverage(df, pad_share, min_pad_days)
    if bounds is None:
        return df, df.iloc[0:0]
    keep = within(df["start"], bounds)
    return df[keep], df[~keep]


def coverage(df: pd.DataFrame, pad_share: float = 0.25, min_pad_days: int = 31) -> tuple[str, str] | None:
    """The first and last ISO day of the corpus's own time span as :func:`focus` widens it, or
    None when no item has an article date."""
    dates = pd.to_datetime(df["article_date"], errors="coerce").dropna() if "article_date" in df and not df.empty else []
    if len(dates) == 0:
        return None
    lo, hi = dates.min().date(), dates.max().date()
    pad = dt.timedelta(days=max(min_pad_days, int((hi - lo).days * pad_share)))
    return (lo - pad).isoformat(), (hi + pad).isoformat()


def within(starts: pd.Series, bounds: tuple[str, str]) -> pd.Series:
    """True where a start date lies inside ``bounds`` (from :func:`coverage`)."""
    lo, hi = bounds
    return starts.map(lambda s: s is not None and lo <= str(s) <= hi).astype(bool)


def events_per_period(df: pd.DataFrame, period: str | None = None, max_periods: int = 40,
                      within_coverage: bool = True) -> pd.DataFrame:
    """Timeline items per period of their start date and per kind (point, interval, ...), with the
    number of articles; every period of the span appears. ``period`` (week, month, quarter, year)
    overrides the choice made from the span. With ``within_coverage`` (default) only items inside
    the corpus's own time span count (:func:`focus`)."""
    from . import periods as P

    if within_coverage:
        df = focus(df)[0]
    if df.empty:
        return pd.DataFrame(columns=PERIOD_COUNT_COLUMNS)
    chosen = P.choose_period(df["start"], period, max_periods)
    table = P.period_table(df["start"], chosen)
    rows = df.assign(period=P.assign(df["start"], chosen).values)
    grouped = rows.groupby(["period", "kind"]).agg(events=("event_id", "size"), articles=("article_id", "nunique")).reset_index()
    out = table[["period", "period_start"]].merge(grouped, on="period", how="left")
    out["events"] = out["events"].fillna(0).astype(int)
    out["articles"] = out["articles"].fillna(0).astype(int)
    out["kind"] = out["kind"].astype(object).where(out["kind"].notna(), None)
    return out.sort_values(["period_start", "kind"], na_position="first", ignore_index=True)[PERIOD_COUNT_COLUMNS]


def _event_keys(row) -> list[tuple]:
    """Keys under which items are the same happening: the same day and one actor in common
    (names folded), or the same longer period and the same actors, so "the ceasefire with Karsenia" and "Valdoria and Karsenia agreed" on the same
    day meet through Karsenia. An item with no actors, or placed only by a cue or at the article
    date, cannot be recognised elsewhere: its one key is its own."""
    return _keys(row["start"], row["end"], row["kind"], row["actors"], row["article_id"], row["event_id"])


def _keys(start, end, kind, actors, article_id, event_id, fold=None) -> list[tuple]:
    """:func:`_event_keys` of one item given as values (``fold``: :func:`~newslab.corpus.network.fold_name`,
    passed in by loops over many items so it is not imported again for each)."""
    if fold is None:
        from .network import fold_name as fold

    names = sorted({fold(str(a)) for a in actors}) if actors else []
    if not names or kind not in ("point", "interval"):
        return [(start, end, tuple(names), article_id, event_id)]
    if start != end:
        # A month or a year holds many happenings of one actor: there, all the actors must agree.
        return [(start, end, tuple(names))]
    return [(start, end, name) for name in names]


def _happening_groups(cols: dict[str, list], n: int) -> list[list[int]]:
    """Item indices (of a table held as column lists) grouped into happenings: connected through
    shared keys (:func:`_event_keys`), in order of each group's first item."""
    parent = list(range(n))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    from .network import fold_name

    owner: dict[tuple, int] = {}
    items = zip(cols["start"], cols["end"], cols["kind"], cols["actors"], cols["article_id"], cols["event_id"])
    for i, values in enumerate(items):
        for key in _keys(*values, fold=fold_name):
            j = owner.setdefault(key, i)
            a, b = root(i), root(j)
            if a != b:
                parent[max(a, b)] = min(a, b)
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(root(i), []).append(i)
    return [groups[k] for k in sorted(groups)]


def _missing_last(value, empty):
    """A sort key that puts a missing value last, as pandas' ``na_position="last"`` does."""
    return (True, empty) if value is None else (False, value)


def rank_happenings(df: pd.DataFrame, limit: int | None = None) -> pd.DataFrame:
    """Every happening of the timeline table (items grouped by :func:`_happening_groups`), one row
    each with its most frequent date value, summary and trigger, its actors (most named first)
    and the ids of the articles that report it; most reported first (ties: earlier first).
    :func:`most_reported` takes its top rows; compute it once and pass it as ``ranked`` when
    several views need it (at a million items it is the timeline's costliest step).

    With ``limit``, only the first ``limit`` rows and every happening reported by at least two
    articles are kept: what every view of the notebook can ask for (the top ``limit`` at any
    threshold, and any top of those told more than once), without a row for each of hundreds of
    thousands of items told once.
    """
    if df.empty:
        return pd.DataFrame(columns=REPORTED_COLUMNS)
    from collections import Counter

    names = ["article_id", "event_id", "start", "end", "kind", "actors", "date_value", "summary", "trigger"]
    # column lists, not a dict per item: to_dict or a pandas groupby per event is far too slow at corpus scale
    cols = {c: df[c].tolist() for c in names}
    groups = _happening_groups(cols, len(df))

    def common(items: list[int], col: str):
        counts = Counter(str(cols[col][i]) for i in items if cols[col][i] is not None)
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if counts else None

    def told(items: list[int]) -> int:
        return 1 if len(items) == 1 else len({cols["article_id"][i] for i in items})

    # the sort key first (cheap), whole rows only for the happenings kept
    def key(g: int, items: list[int], many: int) -> tuple:
        first = items[0]
        summary = _text(cols["summary"][first]) if len(items) == 1 else common(items, "summary")
        return ((-many, _missing_last(cols["start"][first], ""), _missing_last(cols["end"][first], ""),
                 _missing_last(summary, "")), g, summary)

    def order(k: tuple) -> tuple:
        return k[0], k[1]  # stable on group order, as pandas' sort

    if limit is None:
        keys = sorted((key(g, items, told(items)) for g, items in enumerate(groups)), key=order)
    else:
        # every happening told twice or more ranks above those told once: those are all kept, and
        # only as many told once as fill the top ``limit`` (a heap, not a sorted list of them all)
        keys = sorted((key(g, items, n) for g, items in enumerate(groups) if len(items) > 1 and (n := told(items)) >= 2),
                      key=order)
        once = (key(g, items, 1) for g, items in enumerate(groups) if len(items) == 1 or told(items) < 2)
        keys += heapq.nsmallest(max(limit - len(keys), 0), once, key=order)
    rows = []
    for key, g, summary in keys:
        items = groups[g]
        first = items[0]
        if len(items) == 1:  # most happenings are told once: no counting to do
            rows.append({"start": cols["start"][first], "end": cols["end"][first], "date_value": _text(cols["date_value"][first]),
                         "summary": summary, "trigger": _text(cols["trigger"][first]),
                         "actors": sorted({str(a) for a in cols["actors"][first] or []}), "articles": 1,
                         "article_ids": [cols["article_id"][first]], "kind": cols["kind"][first]})
            continue
        ids = sorted({cols["article_id"][i] for i in items})
        named = Counter(str(a) for i in items for a in dict.fromkeys(cols["actors"][i] or []))
        actors = [name for name, _ in sorted(named.items(), key=lambda kv: (-kv[1], kv[0]))]
        rows.append({"start": cols["start"][first], "end": cols["end"][first], "date_value": common(items, "date_value"),
                     "summary": summary, "trigger": common(items, "trigger"), "actors": actors,
                     "articles": len(ids), "article_ids": ids, "kind": cols["kind"][first]})
    return pd.DataFrame(rows, columns=REPORTED_COLUMNS)


def _text(value):
    """What ``common`` in :func:`rank_happenings` gives for one item: the value as text, or None."""
    return None if value is None else str(value)


def most_reported(df: pd.DataFrame, n: int = 20, min_articles: int = 1, ranked: pd.DataFrame | None = None) -> pd.DataFrame:
    """The ``n`` events reported by the most articles (at least ``min_articles``; ties: earlier
    first), one row per event with its most frequent summary and trigger and the ids of the
    articles that report it. ``ranked`` is :func:`rank_happenings` of ``df``, if already computed."""
    ranked = rank_happenings(df) if ranked is None else ranked
    out = ranked[ranked["articles"] >= min_articles].head(n).reset_index(drop=True)
    return out.astype(object).where(out.notna(), None)


def plot_corpus_timeline(df: pd.DataFrame, n: int = 20, period: str | None = None, title: str | None = None,
                         ranked: pd.DataFrame | None = None):
    """The timeline at corpus scale: items per period and kind (top panel), and the ``n`` events
    reported by the most articles on the same time axis (bottom panel, one row each, labelled with
    the number of articles). ``ranked``: :func:`rank_happenings` of ``df``, if already computed."""
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    bounds = coverage(df)
    df, outside = focus(df)
    counts = events_per_period(df, period, within_coverage=False)
    # In a corpus, an event told by one article only is noise next to those several articles report.
    min_articles = 2 if not df.empty and df["article_id"].nunique() > 1 else 1
    if ranked is not None and bounds is not None:  # a happening's items share one start: filter whole rows
        ranked = ranked[within(ranked["start"], bounds)]
    top = most_reported(df, n, min_articles, ranked).sort_values(["start", "end"], kind="stable").reset_index(drop=True) if not df.empty else df
    rows = max(len(top), 1)
    fig, (ax1, ax2) = plt.subplots(2, 1, figsize=(11, 3.6 + 0.34 * rows), sharex=True,
                                   gridspec_kw={"height_ratios": [2.4, 0.34 * rows + 0.6]})
    if df.empty:
        for a in (ax1, ax2):
            a.set_axis_off()
        ax2.text(0.5, 0.5, "no dated events", ha="center", va="center", transform=ax2.transAxes)
        return fig
    colours = {"point": "#1f77b4", "interval": "#ff7f0e", "before/after": "#d62728", "vague": "#7f7f7f"}
    starts = [dt.date.fromisoformat(s) for s in counts["period_start"].drop_duplicates()]
    width = max(((starts[1] - starts[0]).days if len(starts) > 1 else 30) * 0.85, 1)
    wide = counts[counts["kind"].notna()].pivot_table(index="period_start", columns="kind", values="events", aggfunc="sum", fill_value=0)
    wide = wide.reindex([s.isoformat() for s in starts], fill_value=0)
    bottom = [0] * len(starts)
    for kind in [k for k in KINDS if k in wide.columns]:
        vals = wide[kind].tolist()
        ax1.bar(starts, vals, bottom=bottom, width=width, align="edge", color=colours[kind], label=kind)
        bottom = [b + v for b, v in zip(bottom, vals)]
    ax1.set_ylabel("events")
    ax1.yaxis.get_major_locator().set_params(integer=True)
    ax1.spines[["top", "right"]].set_visible(False)
    ax1.legend(title="kind", fontsize=8, title_fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
    from .periods import choose_period

    heading = title or f"Timeline: {len(df)} events in {df['article_id'].nunique()} articles, per {choose_period(df['start'], period)}"
    if len(outside):
        years = sorted(str(x)[:4] for x in outside["start"] if x)
        span = f"{years[0]}–{years[-1]}" if years and years[0] != years[-1] else (years[0] if years else "")
        heading += f"\n(+{len(outside)} event{'s' if len(outside) != 1 else ''} dated outside the coverage, {span}, not drawn)"
    ax1.set_title(heading)
    lo = min(starts)
    hi = max(starts) + dt.timedelta(days=width)  # the counted periods: a long interval's end must not widen the axis
    for i, r in top.iterrows():
        y = len(top) - 1 - i
        s, e = dt.date.fromisoformat(r["start"]), dt.date.fromisoformat(r["end"])
        if r["kind"] == "interval" and e > s:
            ax2.barh(y, (e - s).days + 1, left=s, height=0.5, color=colours["interval"], alpha=0.7)
        else:
            ax2.plot([s], [y], marker="o", color=colours.get(r["kind"], "#1f77b4"), markersize=4 + min(r["articles"], 10), linestyle="none")
        text = str(r["summary"] or r["trigger"])
        text = text if len(text) <= 70 else text[:69] + "…"
        label = f"{text} ({r['articles']} article{'s' if r['articles'] != 1 else ''})"
        # Labels go on the side with more room, so none runs off the axes.
        right = (s - lo) < (hi - s)
        ax2.annotate(label, (max(s, e) if right else s, y), xytext=(6 if right else -6, 0), textcoords="offset points",
                     ha="left" if right else "right", va="center", fontsize=7.5)
    ax2.set_yticks([])
    ax2.set_ylim(-0.7, len(top) - 0.3)
    ax2.set_xlim(lo - dt.timedelta(days=width), hi + dt.timedelta(days=width))
    ax2.set_title(f"The {len(top)} events reported by the most articles" + (" (at least 2)" if min_articles > 1 else ""), fontsize=9)
    if top.empty:
        ax2.text(0.5, 0.5, "no event is reported by more than one article", ha="center", va="center", transform=ax2.transAxes)
    ax2.xaxis.set_major_formatter(mdates.ConciseDateFormatter(mdates.AutoDateLocator()))
    ax2.grid(axis="x", alpha=0.3)
    ax2.spines[["left", "right", "top"]].set_visible(False)
    fig.tight_layout()
    return fig
