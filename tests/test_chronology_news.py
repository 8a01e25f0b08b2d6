"""Time-expression rules for error categories seen on unseen news (issue 12), each on a sentence written here."""

from __future__ import annotations

import datetime as dt

import pytest

from newslab.extract.chronology import find_timexes
from newslab.extract.timexes import resolve_weekend
from timexkit import tx


# --- decades -------------------------------------------------------------------------------

def test_decades_without_an_apostrophe_need_the_article(nlp):
    assert tx(nlp, "Disco ruled the 70s before punk arrived.", "2024-07-15") == [("the 70s", "DATE", "197", None)]
    assert tx(nlp, "The city boomed in the eighties.", "2024-07-15") == [("the eighties", "DATE", "198", None)]
    assert tx(nlp, "Rents doubled in the mid-90s.", "2024-07-15") == [("the mid-90s", "DATE", "199", "MID")]


def test_a_two_digit_decade_is_the_latest_one_begun_by_the_article_date(nlp):
    assert tx(nlp, "Prices fell in the '20s.", "2024-07-15") == [("the '20s", "DATE", "202", None)]
    assert tx(nlp, "Prices fell in the '20s.", "2015-07-15") == [("the '20s", "DATE", "192", None)]


def test_a_decade_after_a_possessive_is_an_age(nlp):
    assert tx(nlp, "The singer, now in her seventies, still tours.", "2024-07-15") == [("now", "DATE", "PRESENT_REF", None)]


def test_vague_decades_keep_the_timeml_unit(nlp):
    """Convention (README, Chronology): PXDE, not MEANTIME's PXD, which TimeBank gold uses for days."""
    assert tx(nlp, "The feud lasted decades.", "2024-07-15") == [("decades", "DURATION", "PXDE", None)]


# --- weeks and weekends --------------------------------------------------------------------

def test_the_weekend_in_the_past_tense_is_the_one_just_gone():
    monday = dt.date(2024, 7, 15)
    assert resolve_weekend(monday, "past") == dt.date(2024, 7, 13)
    assert resolve_weekend(monday, "future") == dt.date(2024, 7, 20)
    assert resolve_weekend(dt.date(2024, 7, 14), "past") == dt.date(2024, 7, 14)


def test_over_the_weekend_written_on_a_monday(nlp):
    assert tx(nlp, "Rebels shelled the port over the weekend.", "2024-07-15") == [("the weekend", "DATE", "2024-W28-WE", None)]
    assert tx(nlp, "Rebels will march on the port at the weekend.", "2024-07-15") == [("the weekend", "DATE", "2024-W29-WE", None)]


def test_this_week_written_on_a_sunday_looks_ahead(nlp):
    assert tx(nlp, "The envoys will meet this week.", "2024-07-14") == [("this week", "DATE", "2024-W29", None)]
    assert tx(nlp, "The envoys met this week.", "2024-07-14") == [("this week", "DATE", "2024-W28", None)]


# --- clock times with a UTC offset ---------------------------------------------------------

def test_a_clock_time_with_an_offset_is_converted_to_utc(nlp):
    got = tx(nlp, "The ferry sank at 6:40 p.m. (GMT +8) near the island.", "2024-07-15")
    assert got == [("6:40 p.m.", "TIME", "2024-07-15T10:40Z", None)]


def test_an_offset_can_move_the_date(nlp):
    got = tx(nlp, "The quake struck at 2:15 a.m. (UTC+9) on the coast.", "2024-07-15")
    assert got == [("2:15 a.m.", "TIME", "2024-07-14T17:15Z", None)]


def test_a_zone_name_without_an_offset_keeps_the_local_time(nlp):
    assert tx(nlp, "The vote closed at 8 p.m. EST yesterday.", "2024-07-15")[0][2] == "2024-07-14T20:00"


# --- present and past references -----------------------------------------------------------

def test_current_and_recent_before_a_noun_are_references(nlp):
    got = tx(nlp, "The current drought follows recent floods in the valley.", "2024-07-15")
    assert got == [("current", "DATE", "PRESENT_REF", None), ("recent", "DATE", "PAST_REF", None)]


@pytest.mark.parametrize("text", [
    "The current account deficit widened.",
    "The river's current was strong.",
    "It was the most recent of the raids.",
])
def test_current_and_recent_that_name_no_time(nlp, text):
    assert tx(nlp, text, "2024-07-15") == []


