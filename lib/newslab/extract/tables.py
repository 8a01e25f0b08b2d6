"""The documented tables every stage fills: their columns and a fast builder.

Stages build their tables with :func:`make_table`; :class:`~newslab.extract.analysis.Analysis`
holds them and turns them into JSON records (CONTRACT.md section 2).
"""

from __future__ import annotations

from typing import Any, Iterable

import numpy as np
import pandas as pd

#: Column order of every table (CONTRACT.md section 2; extra columns are extensions).
COLUMNS: dict[str, list[str]] = {
    "actors": ["actor_id", "name", "type", "kind", "role", "rank", "affiliation", "iso3", "aliases", "mentions"],
    "interactions": ["source", "target", "kind", "cameo", "verb", "negated", "date", "sentence", "span"],
    "timexes": ["text", "span", "type", "value", "mod", "rule"],
    "events": ["event_id", "summary", "trigger", "span", "date_value", "date_start", "date_end", "order", "actors", "timex",
               "timex_value", "anchor", "relation", "sentence", "sentence_span"],
    "attributions": [
        "source", "source_actor", "source_span", "cue", "cue_span", "content", "content_span",
        "kind", "source_kind", "fragments", "inherited",
    ],
    "cooccurrences": ["source", "target", "sentence", "span"],
}

#: Tables written to the JSON record (``cooccurrences`` is an optional, separate layer).
RECORD_TABLES = ("actors", "interactions", "timexes", "events", "attributions")


_EMPTY: dict[str, pd.DataFrame] = {}


def empty_table(name: str) -> pd.DataFrame:
    """An empty table with the documented columns."""
    # One object block of no rows over the shared column Index (as make_table builds them): ~5x
    # cheaper than copying a prebuilt frame (~35 us, and the copy's new Index missed _NAMES), and
    # an article's stages ask for two or three empty tables.
    if _MAKE_BLOCK is not None:
        cols = COLUMNS[name]
        return object_frame(np.empty((0, len(cols)), dtype=object), _column_index(list(cols)))
    # Built once per name and copied: building a frame costs ~1 ms, analyses need hundreds.
    if name not in _EMPTY:  # pragma: no cover - a pandas without the block internals
        _EMPTY[name] = pd.DataFrame({c: pd.Series(dtype=object) for c in COLUMNS[name]})
    return _EMPTY[name].copy()


def _cell(value: Any) -> Any:
    """None for every missing-value marker (None, NaN, pd.NA, NaT); the value otherwise."""
    if value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and value != value):
        return None
    return value


#: Cell types that are never a missing-value marker (floats may be NaN, so they are checked).
_NEVER_MISSING = frozenset({str, int, bool, list, tuple, dict, type(None)})


def make_table(name: str, rows: Iterable[dict[str, Any]]) -> pd.DataFrame:
    """Build a table from row dicts, with the documented columns first and in order.

    Object columns holding the Python values as given (ints stay ints), missing values as None.
    Built column-wise: ~10x faster than ``DataFrame(rows).astype(object).where(...)``.
    """
    rows = list(rows)
    if not rows:
        return empty_table(name)
    cols = list(COLUMNS[name])
    seen = set(cols)
    for row in rows:
        for key in row:
            if key not in seen:
                seen.add(key)
                cols.append(key)
    flat = [row.get(c) for row in rows for c in cols]
    flat = [v if type(v) in _NEVER_MISSING else _cell(v) for v in flat]
    # One object block; fromiter takes each cell as one element, so lists stay lists.
    grid = np.fromiter(flat, dtype=object, count=len(flat)).reshape(len(rows), len(cols))
    # A prebuilt column Index (immutable, shared): building one from a list is ~3/4 of the frame's cost.
    return object_frame(grid, _column_index(cols))


def object_frame(grid: np.ndarray, columns: pd.Index) -> pd.DataFrame:
    """``pd.DataFrame(grid, columns=columns, dtype=object, copy=False)`` for a 2-D object array.

    The same frame (one object block holding ``grid.T``, a RangeIndex) put together from pandas'
    block manager, without the constructor's dtype checks and inference: ~2x faster, and the
    stages build six frames an article. The public constructor where those internals differ.
    """
    if _MAKE_BLOCK is not None and grid.dtype == object and grid.ndim == 2 and grid.shape[1] == len(columns):
        try:
            new_block_2d, placement, manager = _MAKE_BLOCK
            block = new_block_2d(grid.T, placement(slice(0, grid.shape[1])))
            mgr = manager((block,), [columns, pd.RangeIndex(grid.shape[0])], verify_integrity=False)
            return pd.DataFrame._from_mgr(mgr, axes=mgr.axes)
        except (TypeError, AttributeError, ValueError):  # pragma: no cover - other pandas internals
            pass
    return pd.DataFrame(grid, columns=columns, dtype=object, copy=False)


