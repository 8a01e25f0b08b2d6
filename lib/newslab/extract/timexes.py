"""TIMEX3 time expressions: spaCy ``Matcher`` rules that find them and a normaliser that values them.

Finding and valuing are split on purpose. The rules (``RULES``) only describe token shapes and
give each match a rule name; the guards (``_keep``) drop the usual false friends (``May`` the
verb, years that count people, ages, ``second`` the ordinal); the normaliser turns the tokens of a
kept match into a TIMEX3 ``type``/``value``/``mod``, resolving relative expressions against the
article date, the tense of the governing verb and, for anaphora ("the next day", "that year"),
the previous date in the narrative.

Extents follow TimeML as annotated in NewsReader MEANTIME: determiners and modifiers are part
of the expression ("the past decade", "more than a decade", "early June"), prepositions are not
("on Sunday" -> "Sunday").

Values follow the TIMEX3 guidelines: dates at their true granularity (``2011``, ``2019-11``,
``2024-07-14``, ``2024-W28``, ``2008-Q4``, ``2009-SU``, decade ``201``, century ``19``), times
``2009-06-01T16:00Z``, durations ``P10Y``/``PXY``, sets ``P1W``/``XXXX-WXX-1``, vague references
``PAST_REF``/``PRESENT_REF``/``FUTURE_REF``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Iterable

if TYPE_CHECKING:  # spaCy is imported where a matcher is built: reading values needs no spaCy
    from spacy.matcher import Matcher

from ..paths import data_file
from .docindex import doc_lowers, sent_of

# ---------------------------------------------------------------------------------------------
# Lexicon


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """The chronology lexicon (``data/chronology_lexicon.json``), loaded once."""
    return json.loads(data_file("chronology_lexicon.json").read_text(encoding="utf-8"))


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


def resolve_month(month: int, dct: dt.date, tense: str | None = None, rel: int | None = None) -> int:
    """The year of a month named without one ("in March", "last September")."""
    if rel == -1:
        return dct.year if month < dct.month else dct.year - 1
    if rel == 1:
        return dct.year if month > dct.month else dct.year + 1
    if rel == 0:
        return dct.year
    if tense == "past":
        return dct.year if month <= dct.month else dct.year - 1
    if tense == "future":
        return dct.year if month >= dct.month else dct.year + 1
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
    if tense == "past":
        past = [c for c in cands if c <= dct]
        return max(past) if past else min(cands, key=lambda c: abs((c - dct).days))
    if tense == "future":
        fut = [c for c in cands if c >= dct]
        return min(fut) if fut else min(cands, key=lambda c: abs((c - dct).days))
    return min(cands, key=lambda c: (abs((c - dct).days), c > dct))


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
    rule = lexicon()["holidays"].get(name)
    if rule is None:
        return None
    if re.match(r"^\d\d-\d\d$", rule):
        return dt.date(year, int(rule[:2]), int(rule[3:]))
    if rule == "thanksgiving":
        first = dt.date(year, 11, 1)
        return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)
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
# Rules


def _in(words: Iterable[str]) -> dict:
    return {"LOWER": {"IN": sorted(set(words))}}


def _re(pattern: str, attr: str = "LOWER") -> dict:
    return {attr: {"REGEX": pattern}}


def _token_regex(tok: dict) -> str | None:
    """One token predicate as a regex over the lower-cased text, or None if it cannot be one."""
    if set(tok) - {"LOWER", "TEXT", "ORTH"}:
        return None
    (attr, spec), = tok.items()
    if isinstance(spec, str):
        return "^" + re.escape(spec.lower()) + "$"
    if "IN" in spec:
        return "^(?:" + "|".join(re.escape(str(w).lower()) for w in spec["IN"]) + ")$"
    if "REGEX" in spec:
        return spec["REGEX"]
    return None


def _merge_part(alts: list[list[dict]]) -> list[list[dict]]:
    """Fold a part's one-token alternatives into one token (and an empty one into ``OP: ?``).

    The Matcher's cost grows with the number of patterns; folding keeps the rule set small.
    """
    singles = [a[0] for a in alts if len(a) == 1]
    regexes = [_token_regex(t) for t in singles]
    if len(singles) < 2 or any(r is None for r in regexes):
        merged = [[t] for t in singles]
    else:
        merged = [[{"LOWER": {"REGEX": "|".join(f"(?:{r})" for r in regexes)}}]]
    multis = [a for a in alts if len(a) > 1]
    has_empty = any(len(a) == 0 for a in alts)
    if has_empty and len(merged) == 1 and not multis:
        return [[{**merged[0][0], "OP": "?"}]]
    return ([[]] if has_empty else []) + merged + multis


def _variants(*parts: list[list[dict]]) -> list[list[dict]]:
    """All concatenations choosing one alternative per part (an alternative may be empty)."""
    out: list[list[dict]] = [[]]
    for alts in parts:
        alts = _merge_part(alts)
        out = [prefix + alt for prefix in out for alt in alts]
    return [p for p in out if p and any(t.get("OP") != "?" for t in p)]


_DAYNUM = r"^(0?[1-9]|[12]\d|3[01])(st|nd|rd|th)?\.?$"
_YEAR = r"^(1[6-9]\d\d|20\d\d)$"
_CLOCK = r"^([01]?\d|2[0-3]):[0-5]\d$"
_CLOCK_DOT = r"^([01]?\d|2[0-3])[:.][0-5]\d$"
_AMPM_TOKEN = r"^([01]?\d|2[0-3])([:.][0-5]\d)?(am|pm|a\.m\.|p\.m\.)$"


@lru_cache(maxsize=1)
def rule_patterns() -> list[tuple[str, list[list[dict]]]]:
    """The ``(rule name, token patterns)`` list, in priority order for equal-length matches."""
    lx = lexicon()
    months = list(lx["months"])
    weekdays = list(lx["weekdays"])
    units = lx["units"]
    unit_s = [u for u in units if u in ("second", "minute", "hour", "day", "week", "weekend", "fortnight", "month",
                                         "quarter", "year", "decade", "century", "millennium", "night")]
    unit_p = [u for u in units if u not in unit_s]
    numwords = [w for w in lx["numbers"]]
    numre = r"^(\d+(\.\d+)?|" + "|".join(re.escape(w) for w in numwords) + r")$"
    NUM = [[_re(numre)], [_re(numre), {"ORTH": {"IN": ["-", "–"]}}, _re(numre)]]
    VAGUE = [[_in(["several", "many", "numerous", "few"])], [_in(["a"]), _in(["few", "couple"])],
             [_in(["a"]), _in(["couple"]), _in(["of"])]]
    MON = [_in(months)]
    WD = [_in(weekdays)]
    DAY = [_re(_DAYNUM, "TEXT")]
    YEAR = [_re(_YEAR, "TEXT")]
    COMMA = [[], [{"ORTH": ","}]]
    THE = [[], [_in(["the"])]]
    EML = [[], [_in(["early", "mid", "late"])], [_in(["mid"]), {"ORTH": "-"}],
           [_in(["the"]), _in(["early", "mid", "late"])]]
    REL = [_in(["last", "this", "next", "past", "coming", "previous", "following", "current", "same",
                "that", "upcoming", "preceding", "prior"])]
    UADJ = [[], [_in(lx["unit_adjectives"])]]
    POD = [_in(lx["parts_of_day"])]
    SEASON = [_in(lx["seasons"])]
    ORDQ = [_in(["first", "second", "third", "fourth", "final", "1st", "2nd", "3rd", "4th"])]
    TZ = [[], [_in(["utc", "gmt", "et", "est", "edt", "pst", "pdt", "cet", "cest", "bst", "ist", "jst"])],
          [_in(["local"]), _in(["time"])]]
    DAYREF = [[], [_in(["today", "yesterday", "tomorrow", "tonight"])], WD]
    HY = {"ORTH": {"IN": ["-", "–"]}}

    R: list[tuple[str, list[list[dict]]]] = []
    add = lambda name, pats: R.append((name, pats))  # noqa: E731

    add("iso_date", [[_re(r"^\d{4}$", "TEXT"), HY, _re(r"^\d{2}$", "TEXT"), HY, _re(r"^\d{2}$", "TEXT")],
                     [_re(r"^\d{4}-\d{2}-\d{2}$", "TEXT")]])
    add("numeric_date", [[_re(r"^\d{1,2}/\d{1,2}/(\d{2}|\d{4})$", "TEXT")]])
    add("clock", _variants([[_re(_CLOCK, "TEXT")], [_re(r"^([01]?\d|2[0-3])$", "TEXT"), _in(["a.m.", "p.m.", "am", "pm", "o'clock"])],
                            [_re(_CLOCK_DOT, "TEXT"), _in(["a.m.", "p.m.", "am", "pm"])], [_re(_AMPM_TOKEN)],
                            [_in(["noon", "midnight"])]], TZ, [[], DAYREF[1], WD, [_in(["on"]), WD[0]]]))
    add("month_day_year", _variants([[], [WD[0]], [WD[0], {"ORTH": ","}]], [MON, MON + [{"ORTH": "."}]], [DAY], COMMA, [YEAR]))
    add("day_month_year", _variants([[], [WD[0]], [WD[0], {"ORTH": ","}]], THE, [DAY], [[], [_in(["of"])]], [MON], COMMA, [YEAR]))
    add("month_day", _variants([[], [WD[0]], [WD[0], {"ORTH": ","}]], [MON], [DAY]))
    add("day_month", _variants([[], [WD[0]], [WD[0], {"ORTH": ","}]], THE, [DAY], [[], [_in(["of"])]], [MON]))
    add("month_year", _variants(EML, THE, [MON], [[], [_in(["of"])], [{"ORTH": ","}]], [YEAR]))
    add("month", _variants(EML, [[], REL], [MON]))
    add("year_range", [[_re(r"^(1[6-9]\d\d|20\d\d)[-–](\d\d|1[6-9]\d\d|20\d\d)$", "TEXT")]])
    add("year", _variants(EML, [[], [_in(["the"]), _in(["year"])], [_in(["fiscal", "calendar"])], [_in(["fiscal"]), _in(["year"])]], [YEAR]))
    add("year", [[_re(r"^(early|mid|late)-(1[6-9]\d\d|20\d\d)$")], [_re(r"^fy(\d{2}|\d{4})$")]])
    add("decade", _variants(THE, [[], [_in(["early", "mid", "late"])], [_in(["mid"]), {"ORTH": "-"}]],
                            [[_re(r"^(1[5-9]|20)\d0s$")], [{"ORTH": {"IN": ["'", "’"]}}, _re(r"^\d0s$")], [_re(r"^['’]\d0s$")],
                             [_re(r"^(early|mid|late)-(1[5-9]|20)\d0s$")]]))
    add("century", _variants(THE, [[], [_in(["early", "mid", "late"])]],
                             [[_re(r"^(1\d|2[01])(st|nd|rd|th)$")], [_in(lx["ordinals"])],
                              [_in(["twenty"]), HY, _in(["first"])]], [[_in(["century"])]]))
    add("weekday", _variants([[], [_in(["last", "this", "next", "coming", "past"])], [_in(["early", "late"])]], [WD], [[], POD]))
    add("deictic", _variants([[], [_in(["the"]), _in(["day"]), _in(["before", "after"])]],
                             [[_in(lx["deictic"])]], [[], POD]))
    add("part_of_day", _variants([[_in(["this", "that", "last", "the", "early", "late", "yesterday", "tomorrow"])],
                                  [_in(["the", "early", "late"]), _in(["early", "late"])],
                                  [_in(["early", "late"]), _in(["this", "that", "in"]), _in(["the"])],
                                  [_in(["early", "late"]), _in(["this", "that"])]], [POD]))
    add("part_of_day", [[_in(["early", "late"]), _in(["in"]), _in(["the"]), _in(["day", "week", "month", "year"])]])
    add("set", _variants([[_in(["every", "each"])], [_in(["every"]), _in(["other"])], [_in(["every"]), _re(numre)]],
                         [[_in(unit_s)], WD, POD, [_in(unit_p)]]))
    add("set", [[_in(lx["set_words"])]])
    add("set", _variants([[_in(["once", "twice", "thrice"])], [_re(numre), _in(["times"])]],
                         [[_in(["a", "per", "each", "every"])]], [[_in(unit_s)]]))
    add("set", [[_in(["a", "per"]), _in(unit_s)]])  # "15 a year": guarded to follow a number
    add("earlier_this", _variants([[_in(["earlier", "later"])]], [[_in(["this", "last", "next", "that"])]], [[_in(unit_s)]]))
    add("unit_of", _variants(THE, [[_in(["beginning", "start", "end", "middle", "turn", "rest", "remainder", "close"])],
                                    [_in(["first", "second", "latter"]), _in(["half", "part"])],
                                    [_in(["first", "second", "third", "fourth", "last", "final"]), _in(["week"])]],
                             [[_in(["of"])]],
                             [[], [_in(["the", "this", "last", "next", "that"])]],
                             [[_in(unit_s)], YEAR, MON, MON + YEAR, [_re(r"^(1[5-9]|20)\d0s$")]]))
    add("quarter", _variants(THE, [ORDQ, ORDQ + [HY]], [[_in(["quarter", "half"])]],
                             [[], [_in(["of"])] + YEAR, [_in(["of"]), _in(["this", "last", "next", "the"]), _in(["year"])]]))
    add("quarter", _variants([[_re(r"^q[1-4]$")], [_re(r"^[1-4]q$")], [_re(r"^h[12]$")]], [[], YEAR, [{"ORTH": ","}] + YEAR]))
    add("season", _variants(EML, [REL], [SEASON]))
    add("season", _variants(EML, THE, [SEASON], [[_in(["of"])], []], [YEAR]))
    add("ago", _variants([[], *NUM, *VAGUE], UADJ, [[_in(list(units))]], [[_in(["ago", "back"])]]))
    add("from_now", _variants([*NUM, *VAGUE], UADJ, [[_in(list(units))]], [[_in(["from"]), _in(["now", "today"])], [_in(["hence"])]]))
    add("anaphor_offset", _variants([*NUM, *VAGUE], UADJ, [[_in(list(units))]],
                                    [[_in(["later", "earlier", "afterwards", "afterward", "before", "after", "prior", "previously"])]]))
    add("rel_unit", _variants([[], [_in(["the"])], [_in(["this"])]], [REL], UADJ, [[_in(unit_s)]]))
    add("rel_unit", [[_in(["the"]), _in(["day", "weekend", "year"])]])
    add("unit_after", _variants(THE, [[_in(["day", "week", "month", "year", "weekend"])]],
                                [[_in(["before", "after", "earlier", "later", "previous", "prior", "following"])]]))
    add("rel_duration", _variants(THE, [[_in(["past", "last", "next", "coming", "previous", "first", "final", "recent",
                                               "following", "preceding", "ensuing"])]],
                                  [[], *NUM, *VAGUE], UADJ, [[_in(unit_p)], [_in(["day", "week", "month", "year"])]]))
    add("duration", _variants(THE, NUM, UADJ, [[_in(list(units))]]))
    add("duration", _variants([*NUM, [_in(["a", "an"])]], [[HY]], [[_in(unit_s)]], [[], [HY, _in(["long"])]]))
    add("duration", _variants(VAGUE, UADJ, [[_in(unit_p)]]))
    add("duration", _variants([[], [_in(["recent", "many", "some"])]], [[_in(["years", "decades", "months", "weeks", "centuries"])]]))
    add("holiday", [[_in([w]) for w in name.split()] for name in lx["holidays"]])
    phrases = [(p.split(), v) for p, v in lx["ref_phrases"].items() if p != "once"]
    add("ref", [[_in([w])] for w in lx["refs"] if w not in ("formerly", "previously", "shortly")]
        + [[_in([w]) for w in words] for words, _ in phrases])
    return R


#: Which word classes each rule needs at least one of: a rule's patterns only run in windows
#: around those words (the Matcher's cost is patterns x tokens, and most tokens are not temporal).
RULE_TRIGGERS: dict[str, tuple[str, ...]] = {
    "iso_date": ("digits",), "numeric_date": ("digits",), "clock": ("clock",),
    "month_day_year": ("month",), "day_month_year": ("month",), "month_day": ("month",), "day_month": ("month",),
    "month_year": ("month",), "month": ("month",), "year_range": ("digits",), "year": ("digits",),
    "decade": ("digits",), "century": ("century",), "weekday": ("weekday",), "deictic": ("deictic",),
    "part_of_day": ("pod", "unit"), "set": ("unit", "weekday", "pod", "set"), "earlier_this": ("unit",),
    "unit_of": ("unit", "digits", "month"), "quarter": ("unit", "quarter"), "season": ("season",),
    "ago": ("unit",), "from_now": ("unit",), "anaphor_offset": ("unit",), "rel_unit": ("unit",),
    "unit_after": ("unit",), "rel_duration": ("unit",), "duration": ("unit",), "ref": ("ref",),
    "holiday": ("holiday", "unit"),
}


@lru_cache(maxsize=1)
def _trigger_classes() -> dict[str, frozenset[str]]:
    lx = lexicon()
    return {
        "month": frozenset(lx["months"]), "weekday": frozenset(lx["weekdays"]), "unit": frozenset(lx["units"]) | {"half"},
        "deictic": frozenset(lx["deictic"]), "pod": frozenset(lx["parts_of_day"]), "season": frozenset(lx["seasons"]),
        "century": frozenset({"century", "centuries"}), "set": frozenset(lx["set_words"]),
        "holiday": frozenset(w for name in lx["holidays"] for w in name.split() if w not in ("new", "'s", "day", "eve", "year")),
        "ref": frozenset(set(lx["refs"]) | {w for p in lx["ref_phrases"] for w in p.split()} - {"the", "these", "time", "being"}),
    }


@lru_cache(maxsize=1)
def _word_classes() -> dict[str, tuple[str, ...]]:
    """Word -> its trigger classes, in :func:`_trigger_classes` order (one lookup per token)."""
    out: dict[str, tuple[str, ...]] = {}
    for cls, words in _trigger_classes().items():
        for w in words:
            out[w] = out.get(w, ()) + (cls,)
    return out


_CLASS_RE = {
    "digits": re.compile(r"^\d{4}|^\d{1,2}/\d|^['’]?\d0s$|^fy\d|^(early|mid|late)-\d{4}s?$"),
    "clock": re.compile(r"^\d{1,2}[:.]\d\d|^(a\.m\.|p\.m\.|am|pm|o'clock|noon|midnight)$|^\d{1,2}(am|pm)$"),
    "quarter": re.compile(r"^(q[1-4]|[1-4]q|h[12])$"),
}


class TimexMatcher:
    """One ``Matcher`` per trigger class, built once per vocabulary."""

    def __init__(self, vocab) -> None:
        from spacy.matcher import Matcher

        self.priority: dict[str, int] = {}
        self.matchers: dict[str, Matcher] = {}
        # Per class, the patterns grouped by a word one of their required tokens must be
        # (``_gate``): a group runs only in windows holding such a word. Same matches as one
        # Matcher per class (each pattern still runs in every window it can match in), at a
        # fraction of the cost: the Matcher tries every pattern at every token.
        self.groups: dict[str, list[tuple[Any, Matcher]]] = {}
        grouped: dict[str, dict[Any, dict[str, list]]] = {}
        trig = _trigger_classes()
        for i, (name, pats) in enumerate(rule_patterns()):
            self.priority.setdefault(name, i)
            for cls in RULE_TRIGGERS[name]:
                m = self.matchers.setdefault(cls, Matcher(vocab))
                m.add(name, pats)
                for pat in pats:
                    gate = _gate(pat, trig.get(cls, frozenset()))
                    grouped.setdefault(cls, {}).setdefault(gate, {}).setdefault(name, []).append(pat)
        for cls, by_gate in grouped.items():
            for gate, by_name in by_gate.items():
                m = Matcher(vocab)
                for name, pats in by_name.items():
                    m.add(name, pats)
                test = None if gate is None else (gate if isinstance(gate, frozenset) else re.compile(gate[1]))
                self.groups.setdefault(cls, []).append((test, m))

    def __call__(self, doc) -> list[tuple[str, int, int]]:
        """Kept, non-overlapping ``(rule, start token, end token)`` matches in text order."""
        found = set()
        lows = doc_lowers(doc)
        for cls, windows in _windows(doc).items():
            groups = self.groups.get(cls)
            if groups is None:
                continue
            for a, b in windows:
                span = doc[a:b]
                words = lows[a:b]
                wordset = set(words)
                matches = []
                for test, matcher in groups:
                    if test is None or (not test.isdisjoint(wordset) if isinstance(test, frozenset)
                                        else any(test.search(w) for w in words)):
                        matches.extend(matcher(span))
                for match_id, s, e in matches:
                    name = doc.vocab.strings[match_id]
                    s, e = _extend(doc, name, a + s, a + e)
                    if e > s and _keep(doc, name, s, e):
                        found.add((name, s, e))
        ranked = sorted(found, key=lambda m: (-(m[2] - m[1]), self.priority[m[0]], m[1]))
        taken: set[int] = set()
        out = []
        for name, s, e in ranked:
            if any(i in taken for i in range(s, e)):
                continue
            taken.update(range(s, e))
            out.append((name, s, e))
        return sorted(out, key=lambda m: m[1])


def _gate(pat: list[dict], trigger_words: frozenset[str]) -> Any:
    """A test every match of ``pat`` passes: a word set (some token of the window is one of them),
    ``("re", regex)`` (some token's lower-cased text matches, as the Matcher's REGEX does), or None.

    Taken from a required token's ``LOWER`` predicate: the smallest word set that is not just the
    class's trigger words (which every window has), else a regex, else None (always run)."""
    sets, regexes = [], []
    for tok in pat:
        if tok.get("OP") not in (None, "1", "+") or "LOWER" not in tok:
            continue
        spec = tok["LOWER"]
        if isinstance(spec, str):
            sets.append(frozenset([spec]))
        elif isinstance(spec, dict) and set(spec) == {"IN"}:
            sets.append(frozenset(spec["IN"]))
        elif isinstance(spec, dict) and set(spec) == {"REGEX"}:
            regexes.append(("re", spec["REGEX"]))
    useful = [w for w in sets if not w <= trigger_words]
    if useful:
        return min(useful, key=lambda w: (len(w), sorted(w)))
    if regexes:
        return regexes[0]
    return None


