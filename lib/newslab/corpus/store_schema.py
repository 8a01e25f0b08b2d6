"""The corpus store's tables as Arrow schemas, and analysis records turned into Arrow rows.

One table per kind (``articles``, ``actors``, ``interactions``, ``cooccurrences``, ``timexes``,
``events``, ``attributions``); every row carries ``article_id``. Columns follow CONTRACT.md
section 2 with real types: spans are ``list<int32>`` ``[start, end)``, lists stay lists, and
full dates are ``date32`` (TimeML values that may be partial, such as ``2019-11`` or ``P10Y``,
stay strings; ``interactions.date_day`` is the full-date form of ``interactions.date``).
Keys a stage adds that are not listed here go, as a JSON object, into the ``extra`` column.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pyarrow as pa

_STR = pa.string()
_SPAN = pa.list_(pa.int32())
_SPANS = pa.list_(_SPAN)
_STRS = pa.list_(pa.string())
_DATE = pa.date32()

#: Column name -> Arrow type, per table, in CONTRACT.md order (article_id first, extra last).
SCHEMAS: dict[str, pa.Schema] = {
    name: pa.schema([("article_id", _STR), *fields, ("extra", _STR)])
    for name, fields in {
        "articles": [("date", _DATE), ("path", _STR), ("sha256", _STR), ("newslab_version", _STR), ("model", _STR),
                     ("scope", _STR), ("analysis_key", _STR)],
        "actors": [("actor_id", _STR), ("name", _STR), ("type", _STR), ("kind", _STR), ("role", _STR), ("rank", _STR),
                   ("affiliation", _STR), ("iso3", _STR), ("aliases", _STRS), ("mentions", _SPANS),
                   ("mention_labels", _STRS)],
        "interactions": [("source", _STR), ("target", _STR), ("kind", _STR), ("cameo", _STR), ("verb", _STR),
                         ("negated", pa.bool_()), ("date", _STR), ("date_day", _DATE), ("sentence", _STR),
                         ("span", _SPAN)],
        "cooccurrences": [("source", _STR), ("target", _STR), ("sentence", _STR), ("span", _SPAN)],
        "timexes": [("text", _STR), ("span", _SPAN), ("type", _STR), ("value", _STR), ("mod", _STR), ("rule", _STR)],
        "events": [("event_id", _STR), ("summary", _STR), ("trigger", _STR), ("span", _SPAN), ("date_value", _STR),
                   ("date_start", _DATE), ("date_end", _DATE), ("order", pa.int32()), ("actors", _STRS),
                   ("timex", _STR), ("timex_value", _STR), ("anchor", _STR), ("relation", _STR), ("sentence", _STR),
                   ("sentence_span", _SPAN)],
        "attributions": [("source", _STR), ("source_actor", _STR), ("source_span", _SPAN), ("cue", _STR),
                         ("cue_span", _SPAN), ("content", _STR), ("content_span", _SPAN), ("kind", _STR),
                         ("source_kind", _STR), ("fragments", _SPANS), ("inherited", pa.bool_())],
    }.items()
}

#: Table names in the order the store writes them.
TABLES: tuple[str, ...] = tuple(SCHEMAS)

_SEEN = pa.list_(pa.struct([("value", _STR), ("first_date", _DATE), ("last_date", _DATE), ("articles", pa.int32())]))

#: Corpus-level tables recomputed over the whole store at every commit (issue 11): one file each
#: per version. ``actor_ids`` gives each actors row its ``corpus_actor_id`` (readers join it into
#: ``actors``); ``corpus_actors`` is one row per corpus actor (see ``corpus.identity``);
#: ``timeline`` is every placeable event on one time axis (see ``corpus.store_timeline``).
DERIVED_SCHEMAS: dict[str, pa.Schema] = {
    "actor_ids": pa.schema([("article_id", _STR), ("actor_id", _STR), ("corpus_actor_id", _STR), ("corpus_key", _STR)]),
    "corpus_actors": pa.schema([("corpus_actor_id", _STR), ("name", _STR), ("type", _STR), ("kind", _STR),
                                ("aliases", _STRS), ("articles", pa.int32()), ("mentions", pa.int32()),
                                ("first_date", _DATE), ("last_date", _DATE), ("roles", _SEEN),
                                ("affiliations", _SEEN), ("article_ids", _STRS)]),
    # the corpus timeline (``corpus.store_timeline``): columns of ``corpus.timeline.TIMELINE_COLUMNS``,
    # dates as the ISO text the timeline table holds, rows in timeline order
    "timeline": pa.schema([("article_id", _STR), ("article_date", _STR), ("event_id", _STR), ("summary", _STR),
                           ("trigger", _STR), ("actors", _STRS), ("date_value", _STR), ("start", _STR), ("end", _STR),
                           ("granularity", _STR), ("kind", _STR), ("order", pa.int64()), ("anchor", _STR),
                           ("relation", _STR), ("timex", _STR)]),
}

#: Derived table names, written after the part tables.
DERIVED: tuple[str, ...] = tuple(DERIVED_SCHEMAS)

#: Every table a reader can ask for: part tables, then derived ones.
ALL_SCHEMAS: dict[str, pa.Schema] = {**SCHEMAS, **DERIVED_SCHEMAS}

#: What readers see of ``actors``: the stored columns and the joined ``corpus_actor_id`` last.
READ_SCHEMAS: dict[str, pa.Schema] = {**ALL_SCHEMAS, "actors": SCHEMAS["actors"].append(pa.field("corpus_actor_id", _STR))}

#: Columns derived on write (not in the record): full-date forms of a partial-date string.
_DERIVED = {"interactions": {"date_day": "date"}}


def _full_date(value: Any) -> dt.date | None:
    """A ``date`` for a full ISO date string, None for partial values (``2019-11``) and None."""
    if isinstance(value, str) and len(value) == 10:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


def _converters(name: str) -> dict[str, Any]:
    return {f.name: _full_date for f in SCHEMAS[name] if f.type == _DATE}


_KNOWN = {name: frozenset(SCHEMAS[name].names) for name in TABLES}
_CONVERT = {name: _converters(name) for name in TABLES}


def _row(name: str, article_id: str, row: dict[str, Any]) -> dict[str, Any]:
    known, convert = _KNOWN[name], _CONVERT[name]
    # Copied whole, then the few unknown keys moved out and the date columns converted (set and dict
    # operations in C, not a Python step per cell): Arrow reads the row by the schema's names, so
    # the keys' order does not matter.
    out = {"article_id": article_id, **row}
    unknown = out.keys() - known
    extra = {key: out.pop(key) for key in unknown} if unknown else {}
    for key, conv in convert.items():
        if key in row:
            out[key] = conv(row[key])
    for derived, source in _DERIVED.get(name, {}).items():
        out[derived] = _full_date(row.get(source))
    out["extra"] = json.dumps(extra, ensure_ascii=False, sort_keys=True) if extra else None
    return out


def record_rows(rec: dict[str, Any], scope: str, analysis_key: str) -> dict[str, list[dict[str, Any]]]:
    """The rows one article's record (``Analysis.to_record()``) adds to each table."""
    aid = rec["id"]
    head = {k: v for k, v in rec.items() if k != "id" and not isinstance(v, list)}
    rows = {"articles": [_row("articles", aid, {**head, "scope": scope, "analysis_key": analysis_key})]}
    for name in TABLES[1:]:
        rows[name] = [_row(name, aid, r) for r in rec.get(name, [])]
    return rows


