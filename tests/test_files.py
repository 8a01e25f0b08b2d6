"""CSV files written in chunks are the bytes of one CSV text, and appear whole or not at all."""

from __future__ import annotations

import pandas as pd
import pytest

from newslab import files
from newslab.files import atomic_open, to_csv_text, write_csv


def _table(n: int) -> pd.DataFrame:
    # a list column that is None in whole chunks, floats with gaps, a formula-like text, an int column
    return pd.DataFrame({
        "article_id": [f"a{i:03d}" for i in range(n)],
        "actors": [["Oslo", "Ana Kovač"] if i % 7 == 0 else None for i in range(n)],
        "score": [i / 3 if i % 5 else float("nan") for i in range(n)],
        "note": ["=SUM(A1)" if i == n - 1 else f"line, with \"quotes\" {i}" for i in range(n)],
        "order": list(range(n)),
    })


@pytest.mark.parametrize("rows", [0, 1, 6, 7, 23])
def test_write_csv_in_chunks_gives_the_bytes_of_one_csv_text(tmp_path, monkeypatch, rows):
    df = _table(rows)
    monkeypatch.setattr(files, "CSV_CHUNK_ROWS", 3)
    path = write_csv(df, tmp_path / "t.csv")
    assert path.read_bytes() == to_csv_text(df).encode("utf-8")
    assert "'=SUM(A1)" in path.read_text(encoding="utf-8") or rows == 0


def test_a_write_that_fails_midway_leaves_the_old_file_and_no_temp_file(tmp_path):
    target = tmp_path / "t.csv"
    target.write_text("old\n", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with atomic_open(target) as fh:
            fh.write("half of a new file")
            raise RuntimeError("disk full")
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["t.csv"]


@pytest.mark.parametrize("values, expected", [
    (["plain", None, "=1+1"], True),
    (["plain", None, "a=b"], False),
    ([None, None], False),
    ([], False),
    (["plain", float("nan"), "\tTAB"], True),   # not all text: the plain test
    ([3, "-2"], True),
    ([3, "x"], False),
])
def test_formula_cells_are_found_in_text_and_in_mixed_columns(values, expected):
    assert files._has_formula(values) is expected


@pytest.mark.parametrize("value", [[], ["Ana Kovač", "a \"quoted\"\\name\n", "\u2028"], ["x", 1], [None], ("a",), {"k": ["v"]}])
def test_list_cells_are_the_json_text_of_json_dumps(value):
    import json

    assert files._json_text(value) == json.dumps(value, ensure_ascii=False)
