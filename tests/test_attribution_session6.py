"""Attribution rules of the fourth issue-12 pass, each on a sentence written for the test."""

from __future__ import annotations

import pytest

from newslab.extract.actors import extract_actors
from newslab.extract.attribution import extract_attributions
from newslab.seeds import parse_seed_text


@pytest.fixture(scope="module")
def attr(nlp):
    def _attr(text: str, scope: str = "speech"):
        article = parse_seed_text("date 2025-01-01 Harbor news.\n\n" + text, "t")
        doc = nlp(article.body)
        return extract_attributions(doc, article, extract_actors(doc, article), scope=scope)
    return _attr


def one(df, cue):
    got = df[df.cue == cue]
    assert len(got) == 1, f"expected one '{cue}' row, got\n{df[['source', 'cue', 'content']]}"
    return got.iloc[0]


@pytest.mark.parametrize("text, source", [
    ("At times last year, people close to the mayor said, the mere mention of the merger could make him furious.",
     "people close to the mayor"),
    ("After the court approved the state law four years ago, Lopez said, most local rules were thought to be safe.",
     "Lopez"),
])
def test_parenthetical_cue_keeps_the_fronted_phrase_of_the_clause_it_interrupts(attr, text, source):
    r = one(attr(text), "said")
    assert r.source == source
    assert r.content == text.rstrip(".")


@pytest.mark.parametrize("text, content", [
    ("At the dinner, the senator told a joke about the weather.", "a joke about the weather"),
    ("She told them a long tale of lost ballots.", "a long tale of lost ballots"),
])
def test_a_told_narrative_is_the_content(attr, text, content):
    r = one(attr(text), "told")
    assert r.content == content


def test_a_told_hearer_is_not_the_content(attr):
    assert "told" not in set(attr("Quill told reporters at the dock.").cue)


@pytest.mark.parametrize("text", [
    "The new museum will tell an American story.",
    "The mayor needs to relax and tell more jokes.",
])
def test_a_narrative_not_yet_told_is_no_attribution(attr, text):
    assert "tell" not in set(attr(text).cue)


@pytest.mark.parametrize("text, cue, content", [
    ("Many dock workers think the new port fees are too high.", "think", "the new port fees are too high"),
    ("The council refused to delay the harbor vote.", "refused", "to delay the harbor vote"),
])
def test_default_cognition_verbs_count_at_the_speech_scope(attr, text, cue, content):
    assert one(attr(text), cue).content == content


def test_other_cognition_verbs_stay_broad_only(attr):
    text = "The mayor hopes the ferry will run again in May."
    assert "hopes" not in set(attr(text).cue)
    assert "hopes" in set(attr(text, scope="broad").cue)
