"""Naming someone something ("called her a liar") is no communication with her; written sentences only."""

import pytest

from interkit import edges as _edges, has as _has


@pytest.mark.parametrize("text", [
    'Senator Ann Reyes called Tom Hale "a danger to the state".',
    "Ann Reyes called Tom Hale reckless.",
])
def test_calling_someone_something_is_no_communication(nlp, text):
    df = _edges(nlp, text)
    assert not _has(df, "Ann Reyes", "Tom Hale", "communicate", directed=False), df[["source", "kind", "target"]]
