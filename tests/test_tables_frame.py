"""tables.object_frame builds the frame pandas' constructor would."""

import numpy as np
import pandas as pd

from newslab.extract.tables import make_table, object_frame


def test_object_frame_equals_constructor():
    cols = pd.Index(["who", "what", "when"])
    for n in (0, 1, 3):
        cells = [["a", "b"] if i % 3 == 0 else (None if i % 3 == 1 else i) for i in range(n * 3)]
        grid = np.fromiter(cells, dtype=object, count=len(cells)).reshape(n, 3)
        expected = pd.DataFrame(grid, columns=cols, dtype=object, copy=False)
        got = object_frame(grid, cols)
        assert got.equals(expected)
        assert list(got.dtypes) == list(expected.dtypes) == [object] * 3
        assert got.index.equals(expected.index) and type(got.index) is type(expected.index)
        assert got.to_numpy(dtype=object).tolist() == grid.tolist()


def test_make_table_keeps_python_values():
    df = make_table("cooccurrences", [{"source": "A", "target": "B", "sentence": 2, "span": [0, 5]}])
    assert df.iloc[0].tolist() == ["A", "B", 2, [0, 5]]
    assert type(df.iloc[0]["sentence"]) is int


def test_records_follow_each_frames_own_columns():
    from newslab.extract.tables import table_records

    rows = [{"source": "A", "target": "B", "sentence": 2, "span": [0, 5]}]
    first, second = make_table("cooccurrences", rows), make_table("cooccurrences", rows)
    assert table_records(first) == table_records(second) == first.to_dict(orient="records")
    renamed = first.copy()
    renamed.columns = [c.upper() for c in first.columns]  # a new Index: its own names, not the cached ones
    assert list(table_records(renamed)[0]) == [c.upper() for c in first.columns]
    assert list(table_records(first)[0]) == list(first.columns)
