"""Attribution rules of the third issue-12 pass, each on a sentence written for the test."""

from __future__ import annotations

import pytest
from attrkit import make_attr, one  # noqa: F401 - one is used by the tests below


@pytest.fixture(scope="module")
def attr(nlp):
    return make_attr(nlp)


@pytest.mark.parametrize("text, cue, source, content", [
    ("The mayor has made it clear that the port will stay open.", "made it clear", "The mayor",
     "that the port will stay open"),
    ("Quill made clear that she would not resign.", "made clear", "Quill", "that she would not resign"),
    ("Lee made the case that the levy was too high.", "made the case", "Lee", "that the levy was too high"),
    ("The governor made no secret of his dislike for the plan.", "made no secret", "The governor",
     "his dislike for the plan"),
])
def test_make_with_a_speech_act_word_is_a_cue(attr, text, cue, source, content):
    r = one(attr(text), cue)
    assert r.source == source and r.content == content


def test_make_without_a_speech_act_word_is_no_cue(attr):
    df = attr("He made a point of visiting every county. The board made the port safer.")
    assert df.empty


def test_speakers_next_act_in_the_cue_tense_is_cut_from_the_content(attr):
    # "goes on" is the firm's act, not what it denies: same tense as the cue, not as the clause.
    r = one(attr("The firm denies that the plant was unsafe and goes on building it."), "denies")
    assert r.content == "that the plant was unsafe"


def test_second_predicate_in_the_reported_tense_stays_in_the_content(attr):
    r = one(attr("Lee said he was tired and wanted to rest."), "said")
    assert r.content == "he was tired and wanted to rest"


def test_inverted_said_keeps_the_quotation_not_the_speakers_description(attr):
    # The parser may take "Quill ... co-wrote the port plan" for a clause reported by "said".
    r = one(attr("''When the city says, 'We can't fix this,' I don't believe that,'' said Mara Quill, chairman "
                 "of the harbor board at Lakeport College, who co-wrote the port plan with the mayor."), "said")
    assert r.content == "''When the city says, 'We can't fix this,' I don't believe that,''"


def test_scare_quote_before_a_participle_does_not_replace_its_content(attr):
    r = one(attr("The mayor blamed a \"bad connection,\" claiming he had never heard the question."), "claiming")
    assert r.content == "he had never heard the question"


def test_source_phrase_stays_in_its_paragraph():
    from newslab.extract.attribution import _clip_to_paragraph

    body = "''We will win,'' said Lee, head of the union.\n\nThe next paragraph talks about ports."
    start = body.index("Lee")
    assert body[slice(*_clip_to_paragraph((start, len(body) - 1), start, body))] == "Lee, head of the union."


@pytest.mark.parametrize("text, content", [
    # The parser may take the reported clause's subject for the object of "says".
    ("Ruiz says the rise in fares that the mayor decries also makes his reelection less likely.",
     "the rise in fares that the mayor decries also makes his reelection less likely"),
    ("Half of the men like Lee, while 61 percent say the same of Quill.", "the same of Quill"),
])
def test_object_of_say_is_its_content(attr, text, content):
    assert one(attr(text), [c for c in ("says", "say") if c in text.split()][0]).content == content


def test_empty_object_of_say_is_no_content(attr):
    assert attr("He said it twice.").empty


def test_bare_object_of_say_is_no_content(attr):
    assert attr("As he said goodbye, she cried.").empty


@pytest.mark.parametrize("text, cue, source", [
    # The parser hangs the speaker as an apposition of the fronted phrase's noun.
    ("As a part of his plea deal, Mara Quill, 44, said that she took the money from the port fund.", "said",
     "Mara Quill, 44"),
    ("Among older voters in the county, 58 percent, say they will vote for Quill.", "say", "58 percent"),
])
def test_speaker_hung_on_a_fronted_phrase(attr, text, cue, source):
    assert one(attr(text), cue).source == source


def test_said_to_have_takes_its_infinitive_and_no_source(attr):
    # "who is said to": the passive names no speaker; the relative pronoun's noun is the topic.
    r = one(attr("The mayor, who is said to have pushed for the levy, resigned."), "said")
    assert r.content == "to have pushed for the levy" and r.source is None and r.source_kind == "implicit"


