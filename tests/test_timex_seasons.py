""""The spring" after a preposition of time is the season; "the fall" stays out, and a spring of something else too;
a clock time on a weekday takes the date written after the weekday; a month takes the year of the month it is joined to
(twenty-eighth round). Every sentence here is written for the test; none comes from an evaluation set."""

from __future__ import annotations

import pytest

from timexkit import tx


@pytest.mark.parametrize("text, value", [
    ("The plant has been closed since the spring.", "2019-SP"),
    ("The plant closed in the spring, workers said.", "2019-SP"),
    ("The vote is due in the spring.", "2020-SP"),
])
def test_the_spring_after_a_time_preposition_is_the_season(nlp, text, value):
    assert [(t[0], t[2]) for t in tx(nlp, text, "2019-11-20")] == [("the spring", value)]


@pytest.mark.parametrize("text", [
    "He broke his hip in the fall.",
    "They bathed in the spring water.",
    "In the spring of discontent, protests grew.",
])
def test_a_fall_or_a_spring_of_something_else_is_no_season(nlp, text):
    assert tx(nlp, text, "2019-11-20") == []


def test_a_clock_time_on_a_weekday_takes_the_date_written_after_the_weekday(nlp):
    got = tx(nlp, "The offer expires at 5 p.m. on Friday, Nov. 17, unless it is extended.", "1989-11-02")
    assert got[0][2] == "1989-11-17T17:00", got


def test_a_date_after_a_weekday_it_does_not_fall_on_changes_nothing(nlp):
    # guard: Nov. 16, 1989 was a Thursday; the weekday keeps its own value
    got = tx(nlp, "The offer expires at 5 p.m. on Friday, Nov. 16, unless it is extended.", "1989-11-02")
    assert got[0][2] == "1989-11-03T17:00", got


@pytest.mark.parametrize("text, first", [
    ("He passed six reports to a reporter between March and June of last year.", "2023-03"),
    ("The talks ran from November to February 2020.", "2019-11"),
])
def test_a_month_takes_the_year_of_the_month_it_is_joined_to(nlp, text, first):
    assert tx(nlp, text, "2024-02-03")[0][2] == first, tx(nlp, text, "2024-02-03")
