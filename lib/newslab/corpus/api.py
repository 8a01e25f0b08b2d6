"""Read a corpus store: ``open(DIR).table(name, columns=..., where=...)`` and ``.sql(query)``.

    from newslab.corpus import api as corpus
    c = corpus.open("outputs/store")
    meets = c.table("interactions", columns=["article_id", "source", "target"], where={"kind": "meet"})
    c.sql("SELECT a.date, count(*) n FROM interactions i JOIN articles a USING (article_id) GROUP BY 1")

``open`` pins the version committed at that moment: a run committing meanwhile does not change
what this object reads (reopen to see it). Filters are pushed down into the Parquet scan
(row groups are skipped on their statistics), so only matching rows are ever in memory.

``actors`` rows carry ``corpus_actor_id`` (one actor across the corpus), joined from the small
``actor_ids`` table of the same version; ``corpus_actors`` is one row per corpus actor. Ask
``actors`` for ``mention_count`` (computed in Arrow from ``mentions``) when the number of
mentions is all you need: the spans as Python lists are the largest part of the table in memory.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, Iterable

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds

from .store import current_version_dir, part_files, read_version
from .store_schema import ALL_SCHEMAS, DERIVED, READ_SCHEMAS, SCHEMAS, TABLES, to_frame

#: A column ``actors`` offers besides the stored ones: the number of mentions of each row.
MENTION_COUNT = "mention_count"

#: A ``where`` value: an Arrow expression, or ``{column: condition}`` combined with AND, where a
#: condition is a scalar (equals), a list/set (one of) or a ``(low, high)`` tuple (inclusive
#: range; None for an open end). Date columns accept ISO strings.
Where = Any


class CorpusStore:
    """One committed version of a store, read as pandas (pyarrow scan) or SQL (DuckDB)."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.version_dir = current_version_dir(self.path)
        self.version = read_version(self.version_dir)["version"]

    @property
    def tables(self) -> tuple[str, ...]:
        """The table names (per-article tables, then the derived ``actor_ids``, ``corpus_actors`` and ``timeline``)."""
        return TABLES + DERIVED

    def files(self, name: str) -> list[str]:
        """The Parquet files of table ``name`` in this version."""
        _check_table(name)
        return [str(p) for p in part_files(self.version_dir, name)]

    def dataset(self, name: str) -> ds.Dataset:
        """Table ``name`` as stored, as a ``pyarrow.dataset.Dataset`` (for scans that stay in Arrow)."""
        return ds.dataset(self.files(name), schema=ALL_SCHEMAS[name], format="parquet")

    def arrow(self, name: str, columns: Iterable[str] | None = None, where: Where = None) -> pa.Table:
        """Like :meth:`table`, as an Arrow table."""
        _check_table(name)
        cols = list(columns) if columns is not None else None
        if name == "actors" and cols is not None and MENTION_COUNT in cols:
            read = [c for c in cols if c != MENTION_COUNT] + (["mentions"] if "mentions" not in cols else [])
            data = self.arrow(name, read, where)
            counts = pc.list_value_length(data.column("mentions")).fill_null(0)
            data = data.append_column(pa.field(MENTION_COUNT, pa.int32()), counts.cast(pa.int32()))
            return data.select(cols)
        if cols is not None:
            unknown = [c for c in cols if c not in READ_SCHEMAS[name].names]
            if unknown:
                raise KeyError(f"{name} has no column {unknown[0]!r}; columns: {', '.join(READ_SCHEMAS[name].names)}")
        if name == "actors":
            return self._actors(cols, where)
        return self.dataset(name).to_table(columns=cols, filter=to_expression(name, where))

    def _actors(self, cols: list[str] | None, where: Where) -> pa.Table:
        """``actors`` with ``corpus_actor_id`` joined from ``actor_ids`` (a filter on it first picks
        the matching (article, actor) pairs, then scans only their articles)."""
        want = cols is None or "corpus_actor_id" in cols
        by_id = None
        if isinstance(where, dict) and "corpus_actor_id" in where:
            where = dict(where)
            by_id = where.pop("corpus_actor_id")
        if not want and by_id is None:
            return self.dataset("actors").to_table(columns=cols, filter=to_expression("actors", where))
        ids = self.dataset("actor_ids").to_table(
            columns=["article_id", "actor_id", "corpus_actor_id"],
            filter=None if by_id is None else to_expression("actor_ids", {"corpus_actor_id": by_id}))
        expr = to_expression("actors", where)
        if by_id is not None:
            within = ds.field("article_id").isin(pc.unique(ids.column("article_id")))
            expr = within if expr is None else expr & within
        base = [c for c in (cols or SCHEMAS["actors"].names) if c != "corpus_actor_id"]
        data = self.dataset("actors").to_table(columns=sorted(set(base) | {"article_id", "actor_id"}), filter=expr)
        keys = data.select(["article_id", "actor_id"]).append_column("_row", pa.array(range(data.num_rows), pa.int64()))
        joined = keys.join(ids, ["article_id", "actor_id"], join_type="left outer").sort_by("_row")
        cid = joined.column("corpus_actor_id")
        if by_id is not None:  # only pairs that matched: the rest of those articles' actors go
            keep = pc.is_valid(cid)
            data, cid = data.filter(keep), cid.filter(keep)
        out = data.select(base)
        if want:
            out = out.append_column(pa.field("corpus_actor_id", pa.string()), cid)
        return out.select(cols) if cols is not None else out

    def table(self, name: str, columns: Iterable[str] | None = None, where: Where = None) -> pd.DataFrame:
        """Rows of table ``name`` (all columns unless ``columns``) matching ``where``, as pandas.

        List columns hold Python lists, dates ``datetime.date``, missing values None.
        """
        return _released(to_frame(self.arrow(name, columns, where)))

    def timeline(self) -> pd.DataFrame:
        """The corpus timeline (:data:`newslab.corpus.timeline.TIMELINE_COLUMNS`, in timeline
        order): :func:`newslab.corpus.overview.timeline_table` of the stored events and articles,
        read from the table the store derived when it was written. A store written before that
        table existed is placed here."""
        from .overview import PLACEABLE_EVENTS, TIMELINE_EVENT_COLUMNS, timeline_table
        from .store_timeline import from_arrow

        if not self.files("timeline"):
            return timeline_table(self.table("events", columns=TIMELINE_EVENT_COLUMNS, where=PLACEABLE_EVENTS),
                                  self.table("articles", columns=["article_id", "date"]))
        return _released(from_arrow(self.arrow("timeline")))

    def write_timeline_csv(self, path: str | Path, timeline: pd.DataFrame | None = None):
        """Start writing the corpus timeline as CSV to ``path`` on another core (a second process
        reading the stored table); returns an object whose ``wait()`` gives the path when it is
        complete. A store without the stored table gets ``timeline`` (the :meth:`timeline`
        already read) written here, at once."""
        from ..files import write_csv
        from .store_timeline import CsvAside

        files = self.files("timeline")
        if files:
            return CsvAside(files, path)
        return CsvAside.done(write_csv(self.timeline() if timeline is None else timeline, Path(path)))

    def corpus_actors(self) -> pd.DataFrame:
        """One row per corpus actor, as :func:`newslab.corpus.identity.corpus_actors` gives it
        (dates as ISO text, roles and affiliations as lists of dicts), read from the table the
        store derived when it was written: no resolving again. A store written before derived
        tables existed is resolved here."""
        from .identity import CORPUS_ACTOR_COLUMNS, corpus_actors

        if not self.files("corpus_actors"):
            return corpus_actors(self.table("actors"), self.table("articles", columns=["article_id", "date"]))

        def iso(value):
            return value.isoformat() if value is not None else None

        def seen(items):
            return [{**d, "first_date": iso(d["first_date"]), "last_date": iso(d["last_date"])} for d in items or []]

        data = self.arrow("corpus_actors").to_pydict()
        data.update(first_date=[iso(d) for d in data["first_date"]], last_date=[iso(d) for d in data["last_date"]],
                    roles=[seen(r) for r in data["roles"]], affiliations=[seen(r) for r in data["affiliations"]])
        return pd.DataFrame({c: pd.Series(data[c], dtype=object) for c in CORPUS_ACTOR_COLUMNS})

    def count(self, name: str, where: Where = None) -> int:
        """Number of rows of ``name`` matching ``where`` (without loading them)."""
        return self.dataset(name).count_rows(filter=to_expression(name, where))

    def sql(self, query: str) -> pd.DataFrame:
        """Run a DuckDB query in which every table is a view of this version; pandas back."""
        return self.duckdb().sql(query).df()

    def duckdb(self):
        """A DuckDB connection with one view per table (of this version)."""
        import duckdb

        con = duckdb.connect()
        for name in TABLES + DERIVED:
            files = ", ".join("'" + f.replace("'", "''") + "'" for f in self.files(name))
            if not files:  # a store written before derived tables: run `newslab analyze` again
                continue
            query = f"SELECT * FROM read_parquet([{files}])"
            if name == "actors" and self.files("actor_ids"):
                ids = "'" + self.files("actor_ids")[0].replace("'", "''") + "'"
                query = (f"SELECT a.*, i.corpus_actor_id FROM read_parquet([{files}]) a LEFT JOIN read_parquet({ids}) i "
                         "ON a.article_id = i.article_id AND a.actor_id = i.actor_id")
            con.execute(f'CREATE VIEW "{name}" AS {query}')
        return con


