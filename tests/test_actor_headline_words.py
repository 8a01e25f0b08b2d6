"""A common word a title-case headline glued before a surname is no second person, on sentences written for
these tests."""

from actorkit import actor_mentions

from newslab.extract.actor_headline_words import headline_word


def test_headline_verb_before_a_surname_leaves_one_person(nlp):
    # "Ignore Whitcombe" is the headline's verb and the surname: no second Whitcombe, so the bare surname joins Martha.
    found = actor_mentions(nlp, "Why Voters Ignore Whitcombe\n\nMartha Whitcombe has run for mayor three times. "
                                "Whitcombe lost each race.")
    assert found["Martha Whitcombe"] >= {"Whitcombe", "Ignore Whitcombe"}


def test_headline_words_are_common_words_not_given_names():
    assert headline_word("praises") and headline_word("without") and headline_word("longtime")
    # a given name, and a name WordNet lists only as a noun (a person), stay names
    assert not headline_word("martha") and not headline_word("prescott")


def test_the_actor_is_named_without_the_headline_word(nlp):
    found = actor_mentions(nlp, "Why Voters Ignore Martha Whitcombe\n\nMartha Whitcombe has run for mayor three times. "
                                "Whitcombe lost each race.")
    assert "Martha Whitcombe" in found and not any(n.startswith("Ignore") for n in found), found
