"""Direction and anchoring of relative dates (issue 12, second pass), each on a sentence written here."""

from __future__ import annotations

import datetime as dt

import pytest

from newslab.extract.timexes import resolve_month
from timexkit import tx


def values(nlp, text: str, date: str) -> list[str]:
    return [t[2] for t in tx(nlp, text, date)]


# --- months without a year -----------------------------------------------------------------

def test_a_month_without_tense_is_the_nearest_one():
    jan = dt.date(2024, 1, 20)
    assert resolve_month(11, jan, None) == 2023  # two months back beats ten ahead
    assert resolve_month(3, jan, None) == 2024
    assert resolve_month(2, dt.date(2023, 10, 30), "present") == 2024
    assert resolve_month(7, dt.date(2024, 1, 20), None) == 2024  # half a year either way: the article's year


def test_a_possessive_month_written_early_in_the_year(nlp):
    assert values(nlp, "Revisions to December's sales figures came out on Friday.", "2024-02-09")[0] == "2023-12"


# --- weekdays and deadlines ----------------------------------------------------------------

def test_as_soon_as_looks_ahead(nlp):
    assert values(nlp, "The convoy could leave as soon as Tuesday, officials said.", "2024-07-17") == ["2024-07-23"]


def test_until_a_weekday_after_an_extension_is_a_deadline_ahead(nlp):
    got = values(nlp, "The agency extended the deadline until Friday.", "2024-07-15")
    assert got == ["2024-07-19"]


def test_until_a_weekday_in_the_past_perfect_looks_back(nlp):
    got = values(nlp, "Until Friday, the police had not named a suspect.", "2024-07-17")
    assert got == ["2024-07-12"]


def test_a_weekday_before_a_possessive_reports_a_past_day(nlp):
    assert values(nlp, "Shares rose above Thursday's closing price.", "2024-07-15") == ["2024-07-11"]


def test_is_to_with_an_infinitive_is_an_arrangement(nlp):
    assert values(nlp, "The ferry is to resume service Tuesday.", "2024-07-19") == ["2024-07-23"]


def test_effective_points_to_the_nearest_date(nlp):
    assert values(nlp, "The board created a new post, effective Feb. 1.", "2023-10-26") == ["2024-02-01"]


# --- clock times with a date ---------------------------------------------------------------

def test_a_clock_time_takes_the_date_written_after_it(nlp):
    got = tx(nlp, "The offer was extended until 5 p.m. EST Nov. 9.", "2023-11-02")
    assert got == [("5 p.m. EST Nov. 9", "TIME", "2023-11-09T17:00", None)]
    got = tx(nlp, "The talks opened at 16:15 UTC, June 3, in Geneva.", "2024-06-05")
    assert got[0] == ("16:15 UTC", "TIME", "2024-06-03T16:15Z", None)


# --- counts --------------------------------------------------------------------------------

def test_a_fraction_counts_in_the_next_smaller_unit(nlp):
    assert tx(nlp, "The refugees waited 2 1/2 years for a hearing.", "2024-07-15") == [("2 1/2 years", "DURATION", "P2Y6M", None)]
    assert tx(nlp, "The minister spent 5 1/2 hours in the capital.", "2024-07-15") == [("5 1/2 hours", "DURATION", "PT5H30M", None)]


def test_a_couple_is_two(nlp):
    assert tx(nlp, "Prices will stay high for a couple of years.", "2024-07-15") == [("a couple of years", "DURATION", "P2Y", None)]


def test_a_spoken_count_without_a_hyphen(nlp):
    got = tx(nlp, "In the last twenty four hours the river rose again.", "2024-07-15")
    assert got == [("the last twenty four hours", "DURATION", "PT24H", None)]


# --- names and reporting periods -----------------------------------------------------------

def test_a_capitalised_unit_inside_a_sentence_is_a_programme_name(nlp):
    assert tx(nlp, "The senator said on NBC's \"This Week\" that talks would go on.", "2024-07-15") == []
    assert tx(nlp, "She told \"60 Minutes\" about the fraud.", "2024-07-15") == []
    assert tx(nlp, "The fraud lasted 60 minutes.", "2024-07-15") == [("60 minutes", "DURATION", "PT60M", None)]