def test_more_recently_and_right_now_are_one_expression(nlp):
    assert tx(nlp, "More recently, the mill has closed.", "2024-07-15") == [("More recently", "DATE", "PAST_REF", None)]
    assert tx(nlp, "The pumps are failing right now.", "2024-07-15") == [("right now", "DATE", "PRESENT_REF", None)]


def test_sentence_initial_now_with_a_comma_is_a_discourse_marker(nlp):
    assert tx(nlp, "Now, the mayor says, the budget is gone.", "2024-07-15") == []
    assert tx(nlp, "The budget is now gone.", "2024-07-15") == [("now", "DATE", "PRESENT_REF", None)]


# --- reporting periods ---------------------------------------------------------------------

def test_the_year_ended_a_date_is_a_duration(nlp):
    got = tx(nlp, "The brewer lost $3 million in the year ended March 31.", "2024-07-15")
    assert got[0] == ("the year", "DURATION", "P1Y", None)


def test_the_year_ago_level_is_not_this_year(nlp):
    """Not "the year" (this year): "year-ago" names the comparison year, as TimeBank marks it."""
    assert tx(nlp, "Sales rose from the year-ago level.", "2024-07-15") == [("year-ago", "DATE", "2023", None)]


# --- earnings reports ----------------------------------------------------------------------

def test_the_quarter_of_a_report_is_the_last_completed_one(nlp):
    got = tx(nlp, "The miner said its net income in the quarter fell 12% from the year-ago quarter.", "2024-07-25")
    assert got == [("the quarter", "DATE", "2024-Q2", None), ("the year-ago quarter", "DATE", "2023-Q2", None)]


def test_the_latest_quarter_follows_a_quarter_named_before(nlp):
    got = tx(nlp, "First-quarter sales rose 4%. In the latest quarter, costs rose, and in the year-earlier period they fell.",
             "2024-05-02")
    assert got[1:] == [("the latest quarter", "DATE", "2024-Q1", None), ("the year-earlier period", "DATE", "2023-Q1", None)]


def test_annual_amounts_are_one_period_long(nlp):
    # "annual loss" is a year's amount (MEANTIME gold); "quarterly sales" is left unmarked (TimeBank gold 1 of 3)
    got = tx(nlp, "The carmaker posted an annual loss, and its quarterly sales fell.", "2024-07-25")
    assert got == [("annual", "DURATION", "P1Y", None)]


def test_annual_and_quarterly_events_are_not_timexes(nlp):
    assert tx(nlp, "The board raised the quarterly dividend at the annual meeting.", "2024-07-25") == []


# --- holidays and named days ---------------------------------------------------------------

def test_holidays_with_a_year_or_a_relative_word(nlp):
    got = tx(nlp, "Shops were busy last Christmas, and sales at Christmas 2019 were weak.", "2024-07-25")
    assert got == [("last Christmas", "DATE", "2023-12-25", None), ("Christmas 2019", "DATE", "2019-12-25", None)]
    assert tx(nlp, "The parade resumes next Easter.", "2024-07-25") == [("next Easter", "DATE", "2025-04-20", None)]


def test_black_monday_is_one_named_day(nlp):
    """A named day is its historical date (lexicon ``named_days``), not the Monday before the article."""
    assert tx(nlp, "Shares crashed on Black Monday.", "2024-07-24") == [("Black Monday", "DATE", "1987-10-19", None)]


# --- comparisons across years, vague futures, same-day refinements -------------------------

def test_the_same_period_last_year_follows_the_period_named_before(nlp):
    got = tx(nlp, "Exports rose 9% in April compared with the same period last year.", "2024-05-20")
    assert got == [("April", "DATE", "2024-04", None), ("the same period last year", "DATE", "2023-04", None)]


def test_a_year_earlier_than_a_quarter_is_that_quarter_a_year_before(nlp):
    got = tx(nlp, "Second-quarter revenue was $8 million, against $6 million a year earlier.", "2024-07-30")
    assert got == [("Second-quarter", "DATE", "2024-Q2", None), ("a year earlier", "DATE", "2023-Q2", None)]