_MATCHERS: dict[int, TimexMatcher] = {}


def matcher_for(vocab) -> TimexMatcher:
    """The cached matcher of a vocabulary."""
    key = id(vocab)
    if key not in _MATCHERS:
        _MATCHERS[key] = TimexMatcher(vocab)
    return _MATCHERS[key]


# ---------------------------------------------------------------------------------------------
# Guards


_MONTH_PREPS = {"in", "of", "since", "until", "till", "by", "early", "late", "mid", "last", "next", "this", "during",
                "from", "to", "between", "through", "before", "after", "and", "or", "-", "–", "throughout", "on",
                "around", "until", "that", "each", "every", "mid-"}
_NON_TIME_NOUN_HINTS = {"people", "troops", "soldiers", "dollars", "euros", "pounds", "votes", "seats", "km", "kilometres",
                        "kilometers", "miles", "metres", "meters", "feet", "tonnes", "tons", "barrels", "points", "units",
                        "cars", "homes", "jobs", "deaths", "cases", "residents", "students", "employees", "workers",
                        "members", "copies", "pages", "words", "kg", "mw", "acres", "hectares"}
_CURRENCY = {"$", "€", "£", "#", "us$", "usd", "eur", "¥", "rs", "rs.", "no.", "number", "flight", "route", "room",
             "page", "resolution", "article", "chapter", "section", "highway", "model", "version", "code"}
