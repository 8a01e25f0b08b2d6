"""Interaction rules of issue 12 (seventh interactions round): bodies of people named through an "of" phrase.

Every sentence here is written for the test; none comes from an evaluation set."""

import pytest

from interkit import edges as _edges, has as _has


@pytest.mark.parametrize("text,edge", [
    # "a group of supporters of X": the chain of group heads is followed to X
    ("Some members of the Kenya Farmers Union belonged to an early group of supporters of the Jubilee Party.",
     ("members of Kenya Farmers Union", "Jubilee Party", "member", True)),
    # an object for a body of people stands for the actor its "of" phrase names
    ("Ahmed Hassan joined the ranks of al-Shabaab in 2014.", ("Ahmed Hassan", "al-Shabaab", "member", True)),
    ("Mr Odinga met a group of leaders of the Kenya Farmers Union in Nairobi.",
     ("Kenya Farmers Union", "Odinga", "meet", False)),
])
def test_body_of_people_names_its_actor(nlp, text, edge):
    df = _edges(nlp, text)
    assert _has(df, *edge), df[["source", "kind", "target"]]


def test_group_without_an_actor_is_nobody(nlp):
    df = _edges(nlp, "Police arrested a group of students in Nairobi.")
    assert df.empty or not (df["kind"] == "oppose").any(), df[["source", "kind", "target"]]


@pytest.mark.parametrize("text,edge", [
    # who takes part in another actor's effort does what the effort is to do
    ("Kenya noted the supporting role that Uganda can play in Somalia's efforts to defeat al-Shabaab.",
     ("Uganda", "al-Shabaab", "oppose", True)),
    ("Uganda joined Kenya's efforts to defeat al-Shabaab.", ("Uganda", "al-Shabaab", "oppose", True)),
])
def test_partners_in_an_effort_share_it(nlp, text, edge):
    df = _edges(nlp, text)
    assert _has(df, *edge), df[["source", "kind", "target"]]
    assert _has(df, "Somalia" if "Somalia" in text else "Kenya", "al-Shabaab", "oppose")  # the effort's owner still


def test_an_effort_someone_only_praises_is_not_shared(nlp):
    df = _edges(nlp, "Uganda praised Kenya's efforts to defeat al-Shabaab.")
    assert not _has(df, "Uganda", "al-Shabaab", "oppose"), df[["source", "kind", "target"]]


def test_a_town_falls_to_its_taker(nlp):
    df = _edges(nlp, "Kabul fell to the Taliban in August.")
    assert _has(df, "Taliban", "Kabul", "oppose"), df[["source", "kind", "target"]]


def test_the_town_named_before_falls(nlp):
    # "the town" stands for the town named in the sentence before (a description, interaction_anaphora)
    df = _edges(nlp, "Kenyan troops entered the town of Kismayo on Monday. "
                     "The fortified town fell to Kenyan troops after three days of fighting.")
    assert _has(df, "Kenyan troops", "Kismayo", "oppose"), df[["source", "kind", "target"]]


@pytest.mark.parametrize("text", [
    "The task fell to the Kenyan government.",
    # "fell victim to", "fell prey to": harm, not a town taken
    "As neighbours, Armenia and Azerbaijan fell victim to Joseph Stalin's divide-and-conquer politics.",
])
def test_only_a_place_falls_to_someone(nlp, text):
    df = _edges(nlp, text)
    assert df.empty, df[["source", "kind", "target"]]


@pytest.mark.parametrize("text,edge", [
    # a fight's toll in a relative clause: the doer of the clause the fight is in opposes the victims
    ("In May the town was captured by al-Shabaab after two days of fighting that saw 40 Kenyan soldiers killed.",
     ("al-Shabaab", "Kenyan soldiers", "oppose", True)),
    ("Al-Shabaab seized the town after heavy clashes that left 40 Kenyan soldiers dead.",
     ("al-Shabaab", "Kenyan soldiers", "oppose", True)),
])
def test_a_fights_toll_is_its_doers(nlp, text, edge):
    df = _edges(nlp, text)
    assert _has(df, *edge), df[["source", "kind", "target"]]


def test_a_toll_needs_a_fight(nlp):
    df = _edges(nlp, "The concert that saw Kenyan soldiers dancing was organised by the army.")
    assert df.empty or not (df["kind"] == "oppose").any(), df[["source", "kind", "target"]]
