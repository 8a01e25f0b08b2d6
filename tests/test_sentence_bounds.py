"""Blank lines end sentences: a heading or an interview turn never runs on into the next paragraph."""

from __future__ import annotations

from attrkit import make_attr


def _sentences(doc) -> list[str]:
    return [s.text.strip() for s in doc.sents]


def test_a_heading_without_a_full_stop_is_a_sentence_of_its_own(nlp):
    doc = nlp("Help for the harbour towns\n\nThe Nordic Council sent engineers to Ystad on Monday.")
    assert _sentences(doc) == ["Help for the harbour towns", "The Nordic Council sent engineers to Ystad on Monday."]


def test_interview_turns_after_blank_lines_are_apart(nlp):
    doc = nlp('HOST: Will the mayor attend the hearing\n\n  GUEST: She will not attend, and she said so twice.')
    assert not any("\n\n" in s.text.strip() for s in doc.sents)
    assert any(s.text.startswith("GUEST") for s in doc.sents)


def test_a_single_line_break_is_left_to_the_parser(nlp):
    doc = nlp("The minister of finance\nsaid on Monday that taxes would rise.")
    assert len(list(doc.sents)) == 1


def test_the_component_runs_before_the_parser(nlp):
    names = nlp.pipe_names
    assert names.index("newslab_sentence_bounds") < names.index("parser")


def test_a_heading_is_not_the_subject_of_the_next_paragraphs_speech_verb(nlp):
    attr = make_attr(nlp)
    # Without the break the parser takes the heading for the subject: the source was the heading.
    assert attr("Ferry strike in Malmo\n\nThe union said the strike would last a week.")["source"].tolist() == ["The union"]
    assert attr("Talks on the ferry strike\n\nDock workers told reporters it would last.")["source"].tolist() == ["Dock workers"]


def test_a_line_broken_mid_sentence_is_left_to_the_parser(nlp):
    # Web-page extractions break lines inside a sentence: a lower-case word after the break, no stop before.
    doc = nlp("Also on Monday, the Nordic-led\n\nalliance\n\nsent five ships to the harbour.")
    assert len(list(doc.sents)) == 1


def test_a_reference_mark_before_a_break_stays_with_the_next_sentence(nlp):
    # A forced break would make "[4]" a sentence of its own, between "He" and its antecedent.
    doc = nlp("Lena Holm led the inquiry.[4]\n\nShe was appointed by the mayor in 2019.")
    assert not any(s.text.strip() == "[4]" for s in doc.sents)
