"""Spaced dashes and slashes between names, on sentences written for these tests (entities set by hand)."""

from actorkit import one_sentence_doc, span_of

from newslab.extract.actor_separators import split_at_separators


def test_spaced_dash_splits_two_names(nlp):
    doc = one_sentence_doc(nlp, "Fans filled the stands for the Army - Navy game on Saturday .")
    out = split_at_separators(doc, [span_of(doc, "Army - Navy", "ORG")])
    assert [(e.text, e.label_) for e in out] == [("Army", "ORG"), ("Navy", "ORG")]


def test_spaced_slash_and_dash_chain(nlp):
    doc = one_sentence_doc(nlp, "Avenues are named for colleges : Harlow - Brent / Kestwick , in that order .")
    out = split_at_separators(doc, [span_of(doc, "Harlow - Brent / Kestwick", "GPE")])
    assert [e.text for e in out] == ["Harlow", "Brent", "Kestwick"]


def test_unspaced_hyphen_and_slash_stay_inside_the_name(nlp):
    doc = one_sentence_doc(nlp, "Officials from Guinea-Bissau met the band AC/DC .")
    text = doc.text
    ents = [doc.char_span(text.index(n), text.index(n) + len(n), label=lab) for n, lab in (("Guinea-Bissau", "GPE"), ("AC/DC", "ORG"))]
    assert len(ents[0]) > 1  # the tokenizer splits at the hyphen: the unspaced "-" is a token inside the name
    assert [e.text for e in split_at_separators(doc, ents)] == ["Guinea-Bissau", "AC/DC"]


def test_lower_case_piece_is_dropped(nlp):
    doc = one_sentence_doc(nlp, "Thanks to Chairman Verhoef - have a good evening .")
    out = split_at_separators(doc, [span_of(doc, "Verhoef - have", "PERSON")])
    assert [e.text for e in out] == ["Verhoef"]


def test_dates_are_left_alone(nlp):
    doc = one_sentence_doc(nlp, "He lived 1901 - 1977 in Kestwick .")
    ents = [span_of(doc, "1901 - 1977", "DATE")]
    assert split_at_separators(doc, ents) == ents