def test_the_fiscal_year(nlp):
    got = tx(nlp, "In the fiscal year ended June 30, the firm lost money.", "2023-10-05")
    assert got[0] == ("the fiscal year", "DURATION", "P1Y", None)
    assert tx(nlp, "Margins should widen throughout the fiscal year.", "2023-10-05") == [("the fiscal year", "DURATION", "P1Y", None)]
    assert tx(nlp, "The firm expects a loss for the fiscal year.", "2023-10-05") == [("the fiscal year", "DATE", "2023", None)]


# --- two days of one month -----------------------------------------------------------------

def test_a_bare_day_joined_to_a_date_shares_its_month(nlp):
    got = tx(nlp, "The summit will be held on April 24 and 25 in Oslo.", "2024-02-10")
    assert got == [("April 24", "DATE", "2024-04-24", None), ("25", "DATE", "2024-04-25", None)]
    got = tx(nlp, "The fair runs from 12 to 16 March.", "2024-02-10")
    assert got == [("12", "DATE", "2024-03-12", None), ("16 March", "DATE", "2024-03-16", None)]


def test_a_count_after_a_date_is_not_a_day(nlp):
    got = tx(nlp, "On April 24 and 25 people were hurt.", "2024-04-26")
    assert [t[0] for t in got] == ["April 24"]


# --- wire clock times and seasons ----------------------------------------------------------

def test_a_wire_service_clock_time_is_not_a_year(nlp):
    got = tx(nlp, "The quake struck at 4:30 a.m. local time (2030 GMT Tuesday).", "2024-07-17")
    assert ("2030 GMT Tuesday", "TIME", "2024-07-16T20:30Z", None) in got
    assert all(t[2] != "2030" for t in got)


def test_the_season_without_a_year_follows_the_tense(nlp):
    assert tx(nlp, "The president will visit Beijing in the autumn.", "2024-03-12") == [("the autumn", "DATE", "2024-FA", None)]
    assert tx(nlp, "Demand slumped over the summer.", "2024-10-02") == [("the summer", "DATE", "2024-SU", None)]
    assert tx(nlp, "After the fall of the city, trade stopped.", "2024-10-02") == []


def test_every_season_is_a_set(nlp):
    assert tx(nlp, "The festival takes place every summer.", "2024-03-12") == [("every summer", "SET", "XXXX-SU", None)]


def test_the_year_to_a_month_is_a_reporting_period(nlp):
    got = tx(nlp, "The airline carried 10 million passengers in the year to March.", "2024-05-20")
    assert got[0] == ("the year", "DURATION", "P1Y", None)


def test_the_quarter_ended_a_date_is_the_quarter_of_its_middle_month(nlp):
    got = tx(nlp, "In the quarter ended July 31, the retailer lost money.", "2023-10-30")
    assert got[0] == ("the quarter", "DATE", "2023-Q2", None)


def test_the_end_of_a_quarter_is_one_expression(nlp):
    got = tx(nlp, "The merger should close by the end of the third quarter.", "2024-03-12")
    assert got == [("the end of the third quarter", "DATE", "2024-Q3", "END")]


def test_the_end_of_a_month_range_follows_its_start(nlp):
    got = tx(nlp, "The hurricane season runs from June to November.", "2024-03-12")
    assert [t[2] for t in got] == ["2024-06", "2024-11"]


def test_named_days_may_day_and_election_day(nlp):
    assert tx(nlp, "Unions marched on May Day.", "2024-05-03") == [("May Day", "DATE", "2024-05-01", None)]
    assert tx(nlp, "Voters go to the polls on Election Day.", "2024-10-20") == [("Election Day", "DATE", "2024-11-05", None)]


def test_a_house_number_is_not_a_year(nlp):
    assert tx(nlp, "Protesters gathered outside 1600 Pennsylvania Avenue.", "2024-03-12") == []


def test_a_weekday_right_after_said_is_the_day_of_saying(nlp):
    got = tx(nlp, "The company said Tuesday it would close the plant next month.", "2024-03-13")
    assert got[0] == ("Tuesday", "DATE", "2024-03-12", None)


