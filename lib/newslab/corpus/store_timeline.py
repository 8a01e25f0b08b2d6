"""The store's corpus timeline: every placeable event of every article on one time axis.

Placing an event (its own dates; else the edge of the event a "before e3" points to; else the
article date for a vague value) and sorting a million of them is the costliest step of the
corpus overview, and it depends only on the stored ``events`` and article dates. So the store
does it once, when a version is written, into ``DIR/timeline/derived.parquet`` (rows already in
timeline order), and every notebook run reads the result instead of placing the events again.
The table is exactly :func:`newslab.corpus.overview.timeline_table` of the version's tables.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.dataset as ds

from .store_schema import DERIVED_SCHEMAS, SCHEMAS, to_frame

SCHEMA = DERIVED_SCHEMAS["timeline"]


def derive_timeline(vdir: Path, parts: list[str]) -> pa.Table:
    """The ``timeline`` table of the version in ``vdir`` made of ``parts``.

    Placed one part at a time (an article's rows are all in one part, and placing an event looks
    only at its own article), then sorted in Arrow: the memory of one part's events, not of a
    million. Arrow's sort is stable and puts nulls last, as :func:`timeline_frame` does.
    """
    import pyarrow.compute as pc

    from .overview import PLACEABLE_EVENTS, TIMELINE_EVENT_COLUMNS, timeline_table

    def read(table: str, files: list[str], columns: list[str], where=None) -> pd.DataFrame:
        return to_frame(ds.dataset(files, schema=SCHEMAS[table], format="parquet").to_table(columns=columns, filter=where))

    articles = read("articles", [str(vdir / "articles" / f"{p}.parquet") for p in parts], ["article_id", "date"])
    pieces = [to_arrow(timeline_table(read("events", [str(vdir / "events" / f"{p}.parquet")], TIMELINE_EVENT_COLUMNS,
                                           PLACEABLE_EVENTS), articles)) for p in parts]
    table = pa.concat_tables(pieces) if pieces else to_arrow(timeline_table(pd.DataFrame(columns=TIMELINE_EVENT_COLUMNS), articles))
    keys = [(c, "ascending") for c in ("start", "end", "article_id", "order")]
    return table.take(pc.sort_indices(table, sort_keys=keys))  # nulls last: Arrow's default


def to_arrow(frame: pd.DataFrame) -> pa.Table:
    """A timeline table (:data:`newslab.corpus.timeline.TIMELINE_COLUMNS`) as the stored ``timeline``."""
    arrays = []
    for f in SCHEMA:
        values = frame[f.name].tolist() if len(frame) else []
        if f.name == "order":  # a float column when some are missing: whole numbers either way
            values = [None if v is None or v != v else int(v) for v in values]
        arrays.append(pa.array(values, f.type))
    return pa.Table.from_arrays(arrays, schema=SCHEMA)


def from_arrow(data: pa.Table, order_floats: bool | None = None) -> pd.DataFrame:
    """The stored ``timeline`` as :func:`newslab.corpus.timeline.timeline_frame` gives it: plain
    Python values in object columns, None for missing ones, ``order`` whole numbers (floats when
    one is missing, as pandas has it; ``order_floats`` decides it for a slice of a larger table),
    the rows in the stored order."""
    out = {}
    for i, f in enumerate(data.schema):
        column = data.column(i)
        if f.name == "order":
            values = column.to_pylist()
            if order_floats or (order_floats is None and column.null_count > 0):
                values = [None if v is None else float(v) for v in values]
        elif pa.types.is_list(f.type):
            values = column.to_pylist()
        else:  # one object per distinct text: a column of few distinct values costs a pointer a row
            same: dict = {}
            values = [same.setdefault(v, v) for v in column.to_numpy(zero_copy_only=False).tolist()]
        out[f.name] = pd.Series(values, dtype=object)
    return pd.DataFrame(out, columns=[f.name for f in data.schema])


def write_csv(files: list[str], path: str | Path) -> Path:
    """Write the stored ``timeline`` (its Parquet ``files``) as the CSV ``newslab.files.write_csv``
    makes of :func:`from_arrow` of it, converting a slice of rows at a time."""
    from ..files import CSV_CHUNK_ROWS, write_csv_parts

    data = ds.dataset(files, schema=SCHEMA, format="parquet").to_table()
    floats = data.column("order").null_count > 0  # for the whole column, not slice by slice
    return write_csv_parts((from_arrow(data.slice(start, CSV_CHUNK_ROWS), floats)
                            for start in range(0, max(data.num_rows, 1), CSV_CHUNK_ROWS)), path)


class CsvAside:
    """The timeline CSV written by a second process (another core) while the notebook goes on;
    :meth:`wait` returns its path once it is complete, or raises with the process's error."""

    def __init__(self, files: list[str] | None, path: str | Path):
        import subprocess
        import sys

        self.path = Path(path)
        self._proc = None if files is None else subprocess.Popen(
            [sys.executable, "-m", __name__, str(self.path), *files],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)

    @classmethod
    def done(cls, path: str | Path) -> "CsvAside":
        """A file already written (by the caller)."""
        return cls(None, path)

    def wait(self) -> Path:
        """Block until the file is written; a failure raises RuntimeError with the child's last line."""
        if self._proc is None:
            return self.path
        _, err = self._proc.communicate()
        if self._proc.returncode:
            lines = [line for line in (err or "").strip().splitlines() if line.strip()]
            raise RuntimeError(f"{self.path}: the timeline CSV was not written: {lines[-1] if lines else self._proc.returncode}")
        return self.path


if __name__ == "__main__":  # python -m newslab.corpus.store_timeline OUT.csv FILE.parquet ...
    import sys

    write_csv(sys.argv[2:], sys.argv[1])
