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


def test_a_club_nickname_alone_is_the_club_it_names(nlp):
    from actorkit import actor_mentions

    got = actor_mentions(nlp, "Ortega signed with the Denver Nuggets in 2019. The Nuggets traded him a year later, and "
                              "the Seattle Mariners hired his brother. The Mariners said he would start in May.")
    assert {"the Denver Nuggets", "The Nuggets"} <= got["Denver Nuggets"]
    assert {"the Seattle Mariners", "The Mariners"} <= got["Seattle Mariners"]


def test_a_nickname_inside_another_club_name_stays_with_that_name(nlp):
    from actorkit import mention_texts

    got = mention_texts(nlp, "Clubs\n\nBoston Red Sox\n\nSalem Red Sox\n\nHe played for the Boston Red Sox and later for "
                             "the Pawtucket Red Sox, a minor league club.")
    assert "Red Sox" not in got and "the Red Sox" not in got
