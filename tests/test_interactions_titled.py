"""Issue 12: "the Ohio governor", "the Kenyan leader" stand for the person the article gave that office and place.

Every sentence here is written for the test; none comes from an evaluation set."""

from interkit import edges as _edges, has as _has


def _pairs(df):
    return df[["source", "kind", "target"]].values.tolist()


def test_the_place_and_office_reach_the_person_named_with_both(nlp):
    df = _edges(nlp, "Ohio Gov. Tom Baker spoke in Columbus on Monday. The Ohio governor later met with Mary Lopez in Dayton.")
    assert _has(df, "Tom Baker", "Mary Lopez", "meet", directed=False), _pairs(df)


def test_the_place_may_follow_the_name_and_the_person_be_in_the_same_sentence(nlp):
    df = _edges(nlp, "Senator Tom Baker of Ohio spoke in Columbus. Reporters asked Baker why the Ohio senator "
                     "had criticized Mary Lopez.")
    assert _has(df, "Tom Baker", "Mary Lopez", "oppose"), _pairs(df)


def test_a_person_never_given_the_place_is_not_reached(nlp):
    # the article never puts Tom Baker with Ohio: "the Ohio governor" may be anyone
    df = _edges(nlp, "Gov. Tom Baker spoke in Columbus on Monday. The Ohio governor later met with Mary Lopez in Dayton.")
    assert not _has(df, "Tom Baker", "Mary Lopez", "meet", directed=False), _pairs(df)


def test_a_person_never_given_the_office_is_not_reached(nlp):
    df = _edges(nlp, "Ohio Sen. Tom Baker spoke in Columbus on Monday. The Ohio governor later met with Mary Lopez in Dayton.")
    assert not _has(df, "Tom Baker", "Mary Lopez", "meet", directed=False), _pairs(df)


def test_the_leader_is_a_head_of_government_of_that_people(nlp):
    df = _edges(nlp, "Kenyan Prime Minister Omar Haddad met Tom Baker in Nairobi on Monday. The Kenyan leader later "
                     "criticized Mary Lopez.")
    assert _has(df, "Omar Haddad", "Mary Lopez", "oppose"), _pairs(df)
