"""An office the model reads as an organisation is a person mention, on phrases written for these tests."""

from newslab.extract.actor_office_orgs import office_named


def _span(nlp, text, phrase):
    doc = nlp.make_doc(text)
    start = text.index(phrase)
    return doc.char_span(start, start + len(phrase))


def test_title_with_its_complement_is_an_office(nlp):
    text = "She was named Rector of the academy and later Deputy Director for Planning at the port."
    assert office_named(_span(nlp, text, "Rector of the academy"))
    assert office_named(_span(nlp, text, "Deputy Director for Planning"))


def test_organisation_named_after_an_office_stays(nlp):
    text = "He met the Office of the Ombudsman and the Prince of Wales Hospital and the Bank of Ruritania."
    for phrase in ("the Office of the Ombudsman", "the Prince of Wales Hospital", "the Bank of Ruritania"):
        assert not office_named(_span(nlp, text, phrase))


def test_no_complement_no_office(nlp):
    text = "The Director spoke and the new Governor of the province listened."
    assert not office_named(_span(nlp, text, "The Director"))
    assert not office_named(_span(nlp, text, "the new Governor of the province"))  # a lower-case word before the title
