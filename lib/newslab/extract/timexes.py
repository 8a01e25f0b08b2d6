"""TIMEX3 basics shared by the finder and the normaliser: the lexicon, the ``Timex`` record and calendar arithmetic.

Everything here is pure (no spaCy): :mod:`newslab.corpus.timeline` reads values with
:func:`value_interval`, and the calendar helpers (``resolve_weekday``, ``resolve_month``,
``holiday_date``...) are unit-tested against fixed article dates.

Values follow the TIMEX3 guidelines: dates at their true granularity (``2011``, ``2019-11``,
``2024-07-14``, ``2024-W28``, ``2008-Q4``, ``2009-SU``, decade ``201``, century ``19``), times
``2009-06-01T16:00Z``, durations ``P10Y``/``PXY``, sets ``P1W``/``XXXX-WXX-1``, vague references
``PAST_REF``/``PRESENT_REF``/``FUTURE_REF``.

The finder is :mod:`newslab.extract.timex_rules`; the normaliser is :mod:`newslab.extract.timex_normalise`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..paths import data_json

# ---------------------------------------------------------------------------------------------
# Lexicon


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """The chronology lexicon (``data/chronology_lexicon.json``), loaded once."""
    return data_json("chronology_lexicon.json")


@dataclass
class Timex:
    """One time expression: character span, TIMEX3 attributes and the rule that found it."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None
    rule: str
    tense: str | None = None
    root: int | None = None  # token index of the expression's syntactic head

    def record(self) -> dict[str, Any]:
        """The ``timexes`` table row."""
        return {"text": self.text, "span": [self.start, self.end], "type": self.type,
                "value": self.value, "mod": self.mod, "rule": self.rule}


# ---------------------------------------------------------------------------------------------
# Calendar helpers (pure; unit-tested against fixed dates)

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
UNIT_ORDER = {"S": 0, "MIN": 1, "H": 2, "D": 3, "WE": 4, "W": 4, "FN": 4, "M": 5, "Q": 6, "Y": 7, "DE": 8, "CE": 9, "ML": 10}


def add_months(d: dt.date, n: int) -> dt.date:
    """``d`` moved by ``n`` calendar months (day clipped to the month's length)."""
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def shift(d: dt.date, n: float, unit: str) -> dt.date:
    """``d`` moved by ``n`` units (D, W, FN, M, Q, Y, DE, CE)."""
    n_int = int(round(n))
    if unit in ("D", "H", "MIN", "S"):
        return d + dt.timedelta(days=n_int if unit == "D" else 0)
    if unit in ("W", "WE"):
        return d + dt.timedelta(weeks=n_int)
    if unit == "FN":
        return d + dt.timedelta(weeks=2 * n_int)
    if unit == "M":
        return add_months(d, n_int)
    if unit == "Q":
        return add_months(d, 3 * n_int)
    if unit == "Y":
        return add_months(d, 12 * n_int)
    if unit == "DE":
        return add_months(d, 120 * n_int)
    if unit == "CE":
        return add_months(d, 1200 * n_int)
    return d


def fmt_unit(d: dt.date, unit: str) -> str:
    """The TIMEX3 value naming the ``unit``-sized period that contains ``d``."""
    if unit in ("D", "H", "MIN", "S"):
        return d.isoformat()
    if unit in ("W", "FN"):
        y, w, _ = d.isocalendar()
        return f"{y}-W{w:02d}"
    if unit == "WE":
        y, w, _ = d.isocalendar()
        return f"{y}-W{w:02d}-WE"
    if unit == "M":
        return f"{d.year}-{d.month:02d}"
    if unit == "Q":
        return f"{d.year}-Q{(d.month - 1) // 3 + 1}"
    if unit == "Y":
        return f"{d.year}"
    if unit == "DE":
        return f"{d.year // 10}"
    if unit == "CE":
        return f"{d.year // 100}"
    return f"{d.year}"


