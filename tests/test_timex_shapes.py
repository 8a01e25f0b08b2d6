"""More time-expression shapes from the large dev set's error categories (issue 12), each on a sentence written here."""

from __future__ import annotations

import datetime as dt

from newslab.extract.chronology import find_timexes


def tx(nlp, text: str, date: str) -> list[tuple]:
    return [(t.text, t.type, t.value, t.mod) for t in find_timexes(nlp(text), dt.date.fromisoformat(date))]


def test_couple_of_after_a_determiner_is_two(nlp):
    got = tx(nlp, "Over the next couple of years the mill will double its output.", "2021-03-04")
    assert got == [("the next couple of years", "DURATION", "P2Y", None)]
