"""Attribution rules of session 18: main speech verbs whose subject the parser lost. Every sentence
is written for the test."""

from __future__ import annotations

import pytest

from attrkit import make_attr, one


@pytest.fixture(scope="module")
def attr(nlp):
    return make_attr(nlp)


def test_a_frame_after_its_content_takes_the_noun_hung_on_the_content_by_hand(nlp):
    # A parse written out by hand, as the parser gives it: the speaker's noun phrase ("filings
    # released Monday") hangs on the reported clause as its object, and "revealed" has no subject.
    from spacy.tokens import Doc

    from newslab.extract.attribution_cues import verb_cands
    from newslab.extract.quotes import find_quotes

    words = ["The", "port", "will", "close", "two", "piers", ",", "filings", "released", "Monday", "revealed", "."]
    doc = Doc(nlp.vocab, words=words, spaces=[True] * 5 + [False] + [True] * 4 + [False, False],
              heads=[1, 3, 3, 10, 5, 3, 5, 3, 7, 8, 10, 10],
              deps=["det", "nsubj", "aux", "ccomp", "nummod", "dobj", "punct", "dobj", "acl", "npadvmod", "ROOT", "punct"],
              pos=["DET", "NOUN", "AUX", "VERB", "NUM", "NOUN", "PUNCT", "NOUN", "VERB", "PROPN", "VERB", "PUNCT"],
              tags=["DT", "NN", "MD", "VB", "CD", "NNS", ",", "NNS", "VBN", "NNP", "VBD", "."],
              lemmas=["the", "port", "will", "close", "two", "pier", ",", "filing", "release", "Monday", "reveal", "."])
    body = doc.text
    cands = [c for c in verb_cands(doc, body, find_quotes(body), lambda i: len(body), "speech")
             if body[c.cue[0]:c.cue[1]] == "revealed"]
    assert len(cands) == 1
    assert cands[0].source_tok.text == "filings"
    assert [body[s:e] for s, e in cands[0].fragments] == ["The port will close two piers"]


def test_a_second_predicate_after_a_comma_speaks_for_the_first_one_s_subject(attr):
    # The parser reads "He vowed ... and cast doubt ..." as a clause reported by "suggested".
    rows = attr('He vowed to be "the best harbor mayor the town ever had" and cast doubt on the official ferry '
                "count of 4,000, suggested that the real number could be as low as 900.")
    row = one(rows, "suggested")
    assert row.source == "He"
    assert row.content == "that the real number could be as low as 900"


def test_a_speech_verb_after_an_adjective_takes_the_subject_of_its_clause(attr):
    # "likely to remind", "reluctant to reveal": the infinitive hangs on the adjective, whose clause
    # names the speaker.
    row = one(attr("The mayor is likely to remind voters that the ferry has never missed a sailing."), "remind")
    assert row.source == "The mayor"
    assert row.content == "that the ferry has never missed a sailing"
    assert one(attr("Harbor officials have been reluctant to reveal the full cost of the new pier."), "reveal").source \
        == "Harbor officials"


def test_an_expletive_is_no_speaker_of_an_adjective_s_infinitive(attr):
    assert attr("It is worth noting that the ferry has never missed a sailing.").empty