def resolve_weekday(wd: int, dct: dt.date, tense: str | None = None, rel: int | None = None) -> dt.date:
    """The date of weekday ``wd`` (Monday=0) seen from ``dct``.

    ``rel`` -1/+1 ("last"/"next") take the previous/next such day strictly before/after ``dct``.
    Otherwise the article date itself when it is that weekday; the previous one for a past-tense
    governor, the next one for a future governor, and the nearest one when the tense says nothing.
    """
    back = (dct.weekday() - wd) % 7  # days back to the most recent such weekday (0 = today)
    fwd = (wd - dct.weekday()) % 7
    if rel == -1:
        return dct - dt.timedelta(days=back or 7)
    if rel == 1:
        return dct + dt.timedelta(days=fwd or 7)
    if back == 0:
        return dct
    if tense == "past":
        return dct - dt.timedelta(days=back)
    if tense == "future":
        return dct + dt.timedelta(days=fwd)
    return dct - dt.timedelta(days=back) if back <= fwd else dct + dt.timedelta(days=fwd)


def resolve_weekend(base: dt.date, tense: str | None = None) -> dt.date:
    """A day of the weekend meant by "the weekend" seen from ``base``.

    On a Saturday or Sunday, that weekend. Otherwise the one just gone for a past-tense governor
    ("talks over the weekend" written on a Monday: the Saturday before, in the previous ISO week),
    and the coming one for any other tense.
    """
    if base.weekday() >= 5:
        return base
    if tense == "past":
        return base - dt.timedelta(days=base.weekday() + 2)
    return base + dt.timedelta(days=5 - base.weekday())


#: How near a yearless date must be, and how far the date the tense points to, before nearness
#: wins over the governing verb's tense (days for "Nov. 16", months for "November").
_NEAR_DAYS, _FAR_DAYS, _NEAR_MONTHS = 62, 270, 1


def resolve_month(month: int, dct: dt.date, tense: str | None = None, rel: int | None = None) -> int:
    """The year of a month named without one ("in March", "last September")."""
    if rel == -1:
        return dct.year if month < dct.month else dct.year - 1
    if rel == 1:
        return dct.year if month > dct.month else dct.year + 1
    if rel == 0:
        return dct.year
    ahead = (month - dct.month) % 12  # months to the next such month (0 = this one)
    if tense == "past":
        # Next month is the coming one whatever the verb says: a past-tense governor rarely
        # reaches back eleven months without a year ("a summit set for November", said in October).
        if 0 < ahead <= _NEAR_MONTHS:
            return dct.year if month > dct.month else dct.year + 1
        return dct.year if month <= dct.month else dct.year - 1
    if tense == "future":  # a future governor is seldom a reporting verb: it is the date's own
        return dct.year if month >= dct.month else dct.year + 1
    # No tense to go by ("December's figures", "by February"): the nearest such month, as for a
    # yearless day; half a year either way stays in the article's year.
    if ahead and ahead < 6:
        return dct.year if month > dct.month else dct.year + 1
    if ahead > 6:
        return dct.year if month < dct.month else dct.year - 1
    return dct.year


def resolve_month_day(month: int, day: int, dct: dt.date, tense: str | None = None) -> dt.date | None:
    """The date of "April 7" without a year: by tense, else the nearest such date."""
    cands = []
    for y in (dct.year - 1, dct.year, dct.year + 1):
        try:
            cands.append(dt.date(y, month, day))
        except ValueError:
            continue
    if not cands:
        return None
    nearest = min(cands, key=lambda c: (abs((c - dct).days), c > dct))
    past = max((c for c in cands if c <= dct), default=None)
    fut = min((c for c in cands if c >= dct), default=None)
    if tense == "past" and past is not None:
        # The tense is the governing verb's, which often is not the date's ("said the offer was
        # extended to Nov. 16"): a date weeks ahead beats one most of a year back.
        if fut is not None and (dct - past).days > _FAR_DAYS and (fut - dct).days <= _NEAR_DAYS:
            return fut
        return past
    if tense == "future" and fut is not None:  # a future governor is seldom a reporting verb
        return fut
    return nearest


