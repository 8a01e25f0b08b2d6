"""Codes of capitals and digits that the model calls a person or a state, on sentences written for these tests."""

from spacy.tokens import Span

from newslab.extract.actor_gazetteer import _code


def _span(nlp, text, word, label, n=1):
    doc = nlp.make_doc(text)
    i = [t.text for t in doc].index(word)
    return Span(doc, i, i + n, label=label)


def test_a_code_is_no_person_or_state(nlp):
    assert _code(_span(nlp, "The third quartile, Q3, is the median.", "Q3", "PERSON"))
    assert _code(_span(nlp, "Mark the cell D4 in red.", "D4", "GPE"))
    assert _code(_span(nlp, "When prompted, enter Passcode 4417021 and wait.", "Passcode", "PERSON", 2))
    assert _code(_span(nlp, "See Appendix S2 for the tables.", "Appendix", "PERSON", 2))


def test_names_and_organisations_with_numbers_stay(nlp):
    assert not _code(_span(nlp, "The G20 met in Osaka.", "G20", "ORG"))
    assert not _code(_span(nlp, "The 77th Lancers paraded.", "77th", "ORG", 2))
    assert not _code(_span(nlp, "King Olaf V of Norway spoke.", "Olaf", "PERSON", 2))
    assert not _code(_span(nlp, "Ottoline Brack spoke.", "Ottoline", "PERSON", 2))


def test_a_road_the_model_calls_a_state_stays_a_place(nlp):
    assert not _code(_span(nlp, "Take the I-44 west.", "I-44", "GPE"))
