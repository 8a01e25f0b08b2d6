"""Offices named with their place ("President of the United States") as person mentions (extract/office_titles.py).

All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from newslab.extract.actors import extract_actors
from newslab.extract.analysis import analyze, corpus_table
from newslab.extract.identity import resolve
from newslab.seeds import parse_seed_text


def _actors(nlp, text: str, art_id: str = "t"):
    art = parse_seed_text(f"date 2021-03-04 {text}\n", art_id)
    actors = extract_actors(nlp(art.body), art)
    return art, {a.name: (a, [art.body[s:e] for s, e in a.mentions]) for a in actors.actors}


def test_office_after_a_comma_joins_the_name_before_it(nlp):
    _, got = _actors(nlp, "Marta Keller, President of the Republic of Austria, opened the summit in Vienna. Keller said the talks went well.")
    spans = got["Marta Keller"][1]
    assert "President of the Republic of Austria" in spans
    assert got["Austria"][1] == ["the Republic of Austria"]  # the state keeps its nested mention


def test_office_after_an_ordinal_is_a_title_only_person_and_the_state_stays(nlp):
    _, got = _actors(nlp, "The senators waited for hours. Later the 46th President of the United States spoke to reporters.")
    office, spans = got["President of the United States"]
    assert office.type == "PERSON" and office.role == "President of the United States"
    assert spans == ["the 46th President of the United States"]
    assert got["United States"][1] == ["the United States"]


def test_title_before_a_name_is_not_an_office_on_its_own(nlp):
    _, got = _actors(nlp, "He wrote a long letter to the President of France Emmanuel Macron about the harbour.")
    assert "President of France" not in got
    assert any(n.endswith("Macron") for n in got)


def test_office_is_not_the_state_across_articles(nlp):
    """Across articles the office phrase goes to its article's holder of the role, never to the state."""
    texts = {"d1": "Paulo Renner, President of the United States, flew to Ottawa on Friday.",
             "d2": "The United States signed the fisheries accord with Canada."}
    analyses = [analyze(parse_seed_text(f"date 2021-03-04 {t}\n", k), nlp) for k, t in texts.items()]
    res = resolve(corpus_table(analyses, "actors"))
    office = res[(res["article_id"] == "d1") & res["mentions"].map(lambda ms: any(e - s > 20 for s, e in ms))]
    assert not office.empty
    state = res[res["iso3"] == "USA"]["corpus_key"]
    assert set(office["corpus_key"]).isdisjoint(set(state))



def test_body_after_its_state_is_one_organisation_mention(nlp):
    _, got = _actors(nlp, "Her decree said that the United States Congress must meet in Sacramento next spring.")
    body, spans = got["United States Congress"]
    assert body.type == "ORG" and spans == ["the United States Congress"]
    # the state keeps its nested mention, without the body's "the" (actor_spans.without_outer_the)
    assert got["United States"][1] == ["United States"]


def test_body_after_a_demonym_is_that_state_s_body_across_articles(nlp):
    """ "the French Senate" is not the bare "Senate" (which identity reads as the US one)."""
    texts = {"d1": "On Tuesday the French Senate rejected the pension bill by a wide margin.",
             "d2": "The Senate confirmed the judge after a long hearing in Washington."}
    analyses = [analyze(parse_seed_text(f"date 2021-03-04 {t}\n", k), nlp) for k, t in texts.items()]
    res = resolve(corpus_table(analyses, "actors"))
    keys = dict(zip(res["name"], res["corpus_key"]))
    assert keys["French Senate"] == "body:FRA|senate"
    assert keys["Senate"] == "body:USA|senate"


def test_title_after_its_organisation_or_demonym_is_a_title_only_person(nlp):
    _, got = _actors(nlp, "On Friday the United Nations Secretary-General visited the camp. The French President stayed in Lyon.")
    office, spans = got["United Nations Secretary-General"]
    assert office.type == "PERSON" and spans == ["the United Nations Secretary-General"]
    assert got["United Nations"][1] == ["the United Nations"]  # the organisation keeps its nested mention
    assert got["French President"][1] == ["The French President"]


def test_title_after_its_owner_and_before_a_name_stays_the_name_s_title(nlp):
    _, got = _actors(nlp, "The Canadian Prime Minister Maria Olsen spoke to the press in Halifax on Monday.")
    assert "Canadian Prime Minister" not in got
    assert got["Maria Olsen"][0].role == "Prime Minister"


def test_office_of_an_organisation_is_a_person_mention(nlp):
    _, got = _actors(nlp, "In 1990 she became President of the Harbour Society of Tasmania. The Director of the FBI came too.")
    office = next(a for n, (a, _) in got.items() if n.startswith("President of the Harbour Society"))
    assert office.type == "PERSON"
    assert "Director of the FBI" in got and got["Director of the FBI"][0].type == "PERSON"


def test_a_transcript_speaker_line_in_capitals_joins_the_office_holder(nlp):
    text = ("Please welcome the Governor of the state, Governor Lena Haraldsen. THE GOVERNOR:\n\n"
            "Thank you all for coming to the harbour today.\n\nTHE VICE PRESIDENT:\n\nIt is good to be back.")
    art, got = _actors(nlp, text)
    assert "THE GOVERNOR" in got["Lena Haraldsen"][1]
    office, spans = got["Vice President"]
    assert office.type == "PERSON" and office.role == "Vice President" and spans == ["THE VICE PRESIDENT"]


def test_capitals_without_a_colon_are_no_speaker_line(nlp):
    _, got = _actors(nlp, "Residents cheered. THE GOVERNOR SPOKE LATE into the night about the flood.")
    assert "Governor" not in got


def test_an_office_whose_title_the_model_put_in_an_organisation_is_a_person_mention(nlp):
    # a headline in title case: the model reads "the Office of President of" as an organisation
    text = "Statement Upon Accepting the Office of President of the United States\n\nGood evening. I speak to you tonight."
    _, got = _actors(nlp, text)
    office, spans = got["President of the United States"]
    assert office.type == "PERSON" and spans == ["President of the United States"]
    assert got["United States"][1] == ["the United States"]


def test_a_speaker_line_right_after_the_transcripts_time_stamp(nlp):
    # the line break between the time stamp and the first speaker is lost
    text = "Harbour Hall\n\n4:05 P.M. EDT THE GOVERNOR:\n\nThank you all for coming to the harbour today."
    _, got = _actors(nlp, text)
    office, spans = got["Governor"]
    assert office.type == "PERSON" and spans == ["THE GOVERNOR"]


@pytest.mark.parametrize("text, name, role, kind", [
    ("Chief Executive Officer Dana Reyes said the company would split.", "Dana Reyes", "Chief Executive Officer", "business"),
    ("Chief Justice Ida Moreno read the ruling.", "Ida Moreno", "Chief Justice", "judicial"),
    ("Chief Financial Officer Owen Pratt left in May.", "Owen Pratt", "Chief Financial Officer", "business"),
])
def test_the_office_after_chief_is_part_of_the_title_and_says_its_kind(nlp, text, name, role, kind):
    _, got = _actors(nlp, text)
    actor = got[name][0]
    assert (actor.role, actor.kind) == (role, kind)


def test_executive_alone_is_no_person(nlp):
    _, got = _actors(nlp, "The Executive has broad powers under the new constitution.")
    assert not any(a.type == "PERSON" for a, _ in got.values()), got


def test_emeritus_is_part_of_the_title_not_the_name(nlp):
    _, got = _actors(nlp, "Professor Emeritus Alan Birch spoke at the opening.")
    assert "Alan Birch" in got and got["Alan Birch"][0].type == "PERSON", got
