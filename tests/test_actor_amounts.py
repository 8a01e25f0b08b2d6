"""A counted or quantified group of people keeps its amount in the mention's span, on sentences written for these
tests."""

from actorkit import mention_texts as _texts


def test_cardinal_number_before_a_group_is_in_the_span(nlp):
    texts = _texts(nlp, "By 1850 about 40,000 Norwegians had settled in the valley, and three Swedes ran the mill.")
    assert "about 40,000 Norwegians" in texts and "three Swedes" in texts


def test_year_before_a_group_stays_out(nlp):
    texts = _texts(nlp, "The 1990 Canadians in the survey were asked about taxes.")
    assert not any(t.startswith("1990") for t in texts)
