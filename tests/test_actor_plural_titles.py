"""A plural title before names belongs to none of them; sentences written for these tests."""

from actorkit import one_sentence_doc, span_of

from newslab.extract.actor_plural_titles import without_plural_titles


def test_a_plural_title_is_cut_off_the_first_name(nlp):
    doc = one_sentence_doc(nlp, "The bill was drafted by Governors Ada Roe and Bo Lin .")
    (e,) = without_plural_titles(doc, [span_of(doc, "Governors Ada Roe", "PERSON")])
    assert e.text == "Ada Roe"


def test_a_surname_ending_in_s_stays(nlp):
    doc = one_sentence_doc(nlp, "The bill was drafted by Evans Roe .")
    (e,) = without_plural_titles(doc, [span_of(doc, "Evans Roe", "PERSON")])
    assert e.text == "Evans Roe"


def test_a_plural_title_before_a_name_joins_no_name(nlp):
    from actorkit import actor_mentions

    names = actor_mentions(nlp, "Among the critics are Senators Ada Roe, the whip, and Bo Lin of Ohio.")
    assert not any(n.startswith("Senators") for n in names)
