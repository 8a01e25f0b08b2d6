"""Group adjectives listed before one noun are attributes, not mentions; sentences written for these tests."""

from actorkit import typed_mentions


def test_a_list_of_group_adjectives_before_a_noun_makes_no_mention(nlp):
    got = typed_mentions(nlp, "He demanded that Buddhist, Hindu, Muslim, and Christian leaders meet.")
    assert not any(label == "NORP" for label, _ in got)


def test_a_hyphenated_adjective_at_the_end_of_the_list_too(nlp):
    got = typed_mentions(nlp, "It formed a bond between the Jewish and African-American communities of Georgia.")
    assert ("GPE", "Georgia") in got
    assert not any(label == "NORP" for label, _ in got)


def test_plural_peoples_in_a_list_stay_mentions(nlp):
    got = typed_mentions(nlp, "The Jews, Christians and Muslim leaders met in the old city.")
    assert ("NORP", "Christians") in got
