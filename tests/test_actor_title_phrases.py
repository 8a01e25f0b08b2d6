"""Title phrases: religious and supreme offices (data/actors_titles.csv: "Supreme Leader", "Grand Mufti", "Grand
Ayatollah", "Patriarch", "the Dalai Lama"), and a possessor before a lower-case title as the holder's affiliation.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from newslab.extract.actors import extract_actors
from newslab.seeds import parse_seed_text


def _actors(nlp, text: str):
    art = parse_seed_text(f"date 2021-03-04 {text}\n", "t")
    return {a.name: a for a in extract_actors(nlp(art.body), art).actors}


def test_supreme_leader_is_a_title_not_an_organisation(nlp):
    got = _actors(nlp, "Supreme Leader Ayatollah Ali Khamenei warned Washington against any attack on Iran.")
    person = got["Ali Khamenei"]
    assert person.role == "Supreme Leader Ayatollah" and person.affiliation is None, person
    assert "Supreme" not in got, sorted(got)


def test_a_grand_office_keeps_its_modifier(nlp):
    got = _actors(nlp, "Grand Ayatollah Ali al-Sistani called on Iraqis to vote in large numbers.")
    assert got["Ali al-Sistani"].role == "Grand Ayatollah" and got["Ali al-Sistani"].kind == "religious"


def test_a_religious_office_alone_stands_for_its_holder(nlp):
    got = _actors(nlp, "The Dalai Lama accused Beijing of trying to erase Tibetan culture.")
    assert got["Dalai Lama"].type == "PERSON" and got["Dalai Lama"].kind == "religious", sorted(got)


def test_a_patriarch_is_a_religious_leader(nlp):
    got = _actors(nlp, "Patriarch Kirill blessed the troops in a Moscow cathedral.")
    assert got["Kirill"].role == "Patriarch" and got["Kirill"].kind == "religious"


@pytest.mark.parametrize("text, name, affiliation", [
    ("Hezbollah's deputy leader Naim Qassem said the group would respond.", "Naim Qassem", "Hezbollah"),
    ("France's foreign minister Jean-Yves Le Drian said the talks had failed.", "Jean-Yves Le Drian", "France"),
])
def test_a_possessor_before_a_lower_case_title_is_the_affiliation(nlp, text, name, affiliation):
    got = _actors(nlp, text)
    assert got[name].affiliation == affiliation, (got[name].role, got[name].affiliation)


def test_a_person_as_possessor_is_no_affiliation(nlp):
    # guard: "Obama's chief of staff" works for Obama, who is no body
    got = _actors(nlp, "Obama's chief of staff Denis McDonough called the senators.")
    assert got["Denis McDonough"].affiliation is None
