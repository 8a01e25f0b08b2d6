"""Attribution rules of the eleventh issue-12 pass (speech scope). Every sentence is written for the test."""

from __future__ import annotations

import pytest

from attrkit import make_attr, one


@pytest.fixture(scope="module")
def attr(nlp):
    return make_attr(nlp)


def test_a_bare_infinitive_after_the_reported_words_continues_them(attr):
    row = one(attr("The harbor chief said she wanted to talk to the fishermen and let them know that the pier will stay open."),
              "said")
    assert row.content.endswith("the pier will stay open")


def test_a_modal_predicate_after_a_relative_speech_clause_continues_it(attr):
    rows = attr("The mayor took questions from residents who said they had doubts about the ferry plan, "
                "but would not vote against it.")
    assert one(rows, "said").content.endswith("would not vote against it")


def test_a_predicate_in_the_cue_tense_stays_the_speaker_s_act(attr):
    rows = attr("The mayor took questions from residents who said they had doubts about the ferry plan, "
                "but then left the hall early.")
    assert one(rows, "said").content == "they had doubts about the ferry plan"


def test_a_quotation_after_a_speech_participle_is_not_the_verb_s_by_hand(nlp):
    # A parse written out by hand, as the parser gives it: the second quotation's last clause hangs
    # on "said" as a conjunct, though the quotation follows "adding".
    from spacy.tokens import Doc

    from newslab.extract.attribution_cues import verb_cands
    from newslab.extract.quotes import find_quotes

    words = ['"', "It", "is", "over", ",", '"', "Lee", "said", ",", "adding", ",", '"', "The", "port", "is", "done",
             ",", "but", "we", "lost", ".", '"']
    spaces = [False, True, True, False, False, True, True, False, True, False, True, False, True, True, True, False,
              True, True, True, False, False, False]
    doc = Doc(nlp.vocab, words=words, spaces=spaces,
              heads=[2, 2, 7, 2, 7, 7, 7, 7, 7, 7, 9, 15, 13, 15, 15, 9, 15, 7, 19, 7, 7, 7],
              deps=["punct", "nsubj", "ccomp", "acomp", "punct", "punct", "nsubj", "ROOT", "punct", "advcl", "punct",
                    "punct", "det", "nsubjpass", "auxpass", "ccomp", "punct", "cc", "nsubj", "conj", "punct", "punct"],
              pos=["PUNCT", "PRON", "AUX", "ADJ", "PUNCT", "PUNCT", "PROPN", "VERB", "PUNCT", "VERB", "PUNCT", "PUNCT",
                   "DET", "NOUN", "AUX", "VERB", "PUNCT", "CCONJ", "PRON", "VERB", "PUNCT", "PUNCT"],
              tags=["``", "PRP", "VBZ", "JJ", ",", "''", "NNP", "VBD", ",", "VBG", ",", "``", "DT", "NN", "VBZ", "VBN",
                    ",", "CC", "PRP", "VBD", ".", "''"],
              lemmas=['"', "it", "be", "over", ",", '"', "Lee", "say", ",", "add", ",", '"', "the", "port", "be", "do",
                      ",", "but", "we", "lose", ".", '"'])
    body = doc.text
    said = [c for c in verb_cands(doc, body, find_quotes(body), lambda i: len(body), "speech")
            if body[c.cue[0]:c.cue[1]] == "said"]
    assert all(e <= body.index("adding") for _, e in said[0].fragments)


def test_a_reflexive_or_an_elided_infinitive_is_no_content(attr):
    rows = attr("The town must defend itself, the mayor warned. Residents may pick any ferry they wanted to.", "broad")
    assert not any(c in ("itself", "to") for c in rows.content)


def test_a_list_of_topics_runs_on_to_the_sentence_end(attr):
    row = one(attr("Every week, the mayor spoke of the decay of the harbor, the loss of ferry jobs for the young, "
                   "the slow ruin of the old pier."), "spoke")
    assert row.content.endswith("the slow ruin of the old pier")


def test_a_topic_is_not_run_on_to_a_time_or_a_clause(attr):
    row = one(attr("The mayor spoke of the harbor, which he said was in ruins."), "spoke")
    assert row.content == "the harbor"


@pytest.mark.parametrize("text, cue, source, content", [
    ("The harbor chief weighed in on the ferry dispute.", "weighed in on", "The harbor chief", "the ferry dispute"),
    ("Mayor Ann Hale took a swipe at the port board.", "took a swipe at", "Mayor Ann Hale", "the port board"),
    ("The appeals court sided with the fishermen.", "sided with", "The appeals court", "the fishermen"),
    ("The harbor chief later walked back her threat.", "walked back", "The harbor chief", "her threat"),
    ("The mayor doubled down on his pledge to close the pier.", "doubled down on", "The mayor",
     "his pledge to close the pier"),
    ("The harbor chief vouched for the new ferry captain.", "vouched for", "The harbor chief", "the new ferry captain"),
])
def test_phrasal_cues(attr, text, cue, source, content):
    row = one(attr(text), cue)
    assert row.source == source and row.content == content


