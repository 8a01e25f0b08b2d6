"""Interaction recall rules of issue 12 (fifth round): pronoun chains, events a victim was hit in.

Every sentence here is written for the test; none comes from an evaluation set."""

import pytest

from interkit import edges as _edges, has as _has


def test_subject_pronoun_chain_reaches_the_person_named_before(nlp):
    # "he" -> the previous sentence's subject "He" -> the one before's subject, Tom Baker
    df = _edges(nlp, "Tom Baker was arrested in Nairobi in 2010. He told the judge that he was innocent. "
                     "In May, he admitted that he had kidnapped two Kenyans.")
    assert _has(df, "Tom Baker", "Kenyans", "oppose", directed=True), df[["source", "kind", "target"]]


def test_a_person_named_before_the_pronoun_in_its_sentence_comes_before_the_chain(nlp):
    df = _edges(nlp, "Tom Baker spoke in Nairobi. He praised the plan. Meanwhile, the object of his praise, Omar Haddad, "
                     "has used his invasion of Uganda as a threat.")
    assert _has(df, "Omar Haddad", "Uganda", "oppose", directed=True), df[["source", "kind", "target"]]
    assert not _has(df, "Tom Baker", "Uganda", "oppose", directed=True)


@pytest.mark.parametrize("text,edge", [
    # the victim of a passive violence verb; the doer is the "by" of the event it happened in
    ("Sami Nasser was wounded in an attack by the Taliban in May.", ("Taliban", "Sami Nasser", "oppose")),
    # a participle on the event noun names the doer; the second passive verb shares the first one's subject
    ("Omar Khan was targeted and killed in a raid conducted by the Kenyan army.", ("Kenyan army", "Omar Khan", "oppose")),
])
def test_victim_of_an_event_by_someone(nlp, text, edge):
    df = _edges(nlp, text)
    assert _has(df, *edge, directed=True), df[["source", "kind", "target"]]


def test_event_without_a_doer_gives_no_edge(nlp):
    df = _edges(nlp, "Ali Musa was killed in an airstrike near Kabul.")
    assert df.empty, df[["source", "kind", "target"]]


@pytest.mark.parametrize("text,edge", [
    # the name after a partner noun is the possessor's partner
    ("Russia's ally Syria shelled the town.", ("Russia", "Syria", "support")),
    ("Germany praised its partner France on Monday.", ("Germany", "France", "agree")),
    # "our" in the author's own sentence ("I ...") is the author
    ("I want to thank our ally Kenya for the help.", ("the author", "Kenya", "support")),
])
def test_partner_noun_before_a_name(nlp, text, edge):
    df = _edges(nlp, text)
    assert _has(df, *edge, directed=False), df[["source", "kind", "target"]]


def test_our_without_the_authors_i_is_nobody(nlp):
    df = _edges(nlp, "I spoke today. Our ally Kenya sent help.")
    assert not _has(df, "the author", "Kenya", "support", directed=False), df[["source", "kind", "target"]]


def test_help_in_a_passive_clause_goes_to_the_doer(nlp):
    df = _edges(nlp, "Omar Haddad was captured by the Kenyan army with the aid of Kenyan intelligence officers in May.")
    assert _has(df, "Kenyan intelligence officers", "Kenyan army", "support", directed=True), df[["source", "kind", "target"]]
    assert not _has(df, "Kenyan intelligence officers", "Omar Haddad", "support", directed=True)


@pytest.mark.parametrize("text,edge", [
    ("Kenyan troops stormed the Taliban headquarters.", ("Kenyan troops", "Taliban", "oppose")),
    ("The Taliban jailed Omar Haddad in 2019.", ("Taliban", "Omar Haddad", "oppose")),
])
def test_vocabulary_of_force_and_detention(nlp, text, edge):
    df = _edges(nlp, text)
    assert _has(df, *edge, directed=True), df[["source", "kind", "target"]]


def test_a_map_position_is_no_end_of_an_edge():
    from newslab.extract.actors import Actor
    from newslab.extract.interactions import _is_coordinate

    assert _is_coordinate(Actor(actor_id="a1", name="33°47′N 44°30′E", type="LOC"))
    assert not _is_coordinate(Actor(actor_id="a2", name="Lake Victoria", type="LOC"))


def test_a_city_before_a_meeting_noun_is_the_venue(nlp):
    df = _edges(nlp, "Will Kenya take part in the Paris meeting on Somalia next week?")
    assert not _has(df, "Paris", "Somalia", "meet", directed=False), df[["source", "kind", "target"]]
    df = _edges(nlp, "The Kenya-Uganda talks on trade ended on Monday.")
    assert _has(df, "Kenya", "Uganda", "meet", directed=False), df[["source", "kind", "target"]]


@pytest.mark.parametrize("text,target", [
    ("Kenyan soldiers cleared the village of Taliban fighters.", "Taliban fighters"),
    ("Kenyan soldiers have cleared 20 percent of the city of enemy forces.", "enemy forces"),
])
def test_cleared_of_opposes_whoever_is_removed(nlp, text, target):
    df = _edges(nlp, text)
    assert _has(df, "Kenyan soldiers", target, "oppose", directed=True), df[["source", "kind", "target"]]


def test_died_in_an_attack_by_someone(nlp):
    df = _edges(nlp, "Two Kenyan soldiers died in a raid carried out by al-Shabaab. Sami Nasser died in hospital.")
    assert _has(df, "al-Shabaab", "Kenyan soldiers", "oppose", directed=True), df[["source", "kind", "target"]]
    assert len(df) == 1, df[["source", "kind", "target"]]
