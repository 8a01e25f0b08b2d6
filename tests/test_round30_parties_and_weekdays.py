"""A weekday named again with no tense of its own, a party or group in apposition, a person after a noun of wealth or
trade, police dispersing a crowd and bans on officials (thirtieth round). Every sentence here is written for the test;
none comes from an evaluation set."""

from __future__ import annotations

import pytest

from actorkit import typed_mentions
from interkit import edges as _edges, has as _has
from timexkit import tx


def test_a_weekday_named_again_without_a_tense_is_the_same_day(nlp):
    found = tx(nlp, "Protesters marched on Saturday. Police used water cannon to disperse them late on Saturday, "
                    "officials said.", "2025-09-10")
    assert [v for _, _, v, _ in found] == ["2025-09-06", "2025-09-06"], found


def test_a_weekday_named_again_with_a_future_is_the_next_one(nlp):
    # guard: "hope to meet again on Monday" looks ahead, whatever the article named before
    found = tx(nlp, "Talks ended on Monday. The leaders hope to meet again on Monday.", "2025-09-10")
    assert [v for _, _, v, _ in found] == ["2025-09-08", "2025-09-15"], found


@pytest.mark.parametrize("text, name", [
    ("Georgian Dream, the ruling party founded in 2012, accused the opposition of plotting a coup.", "Georgian Dream"),
    ("Yesh Atid, the centrist party, gained seats.", "Yesh Atid"),
    ("Hazte Oir, a conservative group, filed the complaint.", "Hazte Oir"),
])
def test_a_name_a_party_or_group_apposition_describes_is_an_organisation(nlp, text, name):
    assert ("ORG", name) in typed_mentions(nlp, text), typed_mentions(nlp, text)


def test_a_person_described_as_a_party_member_stays_a_person(nlp):
    # guard: a full name with a given name, described by a noun phrase about a party
    assert ("PERSON", "Maria Gomez") in typed_mentions(nlp, "Maria Gomez, a party activist, said the vote was rigged.")


@pytest.mark.parametrize("text, name", [
    ("The party was founded by billionaire Bidzina Ivanishvili in 2012.", "Bidzina Ivanishvili"),
])
def test_a_name_after_a_noun_of_wealth_is_a_person(nlp, text, name):
    assert ("PERSON", name) in typed_mentions(nlp, text), typed_mentions(nlp, text)


@pytest.mark.parametrize("text, a, b, cameo", [
    ("Police used water cannon and pepper spray to disperse protesters outside parliament.", "Police", "protesters",
     "175"),
    ("Washington has already imposed visa bans on several Georgian officials.", "Washington",
     "several Georgian officials", "163"),
])
def test_dispersals_and_bans_are_opposition(nlp, text, a, b, cameo):
    df = _edges(nlp, text)
    assert _has(df, a, b, "oppose") and cameo in set(df["cameo"]), df[["source", "kind", "cameo", "target"]]


def test_a_ban_on_goods_links_no_one(nlp):
    # guard: the ban's object must be an actor
    assert _edges(nlp, "The ban on Russian oil took effect in December.").empty


@pytest.mark.parametrize("text, target", [
    ("Donald Trump drew criticism for his sanctions, which do not target Iran.", "Iran"),
    ("Donald Trump drew criticism for his travel ban, which does not cover Afghanistan.", "Afghanistan"),
])
def test_a_negated_clause_on_a_measure_names_no_target(nlp, text, target):
    df = _edges(nlp, text)
    assert not _has(df, "Donald Trump", target, "oppose"), df[["source", "kind", "target"]]



@pytest.mark.parametrize("text, mention", [
    ("A train derailed near the town of Kalamata in southern Greece.", "the town of Kalamata"),
])
def test_a_name_after_the_town_of_is_a_place(nlp, text, mention):
    # the model calls "Kalamata" here a product
    assert ("GPE", mention) in typed_mentions(nlp, text), typed_mentions(nlp, text)


def test_a_day_an_event_is_called_for_is_the_nearest(nlp):
    found = tx(nlp, "Unions called a 24-hour strike for Tuesday.", "2025-03-10")
    assert ("Tuesday", "DATE", "2025-03-11", None) in found, found


def test_a_day_figures_are_for_stays_with_the_tense(nlp):
    # guard: "the figures for Tuesday showed" reports a day gone
    assert tx(nlp, "The figures for Tuesday showed a fall.", "2025-03-10")[0][2] == "2025-03-04"


def test_troops_in_a_state_are_not_its_own(nlp):
    found = typed_mentions(nlp, "Ethiopia, which has troops in Somalia, condemned the attack.")
    assert not any("Somali" in m or m == "troops in Somalia" for t, m in found if t == "ORG"), found


def test_officials_in_a_state_are_its_own(nlp):
    # guard: "in" still names the owner of officials, a government or rebels
    assert ("ORG", "Officials in Tanzania") in typed_mentions(nlp, "Officials in Tanzania said the embassy was hit.")


def test_a_name_after_a_firm_noun_the_model_missed_is_an_organisation(nlp):
    text = "Microsoft agreed on Monday to buy cybersecurity firm Wiz for $23 billion in cash."
    assert ("ORG", "Wiz") in typed_mentions(nlp, text), typed_mentions(nlp, text)
    assert _has(_edges(nlp, text), "Microsoft", "Wiz", "control"), _edges(nlp, text)


def test_firing_a_person_on_a_day_is_no_use_of_force(nlp):
    # the dismissal rule read the day's "on" as fire "on" someone
    df = _edges(nlp, "President William Ruto fired Kithure Kindiki on Friday.")
    assert not (df["cameo"] == "190").any(), df[["source", "kind", "cameo", "target"]]
