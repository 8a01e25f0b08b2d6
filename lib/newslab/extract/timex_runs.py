"""A run of days dated by the day beside it: "fell for a third straight day on Thursday".

The ``nth_day`` rule values "a third straight day" as the article date, the day a running streak
reaches when nothing else is said. When a weekday or a date stands right beside it in the same
clause ("... straight day on Thursday", "on Thursday, the third straight day", "fell Thursday for
the second consecutive day"), the streak ends on that day: TimeML gives the phrase the value of the
day it refers to (MEANTIME: "for a second consecutive day" takes its day's date).
"""

from __future__ import annotations

import re

from .timexes import Timex

#: Words that may stand between the run and its day ("on", "for", a comma); anything else is a
#: different clause or phrase and the run keeps the article date.
_JOINERS = {"on", "for", ",", "-", "--", "—", "–"}
_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def _joined(text: str, a: Timex, b: Timex) -> bool:
    """Whether only joiner words (at most two) separate ``a`` from the later ``b``."""
    words = re.findall(r"\w+|[^\w\s]+", text[a.end:b.start].lower())
    return len(words) <= 2 and all(w in _JOINERS for w in words)


def date_runs(text: str, out: list[Timex], dct_iso: str) -> None:
    """Give each streak valued as the article date the day of a weekday or date right beside it (in place)."""
    for i, t in enumerate(out):
        if t.rule != "nth_day" or t.value != dct_iso:
            continue
        for j in (i + 1, i - 1):
            if not 0 <= j < len(out):
                continue
            n = out[j]
            if n.type not in ("DATE", "TIME") or n.rule == "nth_day" or not _DAY.match(n.value or ""):
                continue
            first, second = (t, n) if j > i else (n, t)
            if _joined(text, first, second):
                t.value = n.value[:10]
                break
