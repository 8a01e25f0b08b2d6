"""Interaction precision guards of issue 12 (tenth interactions round), from a read of the edges on unscored news.

Every sentence here is written for the test; none comes from an evaluation set."""

import pytest

from interkit import edges as _edges, has as _has


def _pairs(df):
    return set(zip(df["source"], df["target"], df["kind"]))


@pytest.mark.parametrize("text,doer,absent,kind,target", [
    # a relative clause on a description in apposition: the described person acts, not the modifier's actor
    ("Tom Vance, a Miller confidant who heads the Freedom Fund, said the race was close.",
     "Tom Vance", "Miller", "control", "Freedom Fund"),
    # a subject with a person in apposition: the person, not the possessor of the title
    ("Germany's far-right party leader, Anna Kohl, voiced support for Barack Obama on Monday.",
     "Anna Kohl", "Germany", "support", "Barack Obama"),
])
def test_a_described_person_acts_not_the_description_modifier(nlp, text, doer, absent, kind, target):
    df = _edges(nlp, text)
    assert _has(df, doer, target, kind), df[["source", "kind", "target"]]
    assert not _has(df, absent, target, kind), df[["source", "kind", "target"]]


@pytest.mark.parametrize("text", [
    "Anna Kohl leads Tom Vance by six points in the latest poll.",
    "A new survey shows Anna Kohl leading Tom Vance among young voters.",
])
def test_a_lead_over_a_person_is_a_race_not_control(nlp, text):
    df = _edges(nlp, text)
    assert not (df["kind"] == "control").any(), df[["source", "kind", "target"]]


def test_a_person_still_leads_a_party_or_a_force(nlp):
    df = _edges(nlp, "Anna Kohl led the Labour Party for ten years.")
    assert _has(df, "Anna Kohl", "Labour Party", "control"), df[["source", "kind", "target"]]


def test_leading_the_field_of_a_party_is_no_control(nlp):
    df = _edges(nlp, "Polls showed Anna Kohl leading the Labour Party field in the north.")
    assert not (df["kind"] == "control").any(), df[["source", "kind", "target"]]


def test_dismissed_as_is_a_judgment_not_control(nlp):
    df = _edges(nlp, "Anna Kohl dismissed Tom Vance as a weak leader on Monday.")
    assert not (df["kind"] == "control").any(), df[["source", "kind", "target"]]


@pytest.mark.parametrize("text,doer,wrong,target", [
    # object control: the one urged or nominated does what the infinitive says
    ("Tom Vance urged Anna Kohl to criticize Omar Haddad.", "Anna Kohl", "Tom Vance", "Omar Haddad"),
    ("The delegates may nominate Anna Kohl to run against Tom Vance.", "Anna Kohl", None, "Tom Vance"),
])
def test_the_object_of_a_request_does_what_is_asked(nlp, text, doer, wrong, target):
    df = _edges(nlp, text)
    assert _has(df, doer, target, "oppose"), df[["source", "kind", "target"]]
    if wrong:
        assert not _has(df, wrong, target, "oppose"), df[["source", "kind", "target"]]


def test_the_subject_still_does_what_it_set_out_to_do(nlp):
    # "used the debate to attack": the debate is no actor; the subject attacks
    df = _edges(nlp, "Anna Kohl used the debate to attack Omar Haddad.")
    assert _has(df, "Anna Kohl", "Omar Haddad", "oppose"), df[["source", "kind", "target"]]


def test_a_party_word_in_apposition_hands_its_clause_to_the_person(nlp):
    # "X, a Tennessee Republican who has met Y": X met Y; the party word is what X is, not a second actor
    df = _edges(nlp, "Tom Vance, a Tennessee Republican who has met privately with Anna Kohl, said the talks went well.")
    assert _has(df, "Tom Vance", "Anna Kohl", "meet", directed=False), df[["source", "kind", "target"]]
    assert not any("Republican" in n for n in list(df["source"]) + list(df["target"])), df[["source", "kind", "target"]]


