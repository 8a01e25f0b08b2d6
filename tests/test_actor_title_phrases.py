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


@pytest.mark.parametrize("text, name, role, affiliation", [
    ("Thierry Breton, the EU's internal market commissioner, said the platform had failed.", "Thierry Breton",
     "internal market commissioner", "European Union"),
    ("Maria Ruiz, Spain's economy minister, said growth would slow next year.", "Maria Ruiz", "economy minister", "Spain"),
    ("Mark Rutte, NATO's secretary general, met the defence ministers.", "Mark Rutte", "secretary general", "NATO"),
])
def test_an_apposition_with_an_owner_gives_the_role_and_the_affiliation(nlp, text, name, role, affiliation):
    got = _actors(nlp, text)
    assert (got[name].role, got[name].affiliation) == (role, affiliation)


def test_a_chief_role_in_an_apposition_takes_the_kind_of_the_office_after_chief(nlp):
    got = _actors(nlp, "Anna Berg, the company's chief financial officer, resigned on Monday.")
    assert got["Anna Berg"].role == "chief financial officer" and got["Anna Berg"].kind == "business"


def test_a_rank_abbreviation_the_parser_split_off_is_no_person(nlp):
    # the tokenizer splits "Brig ." and the parser ends a sentence there: the rank alone is no actor
    got = _actors(nlp, "An army spokesman, Brig. Nabil Abdallah, said the base held. Sgt. Omar Said agreed.")
    assert "Nabil Abdallah" in got and not any(n.rstrip(".") in {"Brig", "Sgt"} for n in got), sorted(got)


def test_a_role_of_someone_elses_body_keeps_its_owner_inside(nlp):
    # guard: only an owner before the role noun is cut off, not one after "of"
    got = _actors(nlp, "It was plagiarism, David Axelrod, the chief strategist of Barack Obama's 2008 campaign, said.")
    assert got["David Axelrod"].role == "chief strategist of Barack Obama's 2008 campaign"


@pytest.mark.parametrize("text, name, role, affiliation", [
    ("Maria Chen, a virologist at Johns Hopkins University, said the variant spread quickly.", "Maria Chen",
     "virologist", "Johns Hopkins University"),
    ("Tom Ray, an analyst with the Brookings Institution, said growth would slow.", "Tom Ray", "analyst",
     "Brookings Institution"),
])
def test_an_apposition_naming_where_a_person_works_gives_the_affiliation(nlp, text, name, role, affiliation):
    got = _actors(nlp, text)
    assert (got[name].role, got[name].affiliation) == (role, affiliation)


def test_a_critic_of_a_body_is_not_its_member(nlp):
    # guard: only "at"/"with" say where a person works; "of" may say whom they oppose
    got = _actors(nlp, "Ann Lee, a critic of the ruling party, spoke at the rally.")
    assert got["Ann Lee"].affiliation is None
