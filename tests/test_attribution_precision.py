"""Attribution rules of issue 12 (second pass): lead-in colons, and speech verbs that name no speech
act. Every sentence is written for the test."""

from __future__ import annotations

import pytest

from newslab.extract.actors import extract_actors
from newslab.extract.attribution import extract_attributions
from newslab.seeds import parse_seed_text


@pytest.fixture(scope="module")
def attr(nlp):
    def _attr(text: str, scope: str = "speech"):
        article = parse_seed_text("date 2025-01-01 Harbor board.\n\n" + text, "t")
        doc = nlp(article.body)
        return extract_attributions(doc, article, extract_actors(doc, article), scope=scope)
    return _attr


def test_leadin_colon_quote(attr):
    df = attr('Quill was blunt: "The night boats lose money every week."')
    assert len(df) == 1
    row = df.iloc[0]
    assert row.source == "Quill"
    assert row.cue.endswith(":") and row.cue.startswith("was")
    assert row.content == '"The night boats lose money every week."'
    assert row.kind == "direct"


def test_leadin_colon_pronoun_and_object(attr):
    df = attr('She then addressed the crowd again: "We will never give up on this harbor."')
    assert df.source.tolist() == ["She"]
    assert df.content.tolist() == ['"We will never give up on this harbor."']


def test_leadin_colon_needs_a_quotation(attr):
    # A colon before a plain list is no quotation: nothing is attributed.
    assert attr("The board approved three things: new fares, new boats and a new pier.").empty


@pytest.mark.parametrize("text", [
    "The mayor wants to argue that the ferries are safe.",
    "The union tried to tell the board that the crews were tired.",
    "It is hard to say whether the night boats will run in May.",
    "Given the storms, it’s safe to say the night boats will not run in May.",
])
def test_unrealised_speech_act(attr, text):
    assert attr(text).empty


def test_realised_infinitive_kept(attr):
    # 'went on to say': the speech act happened.
    df = attr("Dale went on to say that the cuts would hurt night workers.")
    assert df.cue.tolist() == ["say"]
    assert df.content.tolist() == ["that the cuts would hurt night workers"]


def test_unrealised_head_is_the_broad_cue(attr):
    df = attr("The mayor wants to argue that the ferries are safe.", scope="broad")
    assert df.cue.tolist() == ["wants"]


def test_cue_inside_the_quotation_it_would_own(attr):
    # 'claims' inside the quotation does not cue an attribution whose content is that quotation:
    # the quote-only paragraph is Lee's (inherited).
    df = attr('Lee said the fares were too high.\n\n"When the port claims the old boats are safe, I just laugh at them."')
    assert df.cue.tolist() == ["said", "said"]
    assert df.source.tolist() == ["Lee", "Lee"]
    assert df.inherited.tolist() == [False, True]


def test_inverted_said_speaker_not_parsed_as_subject(attr):
    # The parser hangs 'Skelly' on 'said' as an adverb: the name after the verb is still the speaker.
    df = attr('"Keeping two boats on the night route is valuable," said Skelly, explaining he had worked with the crews for years.')
    said = df[df.cue == "said"].iloc[0]
    assert said.source == "Skelly"
    assert said.content == '"Keeping two boats on the night route is valuable,"'


def test_inverted_wrote_with_noun_phrase_speaker(attr):
    df = attr('"Nobody asked the crews what they think of the new timetable," wrote a reader calling himself Harbor Hand.')
    wrote = df[df.cue == "wrote"].iloc[0]
    assert wrote.source.startswith("a reader")
    assert wrote.content.startswith('"Nobody asked')


@pytest.mark.parametrize("text, cue, content", [
    ("Lee said the night ferry will stop at Pier Nine, the oldest pier on the island.", "said",
     "the night ferry will stop at Pier Nine"),
    ("Lee argued that the fares were far too high, while the mayor has insisted for months that they are fair.",
     "argued", "that the fares were far too high"),
    ("Lee reiterated her support for Mara Quill, the harbor director.", "reiterated", "her support for Mara Quill"),
])
def test_writer_aside_closing_the_content(attr, text, cue, content):
    # An apposition or a contrast clause after a comma at the end is the writer's, not the speaker's.
    df = attr(text)
    assert df[df.cue == cue].content.tolist() == [content]


def test_trailing_aside_hung_on_the_reported_clause(attr):
    df = attr("The night ferry will keep running through the winter, the harbor director, Mara Quill, told the Island Times.")
    row = df[df.cue == "told"].iloc[0]
    assert row.content == "The night ferry will keep running through the winter"
    assert row.source.endswith("Mara Quill")


def test_aside_inside_the_reported_sentence(attr):
    df = attr("If the board approves the budget, Quill suggested in a letter, the night ferry could run until midnight.")
    row = df[df.cue == "suggested"].iloc[0]
    assert row.source == "Quill"
    assert row.fragments == [[row.content_span[0], row.content_span[0] + len("If the board approves the budget")],
                             [row.content_span[1] - len("the night ferry could run until midnight"), row.content_span[1]]]


@pytest.mark.parametrize("text", [
    "In a letter to the board, Quill asked the members to keep the night ferry.",
    "Before the storm hit the island, the board agreed to keep the night ferry.",
])
def test_leading_adverbial_is_not_content(attr, text):
    df = attr(text)
    assert not any(c.startswith(("In a letter", "Before the storm")) for c in df.content)