def test_quote_continues_into_the_next_sentence_with_a_lead_in(attr):
    df = attr("''It is a big day,'' said Mara Quill, a strategist for the port. Unless the board acts soon, "
              "''it will be hard to stop the levy.''\n\nThe end.")
    r = one(df, "said")
    assert r.content.startswith("''It is a big day") and r.content.endswith("stop the levy.''")


def test_quote_in_the_next_paragraph_is_not_joined(attr):
    df = attr("''It is a big day,'' said Mara Quill.\n\nAccording to Lee, ''the levy will pass.''")
    assert one(df, "said").content == "''It is a big day,''"


@pytest.mark.parametrize("text", [
    "Lee said the storms show that the port is at risk.",
    "Lee said the farmers who complained about the levy would get help.",
])
def test_cue_inside_reported_words_is_part_of_them(attr, text):
    df = attr(text)
    assert list(df.cue) == ["said"]


def test_main_clause_cue_after_an_indirect_one_keeps_its_own_row(attr):
    df = attr("Lee said the port was safe. Quill told reporters that the levy would pass.")
    assert sorted(df.cue) == ["said", "told"]


def test_cue_inside_according_to_content_is_part_of_it(attr):
    df = attr("According to the new poll, 51 percent of voters said they would back the levy.")
    assert list(df.cue) == ["According to"]
    assert df.content.iloc[0] == "51 percent of voters said they would back the levy"


def test_that_clause_hung_on_the_medium_noun(attr):
    # The parser may hang the that-clause on "statement" instead of "said".
    r = one(attr("In response to the latest attack, Mrs. Quill's campaign said in a statement that ''Mara Quill "
                 "won't be bullied'' or ''distracted by the noise he makes.''"), "said")
    assert r.source == "Mrs. Quill's campaign"
    assert r.content == "that ''Mara Quill won't be bullied'' or ''distracted by the noise he makes.''"


def test_that_clause_hung_on_a_noun_of_the_verbs_phrase(attr):
    df = attr("The mayor has praised the new ferry as “fantastic,” telling reporters during a visit to Lakeport on "
              "Friday that he thinks the port is “a great place.”")
    assert one(df, "telling").content == "that he thinks the port is “a great place.”"


def test_that_tagged_as_the_conjunction_opens_the_reported_clause_on_a_medium_noun(attr):
    # the parser made "that" the object of "attend" in a relative clause on "email"; its tag says conjunction
    r = one(attr("The governor's office confirmed in an email that she would attend."), "confirmed")
    assert r.source == "The governor's office" and r.content == "that she would attend"


def test_relative_that_is_no_reported_clause(attr):
    # "that" as a relative pronoun: the plan is the topic, not a that-clause of "spoke".
    assert one(attr("Lee spoke about the plan that he made last year."), "spoke").content == \
        "the plan that he made last year"


def test_second_participle_keeps_the_speaker_and_the_first_content_drops_its_and(attr):
    df = attr("Quill escalated her criticism on Tuesday, telling reporters that Lee is a fraud and questioning how "
              "he has kept his tax returns secret.")
    assert one(df, "telling").content == "that Lee is a fraud"
    r = one(df, "questioning")
    assert r.source == "Quill" and r.content == "how he has kept his tax returns secret"


def test_trim_span_drops_a_dangling_conjunction():
    from newslab.extract.attribution_spans import trim_span

    body = "that the port is safe and , "
    assert body[slice(*trim_span(body, (0, len(body))))] == "that the port is safe"
    assert trim_span("and", (0, 3)) == (0, 3)  # a lone word stays


def test_quoted_predicate_parsed_as_a_preposition(attr):
    r = one(attr('The campaign manager, Jeff Weaver, called that "beyond preposterous."'), "called")
    assert r.content == 'that "beyond preposterous."'


def test_asked_by_names_the_asker(attr):
    r = one(attr("Asked by a reporter whether the port would close, Lee said no decision had been made."), "Asked")
    assert r.source == "a reporter" and r.content == "whether the port would close"


def test_quote_closing_the_previous_sentence_is_not_the_next_cues(attr):
    df = attr("Lee backs the plan because “we need a port. We need jobs.” He also said he has “liked the mayor since "
              "the start.”")
    assert one(df, "said").content == "he has “liked the mayor since the start.”"


def test_second_that_clause_hung_on_the_verb(attr):
    r = one(attr("Lee said that the mayor ''could be stubborn,'' and that the board had struggled with his demands."),
            "said")
    assert r.content.startswith("that the mayor") and r.content.endswith("struggled with his demands")
