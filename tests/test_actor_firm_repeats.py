"""A name the text calls a firm stays a firm in the rest of the article; sentences written for these tests."""

from spacy.tokens import Span

from actorkit import actor_mentions, span_of

from newslab.extract.actor_firm_repeats import firm_names_repeated


def test_the_other_mentions_of_a_firm_are_the_firm(nlp):
    doc = nlp("Kim Ode founded the company Lumora in 2019, and Lumora's sales grew until Ode left.")
    ode = [t.i for t in doc if t.text == "Ode"][-1]
    ents = [span_of(doc, "Kim Ode", "PERSON"), span_of(doc, "Lumora", "ORG"), span_of(doc, "Lumora 's", "PERSON"),
            Span(doc, ode, ode + 1, label="PERSON")]
    out = firm_names_repeated(doc, ents)
    assert [e.label_ for e in out] == ["PERSON", "ORG", "ORG", "PERSON"]


def test_a_firm_and_its_repeat_make_one_organisation(nlp):
    got = actor_mentions(nlp, "In 2016 Elon Musk established the company Neuralink to develop wireless brain implants. "
                              "It is by no means clear how successful Neuralink will be.")
    assert got.get("Neuralink") == {"Neuralink"}
    from newslab.extract.actors import extract_actors

    text = "In 2016 Elon Musk established the company Neuralink to develop wireless brain implants. It is by no means clear how successful Neuralink will be."

    class Article:
        body = text

    (firm,) = [a for a in extract_actors(nlp(text), Article()).actors if a.name == "Neuralink"]
    assert firm.type == "ORG" and len(firm.mentions) == 2
