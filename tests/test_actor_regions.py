"""A place named with a region word before it is a region of its own (extract.actor_regions).

Sentences written for these tests."""

from __future__ import annotations

from newslab.extract.actors import extract_actors


def actors(nlp, text: str) -> dict[str, tuple]:
    class Article:  # the stage only reads the body
        body = text

    return {text[s:e]: (a.name, a.kind, a.iso3) for a in extract_actors(nlp(text), Article()).actors for s, e in a.mentions}


def test_a_part_of_a_state_is_no_state(nlp):
    got = actors(nlp, "Fighting spread across northern Iraq, and Iraq denied it.")
    assert got["northern Iraq"] == ("northern Iraq", "place", None)
    assert got["Iraq"] == ("Iraq", "state", "IRQ")


def test_downtown_and_ancient_are_regions_but_modern_is_the_place(nlp):
    assert actors(nlp, "The hotel is in downtown Denver.")["downtown Denver"][0] == "downtown Denver"
    assert actors(nlp, "Life in ancient Rome was hard.")["ancient Rome"][0] == "ancient Rome"
    assert actors(nlp, "Rents in modern Lima are high.")["modern Lima"][0] == "Lima"
