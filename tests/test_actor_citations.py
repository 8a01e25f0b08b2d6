"""Authors named before a bracketed year in running text, on sentences written for these tests."""

from spacy.tokens import Span

from newslab.extract.actor_citations import narrative_citations
from actorkit import one_sentence_doc as _doc


def test_author_before_a_bracketed_year_is_a_person(nlp):
    doc = _doc(nlp, "The scheme follows Hallorin's (1987) survey . See Quennell (2003) .")
    ents = [Span(doc, 3, 4, label="ORG")]  # the model's reading of the surname
    out = narrative_citations(doc, ents)
    assert [(e.text, e.label_) for e in out] == [("Hallorin", "PERSON"), ("Quennell", "PERSON")]


def test_two_authors_joined_by_and_are_two_people(nlp):
    doc = _doc(nlp, "As Pettering and Van Oostrum (2011) argue , the vowels merged .")
    out = narrative_citations(doc, [Span(doc, 1, 6, label="ORG")])
    assert [(e.text, e.label_) for e in out] == [("Pettering", "PERSON"), ("Van Oostrum", "PERSON")]


def test_places_titles_and_list_lines_with_a_year_stay(nlp):
    # a state, a place after 'in', a work's title after an article or in ordinary words, a line opening with a team
    doc = _doc(nlp, "She studied in Portugal ( 1990 ) and Ruritania ( 1991 ) , taught in Quarrendon ( 1992 ) and wrote "
                    "The Harbour ( 1995 ) and Harbour Lights ( 1997 ) about a harbour .\nRiverton Otters ( 2012 )")
    words = [t.text for t in doc]
    ents = [Span(doc, words.index(w), words.index(w) + 1, label="GPE") for w in ("Portugal", "Quarrendon")]
    ents.append(Span(doc, words.index("Ruritania"), words.index("Ruritania") + 1, label="PERSON"))
    assert narrative_citations(doc, ents) == ents


def test_pointer_words_before_bracketed_authors_are_skipped(nlp):
    from newslab.extract.actor_gazetteer import _parenthetical_citations

    doc = _doc(nlp, "Vowels shifted early (e.g., Marvelle, 2016) and late (for example Dunstane 2019; Orrick, 2020) .")
    out = _parenthetical_citations(doc, [])
    assert [(e.text, e.label_) for e in out] == [("Marvelle", "PERSON"), ("Dunstane", "PERSON"), ("Orrick", "PERSON")]
