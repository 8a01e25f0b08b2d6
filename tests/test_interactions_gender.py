"""Issue 12: a person's gender (courtesy title, given name) vetoes a he/she link to the other gender.

Every sentence here is written for the test; none comes from an evaluation set."""

from newslab.extract.actors import extract_actors
from newslab.extract.interaction_gender import person_genders

from interkit import Bare, edges as _edges, has as _has


def test_she_skips_the_man_who_was_the_last_subject(nlp):
    # without the veto "she" is the previous sentence's subject, Ted Baker
    df = _edges(nlp, "Ted Baker won the Iowa caucus on Monday. Enthusiasm for Mary Lopez has faded since 2012, "
                     "when she defeated Peter Hall in Ohio.")
    assert _has(df, "Mary Lopez", "Peter Hall", "oppose", directed=True), df[["source", "kind", "target"]]
    assert not _has(df, "Ted Baker", "Peter Hall", "oppose", directed=True)


def test_a_courtesy_title_gives_the_gender(nlp):
    # "Jordan" is no veto on its own (a name of both); "Mr." is
    df = _edges(nlp, "Mr. Jordan Reyes won the Iowa caucus on Monday. Enthusiasm for Mary Lopez has faded since 2012, "
                     "when she defeated Peter Hall in Ohio.")
    assert not _has(df, "Jordan Reyes", "Peter Hall", "oppose", directed=True), df[["source", "kind", "target"]]


def test_a_person_of_unknown_gender_is_still_reached(nlp):
    df = _edges(nlp, "Jordan Reyes won the Iowa caucus on Monday. Enthusiasm for the party has faded since 2012, "
                     "when she defeated Peter Hall in Ohio.")
    assert _has(df, "Jordan Reyes", "Peter Hall", "oppose", directed=True), df[["source", "kind", "target"]]


def test_signals_that_disagree_give_no_gender(nlp):
    text = "Mrs. Ted Olsen met Mary Lopez and Mr. Jordan Reyes in Boston."
    doc = nlp(text)
    actors = extract_actors(doc, Bare(text))
    genders = {a.name: person_genders(doc, actors).get(a.actor_id) for a in actors.actors}
    assert genders.get("Mary Lopez") == "f" and genders.get("Jordan Reyes") == "m", genders
    assert genders.get("Ted Olsen") is None, genders


def test_he_beside_a_woman_subject_is_the_man_named_in_her_sentence(nlp):
    # the subject (Mary Lopez) is not "he"; the man named beside her is, not the previous sentence's subject
    df = _edges(nlp, "Tom Baker spoke in Ohio on Monday. Mary Lopez has clashed with Peter Brown, saying she was "
                     "appalled that he would criticize Ann Reyes.")
    assert _has(df, "Peter Brown", "Ann Reyes", "oppose", directed=True), df[["source", "kind", "target"]]
    assert not _has(df, "Tom Baker", "Ann Reyes", "oppose", directed=True)