_PAPER_WORDS = {"times", "telegraph", "express", "mirror", "herald", "post", "mail", "tribune", "independent", "star",
                "school", "league", "service", "edition", "paper", "magazine", "review", "club", "best"}


#: Rules whose extent takes a quantity modifier in front ("more than", "nearly", "about").
_QMOD_RULES = {"duration", "ago", "from_now", "anaphor_offset"}
_WINDOW = 8  # tokens each side of a time word: longer than any rule
#: How far an expression can reach left and right of its trigger word, per trigger class
#: ("more than two trading years ago": the unit is near the end; "Wednesday, July 14, 2024": the
#: weekday starts it). Windows this wide can never cut a rule's match short.
_REACH = {"unit": (7, 3), "month": (5, 6), "digits": (6, 5), "weekday": (3, 7), "ref": (3, 3), "set": (3, 3),
          "deictic": (4, 3), "pod": (4, 2), "holiday": (3, 3), "season": (5, 3), "clock": (2, 4), "century": (4, 1), "quarter": (3, 3)}


@lru_cache(maxsize=1)
def _qmod_last_words() -> frozenset[str]:
    return frozenset(p[-1] for p in _qmod_phrases())


@lru_cache(maxsize=1)
def _qmod_phrases() -> list[tuple[str, ...]]:
    lx = lexicon()["quantity_mods"]
    phrases = [tuple(k.split()) for k in lx if not k.startswith("the")]
    return sorted(phrases, key=len, reverse=True)


