"""Unknown places listed with organisations, on sentences written for these tests (hand-built parses)."""

from spacy.tokens import Doc, Span

from newslab.extract.actor_coordination import orgs_by_coordination


def _doc(nlp, words, heads, deps):
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps)


def test_brand_listed_with_firms_is_an_organisation(nlp):
    # "Zentrix , Microsoft and Oracle had stands ."
    words = ["Zentrix", ",", "Microsoft", "and", "Oracle", "had", "stands", "."]
    doc = _doc(nlp, words, [5, 0, 0, 2, 2, 5, 5, 5], ["nsubj", "punct", "conj", "cc", "conj", "ROOT", "dobj", "punct"])
    ents = [Span(doc, 0, 1, label="GPE"), Span(doc, 2, 3, label="ORG"), Span(doc, 4, 5, label="ORG")]
    assert [e.label_ for e in orgs_by_coordination(doc, ents)] == ["ORG", "ORG", "ORG"]


def test_town_after_in_stays_a_place(nlp):
    # "Tours from Kestrel Travel in Varnby or Oracle ."
    words = ["Tours", "from", "Kestrel", "Travel", "in", "Varnby", "or", "Oracle", "."]
    doc = _doc(nlp, words, [0, 0, 3, 1, 3, 4, 5, 5, 0], ["ROOT", "prep", "compound", "pobj", "prep", "pobj", "cc", "conj", "punct"])
    ents = [Span(doc, 2, 4, label="ORG"), Span(doc, 5, 6, label="GPE"), Span(doc, 7, 8, label="ORG")]
    assert [e.label_ for e in orgs_by_coordination(doc, ents)] == ["ORG", "GPE", "ORG"]


def test_place_beside_a_place_stays(nlp):
    # "Zentrix and Paris and Oracle ."
    words = ["Zentrix", "and", "Paris", "and", "Oracle", "."]
    doc = _doc(nlp, words, [0, 0, 0, 2, 2, 0], ["ROOT", "cc", "conj", "cc", "conj", "punct"])
    ents = [Span(doc, 0, 1, label="GPE"), Span(doc, 2, 3, label="GPE"), Span(doc, 4, 5, label="ORG")]
    assert orgs_by_coordination(doc, ents)[0].label_ == "GPE"