def test_the_long_and_near_term_are_future_references(nlp):
    assert tx(nlp, "Prices may ease in the near term.", "2024-07-15") == [("the near term", "DATE", "FUTURE_REF", None)]


def test_earlier_today_is_one_expression(nlp):
    assert tx(nlp, "The minister resigned earlier today.", "2024-07-15") == [("earlier today", "DATE", "2024-07-15", None)]


def test_a_year_ago_after_a_reported_quarter_is_that_quarter_a_year_before(nlp):
    got = tx(nlp, "Third-quarter profit rose to $9 million from $7 million a year ago.", "2024-10-28")
    assert got == [("Third-quarter", "DATE", "2024-Q3", None), ("a year ago", "DATE", "2023-Q3", None)]
    assert tx(nlp, "The law passed a year ago.", "2024-10-28") == [("a year ago", "DATE", "2023", None)]


# --- extents and conjunctions --------------------------------------------------------------

def test_early_next_year_takes_its_modifier(nlp):
    assert tx(nlp, "The plant should reopen early next year.", "2024-07-15") == [("early next year", "DATE", "2025", "START")]


def test_as_soon_as_is_a_conjunction(nlp):
    assert tx(nlp, "The ferry will sail as soon as the storm passes.", "2024-07-15") == []
    assert tx(nlp, "Repairs will start as soon as possible.", "2024-07-15") == [("as soon as possible", "DATE", "FUTURE_REF", None)]


def test_a_month_followed_by_last_year_takes_that_year(nlp):
    # One expression, as TimeBank marks it; with "of" the two stay apart, as MEANTIME marks them.
    got = tx(nlp, "The dam burst in June last year.", "2024-03-10")
    assert got == [("June last year", "DATE", "2023-06", None)]
    got = tx(nlp, "The dam will be rebuilt by October of next year.", "2024-03-10")
    assert got == [("October", "DATE", "2025-10", None), ("next year", "DATE", "2025", None)]


def test_currently_dates_a_verb_not_a_title(nlp):
    assert tx(nlp, "The plant currently employs 300 people.", "2024-07-15") == [("currently", "DATE", "PRESENT_REF", None)]
    assert tx(nlp, "Anna Berg, currently deputy mayor, will succeed him.", "2024-07-15") == []


# --- yearless dates: nearness beats a tense that belongs to the reporting verb ---------------

def test_a_yearless_day_weeks_ahead_beats_one_most_of_a_year_back():
    from newslab.extract.timexes import resolve_month_day
    oct30 = dt.date(2023, 10, 30)
    # "the board said the dividend was payable Dec. 4": past governor, but December is weeks away
    assert resolve_month_day(12, 4, oct30, "past") == dt.date(2023, 12, 4)
    # a date months back still follows the past tense
    assert resolve_month_day(6, 2, oct30, "past") == dt.date(2023, 6, 2)
    # a future governor is the date's own: the next such day
    assert resolve_month_day(10, 20, oct30, "future") == dt.date(2024, 10, 20)


def test_next_month_named_in_the_past_tense_is_this_year():
    from newslab.extract.timexes import resolve_month
    oct30 = dt.date(2023, 10, 30)
    assert resolve_month(11, oct30, "past") == 2023  # "a summit set for November"
    assert resolve_month(12, oct30, "past") == 2022  # two months ahead: last December
    assert resolve_month(9, dt.date(2024, 1, 5), "past") == 2023
    assert resolve_month(12, dt.date(2024, 1, 5), "past") == 2023
    assert resolve_month(1, dt.date(2023, 12, 5), "past") == 2024  # "set for January", said in December


def test_payable_dates_in_a_dividend_notice(nlp):
    got = tx(nlp, "The board declared a dividend payable Dec. 4 to holders of record Nov. 20.", "2023-10-30")
    assert [(t[0], t[2]) for t in got] == [("Dec. 4", "2023-12-04"), ("Nov. 20", "2023-11-20")]


# --- quarters in earnings reports --------------------------------------------------------------

def test_the_quarter_just_ended_is_this_years_even_in_the_future_tense(nlp):
    got = tx(nlp, "The bakery chain expects to post a third-quarter loss.", "2023-10-24")
    assert got == [("third-quarter", "DATE", "2023-Q3", None)]
    got = tx(nlp, "The bakery chain expects to post a second-quarter loss.", "2023-10-24")
    assert got == [("second-quarter", "DATE", "2024-Q2", None)]