def _windows(doc) -> dict[str, list[tuple[int, int]]]:
    """Per trigger class, merged token windows around its words (wider than any rule)."""
    word_classes = _word_classes()
    out: dict[str, list[list[int]]] = {}
    n = len(doc)
    for i, low in enumerate(doc_lowers(doc)):
        hits = list(word_classes.get(low, ()))
        if low[:1].isdigit() or low[:1] in "'’qhfaepnm":
            hits += [c for c, rx in _CLASS_RE.items() if rx.search(low)]
        for cls in hits:
            left, right = _REACH.get(cls, (_WINDOW, _WINDOW))
            a, b = max(0, i - left), min(n, i + right + 1)
            spans = out.setdefault(cls, [])
            if spans and a <= spans[-1][1]:
                spans[-1][1] = max(spans[-1][1], b)
            else:
                spans.append([a, b])
    return {c: [(a, b) for a, b in spans] for c, spans in out.items()}


def _extend(doc, name: str, s: int, e: int) -> tuple[int, int]:
    """Take a quantity modifier in front of a duration into the extent (TimeML: "more than a decade")."""
    if name not in _QMOD_RULES or s == 0 or doc[s - 1].lower_ not in _qmod_last_words():
        return s, e
    for phrase in _qmod_phrases():
        k = len(phrase)
        if s - k >= 0 and tuple(t.lower_ for t in doc[s - k:s]) == phrase:
            if phrase == ("over",) and doc[s].lower_ in ("the", "a") and name != "duration":
                break
            return s - k, e
    return s, e


