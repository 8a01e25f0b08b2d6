"""Counted durations and other shapes from the seventh timex round (issue 12), each on a sentence written here."""

from __future__ import annotations

import datetime as dt

from newslab.extract.chronology import find_timexes


def tx(nlp, text: str, date: str) -> list[tuple]:
    return [(t.text, t.type, t.value, t.mod) for t in find_timexes(nlp(text), dt.date.fromisoformat(date))]


def test_last_as_an_infinitive_is_the_verb(nlp):
    # The parser reads "last" after "due to" as an adjective; the duration is the count alone.
    got = tx(nlp, "The hearing was due to last 40 minutes.", "2024-05-02")
    assert got == [("40 minutes", "DURATION", "PT40M", None)]
    assert tx(nlp, "Exports fell compared to last year.", "2024-05-02") == [("last year", "DATE", "2023", None)]


def test_another_unit_is_one_more_unit(nlp):
    assert tx(nlp, "The dispute could drag on for another decade.", "2024-05-02") == [("another decade", "DURATION", "P10Y", None)]
    assert tx(nlp, "The lease may run another month.", "2024-05-02") == [("another month", "DURATION", "P1M", None)]


def test_a_further_count_keeps_its_determiner(nlp):
    got = tx(nlp, "The board wants a further three weeks to study the bid.", "2024-05-02")
    assert got == [("a further three weeks", "DURATION", "P3W", None)]
    got = tx(nlp, "Inspectors were given an extra day to finish.", "2024-05-02")
    assert got == [("an extra day", "DURATION", "P1D", None)]



def test_a_hundreds_plural_is_a_century(nlp):
    assert tx(nlp, "The mill was built in the late 1700s.", "2024-05-02") == [("the late 1700s", "DATE", "17", "END")]
    assert tx(nlp, "Rents soared in the 2000s.", "2024-05-02") == [("the 2000s", "DATE", "200", None)]
