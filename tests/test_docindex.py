"""docindex returns exactly what spaCy's Token.sent / Span.sent / Doc.text return."""

from __future__ import annotations

import spacy

from newslab.extract.docindex import doc_text, sent_of


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

    from newslab.extract.docindex import doc_ents

    doc = _doc("Ada Lovelace met Charles Babbage in London.")
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 3, 5, label="PERSON"), Span(doc, 6, 7, label="GPE")]
    got = doc_ents(doc)
    assert [(e.start, e.end, e.label_) for e in got] == [(e.start, e.end, e.label_) for e in doc.ents]
    assert doc_ents(doc) is got


def test_doc_lowers_is_lower_of_every_token():
    from newslab.extract.docindex import doc_lowers

    a, b = _doc("The UN Met in GENEVA on Monday."), _doc("Two Words.")
    assert doc_lowers(a) == [t.lower_ for t in a]
    assert doc_lowers(b) == [t.lower_ for t in b]
    assert doc_lowers(a) == [t.lower_ for t in a]  # the index follows the document again


def test_doc_words_is_text_of_every_token():
    from newslab.extract.docindex import doc_words

    a, b = _doc("I said: \u201cWe\u2019ll go.\u201d"), _doc("Mr. Lee")
    assert doc_words(a) == [t.text for t in a]
    assert doc_words(b) == [t.text for t in b]


def test_doc_lemma_lowers_is_lower_lemma_of_every_token():
    from newslab.extract.docindex import doc_lemma_lowers

    doc = _doc("Officials Said the Talks went well.")
    for t, lem in zip(doc, ["Official", "Say", "the", "Talk", "go", "well", "."]):
        t.lemma_ = lem
    assert doc_lemma_lowers(doc) == ["official", "say", "the", "talk", "go", "well", "."]


def test_subtree_matches_spacy_for_every_token():
    from spacy.tokens import Doc

    from newslab.extract.docindex import subtree

    words = ["The", "mayor", "said", "the", "new", "bridge", "would", "open", "in", "May", "."]
    heads = [1, 2, 2, 5, 5, 7, 7, 2, 7, 8, 2]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=["dep"] * len(words))
    for _ in range(2):  # the second pass reads the cache
        for tok in doc:
            assert [t.i for t in subtree(tok)] == [t.i for t in tok.subtree]
    other = Doc(doc.vocab, words=["Lee", "spoke", "."], heads=[1, 1, 1], deps=["nsubj", "ROOT", "punct"])
    assert [t.i for t in subtree(other[1])] == [0, 1, 2]


def test_tokens_in_chars_is_the_tokens_starting_in_the_range():
    from newslab.extract.docindex import tokens_in_chars

    doc = _doc("\u201cWe will not move,\u201d the striking dockers chanted on Friday. Talks resume later.")
    text = doc.text
    for start, end in [(0, 0), (0, 5), (3, 40), (18, 98), (len(text) - 3, len(text) + 80), (200, 300)]:
        got = tokens_in_chars(doc, start, end)
        assert [t.i for t in got] == [t.i for t in doc if start <= t.idx < end], (start, end)
    other = _doc("Short one.")
    assert [t.text for t in tokens_in_chars(other, 0, 5)] == ["Short"]  # the index follows the document


def test_noun_chunks_are_the_parse_chunks_once_per_document():
    from newslab.extract.docindex import noun_chunks
    from newslab.extract.nlp import load_pipeline

    doc = load_pipeline()("The new minister met two rebel leaders in the old port city.")
    got = noun_chunks(doc)
    assert [(c.start, c.end) for c in got] == [(c.start, c.end) for c in doc.noun_chunks]
    assert len(got) >= 3 and noun_chunks(doc) is got


def test_doc_pos_is_pos_of_every_token():
    from spacy.tokens import Doc

    from newslab.extract.docindex import doc_pos

    words = ["The", "mayor", "said", "it", "will", "open", "."]
    pos = ["DET", "NOUN", "VERB", "PRON", "AUX", "VERB", "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos)
    assert doc_pos(doc) == [t.pos_ for t in doc] == pos
    assert doc_pos(_doc("No tags here")) == ["", "", ""]  # untagged: spaCy's empty tag


def test_subtree_ids_and_token_chars_match_spacy():
    from spacy.tokens import Doc

    from newslab.extract.docindex import subtree_ids, token_chars

    words = ["The", "mayor", "said", "the", "new", "bridge", "would", "open", "in", "May", "."]
    heads = [1, 2, 2, 5, 5, 7, 7, 2, 7, 8, 2]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=["dep"] * len(words))
    for tok in doc:
        assert subtree_ids(tok) == tuple(t.i for t in tok.subtree)
    assert token_chars(doc) == ([t.idx for t in doc], [t.idx + len(t.text) for t in doc])


def test_char_token_range_is_char_span_expand():
    from newslab.extract.docindex import char_token_range

    doc = _doc("Lee met  Abadi in Baghdad.\n\nThey spoke. ")
    n = len(doc.text)
    for s in range(-2, n + 2):
        for e in range(s + 1, n + 3):
            span = doc.char_span(s, e, alignment_mode="expand")
            assert char_token_range(doc, s, e) == (None if span is None else (span.start, span.end)), (s, e)


def test_children_are_the_tokens_children_in_order():
    from spacy.tokens import Doc

    from newslab.extract.docindex import children

    words = ["The", "minister", ",", "who", "arrived", "late", ",", "said", "that", "talks", "would", "resume", "."]
    heads = [1, 7, 1, 4, 1, 4, 1, 7, 11, 11, 11, 7, 7]
    deps = ["det", "nsubj", "punct", "nsubj", "relcl", "advmod", "punct", "ROOT", "mark", "nsubj", "aux", "ccomp", "punct"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)
    assert [t.text for t in children(doc[1])] == ["The", ",", "arrived", ","]
    for tok in doc:
        assert children(tok) == tuple(tok.children)
        assert children(tok) is children(tok)  # walked once per token
    other = Doc(doc.vocab, words=["Lee", "left", "."], heads=[1, 1, 1], deps=["nsubj", "ROOT", "punct"])
    assert [t.text for t in children(other[1])] == ["Lee", "."]  # the index follows the document


def test_span_text_is_the_spans_text():
    from newslab.extract.docindex import span_text

    doc = _doc("  The U.N.  envoy\nmet  Lee's team. ")
    for s in range(len(doc) + 1):
        for e in range(s, len(doc) + 1):
            assert span_text(doc[s:e]) == doc[s:e].text, (s, e)