def _released(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame``, after handing back to the system the memory Arrow kept from reading it: its
    allocator holds freed pages for reuse, a hundred megabytes or more after a large table."""
    pa.default_memory_pool().release_unused()
    return frame


def open(path: str | Path) -> CorpusStore:  # noqa: A001 - the documented name: corpus.open(store)
    """Open the store at ``path`` (its current version)."""
    return CorpusStore(path)


def _check_table(name: str) -> None:
    if name not in ALL_SCHEMAS:
        raise KeyError(f"no table {name!r}; tables: {', '.join(TABLES + DERIVED)}")


def _value(field: pa.Field, value: Any) -> Any:
    if pa.types.is_date(field.type) and isinstance(value, str):
        return dt.date.fromisoformat(value)
    return value


def to_expression(name: str, where: Where) -> ds.Expression | None:
    """A ``where`` (see :data:`Where`) as an Arrow filter expression on table ``name``."""
    _check_table(name)
    if where is None or isinstance(where, ds.Expression):
        return where
    schema = ALL_SCHEMAS[name]
    expr = None
    for column, cond in dict(where).items():
        if column not in schema.names:
            raise KeyError(f"{name} has no column {column!r}; columns: {', '.join(schema.names)}")
        field, col = schema.field(column), ds.field(column)
        if isinstance(cond, tuple):
            low, high = cond
            part = None
            if low is not None:
                part = col >= _value(field, low)
            if high is not None:
                upper = col <= _value(field, high)
                part = upper if part is None else part & upper
            if part is None:
                continue
        elif isinstance(cond, (list, set, frozenset)):
            values = [_value(field, v) for v in cond]
            part = col.isin(pa.array(values, type=field.type))
        elif cond is None:
            part = col.is_null()
        else:
            part = col == _value(field, cond)
        expr = part if expr is None else expr & part
    return expr
