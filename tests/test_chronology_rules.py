"""Calendar arithmetic of the TIMEX3 normaliser against fixed article dates (no spaCy needed)."""

from __future__ import annotations

import datetime as dt

import pytest

from newslab.extract.timex_normalise import Context, duration_value, normalise
from newslab.extract.timexes import (
    add_months, easter, holiday_date, fmt_unit, resolve_month, resolve_month_day, resolve_season, resolve_weekday, value_interval,
)

MON = dt.date(2024, 7, 15)  # a Monday
SUN, TUE, FRI = 6, 1, 4


# --- weekdays ------------------------------------------------------------------------------

def test_weekday_is_the_article_date_when_it_is_that_weekday():
    assert resolve_weekday(0, MON, "past") == MON
    assert resolve_weekday(0, MON, "future") == MON
    assert resolve_weekday(0, MON, None) == MON


def test_weekday_past_tense_goes_back():
    assert resolve_weekday(SUN, MON, "past") == dt.date(2024, 7, 14)
    assert resolve_weekday(TUE, MON, "past") == dt.date(2024, 7, 9)  # six days back, not tomorrow


def test_weekday_future_tense_goes_forward():
    assert resolve_weekday(SUN, MON, "future") == dt.date(2024, 7, 21)
    assert resolve_weekday(TUE, MON, "future") == dt.date(2024, 7, 16)


def test_weekday_without_tense_takes_the_nearest():
    assert resolve_weekday(SUN, MON, None) == dt.date(2024, 7, 14)
    assert resolve_weekday(TUE, MON, None) == dt.date(2024, 7, 16)
    # Thursday from Monday: 4 days back or 3 ahead -> ahead
    assert resolve_weekday(3, MON, None) == dt.date(2024, 7, 18)


def test_last_and_next_weekday_skip_the_article_date():
    assert resolve_weekday(0, MON, None, rel=-1) == dt.date(2024, 7, 8)
    assert resolve_weekday(0, MON, None, rel=1) == dt.date(2024, 7, 22)
    assert resolve_weekday(FRI, MON, None, rel=-1) == dt.date(2024, 7, 12)


def test_weekday_across_the_year_boundary():
    new_year = dt.date(2025, 1, 1)  # a Wednesday
    assert resolve_weekday(FRI, new_year, "past") == dt.date(2024, 12, 27)
    assert resolve_weekday(FRI, dt.date(2024, 12, 30), "future") == dt.date(2025, 1, 3)


# --- months, month-days, seasons ----------------------------------------------------------

def test_month_by_tense_and_year_boundary():
    jan = dt.date(2024, 1, 10)
    assert resolve_month(12, jan, "past") == 2023
    assert resolve_month(12, jan, "future") == 2024
    assert resolve_month(1, jan, "past") == 2024  # the current month is not last year
    assert resolve_month(3, dt.date(2024, 12, 5), "future") == 2025
    assert resolve_month(9, dt.date(2009, 10, 12), None, rel=-1) == 2009  # "last September"
    assert resolve_month(10, dt.date(2009, 10, 12), None, rel=-1) == 2008
    assert resolve_month(2, dt.date(2009, 10, 12), None, rel=1) == 2010


def test_month_day_without_year():
    assert resolve_month_day(12, 28, dt.date(2023, 1, 2), "past") == dt.date(2022, 12, 28)
    assert resolve_month_day(12, 28, dt.date(2023, 1, 2), None) == dt.date(2022, 12, 28)  # nearest
    assert resolve_month_day(1, 3, dt.date(2024, 12, 30), "future") == dt.date(2025, 1, 3)
    assert resolve_month_day(4, 7, dt.date(2024, 7, 15), "future") == dt.date(2025, 4, 7)
    assert resolve_month_day(4, 7, dt.date(2024, 7, 15), "past") == dt.date(2024, 4, 7)
    assert resolve_month_day(2, 29, dt.date(2023, 6, 1), None) == dt.date(2024, 2, 29)  # only leap year has it
    assert resolve_month_day(2, 30, dt.date(2023, 6, 1), None) is None


