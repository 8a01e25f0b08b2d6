"""A town with its region and state as one place mention ("Oldham, Lancashire, England"), on sentences written for
these tests (actor_spans.town_with_region)."""

from newslab.extract.actors import extract_actors


def _spans(nlp, text):
    class A:  # the stage only reads the Doc
        body = text

    return {text[s:e] for a in extract_actors(nlp(text), A()).actors for s, e in a.mentions}


def test_chain_of_places_up_to_the_state_is_one_mention(nlp):
    spans = _spans(nlp, "Her aunt came from Oldham, Lancashire, England and opened a bakery.")
    assert {"Oldham, Lancashire, England", "Lancashire, England", "England"} <= spans


def test_us_state_and_country_close_a_chain(nlp):
    spans = _spans(nlp, "The museum stands in Cuyahoga County, Ohio, USA.")
    assert {"Cuyahoga County, Ohio, USA", "Ohio, USA", "USA"} <= spans


def test_two_towns_with_their_states_joined_by_and(nlp):
    spans = _spans(nlp, "He kept flats in Madrid, Spain and Brussels, Belgium.")
    assert {"Madrid, Spain", "Brussels, Belgium", "Spain", "Belgium"} <= spans


def test_clause_after_comma_and_is_no_list(nlp):
    spans = _spans(nlp, "We spent a night in Eugene, Oregon, and we left at dawn.")
    assert "Eugene, Oregon" in spans


def test_lists_of_places_stay_apart(nlp):
    spans = _spans(nlp, "The band played in Rome, Paris, Jakarta and Lima. Fans came from Texas, Georgia and Ohio.")
    assert {"Rome", "Paris", "Jakarta", "Texas", "Georgia"} <= spans
    assert not any("," in s for s in spans)


def test_region_with_the_before_a_state_is_no_town(nlp):
    spans = _spans(nlp, "They want to take over the Middle East, Iran and somebody else will get the oil.")
    assert "Iran" in spans and not any(s.startswith("the Middle East,") for s in spans)


def test_town_with_its_country_before_and_the(nlp):
    spans = _spans(nlp, "We went to a convention in Buxton, England and the Magic Circle in London.")
    assert "Buxton, England" in spans