def test_a_quarter_named_with_its_year_or_as_year_ago_keeps_the_modifier(nlp):
    assert tx(nlp, "Sales fell from the year-ago second quarter.", "2023-10-24") == [
        ("the year-ago second quarter", "DATE", "2022-Q2", None)]
    assert tx(nlp, "Sales fell from the 2021 fourth quarter.", "2023-10-24") == [
        ("the 2021 fourth quarter", "DATE", "2021-Q4", None)]
    assert tx(nlp, "The chain expects growth in next year's first quarter.", "2023-10-24") == [
        ("next year's first quarter", "DATE", "2024-Q1", None)]
    assert tx(nlp, "Margins widened in the fiscal first quarter.", "2023-10-24") == [
        ("the fiscal first quarter", "DATE", "2023-Q1", None)]


# --- named days, spoken years, "N more units", "soon after" ------------------------------------

def test_a_black_weekday_is_a_named_day_not_the_nearest_weekday(nlp):
    assert tx(nlp, "Traders still talk about Black Monday.", "2024-07-17") == [("Black Monday", "DATE", "1987-10-19", None)]
    assert tx(nlp, "Shoppers queued for Black Friday.", "2024-12-05") == [("Black Friday", "DATE", "2024-11-29", None)]
    assert tx(nlp, "Villagers mourned on Black Saturday.", "2024-07-17") == [("Black Saturday", "DATE", "XXXX-XX-XX", None)]


def test_years_read_out_in_a_transcript(nlp):
    assert tx(nlp, "The dam was finished in nineteen eighty-two.", "1998-03-02") == [("nineteen eighty-two", "DATE", "1982", None)]
    assert tx(nlp, "The mill closed in March nineteen seventy.", "1998-03-02") == [("March nineteen seventy", "DATE", "1970-03", None)]
    assert tx(nlp, "Nineteen thirty people signed the letter.", "1998-03-02") == []


def test_a_count_with_more_is_a_duration(nlp):
    assert tx(nlp, "The strike could last three more weeks.", "2024-07-17") == [("three more weeks", "DURATION", "P3W", None)]
    assert tx(nlp, "She asked for an additional year to finish.", "2024-07-17") == [("an additional year", "DURATION", "P1Y", None)]


def test_soon_after_an_event_is_not_the_future(nlp):
    assert tx(nlp, "The bridge was reopened soon after the flood.", "2024-07-17") == []
    assert tx(nlp, "The bridge will reopen soon.", "2024-07-17") == [("soon", "DATE", "FUTURE_REF", None)]


# --- earnings-report comparisons, year-end, wire datelines -------------------------------------

def test_year_earlier_as_an_adjective_is_the_comparison_period(nlp):
    got = tx(nlp, "The chain earned $4 million in the third quarter, down from year-earlier profit of $5 million.", "2023-11-02")
    assert got == [("the third quarter", "DATE", "2023-Q3", None), ("year-earlier", "DATE", "2022-Q3", None)]
    assert tx(nlp, "Net income rose 8%. The year-ago results included a charge.", "2023-11-02") == [("year-ago", "DATE", "2022", None)]


def test_the_latest_period_is_the_reported_quarter(nlp):
    assert tx(nlp, "Sales in the latest period rose 3%.", "2023-11-02") == [("the latest period", "DATE", "2023-Q3", None)]
    got = tx(nlp, "Sales rose 3% from the comparable year-ago quarter.", "2023-11-02")
    assert got == [("the comparable year-ago quarter", "DATE", "2022-Q3", None)]


def test_year_end_is_the_end_of_the_year(nlp):
    assert tx(nlp, "The firm expects to close the sale by year-end.", "2023-11-02") == [("year-end", "DATE", "2023", "END")]
    assert tx(nlp, "The index has risen 12% since year-end.", "2023-11-02") == [("year-end", "DATE", "2022", "END")]
    assert tx(nlp, "Staff were told to finish the audit by year's end.", "2023-11-02") == [("year's end", "DATE", "2023", "END")]


# --- the article belongs to the noun a date modifies -------------------------------------------