@pytest.mark.parametrize("text", [
    "The harbor chief declined to weigh in on the ferry dispute.",
    'The chief said, "Nobody should weigh in on the ferry dispute now."',
    "The appeals court did not side with the fishermen.",
    "The board took a vote at the pier.",
])
def test_phrasal_cues_need_their_words_and_a_realised_act(attr, text):
    rows = attr(text)
    assert not any(c.startswith(("weigh", "side", "took")) for c in rows.cue)


def test_a_speech_act_that_is_the_means_of_a_wish_keeps_its_row(attr):
    rows = attr("The mayor has sought to calm the town by pledging further pier repairs.", "broad")
    assert one(rows, "pledging").content == "further pier repairs"


def test_a_possessor_s_standing_support_is_no_attribution(attr):
    rows = attr("The senator reiterated his support for the harbor plan.", "broad")
    assert not any(c.startswith("support") for c in rows.cue)
    rows = attr("The senator expressed support for the harbor plan.", "broad")
    assert one(rows, "expressed support for").content == "the harbor plan"


def test_a_refused_attack_is_one_attribution_of_the_refusal(attr):
    row = one(attr("Mayor Ann Hale declined to attack the port board on Sunday."), "declined to attack")
    assert row.source == "Mayor Ann Hale" and row.content == "the port board"


def test_a_chant_is_speech(attr):
    row = one(attr('Fishermen marching to the pier chanted "Save our harbor!" and stayed until dawn.'), "chanted")
    assert row.source == "Fishermen" and row.content == '"Save our harbor!"'


def test_a_passive_question_with_no_subject_has_no_named_asker(nlp):
    # A parse written out by hand, as the parser gives it: the one asked left an apposition of the
    # interview noun, so the passive verb has no subject.
    from spacy.tokens import Doc

    from newslab.extract.attribution_cues import verb_cands

    words = ["In", "an", "interview", ",", "Hale", "was", "asked", "about", "the", "fees", "."]
    doc = Doc(nlp.vocab, words=words, spaces=[True, True, False, True, True, True, True, True, True, False, False],
              heads=[6, 2, 0, 2, 2, 6, 6, 6, 9, 7, 6],
              deps=["prep", "det", "pobj", "punct", "appos", "auxpass", "ROOT", "prep", "det", "pobj", "punct"],
              pos=["ADP", "DET", "NOUN", "PUNCT", "PROPN", "AUX", "VERB", "ADP", "DET", "NOUN", "PUNCT"],
              tags=["IN", "DT", "NN", ",", "NNP", "VBD", "VBN", "IN", "DT", "NNS", "."],
              lemmas=["in", "an", "interview", ",", "Hale", "be", "ask", "about", "the", "fee", "."])
    body = doc.text
    cands = [c for c in verb_cands(doc, body, [], lambda i: len(body), "speech") if body[c.cue[0]:c.cue[1]] == "asked"]
    assert [body[c.content[0]:c.content[1]] for c in cands] == ["the fees"] and cands[0].source_tok is None


def test_a_passive_question_s_object_is_what_was_asked(attr):
    row = one(attr("The harbor board has been asked that question many times."), "asked")
    assert row.content == "that question"


def test_a_coordinate_phrase_hung_on_the_verb_continues_the_content(nlp):
    # A parse written out by hand, as the parser gives it: the second of-phrase hangs on "said".
    from spacy.tokens import Doc

    from newslab.extract.attribution_cues import verb_cands

    words = ["Hale", "said", "the", "day", "brought", "memories", "of", "her", "father", ",", "and", "of", "the",
             "sailors", "."]
    doc = Doc(nlp.vocab, words=words, spaces=[True] * 8 + [False, True, True, True, True, False, False],
              heads=[1, 1, 3, 4, 1, 4, 5, 8, 6, 4, 1, 1, 13, 11, 1],
              deps=["nsubj", "ROOT", "det", "nsubj", "ccomp", "dobj", "prep", "poss", "pobj", "punct", "cc", "prep",
                    "det", "pobj", "punct"],
              pos=["PROPN", "VERB", "DET", "NOUN", "VERB", "NOUN", "ADP", "PRON", "NOUN", "PUNCT", "CCONJ", "ADP",
                   "DET", "NOUN", "PUNCT"],
              tags=["NNP", "VBD", "DT", "NN", "VBD", "NNS", "IN", "PRP$", "NN", ",", "CC", "IN", "DT", "NNS", "."],
              lemmas=["Hale", "say", "the", "day", "bring", "memory", "of", "her", "father", ",", "and", "of", "the",
                      "sailor", "."])
    body = doc.text
    cands = [c for c in verb_cands(doc, body, [], lambda i: len(body), "speech") if body[c.cue[0]:c.cue[1]] == "said"]
    assert body[cands[0].content[0]:cands[0].content[1]] == "the day brought memories of her father, and of the sailors"