def test_seasons():
    assert resolve_season("SU", dt.date(2024, 7, 15), 0) == "2024-SU"
    assert resolve_season("SU", dt.date(2024, 7, 15), -1) == "2023-SU"
    assert resolve_season("SU", dt.date(2024, 10, 1), -1) == "2024-SU"
    assert resolve_season("WI", dt.date(2024, 1, 15), 0) == "2023-WI"  # winter 2023/24
    assert resolve_season("WI", dt.date(2024, 7, 15), -1) == "2023-WI"


# --- formatting and intervals ---------------------------------------------------------------

def test_iso_weeks_at_year_boundaries():
    assert fmt_unit(dt.date(2024, 12, 30), "W") == "2025-W01"
    assert fmt_unit(dt.date(2021, 1, 2), "W") == "2020-W53"
    assert fmt_unit(dt.date(2024, 7, 14), "WE") == "2024-W28-WE"


def test_units_never_pad_to_a_day():
    d = dt.date(2024, 7, 14)
    assert [fmt_unit(d, u) for u in ("D", "M", "Q", "Y", "DE", "CE")] == ["2024-07-14", "2024-07", "2024-Q3", "2024", "202", "20"]
    assert add_months(dt.date(2024, 1, 31), 1) == dt.date(2024, 2, 29)


@pytest.mark.parametrize("value,first,last,gran", [
    ("2011", "2011-01-01", "2011-12-31", "year"),
    ("2019-11", "2019-11-01", "2019-11-30", "month"),
    ("2024-07-14", "2024-07-14", "2024-07-14", "day"),
    ("2024-07-14TMO", "2024-07-14", "2024-07-14", "day"),
    ("2024-W28", "2024-07-08", "2024-07-14", "week"),
    ("2024-W28-WE", "2024-07-13", "2024-07-14", "week"),
    ("2008-Q4", "2008-10-01", "2008-12-31", "quarter"),
    ("2009-H1", "2009-01-01", "2009-06-30", "half"),
    ("2009-SU", "2009-06-01", "2009-08-31", "season"),
    ("2023-WI", "2023-12-01", "2024-02-29", "season"),
    ("201", "2010-01-01", "2019-12-31", "decade"),
    ("19", "1900-01-01", "1999-12-31", "century"),
])
def test_value_interval(value, first, last, gran):
    assert value_interval(value) == (dt.date.fromisoformat(first), dt.date.fromisoformat(last), gran)


@pytest.mark.parametrize("value", ["PAST_REF", "PRESENT_REF", "P10Y", "PXY", "XXXX-XX-XX", None, ""])
def test_vague_values_have_no_interval(value):
    assert value_interval(value) is None


def test_duration_values():
    assert duration_value(1, "DE") == "P10Y"
    assert duration_value(5, "M") == "P5M"
    assert duration_value(30, "MIN") == "PT30M"
    assert duration_value(2.5, "Y") == "P2Y6M"  # TimeBank gold writes the fraction in months
    assert duration_value("X", "Y") == "PXY"
    assert duration_value(1, "FN") == "P2W"


# --- normaliser on token lists ------------------------------------------------------------

def ctx(date="2024-07-15", tense=None, anchors=()):
    return Context(dt.date.fromisoformat(date), tense, anchors[-1] if anchors else None, list(anchors))


