"""A person's name with its own article or possessive determiner is one mention with it ("a Dr. Hartley", "my
Gerald"), but not when the article belongs to a noun after the name; sentences written for these tests."""

from actorkit import mention_texts


def test_article_before_a_titled_name(nlp):
    assert "a Dr. Hartley" in mention_texts(nlp, "The letter was signed by a Dr. Hartley from the county hospital.")


def test_possessive_before_a_first_name(nlp):
    assert "my Gerald" in mention_texts(nlp, "Then my Gerald came home and cooked dinner for everyone.")


def test_article_of_a_noun_after_the_name_is_left_out(nlp):
    texts = mention_texts(nlp, "We bought a Rosa Delgado painting at the fair in Lisbon.")
    assert "Rosa Delgado" in texts  # "a" is the painting's article