def _keep(doc, name: str, s: int, e: int) -> bool:
    """Precision guards for the usual false friends."""
    lx = lexicon()
    toks = doc[s:e]
    lows = [t.lower_ for t in toks]
    nxt = doc[e] if e < len(doc) else None
    nxt2 = doc[e + 1] if e + 1 < len(doc) else None
    prev = doc[s - 1] if s > 0 else None
    # Ages and "decade-old": "33-year-old", "a decade-old war", "51 years old".
    if nxt is not None and (nxt.lower_ == "old" or (nxt.text in "-–" and nxt2 is not None and nxt2.lower_ in ("old", "olds"))):
        return False
    if lows and lows[-1] in ("old",):
        return False
    # Month names: capitalised, and ambiguous ones (May, March) only in a date-like context.
    for i, t in enumerate(toks):
        if t.lower_ in lx["months"]:
            if not t.text[0].isupper():
                return False
            if t.ent_type_ in ("PERSON", "ORG", "WORK_OF_ART", "FAC"):
                return False
            bare = name in ("month",)
            if bare:
                p = doc[t.i - 1] if t.i > 0 else None
                word_before = p.lower_ if p is not None else ""
                has_context = word_before in _MONTH_PREPS or (i > 0)
                after = nxt.lower_ if nxt is not None else ""
                if t.lower_ in lx["ambiguous_months"] or t.lower_.endswith("."):
                    if t.tag_ in ("MD", "VB", "VBP") or not has_context:
                        return False
                    if t.lower_ in ("may", "march") and word_before in ("and", "or", "to") and not _near_month(doc, t.i) \
                            and not (t.lower_ == "march" and t.tag_ == "NNP" and t.i > sent_of(t).start):
                        return False
                elif not has_context and after in ("'s", "’s"):
                    return False
        if t.lower_ in lx["weekdays"]:
            if not t.text[0].isupper() or t.ent_type_ in ("ORG", "WORK_OF_ART", "PERSON", "FAC"):
                return False
    if name in ("month_day", "day_month", "month_day_year"):
        if nxt is not None and nxt.text in (":", "%", "-") and name != "month_day_year":
            return False
        if nxt is not None and nxt.lower_ in _NON_TIME_NOUN_HINTS:
            return False
    # Years: not money, counts, model numbers or scores.
    if name in ("year", "month_year", "month_day_year", "day_month_year", "year_range", "unit_of"):
        ytoks = [t for t in toks if re.match(_YEAR, t.text) or re.match(r"^\d{4}[-–]", t.text)]
        for y in ytoks:
            p = doc[y.i - 1] if y.i > 0 else None
            n = doc[y.i + 1] if y.i + 1 < len(doc) else None
            if p is not None and (p.lower_ in _CURRENCY or p.text in ("$", "€", "£", "#")):
                return False
            if n is not None and (n.text in ("%", ",") and n.i + 1 < len(doc) and doc[n.i + 1].like_num and n.text == ","):
                return False
            if n is not None and (n.text == "%" or n.lower_ in ("percent", "per", "million", "billion", "thousand")
                                  or n.lower_ in _NON_TIME_NOUN_HINTS or n.lower_ in lx["units"]):
                return False
            if y.dep_ == "nummod" and y.head.tag_ in ("NNS", "NNPS") and y.head.lower_ not in lx["units"]:
                return False
            if name == "year" and len(toks) == 1 and p is not None and p.pos_ == "PROPN" and p.text[:1].isupper() \
                    and p.lower_ not in lx["months"] and p.lower_ not in lx["seasons"] and p.ent_type_ != "DATE":
                return False  # "Office 2010", "Euro 2008": a name, not a year
            if name == "year" and len(toks) == 1 and p is not None and p.lower_ in ("between", "from") and n is not None \
                    and n.lower_ in ("and", "to") and doc[n.i + 1: n.i + 2] and doc[n.i + 1].like_num \
                    and not re.match(_YEAR, doc[n.i + 1].text):
                return False
            if name == "year" and len(toks) == 1 and y.ent_type_ in ("MONEY", "QUANTITY", "PERCENT") \
                    and p is not None and p.lower_ not in ("in", "since", "of", "until", "by", "from", "to", "and", "before", "after", "during", "early", "late"):
                return False
    # Durations: "second" is an ordinal unless counted; "a second" needs digits.
    if name in ("duration", "ago", "from_now", "anaphor_offset", "rel_duration"):
        if any(w in ("second", "seconds") for w in lows) and not any(re.match(r"^\d", w) or (w in lx["numbers"] and w not in ("a", "an")) for w in lows):
            return False
        if name == "duration" and lows[0] in ("some",) and len(lows) == 2:
            return False
        if name == "duration" and lows[0] in ("the", "for") and len(lows) == 2:
            return False
        if lows[-1] in ("quarter", "quarters", "half") and (nxt is not None and nxt.lower_ == "of" or nxt is not None and nxt.is_punct and lows[-2:-1] == ["a"]):
            return False  # "about a quarter of its dealers": a fraction
        if name == "duration" and lows[0] in ("a", "an") and (prev is None or not (prev.pos_ in ("ADP", "VERB", "AUX") or prev.lower_ in ("than", "another"))):
            return False  # "not a day anybody can be prepared for"
        # "one day" in "one day he will" is vague; keep counted ones only when the noun is a unit.
        if name == "duration" and toks[-1].lower_ in ("night", "nights") and not any(w[0].isdigit() for w in lows):
            return False
        if nxt is not None and nxt.lower_ in ("'s", "’s") and name == "duration" and toks[0].lower_ in ("a", "an"):
            return False
        if name == "duration" and lows[-1] in ("years", "decades", "months", "weeks", "centuries") and len(lows) == 1 \
                and prev is not None and prev.lower_ in ("light",):
            return False
    if name in ("rel_duration", "rel_unit", "weekday", "month", "season") and any(
            t.lower_ in ("last", "past", "next") and t.pos_ in ("VERB", "AUX") for t in toks):
        return False  # "could last 18 months": the verb, not the modifier
    if name == "rel_duration" and lows[-1] in ("day", "week", "month", "year") and _number(lows) is None:
        return False  # "the very first day": an ordinal, not a length
    if name == "set" and len(toks) == 1 and toks[0].pos_ == "PROPN" and toks[0].i > sent_of(toks[0]).start:
        return False  # "NBC Nightly News"
    if name == "anaphor_offset" and lows[-1] in ("before", "after"):
        if nxt is not None and not nxt.is_punct and nxt.pos_ in ("DET", "PROPN", "NOUN", "PRON", "NUM", "ADJ"):
            return False
    if name == "unit_after" and lows[-1] == "after" and nxt is not None and not nxt.is_punct:
        return False
    if name == "unit_after" and lows[-1] == "following" and nxt is not None and nxt.pos_ in ("NOUN", "PROPN", "DET"):
        return False
    if name == "set" and lows[0] in ("a", "per") and len(lows) == 2:
        if prev is None or not (prev.like_num or prev.lower_ in ("once", "twice", "thrice", "times")):
            return False
    if name == "holiday":
        last = toks[-1]
        if not toks[0].text[:1].isupper():
            return False
        if last.dep_ == "compound" and last.head.lower_ not in ("weekend", "holiday", "holidays", "break", "morning",
                                                                  "evening", "night", "eve", "day", "period", "season"):
            return False  # "Christmas tree", "Easter Island"
    if name == "ref":
        if lows == ["now"] and nxt is not None and nxt.text in ("-", "–"):
            return False
        if lows == ["now"] and nxt is not None and nxt.lower_ in ("and", "&") and prev is not None and prev.lower_ in ("every", "just", "and"):
            return False  # "every now and again"
        if lows == ["now"] and prev is not None and prev.lower_ == "and" and s >= 2 and doc[s - 2].lower_ == "now":
            return False
        if lows == ["the", "moment"] and (prev is None or prev.lower_ != "at"):
            return False
        if lows == ["the", "present"] and nxt is not None and nxt.pos_ in ("NOUN", "PROPN"):
            return False
        if lows in (["the", "past"], ["the", "future"]) and nxt is not None and nxt.pos_ in ("NOUN", "PROPN", "NUM"):
            return False
    if name == "rel_unit":
        if lows[0] in ("that", "this") and nxt is not None and nxt.lower_ in ("'s", "’s"):
            return True
        if lows in (["the", "day"], ["the", "year"]) and nxt is not None and nxt.lower_ in ("of", "that", "when", "after", "before"):
            return False
        if lows == ["the", "year"] and prev is not None and prev.lower_ in ("of", "per", "a"):
            return False  # "car of the year"
        if lows[-1] == "night":
            return False
    if name == "part_of_day" and lows[0] == "the" and len(lows) == 2:
        if prev is None or prev.lower_ not in ("in", "during", "on", "that", "overnight", "by", "until", "through"):
            return False
    if any(w in lx["weekdays"] for w in lows) and nxt is not None and nxt.lower_ in _PAPER_WORDS:
        return False  # "Sunday Times", "Sunday Telegraph"
    if name == "weekday" and len(lows) == 1 and nxt is not None and nxt.lower_ in ("'s", "’s") and doc[e + 1: e + 2] \
            and doc[e + 1].pos_ == "PROPN":
        return False
    return True


def _near_month(doc, i: int) -> bool:
    """Whether another month name is within three tokens ("between March and May")."""
    months = lexicon()["months"]
    return any(doc[j].lower_ in months and doc[j].text[0].isupper() for j in range(max(0, i - 3), min(len(doc), i + 4)) if j != i)


# ---------------------------------------------------------------------------------------------
# Tense of the governing verb


_FUTURE_AUX = {"will", "'ll", "shall", "wo", "’ll"}