def rows_to_arrow(rows: dict[str, list[dict[str, Any]]]) -> dict[str, pa.Table]:
    """Row dicts per table -> one Arrow table per table, with the store schema."""
    return {name: pa.Table.from_pylist(rows.get(name, []), schema=SCHEMAS[name]) for name in TABLES}


def records_to_arrow(items: list[tuple[dict[str, Any], str]], scope: str) -> dict[str, pa.Table]:
    """Arrow tables for many ``(record, analysis_key)`` pairs, rows in the given order."""
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    for rec, key in items:
        for name, part in record_rows(rec, scope, key).items():
            rows[name].extend(part)
    return rows_to_arrow(rows)


def arrow_row_to_record(name: str, row: dict[str, Any]) -> dict[str, Any]:
    """Inverse of the row conversion (for checks): dates back to ISO strings, extras merged, derived dropped."""
    out = {}
    for key, value in row.items():
        if key in ("article_id", "extra") or key in _DERIVED.get(name, {}):
            continue
        out[key] = value.isoformat() if isinstance(value, dt.date) else value
    if row.get("extra"):
        out.update(json.loads(row["extra"]))
    return out


def to_frame(data: pa.Table) -> pd.DataFrame:
    """An Arrow table of the store as pandas: list columns hold Python lists, dates
    ``datetime.date``, missing values None."""
    import pandas as pd

    df = data.to_pandas(date_as_object=True)
    for i, f in enumerate(data.schema):
        if pa.types.is_list(f.type):  # pyarrow gives numpy arrays; the Analysis tables hold lists
            df[f.name] = pd.Series(data.column(i).to_pylist(), index=df.index, dtype=object)
    return df