def _block_makers():
    try:
        from pandas._libs.internals import BlockPlacement
        from pandas.core.internals.blocks import new_block_2d
        from pandas.core.internals.managers import BlockManager
    except ImportError:  # pragma: no cover - a pandas without these internals
        return None
    if not hasattr(pd.DataFrame, "_from_mgr"):  # pragma: no cover
        return None
    return new_block_2d, BlockPlacement, BlockManager


_MAKE_BLOCK = _block_makers()


_INDEXES: dict[tuple[str, ...], pd.Index] = {}


def _column_index(cols: list[str]) -> pd.Index:
    key = tuple(cols)
    idx = _INDEXES.get(key)
    if idx is None:
        if len(_INDEXES) > 256:  # extension columns vary little; never grow without bound
            _INDEXES.clear()
        idx = _INDEXES[key] = pd.Index(cols)
    return idx


_PLAIN_TYPES = frozenset({str, int, float, bool, dict, type(None)})


def _plain(value: Any) -> Any:
    """Make numpy/pandas scalars and tuples JSON-friendly."""
    t = type(value)
    if t in _PLAIN_TYPES:  # fast path for the common cells: returned as they are below too
        return value
    if t is list:  # (the plain cells inlined: mentions are lists of [start, end] lists of ints)
        return [v if type(v) in _PLAIN_TYPES else _plain(v) for v in value]
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        return value.item()
    if value is not None and not isinstance(value, (str, int, float, bool, dict)) and pd.isna(value):
        return None
    return value


def table_rows(df: pd.DataFrame) -> list[list[Any]]:
    """The rows of a table as lists of Python values, like ``df[c].tolist()`` column by column.

    A table of object columns (what :func:`make_table` builds) is read in one step from its
    values block; ~10x faster than column-wise access, which is ~50 us per column in pandas 3.
    """
    grid = _object_grid(df)
    if grid is not None:
        return grid.tolist()
    if len(df.columns) and all_object(df):
        return df.to_numpy(dtype=object, copy=False).tolist()
    values = [df[c].tolist() for c in df.columns]
    return [list(row) for row in zip(*values)]


def _object_grid(df: pd.DataFrame) -> np.ndarray | None:
    """``df.to_numpy(dtype=object, copy=False)`` (rows x columns) for a frame held in one object
    block over its columns in order, as :func:`make_table` builds them; None for any other frame.
    Read from the block itself: ``to_numpy`` and the dtype check cost ~15 us a table, six tables
    an article, twice (the record, and the stages reading earlier tables)."""
    try:
        blocks = df._mgr.blocks
        if len(blocks) != 1:
            return None
        block = blocks[0]
        values = block.values
        ncols = len(df.columns)
        if type(values) is not np.ndarray or values.dtype != object or values.ndim != 2 or not ncols \
                or values.shape[0] != ncols or not block.mgr_locs.is_slice_like \
                or block.mgr_locs.as_slice != slice(0, ncols, 1):
            return None
    except AttributeError:  # pragma: no cover - a pandas without these internals
        return None
    return values.T


def all_object(df: pd.DataFrame) -> bool:
    """Whether every column of ``df`` holds objects, as :func:`make_table` builds them."""
    try:  # the block manager's dtypes: ~0.5 us, where ``df.dtypes`` builds a Series (~20 us)
        dtypes = df._mgr.get_dtypes()
    except AttributeError:  # pragma: no cover - a pandas without that internal
        dtypes = df.dtypes
    return all(dtype == object for dtype in dtypes)


#: id of a column Index -> (the Index, its names as a list): ``Index.tolist`` over pandas' string
#: dtype costs ~40 us, paid for every table of every article; the indexes are shared (_INDEXES).
_NAMES: dict[int, tuple[pd.Index, list[str]]] = {}


def _column_names(columns: pd.Index) -> list[str]:
    """``columns.tolist()``, remembered per Index object (read-only: do not modify it)."""
    hit = _NAMES.get(id(columns))
    if hit is not None and hit[0] is columns:
        return hit[1]
    if len(_NAMES) > 512:  # frames built elsewhere bring their own indexes: never grow without bound
        _NAMES.clear()
    names = columns.tolist()
    _NAMES[id(columns)] = (columns, names)
    return names


def table_records(df: pd.DataFrame) -> list[dict[str, Any]]:
    """``df.to_dict(orient="records")`` for :func:`make_table` tables, without pandas' per-cell boxing."""
    cols = _column_names(df.columns)
    return [dict(zip(cols, row)) for row in table_rows(df)]


def _records(df: pd.DataFrame) -> list[dict[str, Any]]:
    rows = table_rows(df)
    if not rows:
        return []  # (an empty table: no need for its column names)
    cols = _column_names(df.columns)
    plain = _PLAIN_TYPES
    # _plain inlined for the common cells (returned as they are), called for the rest.
    return [{k: v if type(v) in plain else _plain(v) for k, v in zip(cols, row)} for row in rows]
