"""A bare "New York" / "Washington" that its sentence shows to be the US state (extract.actor_city_states).

Sentences written for these tests."""

from __future__ import annotations

import pytest

from newslab.extract.actors import extract_actors


def names(nlp, text: str) -> set[str]:
    class Article:  # the stage only reads the body
        body = text

    return {a.name for a in extract_actors(nlp(text), Article()).actors if "York" in a.name or "Washington" in a.name}


@pytest.mark.parametrize("text, name", [
    ("She grew up in Millbrook, New York, and later moved to Ohio.", "New York State"),
    ("Senator Dana Holt, Democrat of New York, voted against the bill.", "New York State"),
    ("The gentlewoman from New York yielded her time.", "New York State"),
    ("Farm bills matter in Ohio, New York and Maine.", "New York State"),
    ("Orchards cover much of upstate New York.", "New York State"),
    ("He lives in Spokane, Washington, with his wife.", "Washington State"),
])
def test_the_state_where_the_sentence_says_so(nlp, text, name):
    assert names(nlp, text) == {name}


@pytest.mark.parametrize("text, name", [
    ("He flew from London to New York on Monday.", "New York"),
    ("Paris, New York and London are expensive cities.", "New York"),
    ("The mayor of New York spoke on Tuesday.", "New York"),
    ("Talks in Washington, D.C., ended on Friday.", "Washington"),
    ("Ines Ruiz of Washington, D.C., and voters in Texas or Washington, D.C., agreed.", "Washington"),
])
def test_the_bare_name_elsewhere(nlp, text, name):
    assert name in names(nlp, text) and not any(n.endswith("State") for n in names(nlp, text))


def test_an_article_may_write_both_the_state_and_the_city(nlp):
    text = "She was born in Ithaca, New York, and moved to New York at twenty."

    class Article:
        body = text

    got = {text[s:e] + "@" + str(s): a.name for a in extract_actors(nlp(text), Article()).actors for s, e in a.mentions}
    assert got[f"New York@{text.index('New York')}"] == "New York State"
    assert got[f"New York@{text.rindex('New York')}"] == "New York"
