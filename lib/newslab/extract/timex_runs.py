"""A run of days dated by the day beside it: "fell for a third straight day on Thursday"; and a weekday dated by the
date written after it ("at 5 p.m. on Friday, Nov. 17": :func:`dated_weekdays`); and a month dated by the month it is
joined to ("between March and June of last year": :func:`month_ranges`).

The ``nth_day`` rule values "a third straight day" as the article date, the day a running streak
reaches when nothing else is said. When a weekday or a date stands right beside it in the same
clause ("... straight day on Thursday", "on Thursday, the third straight day", "fell Thursday for
the second consecutive day"), the streak ends on that day: TimeML gives the phrase the value of the
day it refers to (MEANTIME: "for a second consecutive day" takes its day's date).
"""

from __future__ import annotations

import datetime as dt
import re

from .timexes import Timex, lexicon

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


def dated_weekdays(text: str, out: list[Timex]) -> None:
    """Give a time or date that ends in a weekday the date written right after it ("at 5 p.m. on Friday, Nov. 17": the
    clock rule took "5 p.m. on Friday" and valued the nearest Friday; the date beside it says which one), in place.
    Only where that date falls on that weekday."""
    weekdays = lexicon()["weekdays"]  # word -> weekday number ("friday", "fri." -> 4)
    for i, t in enumerate(out[:-1]):
        n = out[i + 1]
        words = t.text.lower().split()
        day = weekdays.get(words[-1].rstrip(",")) if words else None
        if t.type not in ("DATE", "TIME") or day is None or not _DAY.match(t.value or "") \
                or not _DAY.fullmatch(n.value or "") or text[t.end:n.start].strip() != "," or t.value[:10] == n.value:
            continue
        if dt.date.fromisoformat(n.value).weekday() == day:
            t.value = n.value + t.value[10:]


_MONTH = re.compile(r"(\d{4})-(\d\d)")
#: Words that join two months into a range or a pair ("between March and June", "from May to July").
_RANGE_JOINERS = {"and", "to", "through", "-", "\u2013", "until"}


def month_ranges(text: str, out: list[Timex]) -> None:
    """Give a month written without a year the year of the month it is joined to ("between March and June of last
    year": March of last year too; "from November to February 2020": November 2019), in place. Only for two months
    joined by one word, the first with no digits of its own."""
    for i, a in enumerate(out[:-1]):
        b = out[i + 1]
        ma, mb = _MONTH.fullmatch(a.value or ""), _MONTH.fullmatch(b.value or "")
        if a.type != "DATE" or b.type != "DATE" or not ma or not mb or any(ch.isdigit() for ch in a.text) \
                or text[a.end:b.start].strip().lower() not in _RANGE_JOINERS:
            continue
        year = int(mb.group(1)) if int(ma.group(2)) <= int(mb.group(2)) else int(mb.group(1)) - 1
        a.value = f"{year:04d}-{ma.group(2)}"
