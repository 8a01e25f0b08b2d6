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


def test_a_title_read_as_a_second_subject_of_the_verb_is_no_actor(nlp):
    # the parser makes "film" and the title two subjects of "won": one noun phrase
    found = typed_mentions(nlp, "The film Oppenheimer won seven Oscars in March.")
    assert not {t for _, t in found} & {"Oppenheimer"}, found


def test_a_person_in_a_relative_clause_after_the_kind_noun_stays(nlp):
    # guard: "the film Lee directed": Lee is the subject of the relative clause, "film" of the main verb
    assert ("PERSON", "Lee") in typed_mentions(nlp, "The film Lee directed won an award.")
