"""Names the model calls actors that are events or verbs, on sentences written for these tests."""

import pytest
from spacy.tokens import Span

from newslab.extract.actor_gazetteer import _drop_things

from actorkit import mention_texts


def _span(doc, word, label, n=1):
    i = [t.text for t in doc].index(word)
    return Span(doc, i, i + n, label=label)


def test_an_operation_is_an_event_not_an_organisation(nlp):
    doc = nlp.make_doc("The marines launched Operation Silver Lantern near Qadisha, and the Navy supported it.")
    spans = [_span(doc, "Operation", "ORG", 3), _span(doc, "Navy", "ORG")]
    assert [e.text for e in _drop_things(doc, spans)] == ["Navy"]


def test_a_name_after_operation_is_part_of_the_event(nlp):
    doc = nlp.make_doc("Troops ended Operation Grey Harbour on Sunday.")
    spans = [_span(doc, "Grey", "PERSON", 2)]
    assert _drop_things(doc, spans) == []


def test_an_imperative_verb_opening_a_sentence_is_no_person(nlp):
    doc = nlp("Fill the tray with compost. Drop three seeds into every cell. Water them daily.")
    spans = [_span(doc, "Drop", "PERSON")]
    assert [t.tag_ for t in spans[0]] == ["VB"] and spans[0][0].dep_ == "ROOT"  # the parse the rule reads
    assert _drop_things(doc, spans) == []


def test_a_name_opening_a_sentence_stays(nlp):
    doc = nlp("The parcel came late. Mark signed for it at noon.")
    spans = [_span(doc, "Mark", "PERSON")]
    assert [e.text for e in _drop_things(doc, spans)] == ["Mark"]


def test_a_prize_or_festival_is_no_actor(nlp):
    doc = nlp.make_doc("She won the Halvorsen Prize in May and spoke at the Lindqvist Festival, thanking Nordbank.")
    spans = [_span(doc, "the", "ORG", 3), _span(doc, "Lindqvist", "PERSON", 2), _span(doc, "Nordbank", "ORG")]
    assert [e.text for e in _drop_things(doc, spans)] == ["Nordbank"]


def test_a_festival_the_model_calls_a_place_stays_for_its_town(nlp):
    doc = nlp.make_doc("Crowds filled the Bergholm Harbour Festival on Friday.")
    spans = [_span(doc, "the", "FAC", 4)]
    assert [e.text for e in _drop_things(doc, spans)] == ["the Bergholm Harbour Festival"]


def test_a_polity_noun_after_a_determiner_is_a_state(nlp):
    from newslab.extract.actors import extract_actors

    text = "The blockade hurt the Confederacy badly. Later the Confederacy sent two envoys to Paris."

    class A:  # the stage only reads the Doc
        body = text

    actors = extract_actors(nlp(text), A())
    labels = {text[s:e]: a.type for a in actors.actors for s, e in a.mentions}
    assert labels.get("the Confederacy") == "GPE" and "PERSON" not in labels.values()


def test_a_consulate_is_an_organisation_as_an_embassy_is(nlp):
    from newslab.extract.actors import extract_actors

    text = ("Apply in person at the Peruvian Consulate in Leeds, or post the form to the Peruvian Consulate. "
            "When writing to the Chilean Consulate by post, add a fee.")

    class A:  # the stage only reads the Doc
        body = text

    actors = extract_actors(nlp(text), A())
    labels = {text[s:e]: a.type for a in actors.actors for s, e in a.mentions}
    assert labels.get("the Peruvian Consulate") == "ORG" and labels.get("the Chilean Consulate") == "ORG"


def test_a_name_after_a_stance_prefix_is_a_modifier(nlp):
    doc = nlp("The station airs anti-Moscow songs, and the counter-Hamas alliance met in Paris.")
    spans = [Span(doc, i, i + 1, label=lab) for i, t in enumerate(doc) for w, lab in (("Moscow", "GPE"), ("Hamas", "ORG"),
                                                                                    ("Paris", "GPE")) if t.text == w]
    assert [e.text for e in _drop_things(doc, spans)] == ["Paris"]


def test_a_name_the_model_took_with_its_stance_prefix_is_a_modifier(nlp):
    from actorkit import mention_texts

    texts = mention_texts(nlp, "Donors gave millions to a pro-Varnell super PAC, and anti-Quist signs went up, "
                               "but the Pro-Harbor League stayed out of it.")
    assert not any(t.startswith(("pro-", "anti-")) for t in texts)


@pytest.mark.parametrize("text, name", [
    ("The tanker Stena Vanda was seized by the coast guard.", "Stena Vanda"),
    ("The rover Perseverance sent back new photographs.", "Perseverance"),
    ("Rebels fired on the cargo ferry Marta Lind near the port.", "Marta Lind"),
])
def test_a_vessel_named_after_its_kind_is_no_actor(nlp, text, name):
    assert not any(name in m for m in mention_texts(nlp, text)), mention_texts(nlp, text)


def test_a_ship_prefix_after_the_still_opens_a_ship(nlp):
    texts = mention_texts(nlp, "The navy bought two runners, the CSS Merrow and the CSS Tallin, in 1863.")
    assert not any("Merrow" in t or "Tallin" in t for t in texts), texts
