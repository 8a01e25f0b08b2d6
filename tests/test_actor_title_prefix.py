"""The title phrase in front of a name when the model's entity began with title words (``actor_titles.title_prefix``),
on sentences written for these tests."""

from actorkit import mention_texts, one_sentence_doc

from newslab.extract.actor_lexicons import lexicons
from newslab.extract.actor_titles import title_prefix


def test_phrase_goes_on_past_the_entity_start(nlp):
    doc = one_sentence_doc(nlp, "Mr. Chief Justice , we thank the panel .")
    # the model's entity "Chief Justice" starts at token 1; the caller moved its title words out (name start 2)
    assert title_prefix(doc, 2, 0, lexicons(), {1}, own_start=1) == 0


def test_phrase_stops_at_another_persons_name(nlp):
    doc = one_sentence_doc(nlp, "Okoro Chief Justice Velde spoke .")
    # "Okoro" is another person's entity (start 0); "Velde" is the name, whose entity began at "Chief" (1)
    assert title_prefix(doc, 3, 0, lexicons(), {0, 1}, own_start=1) == 1


def test_honorific_and_title_before_a_title_entity(nlp):
    assert "Mr. Chief Justice" in mention_texts(nlp, "Mr. Chief Justice, and may it please the Court: the statute is clear.")
    assert "Chief Justice Halloran" in mention_texts(nlp, "Chief Justice Halloran and may it please the Court.")