def test_midday_and_mid_afternoon(nlp):
    assert tx(nlp, "The judge will rule at midday.", "2024-03-12") == [("midday", "TIME", "2024-03-12T12:00", None)]
    got = tx(nlp, "In London at mid-afternoon yesterday, the shares were up.", "2024-03-12")
    assert got == [("mid-afternoon yesterday", "TIME", "2024-03-11TAF", "MID")]


def test_the_week_of_a_date_and_each_month(nlp):
    assert tx(nlp, "A hearing is set for the week of March 6.", "2024-02-20") == [("the week of March 6", "DATE", "2024-W10", None)]
    assert tx(nlp, "Marchers parade each July through the town.", "2024-02-20") == [("each July", "SET", "XXXX-07", None)]


def test_the_corresponding_period_after_a_quarter_is_that_quarter_a_year_back(nlp):
    got = tx(nlp, "Profit rose in the third quarter from the corresponding period last year.", "2023-10-30")
    assert got[-1] == ("the corresponding period last year", "DATE", "2022-Q3", None)


def test_single_day_and_day_long(nlp):
    assert tx(nlp, "It was the worst single-day fall since 2008.", "2024-03-12")[0] == ("single-day", "DURATION", "P1D", None)
    assert tx(nlp, "They left their third day-long meeting.", "2024-03-12") == [("day-long", "DURATION", "P1D", None)]


def test_the_next_morning_and_or_so(nlp):
    got = tx(nlp, "He was arrested on March 3 and appeared in court the next morning.", "2024-03-12")
    assert got[-1] == ("the next morning", "TIME", "2024-03-04TMO", None)
    assert tx(nlp, "Then, a week or so ago, the general chose a date.", "2024-03-12")[0] == ("a week or so ago", "DATE", "2024-03-05", None)


def test_generic_today_is_the_present(nlp):
    assert tx(nlp, "Jobs are scarce for today's youth.", "2024-03-12") == [("today", "DATE", "PRESENT_REF", None)]
    assert tx(nlp, "This is an exciting time at today's Nokia.", "2024-03-12")[-1] == ("today", "DATE", "PRESENT_REF", None)
    assert tx(nlp, "Today's meeting was cancelled.", "2024-03-12") == [("Today", "DATE", "2024-03-12", None)]


def test_the_first_count_of_a_range_is_its_own_duration(nlp):
    got = tx(nlp, "The process could take between 60 and 90 days.", "2024-03-12")
    assert got == [("60", "DURATION", "P60D", None), ("90 days", "DURATION", "P90D", None)]


def test_an_infinitive_under_a_past_governor_takes_the_nearest_date(nlp):
    got = tx(nlp, "The bank announced an agreement to acquire the lender in January.", "2023-11-02")
    assert got == [("January", "DATE", "2024-01", None)]
    got = tx(nlp, "The bank acquired the lender in January.", "2023-11-02")
    assert got == [("January", "DATE", "2023-01", None)]


def test_by_a_month_is_a_deadline_ahead(nlp):
    assert tx(nlp, "The mayor believes the bridge can open by December.", "2025-03-04") == [("December", "DATE", "2025-12", None)]


def test_a_day_a_past_event_happened_on_lies_before_the_article(nlp):
    # a yearless day weeks ahead would otherwise win over one most of a year back
    assert values(nlp, "The fire broke out on Jan. 9 in a warehouse.", "2023-11-20") == ["2023-01-09"]
    assert values(nlp, "The two men were detained on Dec. 28, 2 a.m. local time.", "2023-11-20")[0] == "2022-12-28"
    assert values(nlp, "The ferry sank at 4 p.m. on Jan. 9.", "2023-11-20") == ["2023-01-09T16:00", "2023-01-09"]
    # a plan, a report or a verb that is not past keeps the day ahead
    assert values(nlp, "The strike was scheduled on Jan. 9.", "2023-11-20") == ["2024-01-09"]
    assert values(nlp, "The ferry will sail on Jan. 9.", "2023-11-20") == ["2024-01-09"]
    assert values(nlp, "The board said it would vote on the offer, extended to Jan. 9.", "2023-11-20") == ["2024-01-09"]


