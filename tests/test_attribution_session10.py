"""Attribution rules of the seventh issue-12 pass (speech scope). Every sentence is written for the test."""

from __future__ import annotations

import pytest

from attrkit import make_attr, one


@pytest.fixture(scope="module")
def attr(nlp):
    return make_attr(nlp)


@pytest.mark.parametrize("text, verb", [
    ("“We will not give up on this harbor,” the mayor said, according to the Ledger. “It is our home.”", "said"),
    ("“The vote was rigged,” Lee told supporters, according to a recording obtained by the Ledger.", "told"),
])
def test_relayed_quote_has_the_paper_as_source(attr, text, verb):
    df = attr(text)
    assert verb not in list(df.cue)
    row = one(df, "according to")
    body = "Harbor news.\n\n" + text
    words = " ".join(body[s:e] for s, e in row.fragments)
    assert words.startswith("“") and "the mayor said" not in words and "Lee told" not in words
    assert "Ledger" in row.source or "recording" in row.source


def test_according_to_without_a_speech_verb_keeps_its_clause(attr):
    row = one(attr("Ridership on the ferry has doubled, according to the harbor board."), "according to")
    assert row.content == "Ridership on the ferry has doubled"


@pytest.mark.parametrize("text, verb, content", [
    ("Harbor officials insist that they paid the dredging crews in full despite the delays.", "insist",
     "that they paid the dredging crews in full"),
    ("The mayor told reporters that the ferry would run on time, though the schedule was changed twice.", "told",
     "that the ferry would run on time"),
])
def test_closing_concession_is_the_writers(attr, text, verb, content):
    assert one(attr(text), verb).content == content


def test_concession_inside_the_clause_stays(attr):
    row = one(attr("Lee said that despite the delays the ferry would run on time."), "said")
    assert row.content == "that despite the delays the ferry would run on time"



def test_second_that_clause_on_the_verb_joins_any_content(nlp):
    # A parse written out by hand, as the parser gives it: the first that-clause hangs on the noun
    # of the verb's for-phrase (a relative clause), the second on the verb.
    from spacy.tokens import Doc

    from newslab.extract.attribution_cues import verb_cands

    words = ["Lee", "told", "the", "crowd", "for", "nurses", "that", "she", "had", "talks", "but", "that",
             "nothing", "changed", "."]
    doc = Doc(nlp.vocab, words=words, spaces=[True] * 13 + [False, False],
              heads=[1, 1, 3, 1, 1, 4, 8, 8, 5, 8, 1, 13, 13, 1, 1],
              deps=["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "mark", "nsubj", "relcl", "dobj", "cc", "mark",
                    "nsubj", "conj", "punct"],
              pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "NOUN", "SCONJ", "PRON", "VERB", "NOUN", "CCONJ", "SCONJ",
                   "PRON", "VERB", "PUNCT"],
              tags=["NNP", "VBD", "DT", "NN", "IN", "NNS", "IN", "PRP", "VBD", "NNS", "CC", "IN", "NN", "VBD", "."],
              lemmas=["Lee", "tell", "the", "crowd", "for", "nurse", "that", "she", "have", "talk", "but", "that",
                      "nothing", "change", "."])
    body = doc.text
    cands = [c for c in verb_cands(doc, body, [], lambda i: len(body), "speech") if body[c.cue[0]:c.cue[1]] == "told"]
    assert [body[c.content[0]:c.content[1]] for c in cands] == ["that she had talks but that nothing changed"]


def test_name_read_as_part_of_a_weekday_is_the_object(attr):
    row = one(attr("The harbor union endorsed Lee Wednesday."), "endorsed")
    assert row.content == "Lee" and row.source == "The harbor union"
    assert attr("Dale spoke Wednesday.").empty