def clause_tense(span) -> str | None:
    """``past``, ``future``, ``present`` or None from the verb governing ``span``.

    Walks up the parse from the span's head to the first verb, then reads its auxiliaries:
    will/shall/'ll and "going to", "(be) scheduled/due/expected to", "plans to" give future;
    a past tag (VBD), "has/had + VBN" or "was/were" give past.
    """
    tok = span.root
    seen = 0
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i and seen < 8:
        tok = tok.head
        seen += 1
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    lx = lexicon()
    for _ in range(3):
        auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
        low = {a.lower_ for a in auxes}
        if low & _FUTURE_AUX:
            return "future"
        if "would" in low:
            return "future" if tok.head.lemma_ in lx["reporting_verbs"] else None
        # "is scheduled for Friday", "plans to meet", "expects ... in March" (not "a deadline set on June 1")
        if tok.lemma_ in lx["future_verbs"] and not any(a.tag_ == "VBD" for a in auxes) and (
                tok.tag_ in ("VBP", "VBZ", "VBG", "JJ") or (tok.tag_ == "VBN" and (auxes or any(c.dep_ == "xcomp" for c in tok.children)))):
            return "future"
        if tok.lower_ == "going" and any(c.dep_ == "xcomp" for c in tok.children):
            return "future"
        if auxes and any(a.tag_ == "VBD" for a in auxes):
            return "past"
        if tok.tag_ == "VBD":
            return "past"
        if tok.tag_ == "VBN" and low & {"has", "have", "had", "'ve", "'s", "was", "were"}:
            return "past"
        if tok.tag_ == "VBN" and not auxes and tok.dep_ in ("acl", "relcl", "advcl"):
            return "past"
        # A participle clause ("resulting in closures during the fourth quarter") has no tense of its own.
        if tok.tag_ == "VBG" and tok.dep_ in ("advcl", "acl", "xcomp", "pcomp") and not auxes:
            head = tok.head
            return "future" if head.lemma_ in lx["future_verbs"] or head.lower_ == "going" else None
        # An infinitive ("to meet") takes the tense of the verb it depends on.
        if tok.tag_ in ("VB",) and tok.dep_ in ("xcomp", "ccomp", "advcl", "pcomp", "acl") and tok.head.i != tok.i:
            head = tok.head
            while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
                head = head.head
            if head.lemma_ in lx["future_verbs"] or head.lower_ in ("going",):
                return "future"
            tok = head
            continue
        if tok.tag_ in ("VBP", "VBZ"):
            return "present"
        if tok.tag_ == "VBG" and low & {"is", "are", "am", "'s", "'re", "'m"}:
            return "future"  # the present progressive with a date is an arrangement: "are meeting on Friday"
        if tok.tag_ == "MD":
            return None
        return None
    return None


# ---------------------------------------------------------------------------------------------
# Normaliser


def _number(words: list[str]) -> float | str | None:
    """The count in a duration's tokens (``X`` for several/few/many), or None."""
    lx = lexicon()
    nums = lx["numbers"]
    vals = []
    for w in words:
        w2 = w.replace(",", "")
        if re.match(r"^\d+(\.\d+)?$", w2):
            vals.append(float(w2))
        elif w in nums and w not in ("half",):
            vals.append(float(nums[w]))
        elif w in ("several", "few", "many", "couple", "numerous"):
            return "X"
    if not vals:
        return None
    if len(vals) >= 2 and vals[0] >= 20 and vals[0] % 10 == 0 and vals[1] < 10:
        return vals[0] + vals[1]  # twenty-five
    if len(vals) >= 2 and vals[0] == 1 and vals[1] in (12,):
        return 12.0  # a dozen
    return vals[-1] if len(vals) > 1 and vals[0] == 1 else vals[0]


def _qmod(words: list[str]) -> str | None:
    lx = lexicon()["quantity_mods"]
    for n in (3, 2, 1):
        key = " ".join(words[:n])
        if key in lx and lx[key] is not None and n <= len(words):
            return lx[key]
    return None


def _unit(words: list[str]) -> str | None:
    units = lexicon()["units"]
    for w in reversed(words):
        if w in units:
            return units[w]
    return None


def duration_value(n: float | str | None, unit: str) -> str:
    """TIMEX3 duration value: ``P10Y`` for a decade, ``PT30M``, ``PXY`` for an unknown count."""
    if n == "X" or n is None:
        code = {"S": "TXS", "MIN": "TXM", "H": "TXH", "D": "XD", "W": "XW", "WE": "XWE", "FN": "XW", "M": "XM",
                "Q": "XQ", "Y": "XY", "DE": "XDE", "CE": "XCE", "ML": "XML"}[unit]
        return "P" + code
    num = float(n)
    mult = {"FN": 2, "DE": 10, "CE": 100, "ML": 1000}.get(unit, 1)
    num *= mult
    txt = str(int(num)) if num == int(num) else f"{num:g}"
    if unit in ("S", "MIN", "H"):
        return f"PT{txt}{ {'S': 'S', 'MIN': 'M', 'H': 'H'}[unit] }".replace(" ", "")
    code = {"D": "D", "W": "W", "WE": "WE", "FN": "W", "M": "M", "Q": "Q", "Y": "Y", "DE": "Y", "CE": "Y", "ML": "Y"}[unit]
    return f"P{txt}{code}"


@dataclass
class Context:
    """What the normaliser resolves against: the article date, tense, and the narrative's dates."""

    dct: dt.date
    tense: str | None = None
    anchor: str | None = None  # the previous DATE value in the narrative
    anchors: list[str] = field(default_factory=list)  # every earlier DATE value, in text order
    prev: str = ""  # the word before the expression ("over the past year" is a duration)

    def anchor_date(self, unit: str | None = None) -> tuple[dt.date, str]:
        """The anchor as (date, unit): the latest earlier date at least as fine as ``unit``.

        "the same day" needs a day-level anchor, "that year" any date; without one the article
        date is the anchor.
        """
        values = self.anchors or ([self.anchor] if self.anchor else [])
        for value in reversed(values):
            iv = value_interval(value)
            if iv is None:
                continue
            gran = {"day": "D", "week": "W", "month": "M", "quarter": "Q", "half": "Q", "season": "M", "year": "Y",
                    "decade": "DE", "century": "CE"}[iv[2]]
            if unit is not None and UNIT_ORDER[gran] > UNIT_ORDER.get(unit, 3):
                continue
            return iv[0], gran
        return self.dct, "D"

    @property
    def has_anchor(self) -> bool:
        """Whether the narrative has any earlier date."""
        return bool(self.anchors or self.anchor)


def _mods(words: list[str]) -> str | None:
    pm = lexicon()["point_mods"]
    for w in words:
        if w in ("early", "mid", "late", "mid-") or re.match(r"^(early|mid|late)-", w):
            return {"early": "START", "mid": "MID", "late": "END", "mid-": "MID"}[w.split("-")[0] if "-" in w and w != "mid-" else w]
    for w in words[:3]:
        if w in pm and w in ("beginning", "start", "end", "middle", "turn", "close"):
            return pm[w]
    return None