def test_since_counts_from_a_date_before_the_article(nlp):
    # the tense rules would put a day three weeks ahead; "since" makes it last year's
    assert values(nlp, "Rents have climbed since April 2.", "2022-03-14") == ["2021-04-02"]
    assert values(nlp, "Divers have combed the lake since shortly after the April 2 crash.", "2022-03-14") == ["2021-04-02"]
    assert values(nlp, "The ferry will sail on April 2.", "2022-03-14") == ["2022-04-02"]


def test_later_than_planned_is_the_date_just_named(nlp):
    got = tx(nlp, "The bridge will reopen on June 20, two weeks later than originally planned.", "2023-05-02")
    assert got == [("June 20", "DATE", "2023-06-20", None),
                   ("two weeks later than originally planned", "DATE", "2023-06-20", None)]
    # without "than planned", "later" is a signal: the count is a duration (TimeML; TimeBank gold)
    assert values(nlp, "The bridge reopened on June 20. Two weeks later, it closed again.", "2023-08-02") == [
        "2023-06-20", "P2W"]
    # ... and the narrative still moves on by it
    assert values(nlp, "The bridge reopened on June 20. Two weeks later, it closed. The next day, it reopened.",
                  "2023-08-02") == ["2023-06-20", "P2W", "2023-07-05"]


def test_that_season_is_in_the_year_just_named(nlp):
    got = values(nlp, "The dam was approved in March 2014 and finished that autumn.", "2019-05-06")
    assert got == ["2014-03", "2014-FA"]
    assert values(nlp, "The river froze on Jan. 9, 2011, early in that winter.", "2019-05-06") == ["2011-01-09", "2010-WI"]


def test_that_month_and_the_following_season_follow_the_narrative(nlp):
    assert values(nlp, "The canal opened in 1904; that November it flooded.", "2019-05-06") == ["1904", "1904-11"]
    got = tx(nlp, "The team moved to Ohio in 2012. The following spring it won the cup.", "2019-05-06")
    assert got[1] == ("The following spring", "DATE", "2013-SP", None)
    assert values(nlp, "The mill shut in October 2015 and reopened the following summer.", "2019-05-06") == [
        "2015-10", "2016-SU"]


def test_the_following_or_previous_month_is_seen_from_the_date_just_named(nlp):
    got = tx(nlp, "The bill passed in the spring of 2017 and took effect the following January.", "2019-05-06")
    assert got[1] == ("the following January", "DATE", "2018-01", None)
    assert values(nlp, "The plant closed in 2009. It reopened the following March.", "2019-05-06") == ["2009", "2010-03"]
    assert values(nlp, "The merger closed in October 2015; talks had begun the previous March.", "2019-05-06") == [
        "2015-10", "2015-03"]


def test_that_same_unit_keeps_its_demonstrative(nlp):
    # "that same day" is one expression (AQUAINT gold), the day just named; "said that last week" is not
    got = tx(nlp, "The bridge reopened on March 9. Later that same day, traffic returned.", "2021-03-12")
    assert got == [("March 9", "DATE", "2021-03-09", None), ("that same day", "DATE", "2021-03-09", None)]
    got = tx(nlp, "She said that last week the plan failed.", "2021-03-12")
    assert got == [("last week", "DATE", "2021-W09", None)]


@pytest.mark.parametrize("text, extent, value", [
    ("The briefing starts at 9 a.m. PT on Friday.", "9 a.m. PT on Friday", "2024-05-03T09:00"),
    ("The market closed at 3 p.m. CST on Monday.", "3 p.m. CST on Monday", "2024-04-29T15:00"),
    ("The quake struck at 3 a.m. AEDT on Sunday.", "3 a.m. AEDT on Sunday", "2024-04-28T03:00"),
])
def test_a_clock_time_with_a_zone_abbreviation_takes_the_day_after_it(nlp, text, extent, value):
    # a named zone keeps the local time, as TimeBank writes it; the day after the zone dates the clock
    assert tx(nlp, text, "2024-05-02") == [(extent, "TIME", value, None)]