@pytest.mark.parametrize("rule,words,date,expected", [
    ("deictic", ["yesterday"], "2024-01-01", ("DATE", "2023-12-31", None)),
    ("deictic", ["tomorrow"], "2024-12-31", ("DATE", "2025-01-01", None)),
    ("deictic", ["tonight"], "2024-07-15", ("TIME", "2024-07-15TNI", None)),
    ("rel_unit", ["last", "month"], "2024-01-10", ("DATE", "2023-12", None)),
    ("rel_unit", ["next", "year"], "2024-12-31", ("DATE", "2025", None)),
    ("rel_unit", ["last", "week"], "2025-01-02", ("DATE", "2024-W52", None)),
    ("rel_unit", ["this", "weekend"], "2010-01-25", ("DATE", "2010-W04-WE", None)),
    ("rel_unit", ["the", "past", "decade"], "2011-01-17", ("DATE", "200", None)),
    ("rel_unit", ["last", "quarter"], "2024-02-01", ("DATE", "2023-Q4", None)),
    ("ago", ["a", "week", "ago"], "2011-03-18", ("DATE", "2011-03-11", None)),
    ("ago", ["two", "years", "ago"], "2024-07-15", ("DATE", "2022", None)),
    ("ago", ["three", "months", "ago"], "2024-02-10", ("DATE", "2023-11", None)),
    ("ago", ["more", "than", "two", "years", "ago"], "2024-07-15", ("DATE", "2022", "BEFORE")),
    ("ago", ["years", "ago"], "2024-07-15", ("DATE", "PAST_REF", None)),
    ("from_now", ["two", "weeks", "from", "now"], "2024-12-25", ("DATE", "2025-01-08", None)),
    ("earlier_this", ["earlier", "this", "month"], "2024-07-15", ("DATE", "2024-07", None)),
    ("earlier_this", ["later", "this", "year"], "2024-07-15", ("DATE", "2024", None)),
    ("duration", ["more", "than", "a", "decade"], "2024-07-15", ("DURATION", "P10Y", "MORE_THAN")),
    ("duration", ["nearly", "five", "months"], "2024-07-15", ("DURATION", "P5M", "LESS_THAN")),
    ("duration", ["about", "two", "years"], "2024-07-15", ("DURATION", "P2Y", "APPROX")),
    ("duration", ["four", "-", "week"], "2024-07-15", ("DURATION", "P4W", None)),
    ("rel_duration", ["recent", "years"], "2024-07-15", ("DURATION", "PXY", None)),
    ("rel_duration", ["the", "past", "five", "trading", "days"], "2011-03-18", ("DURATION", "P5D", None)),
    ("set", ["every", "monday"], "2024-07-15", ("SET", "XXXX-WXX-1", None)),
    ("set", ["twice", "a", "week"], "2024-07-15", ("SET", "P1W", None)),
    ("set", ["annually"], "2024-07-15", ("SET", "P1Y", None)),
    ("ref", ["recently"], "2024-07-15", ("DATE", "PAST_REF", None)),
    ("ref", ["currently"], "2024-07-15", ("DATE", "PRESENT_REF", None)),
    ("ref", ["the", "future"], "2024-07-15", ("DATE", "FUTURE_REF", None)),
    ("ref", ["soon"], "2024-07-15", ("DATE", "FUTURE_REF", None)),
    ("month", ["early", "june"], "2009-05-14", ("DATE", "2009-06", "START")),
    ("year", ["mid-2009"], "2024-07-15", ("DATE", "2009", "MID")),
    ("year", ["late", "2011"], "2024-07-15", ("DATE", "2011", "END")),
    ("decade", ["the", "1990s"], "2024-07-15", ("DATE", "199", None)),
    ("decade", ["the", "'", "90s"], "2024-07-15", ("DATE", "199", None)),
    ("century", ["the", "19th", "century"], "2024-07-15", ("DATE", "18", None)),
    ("quarter", ["the", "fourth", "quarter", "of", "2008"], "2024-07-15", ("DATE", "2008-Q4", None)),
    ("quarter", ["q4", "2008"], "2024-07-15", ("DATE", "2008-Q4", None)),
    ("season", ["the", "summer", "of", "2009"], "2024-07-15", ("DATE", "2009-SU", None)),
    ("unit_of", ["the", "beginning", "of", "the", "year"], "2008-04-09", ("DATE", "2008", "START")),
    ("unit_of", ["the", "end", "of", "2009"], "2024-07-15", ("DATE", "2009", "END")),
    ("clock", ["16:00", "utc", "today"], "2009-06-01", ("TIME", "2009-06-01T16:00Z", None)),
    ("clock", ["3", "p.m."], "2009-06-01", ("TIME", "2009-06-01T15:00", None)),
    ("month_day_year", ["february", "24", ",", "1955"], "2011-10-06", ("DATE", "1955-02-24", None)),
    ("numeric_date", ["7/8/07"], "2007-07-09", ("DATE", "2007-07-08", None)),
    ("iso_date", ["2024", "-", "07", "-", "14"], "2024-07-15", ("DATE", "2024-07-14", None)),
    ("year", ["fiscal", "2008"], "2024-07-15", ("DATE", "2008", None)),  # TimeBank: the year number
    ("year", ["fy99"], "2024-07-15", ("DATE", "1999", None)),
    ("year", ["fy2012"], "2024-07-15", ("DATE", "2012", None)),
])
def test_normalise_rules(rule, words, date, expected):
    assert normalise(rule, words, ctx(date)) == expected


