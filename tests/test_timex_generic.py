"""Time expressions that state what happens in general, not a time of the narrative (issue 12), on sentences written here."""

from __future__ import annotations

from timexkit import tx


def texts(nlp, text: str, date: str) -> list[str]:
    return [t[0] for t in tx(nlp, text, date)]


def test_that_day_in_a_habitual_present_clause_is_not_a_timex(nlp):
    # a simple present ("you lose money that day") or a modal of possibility: any such day
    assert "that day" not in texts(nlp, "When a rumour spreads, traders lose money that day and recover later.", "2024-05-02")
    assert "that day" not in texts(nlp, "In a crash, brokers can suffer big losses on orders placed that day.", "2024-05-02")


def test_that_day_of_the_narrative_is_kept(nlp):
    got = tx(nlp, "The storm hit on March 3. Schools closed that day.", "2024-05-02")
    assert got[-1] == ("that day", "DATE", "2024-03-03", None)
    assert "that day" in texts(nlp, "The storm hit on March 3, and officials say the roads will close that day.", "2024-05-02")
    # the day as what is remembered, a guess about one night, a copula: one time, not a habit
    assert "that day" in texts(nlp, "The storm hit on March 3. Everyone here remembers that day.", "2024-05-02")
    assert "that night" in texts(nlp, "The count ends on Tuesday, and a win that night could settle it.", "2024-05-02")
