"""Regnal numerals after a ruler's name, and a ruler's given name after a royal title, on sentences written for these tests."""

from spacy.tokens import Span

from newslab.extract.actor_regnal import regnal_numeral

from actorkit import actor_mentions, one_sentence_doc


def _with_person(nlp, text, name):
    doc = one_sentence_doc(nlp, text)
    words = name.split()
    toks = [t.text for t in doc]
    i = next(k for k in range(len(toks)) if toks[k:k + len(words)] == words)
    doc.ents = [Span(doc, i, i + len(words), label="PERSON")]
    return doc


def test_numeral_after_a_ruler(nlp):
    doc = _with_person(nlp, "The bridge was built under Queen Marta I in 1598, and I crossed it.", "Marta")
    first, second = [t.i for t in doc if t.text == "I"]
    assert regnal_numeral(doc, first)
    assert not regnal_numeral(doc, second)  # after "and": the pronoun


def test_pronoun_after_a_name_and_comma_stays(nlp):
    doc = _with_person(nlp, "Thanks, Oskar, I will.", "Oskar")
    assert not regnal_numeral(doc, [t.i for t in doc if t.text == "I"][0])


def test_numeral_tagged_as_pronoun_is_in_the_rulers_span(nlp):
    from newslab.extract.actors import extract_actors

    text = "The old fort was rebuilt by King Rudolf I in 1278."

    class A:  # the stage only reads the Doc
        body = text

    spans = {text[s:e] for a in extract_actors(nlp(text), A()).actors for s, e in a.mentions}
    assert "King Rudolf I" in spans and "I" not in spans


def test_ruler_given_name_does_not_join_a_surname(nlp):
    # A king called by his given name is not the man whose surname it is.
    found = actor_mentions(nlp, "Rafael Omar Hussein, a trader, met King Hussein in the palace on Monday. "
                                 "King Hussein thanked the trader.")
    merged = [mentions for mentions in found.values() if "Rafael Omar Hussein" in mentions]
    assert merged and not merged[0] & {"King Hussein"}
    assert any(mentions == {"King Hussein"} for mentions in found.values())


def test_ruler_titles_come_from_the_title_list():
    from newslab.extract.actor_lexicons import lexicons
    from newslab.extract.actor_regnal import ruler_title

    titles = lexicons().titles
    assert ruler_title("Crown Prince", titles) == "Crown" and ruler_title("Pope", titles) == "Pope"
    assert ruler_title("Senator", titles) is None and ruler_title(None, titles) is None