def test_a_hyphenated_quarter_or_a_month_year_modifier_leaves_the_article_out(nlp):
    assert tx(nlp, "The firm blamed the weather for the third-quarter loss.", "2023-11-02") == [("third-quarter", "DATE", "2023-Q3", None)]
    assert tx(nlp, "The January 2019 talks failed.", "2023-11-02") == [("January 2019", "DATE", "2019-01", None)]
    assert tx(nlp, "Sales fell in the third quarter of 2022.", "2023-11-02") == [("the third quarter of 2022", "DATE", "2022-Q3", None)]


def test_around_a_point_in_time_is_part_of_it(nlp):
    assert tx(nlp, "The vote is due around Nov. 10.", "2023-11-02") == [("around Nov. 10", "DATE", "2023-11-10", "APPROX")]
    got = tx(nlp, "The lawyers met around 9 a.m. yesterday.", "2023-11-02")
    assert got == [("around 9 a.m. yesterday", "TIME", "2023-11-01T09:00", "APPROX")]


def test_a_weekday_and_date_before_a_colon(nlp):
    got = tx(nlp, "The paper wrote in an editorial on Saturday, April 25: the court erred.", "1998-04-24")
    assert got == [("Saturday, April 25", "DATE", "1998-04-25", None)]


def test_the_full_year_is_the_year_reported_on(nlp):
    got = tx(nlp, "The bakery lost $2 million in the fourth quarter of 2022 and $5 million for the entire year.", "2023-02-01")
    assert got == [("the fourth quarter of 2022", "DATE", "2022-Q4", None), ("the entire year", "DATE", "2022", None)]
    assert tx(nlp, "The chain expects higher profit for the full year.", "2023-11-02") == [("the full year", "DATE", "2023", None)]


def test_the_year_period_is_the_reported_quarter_of_that_year(nlp):
    got = tx(nlp, "Third-quarter profit rose to $3 million from $2 million in the 2022 period.", "2023-11-02")
    assert got == [("Third-quarter", "DATE", "2023-Q3", None), ("the 2022 period", "DATE", "2022-Q3", None)]


def test_a_clock_time_with_an_offset_takes_the_day_named_after_it(nlp):
    got = tx(nlp, "The ferry sank at 3:15 a.m. (GMT +7) on Sunday.", "2024-07-19")
    assert got == [("3:15 a.m.", "TIME", "2024-07-13T20:15Z", None), ("Sunday", "DATE", "2024-07-14", None)]


def test_a_year_before_a_plural_noun_after_the_or_a_possessive(nlp):
    assert tx(nlp, "Police recalled the 1992 protests.", "2023-11-02") == [("1992", "DATE", "1992", None)]
    assert tx(nlp, "The firm restated its 2021 results.", "2023-11-02") == [("2021", "DATE", "2021", None)]
    assert tx(nlp, "Officials sent 2000 troops to the border.", "2023-11-02") == []


def test_a_year_then_a_comma_and_a_counted_noun(nlp):
    assert tx(nlp, "Since 1993, three clinics have closed.", "2023-11-02") == [("1993", "DATE", "1993", None)]
    assert tx(nlp, "Prices rose to 2000, 2500 and 3000 dollars.", "2023-11-02") == []


def test_a_month_day_naming_an_attack_is_a_name_not_a_timex(nlp):
    # lexicon event_dates: "the September 11 attacks" name the 2001 attacks; MEANTIME leaves the name unmarked
    import datetime as _dt
    from newslab.extract.chronology import find_timexes
    got = [(t.text, t.value) for t in find_timexes(nlp("Markets fell after the Sept. 11 terrorist attacks."), _dt.date(2024, 5, 2))]
    assert got == []
    got = [(t.text, t.value) for t in find_timexes(nlp("Shares had their worst day since the September 11, 2001, attacks."),
                                                    _dt.date(2024, 5, 2))]
    assert got == []
    got = [(t.text, t.value) for t in find_timexes(nlp("The plant was hit on September 11, 2001."), _dt.date(2024, 5, 2))]
    assert got == [("September 11, 2001", "2001-09-11")]
    got = [(t.text, t.value) for t in find_timexes(nlp("The vote is on September 11 in Oslo."), _dt.date(2024, 5, 2))]
    assert got == [("September 11", "2024-09-11")]
