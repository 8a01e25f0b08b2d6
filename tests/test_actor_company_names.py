"""Companies named with a legal form, and their short names, are organisations; on sentences written for these tests
(tokenised only; the model's mistyped labels are set by hand)."""

from spacy.tokens import Span

from newslab.extract.actor_company_names import company_short_names


def _last(doc, text, label):
    """The last run of tokens in ``doc`` that reads ``text``, as a Span with ``label``."""
    words = text.split()
    toks = [t.text for t in doc]
    i = max(k for k in range(len(toks)) if toks[k:k + len(words)] == words)
    return Span(doc, i, i + len(words), label=label)


def _labels(nlp, text, spans):
    doc = nlp.make_doc(text)
    ents = sorted((_last(doc, t, label) for t, label in spans), key=lambda e: e.start)
    return [(e.text, e.label_) for e in company_short_names(doc, ents)]


def test_short_name_of_a_company_is_an_organisation(nlp):
    text = "Brimble Optics Inc. said it cut prices. Brimble sells lenses, and Brimble shares rose."
    got = _labels(nlp, text, [("Brimble Optics Inc.", "ORG"), ("Brimble", "PERSON")])
    assert got == [("Brimble Optics Inc.", "ORG"), ("Brimble", "ORG")]
    assert _labels(nlp, "Tarven Mills PLC agreed to a bid .", [("Tarven Mills PLC", "PERSON")]) == \
        [("Tarven Mills PLC", "ORG")]


def test_people_and_places_of_that_name_are_left(nlp):
    text = "Brimble Optics Inc. said it cut prices. Mr. Brimble , its founder , agreed."
    assert ("Brimble", "PERSON") in _labels(nlp, text, [("Brimble Optics Inc.", "ORG"), ("Brimble", "PERSON")])
    text = "Texas Lenses Inc. moved to Dallas . Texas is large."
    assert ("Texas", "GPE") in _labels(nlp, text, [("Texas Lenses Inc.", "ORG"), ("Texas", "GPE")])


def test_titled_person_of_that_name_is_left(nlp):
    text = "Brimble Optics Inc. said it cut prices. President Brimble visited the plant ."
    assert ("Brimble", "PERSON") in _labels(nlp, text, [("Brimble Optics Inc.", "ORG"), ("Brimble", "PERSON")])


def _actors(nlp, text):
    from newslab.extract.actors import extract_actors

    class Article:  # the stage only reads the body
        body = text

    return {a.name: sorted(text[s:e] for s, e in a.mentions) for a in extract_actors(nlp(text), Article()).actors}


def test_short_name_joins_the_company_actor(nlp):
    text = ("Brimble Optics Inc. said on Monday that it would cut prices. Analysts said Brimble Optics could gain "
            "customers.")
    actors = _actors(nlp, text)
    assert "Brimble Optics" in actors["Brimble Optics Inc."] and "Brimble Optics" not in actors


def _clusters(*names):
    from newslab.extract.actor_titles import Mention

    clusters = {("ORG", n.lower()): {"type": "ORG", "names": [n], "mentions": [Mention(i, i + 1, "ORG", ("ORG", n.lower()), n)]}
                for i, n in enumerate(names)}
    return clusters, list(clusters)


def test_first_word_joins_the_one_company_it_opens():
    from newslab.extract.actor_company_names import merge_company_short_names

    clusters, order = _clusters("Harlow Steel Corp.", "Harlow", "Harlow Steel", "Ridley")
    merge_company_short_names(clusters, order)
    assert clusters[("ORG", "harlow steel corp.")]["names"] == ["Harlow Steel Corp.", "Harlow", "Harlow Steel"]
    assert ("ORG", "ridley") in clusters and ("ORG", "harlow") not in clusters


def test_short_name_two_companies_share_joins_neither():
    from newslab.extract.actor_company_names import merge_company_short_names

    clusters, order = _clusters("Harlow Steel Corp.", "Harlow Foods Inc.", "Harlow")
    merge_company_short_names(clusters, order)
    assert ("ORG", "harlow") in clusters and clusters[("ORG", "harlow foods inc.")]["names"] == ["Harlow Foods Inc."]
