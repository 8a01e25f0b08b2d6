"""A name the model read as the start of an amount, and a road number that is an amount. Sentences written for
these tests."""

from __future__ import annotations

from actorkit import typed_mentions


def test_a_name_opening_a_money_entity_is_an_actor(nlp):
    got = typed_mentions(nlp, "The European Commission fined Google 4.3 billion euros in July.")
    assert ("ORG", "Google") in got, got


def test_an_amount_alone_gives_no_actor(nlp):
    got = typed_mentions(nlp, "The fine came to 4.3 billion euros in July.")
    assert not got, got


def test_a_number_in_millions_after_us_is_no_road(nlp):
    got = typed_mentions(nlp, "Exports rose to US 5 billion last year, and trucks on US 75 doubled.")
    assert ("LOC", "US 5") not in got, got
    assert ("LOC", "US 75") in got, got


def test_a_number_of_millions_read_into_a_name_is_cut_off(nlp):
    got = typed_mentions(nlp, "The European Commission fined Apple 1.8 billion euros for abusing its dominance.")
    assert ("ORG", "Apple") in got, got
    assert not any("billion" in text for _, text in got), got