def normalise(rule: str, words: list[str], ctx: Context) -> tuple[str, str, str | None] | None:
    """``(type, value, mod)`` of a matched expression (lower-cased tokens), or None to drop it."""
    lx = lexicon()
    months, weekdays = lx["months"], lx["weekdays"]
    dct = ctx.dct
    mod = _mods(words)
    month = next((months[w] for w in words if w in months), None)
    wd = next((weekdays[w] for w in words if w in weekdays), None)
    year = next((int(w) for w in words if re.match(_YEAR, w)), None)
    rel = next((lx["relative"][w] for w in words if w in lx["relative"]), None)
    relword = next((w for w in reversed(words) if w in lx["relative"]), None)  # "this past week": past
    if relword is not None:
        rel = lx["relative"][relword]
    day = next((int(re.match(r"\d+", w).group()) for w in words if re.match(_DAYNUM, w)), None)

    if rule == "iso_date":
        txt = "".join(words)
        y, m, d = int(txt[:4]), int(txt[5:7]), int(txt[8:10])
        try:
            return "DATE", dt.date(y, m, d).isoformat(), None
        except ValueError:
            return None
    if rule == "numeric_date":
        a, b, c = (int(x) for x in words[0].split("/"))
        y = c + (2000 if c < 50 else 1900) if c < 100 else c
        for mm, dd in ((a, b), (b, a)):  # US order first (news wire), then day-first
            try:
                return "DATE", dt.date(y, mm, dd).isoformat(), None
            except ValueError:
                continue
        return None
    if rule in ("month_day_year", "day_month_year"):
        try:
            return "DATE", dt.date(year, month, day).isoformat(), None
        except (ValueError, TypeError):
            return None
    if rule in ("month_day", "day_month"):
        if month is None or day is None:
            return None
        d = resolve_month_day(month, day, dct, ctx.tense)
        return ("DATE", d.isoformat(), None) if d else None
    if rule == "month_year":
        return "DATE", f"{year}-{month:02d}", mod
    if rule == "month":
        y = resolve_month(month, dct, ctx.tense, rel if relword in ("last", "next", "this", "past", "coming") else None)
        return "DATE", f"{y}-{month:02d}", mod
    if rule == "year":
        w = words[-1]
        if w.startswith("fy"):
            y = int(w[2:])
            y = y + 2000 if y < 100 else y
            return "DATE", f"FY{y}", None
        if m := re.match(r"^(early|mid|late)-(\d{4})$", w):
            return "DATE", m[2], {"early": "START", "mid": "MID", "late": "END"}[m[1]]
        if "fiscal" in words:
            return "DATE", f"FY{year}", mod
        return "DATE", str(year), mod
    if rule == "year_range":
        return "DATE", words[0][:4], None  # split into two timexes by the caller
    if rule == "holiday":
        d = resolve_holiday(" ".join(words), dct, ctx.tense)
        return ("DATE", d.isoformat(), None) if d else None
    if rule == "decade":
        if m := re.match(r"^(early|mid|late)-", words[-1]):
            mod = {"early": "START", "mid": "MID", "late": "END"}[m[1]]
        digits = re.sub(r"\D", "", "".join(words))
        if len(digits) == 2:  # '90s
            digits = ("19" if int(digits[0]) >= 3 else "20") + digits[0]
        return "DATE", digits[:3], mod
    if rule == "century":
        n = None
        for w in words:
            if m := re.match(r"^(\d+)(st|nd|rd|th)$", w):
                n = int(m[1])
            elif w in lx["ordinals"] and w not in ("first", "final", "last"):
                n = lx["ordinals"][w]
        if "twenty" in words and "first" in words:
            n = 21
        if n is None:
            return None
        return "DATE", f"{n - 1:02d}", mod
    if rule == "weekday":
        r = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(relword or "", None)
        tense = ctx.tense if relword != "this" else (ctx.tense or "future")
        d = resolve_weekday(wd, dct, tense, r)
        return "DATE", d.isoformat() + _pod_suffix(words), mod
    if rule == "deictic":
        w = next(w for w in words if w in lx["deictic"])
        off = lx["deictic"][w]
        if "before" in words:
            off -= 1
        elif "after" in words:
            off += 1
        d = dct + dt.timedelta(days=off)
        suffix = _pod_suffix(words) or ("TNI" if w == "tonight" else "")
        return "DATE", d.isoformat() + suffix, None
    if rule == "part_of_day":
        if words[-1] in ("day", "week", "month", "year"):
            unit = {"day": "D", "week": "W", "month": "M", "year": "Y"}[words[-1]]
            a, gran = ctx.anchor_date(unit)
            return "DATE", fmt_unit(a, unit), mod
        if "yesterday" in words or ("last" in words and words[-1] == "night"):
            base = dct - dt.timedelta(days=1)
        elif "tomorrow" in words:
            base = dct + dt.timedelta(days=1)
        elif "this" in words:
            base = dct
        else:
            base = ctx.anchor_date("D")[0]
        return "DATE", base.isoformat() + _pod_suffix(words), mod
    if rule == "clock":
        return _clock(words, ctx)
    if rule == "ref":
        w = " ".join(words)
        val = lx["refs"].get(w) or lx["ref_phrases"].get(w)
        return ("DATE", val, None) if val else None
    if rule == "set":
        return _set(words)
    if rule == "earlier_this":
        unit = _unit(words)
        r = lx["relative"].get(words[1], 0)
        base = _anchor_or_dct(ctx, words[1])
        return "DATE", fmt_unit(shift(base, r if words[1] != "that" else 0, unit), unit), None
    if rule == "unit_of":
        return _unit_of(words, ctx, mod)
    if rule == "quarter":
        return _quarter(words, ctx)
    if rule == "season":
        season = next(lx["seasons"][w] for w in words if w in lx["seasons"])
        if year is not None:
            return "DATE", f"{year}-{season}", mod
        r = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "this": 0}.get(relword or "", None)
        return "DATE", resolve_season(season, dct, r, ctx.tense), mod
    if rule in ("ago", "from_now", "anaphor_offset"):
        unit = _unit(words)
        n = _number(words)
        q = _qmod(words)
        sign = -1 if rule == "ago" or any(w in ("earlier", "before", "prior", "previously") for w in words) else 1
        if n is None:
            n = "X" if words[0] in ("several", "many", "few") or unit in ("Y", "DE", "CE") and words[0].endswith("s") else 1
        if words[0] in ("years", "decades", "months", "weeks", "days", "centuries") and n == 1:
            n = "X"
        if n == "X":
            return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", None
        base, agran = (dct, "D") if rule != "anaphor_offset" else ctx.anchor_date()
        target = shift(base, sign * float(n), unit)
        out_unit = "D" if unit in ("D", "W", "WE", "FN", "H", "MIN", "S") else unit
        if UNIT_ORDER.get(agran, 3) > UNIT_ORDER.get(out_unit, 3):
            out_unit = agran
        qmap = {"MORE_THAN": "BEFORE" if sign < 0 else "AFTER", "LESS_THAN": "AFTER" if sign < 0 else "BEFORE",
                "APPROX": "APPROX", "EQUAL_OR_MORE": "ON_OR_BEFORE" if sign < 0 else "ON_OR_AFTER"}
        return "DATE", fmt_unit(target, out_unit), qmap.get(q or "", None)
    if rule == "rel_unit":
        unit = _unit(words)
        if unit is None:
            return None
        if words[-1] == "day" and words[0] == "the" and len(words) == 2:
            a, gran = ctx.anchor_date("D")
            return "DATE", fmt_unit(a, "D"), None
        if words == ["the", "year"]:
            return "DATE", fmt_unit(ctx.anchor_date("Y")[0], "Y"), None
        if words == ["the", "weekend"]:
            return "DATE", fmt_unit(ctx.anchor_date("D")[0], "WE"), None
        anaphoric = relword in ("that", "same", "following", "previous", "preceding", "prior") or (
            words[0] == "the" and relword in ("next",) and unit in ("D", "W", "M", "Y"))
        if anaphoric and not (
                relword in ("previous", "following") and not ctx.has_anchor):
            base, gran = ctx.anchor_date(unit)
            r = rel or 0
            if UNIT_ORDER[unit] < UNIT_ORDER.get(gran, 3):
                return ("DATE", "XXXX-XX-XX", None) if r else ("DATE", fmt_unit(base, gran), None)
            return "DATE", fmt_unit(shift(base, r, unit), unit), mod
        if ctx.prev in ("over", "throughout", "within") and relword in ("past", "last", "next", "coming"):
            return "DURATION", duration_value(1, unit), None
        return "DATE", fmt_unit(shift(dct, rel or 0, unit), unit), mod
    if rule == "unit_after":
        unit = _unit(words)
        r = 1 if words[-1] in ("after", "later", "following") else -1
        base, gran = ctx.anchor_date(unit)
        if UNIT_ORDER[unit] < UNIT_ORDER.get(gran, 3):
            return "DATE", "XXXX-XX-XX", None
        return "DATE", fmt_unit(shift(base, r, unit), unit), None
    if rule == "rel_duration":
        unit = _unit(words)
        n = _number([w for w in words if w not in ("a",)])
        plural = words[-1].endswith("s")
        if n is None:
            n = "X" if plural else 1
        return "DURATION", duration_value(n, unit), None
    if rule == "duration":
        unit = _unit(words)
        if unit is None:
            return None
        n = _number(words)
        if n is None:
            n = "X"
        return "DURATION", duration_value(n, unit), _qmod(words)
    return None


