"""Rank abbreviations stay one token with their period, so the sentence does not end inside a name ("army spokesman
Brig. Gen. Nabil Omar said"); a rank alone gives its holder the service's kind; police ranks are ranks
(twenty-eighth round). Every sentence here is written for the test; none comes from an evaluation set."""

from __future__ import annotations

import pytest
from attrkit import make_attr

from newslab.extract.actors import extract_actors
from newslab.seeds import parse_seed_text


def _actors(nlp, text: str):
    art = parse_seed_text(f"date 2023-05-06 {text}\n", "t")
    return {a.name: a for a in extract_actors(nlp(art.body), art).actors}


@pytest.mark.parametrize("text", [
    "Army spokesman Brig. Gen. Nabil Omar said the bridge was taken.",
    "The convoy was stopped by Lt. Col. Sara Lind, who gave no reason.",
    "Sgt. John Ames was wounded near the border on Friday.",
])
def test_a_sentence_does_not_end_at_a_rank_abbreviation(nlp, text):
    assert len(list(nlp(text).sents)) == 1, [s.text for s in nlp(text).sents]


def test_a_quotation_before_a_ranked_speaker_is_attributed(nlp):
    df = make_attr(nlp)('"Our forces hold the bridge," army spokesman Brig. Gen. Nabil Omar said on Sunday.')
    assert len(df) == 1 and "Nabil Omar" in df["source"].iloc[0], df[["source", "cue", "content"]]


@pytest.mark.parametrize("text, name, rank, kind", [
    ("Gen. Mark Dale said the war would be long.", "Mark Dale", "Gen.", "military"),
    ("Police Det. Ana Cruz led the inquiry.", "Ana Cruz", "Det.", "government"),
    ("Detective Inspector Ian Hale said the man had been charged.", "Ian Hale", "Detective Inspector", "government"),
])
def test_a_rank_alone_gives_its_service(nlp, text, name, rank, kind):
    person = _actors(nlp, text)[name]
    assert person.rank == rank and person.kind == kind, person


def test_inspector_general_stays_an_office(nlp):
    # guard: "Inspector" written out is no rank ("Inspector General" is an office)
    person = _actors(nlp, "Inspector General Michael Horn released the report.")["Michael Horn"]
    assert person.role == "Inspector General" and person.rank is None, person


def test_a_service_run_into_the_rank_keeps_only_its_name(nlp):
    # the model reads "Army Lt." as one organisation; the rank belongs to the person's title
    got = _actors(nlp, "The plan will fail, said retired Army Lt. Gen. Mick Bednarek, who served in Iraq.")
    assert "Army" in got and "Army Lt." not in got, sorted(got)
    assert got["Mick Bednarek"].rank == "Lt. Gen." and got["Mick Bednarek"].affiliation == "Army"


def test_an_office_ending_in_a_written_out_rank_keeps_it(nlp):
    # guard: only abbreviations are cut ("General" ends an office's name)
    assert "Office of the Inspector General" in _actors(nlp, "The Office of the Inspector General released the audit.")
