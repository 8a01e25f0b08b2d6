"""Names the text calls a firm or a service, and news outlets of the gazetteer, on sentences written for these tests."""

from actorkit import typed_mentions


def test_a_name_after_a_firm_noun_is_one_organisation(nlp):
    spans = typed_mentions(nlp, "The brokerage firm Hollis & Varga said office prices fell.")
    assert ("ORG", "Hollis & Varga") in spans
    assert not any(typ == "PERSON" for typ, _ in spans)


def test_a_person_after_a_firm_noun_with_a_verb_of_its_own_stays_a_person(nlp):
    spans = typed_mentions(nlp, "This is the company Marta Quillon founded in 1998, and it still grows.")
    assert ("PERSON", "Marta Quillon") in spans


def test_an_online_outlet_is_a_news_organisation(nlp):
    spans = typed_mentions(nlp, "The memo was first reported by Politico on Monday, and Gawker ran it later.")
    assert ("ORG", "Politico") in spans
    assert ("ORG", "Gawker") in spans
