"""Helpers shared by the time-expression tests."""

from __future__ import annotations

import datetime as dt


def tx(nlp, text: str, date: str) -> list[tuple]:
    """``(text, type, value, mod)`` of every timex found in ``text`` written on ``date`` (ISO)."""
    from newslab.extract.chronology import find_timexes

    return [(t.text, t.type, t.value, t.mod) for t in find_timexes(nlp(text), dt.date.fromisoformat(date))]
