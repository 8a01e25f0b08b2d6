"""docindex returns exactly what spaCy's Token.sent / Span.sent / Doc.text return."""

from __future__ import annotations

import spacy

from newslab.docindex import doc_text, sent_of


def _doc(text):
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp(text)


def test_sent_of_matches_spacy_for_every_token_and_span():
    doc = _doc("The talks began on Monday. They ended late! Did they? Yes.\n\nA new paragraph starts here.")
    for tok in doc:
        assert (sent_of(tok).start, sent_of(tok).end) == (tok.sent.start, tok.sent.end)
    for s in range(len(doc)):
        span = doc[s:min(len(doc), s + 3)]
        assert (sent_of(span).start, sent_of(span).end) == (span.sent.start, span.sent.end)


def test_index_follows_the_document_it_is_given():
    a, b = _doc("One. Two three."), _doc("Four five six. Seven.")
    assert sent_of(a[2]).text == "Two three."
    assert sent_of(b[0]).text == "Four five six."
    assert sent_of(a[0]).text == "One."
    assert doc_text(a) == a.text and doc_text(b) == b.text


def test_doc_ents_is_doc_ents_once():
    from spacy.tokens import Span

    from newslab.docindex import doc_ents

    doc = _doc("Ada Lovelace met Charles Babbage in London.")
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 3, 5, label="PERSON"), Span(doc, 6, 7, label="GPE")]
    got = doc_ents(doc)
    assert [(e.start, e.end, e.label_) for e in got] == [(e.start, e.end, e.label_) for e in doc.ents]
    assert doc_ents(doc) is got
