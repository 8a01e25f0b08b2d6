"""A title or a craft's name in apposition after its kind noun is no actor (extract/actor_work_kinds.py), on
sentences written for these tests."""

from actorkit import typed_mentions


def test_titles_after_their_kind_noun_are_no_actors(nlp):
    found = typed_mentions(nlp, "He played Rex in the superhero film Nightfall (2009), based on a comic. "
                                "Later he wrote the novel Emma Grey, which sold well.")
    assert ("PERSON", "Rex") in found
    assert not {t for _, t in found} & {"Nightfall", "Emma Grey"}


def test_a_craft_name_after_its_kind_noun_is_no_actor(nlp):
    found = typed_mentions(nlp, "He joined the ship Endeavour as a cook.")
    assert not {t for _, t in found} & {"Endeavour", "the ship Endeavour"}


def test_a_person_before_a_verb_stays(nlp):
    # "the book Smith wrote": a relative clause whose subject is the person
    assert ("PERSON", "Smith") in typed_mentions(nlp, "The book Smith wrote was long.")