@pytest.mark.parametrize("text, cue, content", [
    ("In a letter to the mayor, Dale asked the harbor board to delay the vote.", "asked",
     "the harbor board to delay the vote"),
    ("The union urged the ferry company to hire more crews.", "urged", "the ferry company to hire more crews"),
])
def test_directive_content_holds_addressee_and_act(attr, text, cue, content):
    df = attr(text)
    assert df[df.cue == cue].content.tolist() == [content]


def test_call_with_predicate_only(nlp):
    # A parse (written out by hand) where the object hangs under the predicate: 'Biden calls Trump
    # a risk', with 'Trump' as the verb's only complement (oprd).
    from spacy.tokens import Doc

    from newslab.extract.attribution_cues import verb_cands

    words = ["Biden", "calls", "Trump", "a", "risk", "."]
    doc = Doc(nlp.vocab, words=words, spaces=[True, True, True, True, False, False],
              heads=[1, 1, 1, 4, 2, 1], deps=["nsubj", "ROOT", "oprd", "det", "appos", "punct"],
              pos=["PROPN", "VERB", "PROPN", "DET", "NOUN", "PUNCT"], tags=["NNP", "VBZ", "NNP", "DT", "NN", "."],
              lemmas=["Biden", "call", "Trump", "a", "risk", "."])
    body = doc.text
    cands = verb_cands(doc, body, [], lambda i: len(body), "speech")
    assert [(body[c.cue[0]:c.cue[1]], c.source_tok.text, body[c.content[0]:c.content[1]]) for c in cands] == \
        [("calls", "Biden", "Trump a risk")]


def _hand_parsed(nlp, words, spaces, heads, deps, pos, tags, lemmas):
    from spacy.tokens import Doc

    return Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)


def test_speaker_between_quotation_and_verb(nlp):
    # A parse (written out by hand) where the speaker after the quotation hangs inside the quoted
    # clause and 'told' has no subject: '"Boats are old," an official told reporters.'
    from newslab.extract.attribution_cues import verb_cands
    from newslab.extract.attribution_quotes import speech_quotes
    from newslab.extract.quotes import find_quotes

    doc = _hand_parsed(
        nlp, ['"', "Boats", "are", "old", ",", '"', "an", "official", "told", "reporters", "."],
        [False, True, True, False, False, True, True, True, True, False, False],
        [8, 2, 8, 2, 2, 2, 7, 2, 8, 8, 8],
        ["punct", "nsubj", "ccomp", "acomp", "punct", "punct", "det", "attr", "ROOT", "dobj", "punct"],
        ["PUNCT", "NOUN", "AUX", "ADJ", "PUNCT", "PUNCT", "DET", "NOUN", "VERB", "NOUN", "PUNCT"],
        ["``", "NNS", "VBP", "JJ", ",", "''", "DT", "NN", "VBD", "NNS", "."],
        ['"', "boat", "be", "old", ",", '"', "an", "official", "tell", "reporter", "."])
    body = doc.text
    cands = verb_cands(doc, body, speech_quotes(body, find_quotes(body)), lambda i: len(body), "speech")
    assert [(body[c.cue[0]:c.cue[1]], c.source_tok.text) for c in cands] == [("told", "official")]


def test_asked_then_one_word_answer(attr):
    df = attr('Asked whether the night boats would run in May, Quill said, "Probably."')
    said = df[df.cue == "said"]
    assert said.source.tolist() == ["Quill"]
    assert said.content.tolist() == ['"Probably."']


def test_relative_clause_object_is_what_was_said(attr):
    df = attr("Here are five odd things the harbor director has said about the ferries this year.")
    row = df[df.cue == "said"].iloc[0]
    assert row.content == "five odd things the harbor director has said about the ferries this year"
    assert row.source.endswith("director")


@pytest.mark.parametrize("text, cues", [
    ("Quill said she would not recommend new fares before the vote.", ["said"]),
    # The hope with its that-clause is an attribution (a stated belief); the announcement is not.
    ("Dale hoped that the mayor would announce a new timetable.", ["hoped"]),
])
def test_speech_act_only_talked_about(attr, text, cues):
    assert attr(text).cue.tolist() == cues


@pytest.mark.parametrize("text, content", [
    ("Ridership, according to the harbor board, has doubled since May.",
     "Ridership, according to the harbor board, has doubled since May"),
    ("The city sold the pier, according to court papers filed on Monday, making the board its only tenant.",
     "The city sold the pier, according to court papers filed on Monday, making the board its only tenant"),
    ("But, according to the survey, most riders want a night ferry.", "most riders want a night ferry"),
])
def test_according_to_interrupting_its_clause(attr, text, content):
    df = attr(text)
    assert df[df.cue == "according to"].content.tolist() == [content]


def test_quotation_resumed_in_the_same_paragraph(attr):
    df = attr('"The night boats are far too old," Quill said on Monday. The board did not answer her. '
              '"We need new ones before the winter storms."')
    assert len(df) == 1 and not df.inherited.any()
    row = df.iloc[0]
    assert row.source == "Quill"
    assert row.content.startswith('"The night boats') and row.content.endswith('winter storms."')
    assert len(row.fragments) == 2


def test_prenominal_participle_is_no_cue(attr):
    # 'pledged' describes the delegates; the parser makes it a verb with 'delegates' as object.
    assert attr("She clinched an outright majority of regular, pledged delegates.").empty


@pytest.mark.parametrize("text", [
    "All told, the harbor board raised four million dollars in May.",
    "That said, the harbor board raised four million dollars in May.",
])
def test_discourse_markers_are_no_cues(attr, text):
    assert attr(text).empty
