"""Attribution rules of session 19 (issue 12: sources and content boundaries). Every sentence is
written for the test."""

from __future__ import annotations

import pytest

from attrkit import make_attr, one


@pytest.fixture(scope="module")
def attr(nlp):
    return make_attr(nlp)


def test_a_main_clause_after_the_object_and_a_comma_is_not_what_was_announced(attr):
    # The parser makes the main clause a complement of "announced" (the verb of a clause opening
    # with a time phrase), so the main clause was taken for the announcement.
    df = attr("At the moment Lee announced his candidacy last spring, Hale was holding a meeting in his office.")
    assert one(df, "announced").content == "his candidacy"


def test_a_hearer_verb_keeps_its_clause_after_the_object(attr):
    df = attr("Lee told reporters, he would not run again.")
    assert one(df, "told").content == "he would not run again"


def test_a_participle_after_a_dash_on_a_speech_noun_s_clause_speaks_for_the_one_who_dismissed(attr):
    # The parser hangs "saying" on the accusation's clause, whose subject is the port board.
    df = attr("The mayor dismissed the union's accusation that the port board is breaking the law through "
              "its deal with the city — saying the union chose not to join the talks.")
    assert one(df, "saying").source == "The mayor"


def test_a_second_participle_after_and_speaks_for_the_first_participle_s_speaker_by_hand(nlp):
    # A parse written out by hand, as the parser gives it: "questioning" hangs on "is", the clause
    # reported by "telling", whose subject is Lee; the one telling (She) is the one questioning.
    from spacy.tokens import Doc

    from newslab.extract.attribution_cues import verb_cands
    from newslab.extract.quotes import find_quotes

    words = ["She", "spoke", "Monday", ",", "telling", "CNN", "that", "Lee", "is", "a", "fraud", "and",
             "questioning", "how", "he", "won", "."]
    doc = Doc(nlp.vocab, words=words, spaces=[True, True, False] + [True] * 12 + [False, False],
              heads=[1, 1, 1, 1, 1, 4, 8, 8, 4, 10, 8, 10, 8, 15, 15, 12, 1],
              deps=["nsubj", "ROOT", "npadvmod", "punct", "advcl", "dobj", "mark", "nsubj", "ccomp", "det", "attr",
                    "cc", "advcl", "advmod", "nsubj", "ccomp", "punct"],
              pos=["PRON", "VERB", "PROPN", "PUNCT", "VERB", "PROPN", "SCONJ", "PROPN", "AUX", "DET", "NOUN", "CCONJ",
                   "VERB", "SCONJ", "PRON", "VERB", "PUNCT"],
              tags=["PRP", "VBD", "NNP", ",", "VBG", "NNP", "IN", "NNP", "VBZ", "DT", "NN", "CC", "VBG", "WRB", "PRP",
                    "VBD", "."],
              lemmas=["she", "speak", "Monday", ",", "tell", "CNN", "that", "Lee", "be", "a", "fraud", "and", "question",
                      "how", "he", "win", "."])
    body = doc.text
    cands = [c for c in verb_cands(doc, body, find_quotes(body), lambda i: len(body), "speech")
             if body[c.cue[0]:c.cue[1]] == "questioning"]
    assert len(cands) == 1
    assert cands[0].source_tok.text == "She"


def test_a_cue_with_no_content_takes_the_quotation_after_its_addressee_phrase(attr):
    # "at her" stands between the participle and the quotation it introduces.
    df = attr("Lee offered a sharp retort on the mayor's favourite medium, tweeting at her, "
              "\"you are not just wrong, you are a fraud.\"")
    assert one(df, "tweeting").content == "\"you are not just wrong, you are a fraud.\""
    assert one(df, "tweeting").source == "Lee"


def test_a_time_clause_after_the_object_is_not_what_was_said(attr):
    df = attr("Lee called Hale a coward after the vote was held.")
    assert one(df, "called").content == "Hale a coward"


def test_calling_a_person_shortly_after_an_event_is_a_phone_call(attr):
    df = attr("Hale, who called Lee shortly after the result was declared, told her staff, \"We will win the next one.\"")
    assert "called" not in set(df.cue)
    assert one(df, "told").content == "\"We will win the next one.\""


def test_a_clause_after_a_semicolon_goes_on_with_what_was_said(attr):
    df = attr("The judges said the problem was not the fee itself; the problem was that the port charged it "
              "only to small boats.")
    assert one(df, "said").content == ("the problem was not the fee itself; the problem was that the port charged "
                                       "it only to small boats")


def test_a_semicolon_clause_with_its_own_speech_verb_stops_the_run(nlp):
    from newslab.extract.attribution_cues import _semicolon_clauses, _verb_sets

    speech = _verb_sets("speech")[0]
    goes_on = nlp("The judges said the problem was not the fee itself; the problem was that the port charged "
                  "it only to small boats.")
    stops = nlp("The judges said the problem was not the fee itself; the ferry line lost money, and the mayor "
                "says the board hid it.")
    for doc, n in ((goes_on, 1), (stops, 0)):
        said = next(t for t in doc if t.text == "said")
        end = next(t for t in doc if t.text == "itself")
        assert len(_semicolon_clauses(said, end.idx + len(end.text), speech)) == n
