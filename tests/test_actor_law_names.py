"""Laws named after their sponsors are no people, on sentences written for these tests."""

from actorkit import mention_texts


def test_a_sponsors_compound_that_names_an_act_is_no_person(nlp):
    texts = mention_texts(nlp, "Senator Ada Brill praised the Pike-Winslow Act on Monday. Repealing Pike-Winslow "
                               "would hurt small lenders, Brill said, and Pike-Winslow still works.")
    assert not any("Pike" in t or "Winslow" in t for t in texts)
    assert any("Brill" in t for t in texts)


def test_a_double_barrelled_surname_stays_a_person(nlp):
    texts = mention_texts(nlp, "Council Speaker Rosa Pike-Winslow voted against the plan. Pike-Winslow said the law "
                               "was unfair.")
    assert any("Pike-Winslow" in t for t in texts)
