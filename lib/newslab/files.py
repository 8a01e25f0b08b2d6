"""Files written atomically (readers never see half a file), and deterministic CSV text."""

from __future__ import annotations

import json
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterable, Iterator

import pandas as pd


# mkstemp creates files readable by the owner only; outputs should get the usual mode. The
# umask can only be read by setting it, so read it once at import (not per write, from threads).
_UMASK = os.umask(0o022)
os.umask(_UMASK)


def atomic_write_text(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` via a temp file and rename, so readers never see half a file."""
    atomic_write_bytes(path, text.encode("utf-8"))


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write bytes atomically (temp file in the same folder, fsync, rename)."""
    with atomic_open(path, "wb") as fh:
        fh.write(data)


@contextmanager
def atomic_open(path: Path, mode: str = "w") -> Iterator[IO]:
    """A file to write ``path`` through (``"w"``: UTF-8 text, newlines as written; ``"wb"``:
    bytes): a temp file in the same folder, fsynced and renamed into place when the block ends,
    removed if it raises. Readers never see half a file, however long the writing takes."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, mode, **({} if "b" in mode else {"encoding": "utf-8", "newline": ""})) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o666 & ~_UMASK)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


#: First characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection").
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value):
    """A text cell that a spreadsheet would run as a formula (``=HYPERLINK(...)``, ``+1``, ``@SUM``)
    gets a leading apostrophe, which spreadsheets show as text; anything else is returned as is."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


#: ``json.dumps(v, ensure_ascii=False)``, without building an encoder for every call.
_JSON = json.JSONEncoder(ensure_ascii=False)
_QUOTE = json.encoder.encode_basestring  # what that encoder writes for one text


def _json_text(value) -> str:
    """``json.dumps(value, ensure_ascii=False)``; a list of texts (the usual list cell) quoted directly."""
    if type(value) is list and all(type(v) is str for v in value):
        return "[" + ", ".join(map(_QUOTE, value)) + "]"
    return _JSON.encode(value)


def _has_formula(values: list) -> bool:
    """True when a text among ``values`` starts as a formula would; tested in Arrow when the values
    are all text or None (a Python test per cell costs seconds at a million rows)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    try:
        texts = pa.array(values, type=pa.string())
    except (pa.ArrowInvalid, pa.ArrowTypeError):  # numbers, NaN or other objects among them
        return any(isinstance(v, str) and v.startswith(FORMULA_START) for v in values)
    first = pc.utf8_slice_codeunits(texts, 0, 1)
    return bool(pc.any(pc.is_in(first, value_set=pa.array(FORMULA_START))).as_py())


def csv_ready(df: pd.DataFrame) -> pd.DataFrame:
    """Turn list/dict cells into JSON strings so a table survives the CSV round trip, and
    neutralise text cells (and column names) that a spreadsheet would run as formulas."""
    out = df.copy()
    for col in out.columns:
        series = out[col]
        if pd.api.types.is_numeric_dtype(series) or pd.api.types.is_bool_dtype(series):
            continue  # neither lists nor text
        if isinstance(series.dtype, pd.StringDtype):  # text only: one vectorised test
            if series.str.startswith(FORMULA_START).fillna(False).any():
                out[col] = series.map(neutralise_formula)
            continue
        # plain lists, not Series.map: a corpus table has millions of cells
        values = series.tolist()
        # infer_dtype runs in C: only a "mixed" column can hold lists or dicts
        if pd.api.types.infer_dtype(values, skipna=True).startswith("mixed") and any(isinstance(v, (list, tuple, dict)) for v in values):
            values = [_json_text(v) if isinstance(v, (list, tuple, dict)) else v for v in values]
            out[col] = pd.Series(values, index=out.index, dtype=object)
        if _has_formula(values):
            out[col] = pd.Series([neutralise_formula(v) for v in values], index=out.index, dtype=object)
    if any(isinstance(c, str) and c.startswith(FORMULA_START) for c in out.columns):
        out.columns = [neutralise_formula(c) for c in out.columns]
    return out


def to_csv_text(df: pd.DataFrame) -> str:
    """Deterministic CSV text of a table (Unix newlines, no index)."""
    return csv_ready(df).to_csv(index=False, lineterminator="\n")


#: Rows :func:`write_csv` prepares and writes at a time: a corpus table of a million rows never
#: exists as one CSV text (and its JSON-converted copy) in memory.
CSV_CHUNK_ROWS = 50_000


def write_csv(df: pd.DataFrame, path: Path) -> Path:
    """Write one table as CSV atomically: the bytes of :func:`to_csv_text`, written in chunks."""
    return write_csv_parts((df.iloc[start:start + CSV_CHUNK_ROWS] for start in range(0, max(len(df), 1), CSV_CHUNK_ROWS)),
                           path)


def write_csv_parts(parts: Iterable[pd.DataFrame], path: Path) -> Path:
    """Write consecutive slices of one table as one CSV file, atomically (the header once, from the
    first slice; give at least one, empty for an empty table)."""
    with atomic_open(Path(path)) as fh:
        for i, part in enumerate(parts):
            csv_ready(part).to_csv(fh, index=False, lineterminator="\n", header=i == 0)
    return Path(path)