def easter(year: int) -> dt.date:
    """Easter Sunday (anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


def holiday_date(name: str, year: int) -> dt.date | None:
    """The date of a named holiday in ``year`` (fixed dates and the US rules)."""
    rule = lexicon()["holidays"].get(name) or lexicon()["named_days"].get(name)
    if rule is None:
        return None
    if rule == "super_tuesday":
        md = lexicon()["super_tuesday"].get(str(year))
        return dt.date(year, int(md[:2]), int(md[3:])) if md else None
    if rule == "black_friday":
        return holiday_date("thanksgiving", year) + dt.timedelta(days=1)
    if m := re.match(r"^(easter|thanksgiving)([+-]\d+)$", rule):  # "easter-46": Ash Wednesday
        base = easter(year) if m[1] == "easter" else holiday_date("thanksgiving", year)
        return base + dt.timedelta(days=int(m[2]))
    if re.match(r"^\d\d-\d\d$", rule):
        return dt.date(year, int(rule[:2]), int(rule[3:]))
    if rule == "thanksgiving":
        first = dt.date(year, 11, 1)
        return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)
    if rule == "us_election":  # the Tuesday after the first Monday of November
        first = dt.date(year, 11, 1)
        return first + dt.timedelta(days=(0 - first.weekday()) % 7 + 1)
    if rule == "labor":
        first = dt.date(year, 9, 1)
        return first + dt.timedelta(days=(0 - first.weekday()) % 7)
    if rule == "memorial":
        last = dt.date(year, 5, 31)
        return last - dt.timedelta(days=last.weekday())
    if rule == "easter":
        return easter(year)
    if rule == "good_friday":
        return easter(year) - dt.timedelta(days=2)
    return None


def resolve_holiday(name: str, dct: dt.date, tense: str | None = None) -> dt.date | None:
    """A holiday named without a year: by tense, else the nearest one."""
    cands = [d for y in (dct.year - 1, dct.year, dct.year + 1) if (d := holiday_date(name, y))]
    if not cands:
        return None
    if tense == "past":
        past = [c for c in cands if c <= dct]
        return max(past) if past else None
    if tense == "future":
        fut = [c for c in cands if c >= dct]
        return min(fut) if fut else None
    return min(cands, key=lambda c: (abs((c - dct).days), c > dct))


def resolve_season(season: str, dct: dt.date, rel: int | None, tense: str | None = None) -> str:
    """``YYYY-SU`` etc. for "this/last/next summer" (winter belongs to the year it starts in)."""
    first, last = SEASON_MONTHS[season]
    year = dct.year
    if season == "WI":
        in_season = dct.month >= 12 or dct.month <= 2
        start_year = dct.year if dct.month == 12 else dct.year - 1
        if rel == -1:
            year = start_year - 1 if in_season else dct.year - 1
        elif rel == 1:
            year = start_year + 1 if in_season else dct.year
        else:
            year = start_year if in_season else (dct.year - 1 if tense == "past" else dct.year)
        return f"{year}-WI"
    if rel == -1:
        year = dct.year if dct.month > last else dct.year - 1
    elif rel == 1:
        year = dct.year if dct.month < first else dct.year + 1
    elif tense == "past" and dct.month < first:
        year = dct.year - 1
    elif tense == "future" and dct.month > last:
        year = dct.year + 1
    return f"{year}-{season}"


_VALUE_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_VALUE_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_VALUE_YEAR = re.compile(r"^(\d{4})$")
_VALUE_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_VALUE_QUARTER = re.compile(r"^(\d{4})-(Q|H)(\d)$")
_VALUE_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_VALUE_DECADE = re.compile(r"^(\d{3})$")
_VALUE_CENTURY = re.compile(r"^(\d{2})$")
_VALUE_FY = re.compile(r"^FY(\d{4})$")


def value_interval(value: str | None) -> tuple[dt.date, dt.date, str] | None:
    """``(first day, last day, granularity)`` of a DATE/TIME value, or None when it is vague.

    A year-level date is an interval (``2011`` -> 2011-01-01..2011-12-31), never a day.
    """
    if not value or not isinstance(value, str):
        return None
    try:
        if m := _VALUE_DAY.match(value):
            d = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return d, d, "day"
        if m := _VALUE_MONTH.match(value):
            y, mo = int(m[1]), int(m[2])
            return dt.date(y, mo, 1), dt.date(y, mo, calendar.monthrange(y, mo)[1]), "month"
        if m := _VALUE_YEAR.match(value):
            y = int(m[1])
            return dt.date(y, 1, 1), dt.date(y, 12, 31), "year"
        if m := _VALUE_FY.match(value):
            y = int(m[1])
            return dt.date(y, 1, 1), dt.date(y, 12, 31), "year"
        if m := _VALUE_WEEK.match(value):
            mon = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            if m[3]:
                return mon + dt.timedelta(days=5), mon + dt.timedelta(days=6), "week"
            return mon, mon + dt.timedelta(days=6), "week"
        if m := _VALUE_QUARTER.match(value):
            y, n = int(m[1]), int(m[3])
            size = 3 if m[2] == "Q" else 6
            first = (n - 1) * size + 1
            lastm = first + size - 1
            return dt.date(y, first, 1), dt.date(y, lastm, calendar.monthrange(y, lastm)[1]), "quarter" if size == 3 else "half"
        if m := _VALUE_SEASON.match(value):
            y = int(m[1])
            first, last = SEASON_MONTHS[m[2]]
            if m[2] == "WI":
                return dt.date(y, 12, 1), dt.date(y + 1, 2, calendar.monthrange(y + 1, 2)[1]), "season"
            return dt.date(y, first, 1), dt.date(y, last, calendar.monthrange(y, last)[1]), "season"
        if m := _VALUE_DECADE.match(value):
            y = int(m[1]) * 10
            return dt.date(y, 1, 1), dt.date(y + 9, 12, 31), "decade"
        if m := _VALUE_CENTURY.match(value):
            y = int(m[1]) * 100
            return dt.date(max(y, 1), 1, 1), dt.date(y + 99, 12, 31), "century"
    except ValueError:
        return None
    return None


# ---------------------------------------------------------------------------------------------
# Reading tokens (shared by the guards and the normaliser)

DAYNUM_TOKEN = r"^(0?[1-9]|[12]\d|3[01])(st|nd|rd|th)?\.?$"
YEAR_TOKEN = r"^(1[6-9]\d\d|20\d\d)$"
#: Time-zone abbreviations written after a clock time ("8 p.m. ET", "9 a.m. PT on Friday"), lower case: UTC/GMT and
#: the common zone abbreviations of the IANA tz database for North America, Europe, Asia, Australia and New Zealand,
#: hand-typed. A named zone keeps the local time (TimeBank's convention); only an explicit offset is converted.
ZONE_ABBREVIATIONS = frozenset({"utc", "gmt", "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst",
                                "pdt", "akst", "akdt", "hst", "wet", "cet", "cest", "eet", "eest", "bst", "msk", "ist",
                                "pkt", "sgt", "hkt", "kst", "jst", "aest", "aedt", "awst", "nzst", "nzdt", "sast"})


def count_in(words: list[str]) -> float | str | None:
    """The count in a duration's tokens (``X`` for several/few/many), or None."""
    lx = lexicon()
    nums = lx["numbers"]
    if "half" in words and "and" in words:  # "two and a half years", "an hour and a half"
        i = words.index("and")
        if words[i + 1:i + 3] == ["a", "half"]:
            base = count_in(words[:i] + words[i + 3:])
            return base + 0.5 if isinstance(base, float) else base
    if "half" in words and words[words.index("half") + 1:words.index("half") + 2] in (["a"], ["an"]):
        return 0.5  # "half an hour", "half a year", "more than half an hour"
    vals = []
    for w in words:
        w2 = w.replace(",", "")
        if re.match(r"^\d+(\.\d+)?$", w2):
            vals.append(float(w2))
        elif (frac := re.match(r"^([1-9])/([2-9])$", w2)) and vals:
            vals[-1] += int(frac[1]) / int(frac[2])  # "2 1/2 years"
        elif w in nums and w not in ("half",):
            vals.append(float(nums[w]))
        elif w == "couple":
            vals.append(2.0)  # "a couple of years": two (TimeBank gold P2Y)
        elif w == "single":
            vals.append(1.0)  # "the worst single-day fall"
        elif w in ("several", "few", "many", "numerous"):
            return "X"
    if not vals:
        return 0.5 if "half" in words else None  # "the half-year", "half an hour"
    if len(vals) >= 2 and vals[0] >= 20 and vals[0] % 10 == 0 and vals[1] < 10:
        return vals[0] + vals[1]  # twenty-five
    if len(vals) >= 2 and vals[0] == 1 and vals[1] in (12,):
        return 12.0  # a dozen
    return vals[-1] if len(vals) > 1 and vals[0] == 1 else vals[0]