def test_what_is_written_is_no_addressee(nlp):
    df = _edges(nlp, "In 1890, Anton Novak wrote his Moravian Symphony.")
    assert not (df["kind"] == "communicate").any(), df[["source", "kind", "target"]]
    df = _edges(nlp, "Anna Kohl wrote to Tom Vance in March.")
    assert _has(df, "Anna Kohl", "Tom Vance", "communicate"), df[["source", "kind", "target"]]


def test_joining_a_company_is_no_attendance(nlp):
    df = _edges(nlp, "Tom Vance met Anna Kohl in Boston. Her brother, Robert Kohl, later joined the family company.")
    assert not (df["kind"] == "attend").any(), df[["source", "kind", "target"]]
    assert _has(df, "Tom Vance", "Anna Kohl", "meet", directed=False), df[["source", "kind", "target"]]


@pytest.mark.parametrize("text,negated", [
    ("Anna Kohl refused to endorse Tom Vance.", True),
    ("Anna Kohl did not want to criticize Tom Vance.", True),
    ("Neither Anna Kohl nor Tom Vance is inclined to attack Omar Haddad.", True),
    ("Anna Kohl's refusal to disavow Tom Vance angered voters.", True),
    # a "not" in a clause of its own does not deny the edge
    ("Anna Kohl criticized Tom Vance, who did not reply.", False),
    ("Anna Kohl agreed to endorse Tom Vance.", False),
])
def test_an_edge_is_negated_up_its_chain_of_infinitives(nlp, text, negated):
    df = _edges(nlp, text)
    rows = df[df["source"] == "Anna Kohl"]
    assert len(rows) and all(bool(v) is negated for v in rows["negated"]), df[["source", "kind", "target", "negated"]]


def test_subjects_who_met_a_partner_of_their_own_did_not_meet_each_other(nlp):
    df = _edges(nlp, "Anna Kohl and Tom Vance met with them in Rome.")
    assert not _has(df, "Anna Kohl", "Tom Vance", "meet", directed=False), df[["source", "kind", "target"]]
    df = _edges(nlp, "Anna Kohl and Tom Vance met with each other in Rome.")
    assert _has(df, "Anna Kohl", "Tom Vance", "meet", directed=False), df[["source", "kind", "target"]]


def test_a_membership_is_not_negated_by_the_clause_it_is_named_in(nlp):
    df = _edges(nlp, "Anna Kohl hadn't received a single endorsement from any members of the Senate.")
    rows = df[df["kind"] == "member"]
    assert len(rows) and not rows["negated"].any(), df[["source", "kind", "target", "negated"]]


def test_a_place_before_an_object_is_where_not_whose(nlp):
    # "the Texas senator", "Raqqa targets": the place says where; "Hamas positions": the group holds them
    df = _edges(nlp, "Anna Kohl slammed the Texas senator on Monday.")
    assert not (df["kind"] == "oppose").any(), df[["source", "kind", "target"]]
    df = _edges(nlp, "The rebels shelled Hamas positions near the river.")
    assert _has(df, "rebels", "Hamas", "oppose"), df[["source", "kind", "target"]]


def test_a_name_in_a_persons_title_is_whom_they_work_for_not_a_second_doer(nlp):
    df = _edges(nlp, "Joe Biden spoke in Ohio on Monday. Biden campaign manager Jen Dillon criticized Peter Hall on Tuesday.")
    assert _has(df, "Jen Dillon", "Peter Hall", "oppose"), _pairs(df)
    assert not _has(df, "Joe Biden", "Peter Hall", "oppose"), _pairs(df)


def test_the_party_of_a_contest_is_not_whom_support_is_for(nlp):
    df = _edges(nlp, "Tom Baker threw his support behind Mary Lopez for the GOP presidential nomination.")
    assert _has(df, "Tom Baker", "Mary Lopez", "support"), _pairs(df)
    assert not any(t == "Republican Party" for _, t, _ in _pairs(df)), _pairs(df)


def test_the_holder_of_a_contest_is_still_supported(nlp):
    df = _edges(nlp, "Tom Baker voiced support for the Democratic nomination of Mary Lopez.")
    assert _has(df, "Tom Baker", "Mary Lopez", "support"), _pairs(df)
