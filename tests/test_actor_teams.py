"""Sports clubs named after their town, on sentences written for these tests."""

from newslab.extract.actor_teams import team_named

from actorkit import one_sentence_doc, span_of, typed_mentions


def test_town_and_plural_nickname_is_a_club(nlp):
    doc = one_sentence_doc(nlp, "the Pittsburgh Pirates , Boston Red Sox , New York Rangers , Boston Heights , Ohio Falls")
    assert team_named(span_of(doc, "the Pittsburgh Pirates", "GPE"))
    assert team_named(span_of(doc, "Boston Red Sox", "GPE"))
    assert team_named(span_of(doc, "New York Rangers", "GPE"))
    assert not team_named(span_of(doc, "Boston Heights", "GPE"))  # a neighbourhood
    assert not team_named(span_of(doc, "Ohio Falls", "GPE"))


def test_clubs_and_their_nicknames_are_organisations(nlp):
    got = typed_mentions(nlp, "He first played for the Pittsburgh Pirates in 2012, but has played for the Boston Red Sox "
                              "every season since. He was the second Pirates player to do so.")
    assert ("ORG", "the Pittsburgh Pirates") in got
    assert ("ORG", "Pirates") in got
    assert ("GPE", "Pittsburgh") in got  # the town inside the club's name, as the gold marks it


def test_a_person_named_like_a_town_is_no_club(nlp):
    doc = one_sentence_doc(nlp, "Miri Forbes and Dallas Roberts wrote it .")
    from newslab.extract.actor_teams import team_nicknames
    from spacy.tokens import Span

    ents = [span_of(doc, "Miri Forbes", "PERSON"), span_of(doc, "Dallas Roberts", "PERSON")]
    assert [e.label_ for e in team_nicknames(doc, ents, Span)] == ["PERSON", "PERSON"]
