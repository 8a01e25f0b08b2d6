"""A hyphenated modifier before a place or a group belongs to its mention, on sentences written for these tests."""

from actorkit import mention_texts as _texts


def test_hyphenated_modifier_before_a_place_is_in_the_span(nlp):
    texts = _texts(nlp, "Most of Kurdish-speaking Iraq voted, weeks after the floods in sub-Saharan Africa.")
    assert "Kurdish-speaking Iraq" in texts and "sub-Saharan Africa" in texts


def test_modifier_of_a_later_noun_stays_out(nlp):
    # "Syrian" modifies "town", not the other way round: no "rebel-held Syrian"
    texts = _texts(nlp, "Shelling hit the rebel-held Syrian town on Friday.")
    assert "rebel-held Syrian" not in texts
