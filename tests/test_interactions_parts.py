"""Interaction rules of issue 12 (ninth interactions round): an organisation's parts ("one of its groups").

Every sentence here is written for the test; none comes from an evaluation set."""

import pytest

from interkit import edges as _edges, has as _has


@pytest.mark.parametrize("text,edges", [
    # "one of <owner's> <parts>": the owner is the possessor, here "its" for the subject of the sentence before
    ("In March, the umbrella organization known as the Sudan Revolutionary Front announced its creation. The Justice and Equality "
     "Movement was named as one of its founding factions, along with the Sudan Liberation Army.",
     [("Justice and Equality Movement", "Sudan Revolutionary Front"),
      ("Sudan Liberation Army", "Sudan Revolutionary Front")]),
    # "one of the <parts> of <owner>"
    ("Fatah is one of the factions of the Palestine Liberation Organization.",
     [("Fatah", "Palestine Liberation Organization")]),
    # "among the <parts> of <owner>"
    ("Kenya and Uganda are among the member states of the East African Community.",
     [("Kenya", "East African Community"), ("Uganda", "East African Community")]),
    # a named possessor of a membership noun is the body
    ("Al-Shabaab, al-Qaeda's affiliate in Somalia, attacked the base.", [("al-Shabaab", "al-Qaeda")]),
    # "affiliated with": a standing tie with no doer
    ("The Islamic Army in Iraq is affiliated with al-Qaeda.", [("Islamic Army", "al-Qaeda")]),
])
def test_one_of_its_parts_is_a_member(nlp, text, edges):
    df = _edges(nlp, text)
    for a, b in edges:
        assert _has(df, a, b, "member"), df[["source", "kind", "target"]]


@pytest.mark.parametrize("text", [
    "Kenya is one of the fastest growing economies of East Africa.",  # no organisation owns the parts
    "Uganda is one of the states of the region.",
    "Ruto is among the most popular politicians of Kenya.",  # a state owns no parts here
])
def test_one_of_without_an_owning_organisation(nlp, text):
    df = _edges(nlp, text)
    assert df.empty or not (df["kind"] == "member").any(), df[["source", "kind", "target"]]


def test_its_owner_is_a_mention(nlp):
    """The "its" of "one of its factions" is reached: a mention of the organisation it stands for."""
    from interkit import Bare
    from newslab.extract.actors import extract_actors
    from newslab.extract.interactions import extract_interactions
    text = ("The umbrella organization known as the Sudan Revolutionary Front announced its creation. "
            "The Justice and Equality Movement was named as one of its founding factions.")
    doc = nlp(text)
    reached: list = []
    extract_interactions(doc, Bare(text), extract_actors(doc, Bare(text)), reached)
    at = text.index("its founding")
    assert ("Sudan Revolutionary Front", (at, at + 3)) in reached, reached


def test_possessor_of_a_compound_post_is_only_where(nlp):
    """"Kenya's Orange Democratic Movement party leader, X": X leads the party; the state is no body of his."""
    df = _edges(nlp, "Kenya's Orange Democratic Movement party leader, Raila Odinga, praised Uganda.")
    assert not _has(df, "Raila Odinga", "Kenya", "member"), df[["source", "kind", "target"]]


@pytest.mark.parametrize("text,edge", [
    ("We will keep working closely with Poland within NATO to deter Russia.", ("Poland", "NATO")),
    ("Hungary, isolated within the European Union, vetoed the plan.", ("Hungary", "European Union")),
])
def test_within_an_alliance_is_a_member(nlp, text, edge):
    df = _edges(nlp, text)
    assert _has(df, *edge, "member"), df[["source", "kind", "target"]]


def test_within_a_place_is_no_membership(nlp):
    df = _edges(nlp, "Kenya deployed troops within Somalia.")
    assert not _has(df, "Kenya", "Somalia", "member"), df[["source", "kind", "target"]]


@pytest.mark.parametrize("text,edge", [
    ("The 9th Brigade, a unit of the Iraqi Army, entered Mosul.", ("9th Brigade", "Iraqi Army")),
    ("Kataib Hezbollah is a component of the Popular Mobilization Forces.",
     ("Kataib Hezbollah", "Popular Mobilization Forces")),
])
def test_a_unit_of_a_force_is_a_member(nlp, text, edge):
    df = _edges(nlp, text)
    assert _has(df, *edge, "member"), df[["source", "kind", "target"]]


@pytest.mark.parametrize("text,edge", [
    ("Kenya, a member state of the East African Community, hosted the talks.", ("Kenya", "East African Community")),
    ("Fiji is a member country of the Pacific Islands Forum.", ("Fiji", "Pacific Islands Forum")),
])
def test_a_member_state_is_a_member(nlp, text, edge):
    df = _edges(nlp, text)
    assert _has(df, *edge, "member"), df[["source", "kind", "target"]]