def test_weekday_rule_uses_tense():
    assert normalise("weekday", ["sunday"], ctx("2024-07-15", "past"))[1] == "2024-07-14"
    assert normalise("weekday", ["sunday"], ctx("2024-07-15", "future"))[1] == "2024-07-21"
    assert normalise("weekday", ["friday"], ctx("2008-09-18", "future"))[1] == "2008-09-19"
    assert normalise("weekday", ["friday"], ctx("2009-04-04", "past"))[1] == "2009-04-03"
    assert normalise("weekday", ["last", "sunday"], ctx("2024-07-15"))[1] == "2024-07-14"
    assert normalise("weekday", ["sunday", "morning"], ctx("2024-07-15", "past"))[1] == "2024-07-14TMO"


def test_month_rule_uses_tense_across_the_year_boundary():
    assert normalise("month", ["december"], ctx("2024-01-05", "past"))[1] == "2023-12"
    assert normalise("month", ["march"], ctx("2024-12-05", "future"))[1] == "2025-03"
    assert normalise("month", ["last", "september"], ctx("2009-10-12"))[1] == "2009-09"


def test_anaphora_anchor_on_the_previous_date():
    a = ["2009-04-03"]
    assert normalise("rel_unit", ["the", "same", "day"], ctx("2009-04-04", anchors=a))[1] == "2009-04-03"
    assert normalise("rel_unit", ["the", "next", "day"], ctx("2022-12-31", anchors=["2022-12-31"]))[1] == "2023-01-01"
    assert normalise("rel_unit", ["that", "year"], ctx("2024-07-15", anchors=["2011"]))[1] == "2011"
    assert normalise("unit_after", ["the", "year", "previous"], ctx("2010-01-28", anchors=["2009"]))[1] == "2008"
    assert normalise("anaphor_offset", ["two", "days", "later"], ctx("2024-07-15", anchors=["2024-07-12"]))[1] == "2024-07-14"
    # "the day" after a year-level date anchors on the last day-level date, else the article date
    assert normalise("rel_unit", ["the", "day"], ctx("2009-04-04", anchors=["2009-04-03", "1983"]))[1] == "2009-04-03"
    assert normalise("rel_unit", ["the", "day"], ctx("2009-04-04", anchors=["1983"]))[1] == "2009-04-04"
    # no earlier date: "that year" is the article's year
    assert normalise("rel_unit", ["that", "year"], ctx("2024-07-15"))[1] == "2024"


def test_holiday_dates():
    assert easter(2024) == dt.date(2024, 3, 31) and easter(2025) == dt.date(2025, 4, 20)
    assert holiday_date("thanksgiving", 2024) == dt.date(2024, 11, 28)
    assert holiday_date("labor day", 2024) == dt.date(2024, 9, 2)
    assert holiday_date("memorial day", 2024) == dt.date(2024, 5, 27)
    assert holiday_date("new year 's eve", 2024) == dt.date(2024, 12, 31)
    assert holiday_date("not a holiday", 2024) is None