def _anchor_or_dct(ctx: Context, word: str) -> dt.date:
    if word == "that" and ctx.has_anchor:
        return ctx.anchor_date()[0]
    return ctx.dct


def _pod_suffix(words: list[str]) -> str:
    pods = lexicon()["parts_of_day"]
    for w in words:
        if w in pods:
            return "T" + pods[w]
    return ""


def _clock(words: list[str], ctx: Context) -> tuple[str, str, str | None] | None:
    lx = lexicon()
    hh = mm = None
    txt = " ".join(words)
    if "noon" in words:
        hh, mm = 12, 0
    elif "midnight" in words:
        hh, mm = 0, 0
    elif m := re.search(r"\b([01]?\d|2[0-3])(?:[:.]([0-5]\d))?\s?(am|pm|a\.m\.|p\.m\.|o'clock)?", txt):
        hh, mm = int(m[1]), int(m[2] or 0)
        if m[3] in ("pm", "p.m.") and hh < 12:
            hh += 12
        if m[3] in ("am", "a.m.") and hh == 12:
            hh = 0
        if m[2] is None and m[3] is None:
            return None
    if hh is None:
        return None
    base = ctx.anchor_date("D")[0]
    for w in words:
        if w in lx["deictic"]:
            base = ctx.dct + dt.timedelta(days=lx["deictic"][w])
        elif w in lx["weekdays"]:
            base = resolve_weekday(lx["weekdays"][w], ctx.dct, ctx.tense)
    zone = "Z" if any(w in ("utc", "gmt") for w in words) else ""
    return "TIME", f"{base.isoformat()}T{hh:02d}:{mm:02d}{zone}", None


def _set(words: list[str]) -> tuple[str, str, str | None]:
    lx = lexicon()
    if len(words) == 1 and words[0] in lx["set_words"]:
        return "SET", lx["set_words"][words[0]], None
    for w in words:
        if w in lx["weekdays"]:
            return "SET", f"XXXX-WXX-{lx['weekdays'][w] + 1}", None
        if w in lx["parts_of_day"]:
            return "SET", f"XXXX-XX-XXT{lx['parts_of_day'][w]}", None
    unit = _unit(words) or "D"
    n = 2 if "other" in words else 1
    num = _number([w for w in words[:-1] if w not in ("a", "an", "per", "each", "every", "times", "once", "twice")])
    if words[0] == "every" and isinstance(num, float):
        n = num
    return "SET", duration_value(n, unit), None


def _quarter(words: list[str], ctx: Context) -> tuple[str, str, str | None] | None:
    year = next((int(w) for w in words if re.match(_YEAR, w)), None)
    n = None
    half = "half" in words or any(re.match(r"^h[12]$", w) for w in words)
    for w in words:
        if m := re.match(r"^q([1-4])$|^([1-4])q$|^h([12])$", w):
            n = int(m[1] or m[2] or m[3])
        elif w in ("first", "1st"):
            n = 1
        elif w in ("second", "2nd"):
            n = 2
        elif w in ("third", "3rd"):
            n = 3
        elif w in ("fourth", "4th"):
            n = 4
        elif w == "final":
            n = 2 if half else 4
    if n is None or (half and n > 2):
        return None
    if year is None:
        y = ctx.dct.year
        if "last" in words:
            y -= 1
        elif "next" in words:
            y += 1
        elif ctx.tense == "past" and ((n - 1) * (6 if half else 3) + 1) > ctx.dct.month:
            y -= 1  # "sales in the final quarter dropped" written in January: last year's quarter
        elif ctx.tense == "future" and (n * (6 if half else 3)) < ctx.dct.month:
            y += 1
        year = y
    return "DATE", f"{year}-{'H' if half else 'Q'}{n}", None


def _unit_of(words: list[str], ctx: Context, mod: str | None) -> tuple[str, str, str | None] | None:
    i = words.index("of")
    head, rest = words[:i], words[i + 1:]
    if "half" in head or "part" in head:
        first = "first" in head
        inner = _unit_of_inner(rest, ctx)
        if inner and re.match(r"^\d{4}$", inner):
            return "DATE", f"{inner}-H{1 if first else 2}", None
        return ("DATE", inner, "START" if first else "END") if inner else None
    if head and head[-1] == "week":
        inner = _unit_of_inner(rest, ctx)
        iv = value_interval(inner)
        if iv is None or iv[2] != "month":
            return None
        ords = {"first": 0, "second": 1, "third": 2, "fourth": 3}
        day = iv[1] if head[-2] in ("last", "final") else iv[0] + dt.timedelta(days=7 * ords[head[-2]])
        return "DATE", fmt_unit(day, "W"), None
    hmod = {"beginning": "START", "start": "START", "end": "END", "close": "END", "middle": "MID", "turn": "START",
            "rest": "END", "remainder": "END"}
    m = next((hmod[w] for w in head if w in hmod), None)
    inner = _unit_of_inner(rest, ctx)
    if inner is None:
        return None
    return "DATE", inner, m


def _unit_of_inner(rest: list[str], ctx: Context) -> str | None:
    lx = lexicon()
    months = lx["months"]
    year = next((int(w) for w in rest if re.match(_YEAR, w)), None)
    month = next((months[w] for w in rest if w in months), None)
    if month and year:
        return f"{year}-{month:02d}"
    if year:
        return str(year)
    if month:
        return f"{resolve_month(month, ctx.dct, ctx.tense):04d}-{month:02d}"
    if rest and re.match(r"^\d{4}s$", rest[-1]):
        return rest[-1][:3]
    unit = _unit(rest)
    if unit is None:
        return None
    r = lx["relative"].get(rest[0], 0) if rest[0] != "the" else 0
    base = ctx.dct
    if rest[0] == "that" and ctx.has_anchor:
        base = ctx.anchor_date(unit)[0]
    return fmt_unit(shift(base, r, unit), unit)
