"""A streak of days dated by the weekday beside it, and dates an event was put off to (session 21)."""

from __future__ import annotations

from timexkit import tx


def test_a_straight_day_takes_the_weekday_beside_it(nlp):
    # Written on Friday 19 July 2024: the streak ended on Thursday the 18th, not on the article date.
    got = tx(nlp, "Copper prices slid for a third straight day on Thursday.", "2024-07-19")
    assert got == [("a third straight day", "DATE", "2024-07-18", None), ("Thursday", "DATE", "2024-07-18", None)]
    got = tx(nlp, "Copper prices slid on Thursday for the third straight day.", "2024-07-19")
    assert got == [("Thursday", "DATE", "2024-07-18", None), ("the third straight day", "DATE", "2024-07-18", None)]


def test_a_straight_day_without_a_day_beside_it_keeps_the_article_date(nlp):
    got = tx(nlp, "Copper prices slid for a second consecutive day, and on Tuesday the miner cut its forecast.",
             "2024-07-19")
    assert got[0] == ("a second consecutive day", "DATE", "2024-07-19", None)


def test_a_holiday_an_event_is_postponed_to_lies_ahead(nlp):
    # Written in July 2024: the postponed vote is next Christmas, not last year's.
    got = tx(nlp, "The council postponed the budget vote until Christmas.", "2024-07-19")
    assert got == [("Christmas", "DATE", "2024-12-25", None)]
    got = tx(nlp, "The opening of the bridge was pushed back to Easter.", "2024-07-19")
    assert got == [("Easter", "DATE", "2025-04-20", None)]


def test_a_month_an_event_is_delayed_to_lies_ahead(nlp):
    got = tx(nlp, "The trial was delayed until March.", "2024-07-19")
    assert got == [("March", "DATE", "2025-03", None)]


def test_until_a_holiday_without_a_postponement_keeps_the_verb_tense(nlp):
    # Staying until Christmas is a past stretch; only a verb that moves an event later looks ahead.
    got = tx(nlp, "The family stayed in the village until Christmas.", "2024-07-19")
    assert got == [("Christmas", "DATE", "2023-12-25", None)]
    got = tx(nlp, "They put the money back in March.", "2024-07-19")
    assert got == [("March", "DATE", "2024-03", None)]


def test_a_past_perfect_postponement_stays_in_the_past(nlp):
    # "had postponed" tells of a narrative past, as "until Thursday, they had not ..." does for weekdays.
    got = tx(nlp, "By then the council had postponed the vote until Christmas.", "2024-07-19")
    assert got == [("Christmas", "DATE", "2023-12-25", None)]


def test_a_date_that_nears_lies_ahead(nlp):
    # Written in February 2016: the Election Day that "nears" is November's, not last year's
    got = tx(nlp, "As Election Day nears, both campaigns are buying airtime.", "2016-02-18")
    assert got == [("Election Day", "DATE", "2016-11-08", None)]
    got = tx(nlp, "As Christmas approached, shoppers crowded the stores.", "2016-02-18")
    assert got == [("Christmas", "DATE", "2015-12-25", None)]


def test_a_month_after_since_and_a_participle_is_past(nlp):
    # Written in August 2016: "since resigning in October" counts from last October
    got = tx(nlp, "Since resigning in October, the minister has written two books.", "2016-08-17")
    assert got == [("October", "DATE", "2015-10", None)]
