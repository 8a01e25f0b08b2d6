"""Attribution rules of the eighth issue-12 pass (speech scope). Every sentence is written for the test."""

from __future__ import annotations

import pytest

from attrkit import make_attr, one


@pytest.fixture(scope="module")
def attr(nlp):
    return make_attr(nlp)


@pytest.mark.parametrize("text, verb, content", [
    ("Lee effectively acknowledged some errors even as he defended the board and the plan.", "acknowledged",
     "some errors"),
    ("Lee praised the new budget despite the cuts to schools.", "praised", "the new budget"),
])
def test_concession_after_an_object_is_the_writers(attr, text, verb, content):
    assert one(attr(text), verb).content == content


def test_complement_after_an_object_stays(attr):
    row = one(attr("Lee criticized the harbor plan as a waste of money."), "criticized")
    assert row.content == "the harbor plan as a waste of money"


def test_comma_concession_takes_what_follows_it_along(attr):
    row = one(attr("The mayor has insisted on building a new port, despite critics, like Ann Hale, explaining why it "
                   "is a costly idea."), "insisted")
    assert row.content == "building a new port"


def test_concession_inside_the_reported_clause_stays(attr):
    row = one(attr("Lee said that, despite the storm, the ferry will run on time."), "said")
    assert row.content == "that, despite the storm, the ferry will run on time"


@pytest.mark.parametrize("text, content", [
    ("Lee said Wednesday she, too, wants an inquiry, as have other Democrats including Ann Hale.",
     "she, too, wants an inquiry"),
    ("Lee said the port must close, as did the mayor last week.", "the port must close"),
])
def test_inverted_comparison_is_the_writers(attr, text, content):
    assert one(attr(text), "said").content == content


def test_fronted_participle_of_an_aside_verb_is_not_said(attr):
    row = one(attr('Rushing into a meeting of the board, Senator Ann Hale, Democrat of Ohio, called over her shoulder, '
                   '"The vote is not helping."'), "called")
    assert row.content == '"The vote is not helping."'
    assert row.source.startswith("Senator Ann Hale")


def test_fronted_subordinate_clause_of_an_aside_verb_is_said(attr):
    row = one(attr("If the board acts, Quill suggested in a letter, the port could reopen."), "suggested")
    assert row.content.startswith("If the board acts")


@pytest.mark.parametrize("text, verb, content", [
    ("Lee opened the meeting with a short speech, thanking the harbor board and congratulating the crews who "
     "finished the dock.", "thanking", "the harbor board"),
    ("Lee opened the meeting with a short speech, thanking the harbor board and congratulating the crews who "
     "finished the dock.", "congratulating", "the crews who finished the dock"),
    ("Lee thanked the volunteers for their work on the dock.", "thanked", "the volunteers for their work on the dock"),
    ("Hale made her case on Tuesday, invoking the flood in the valley.", "invoking", "the flood in the valley"),
])
def test_thanks_and_invocations_are_cues(attr, text, verb, content):
    row = one(attr(text), verb)
    assert row.content == content
    assert row.source in ("Lee", "Hale")


def test_thank_you_inside_a_quotation_is_the_quotation(attr):
    df = attr('"Thank you, son," Lee replied.')
    assert list(df.cue) == ["replied"]


@pytest.mark.parametrize("text, source, cue, content", [
    ("Lee praised the dock and cast doubt on the official count of 40 ships.", "Lee", "cast doubt on",
     "the official count of 40 ships"),
    ("After casting doubt last week on the value of a new inquiry, Hale said the city welcomes it.", "Hale",
     "casting doubt last week on", "the value of a new inquiry"),
    ("In the call, the mayor casts Lee as a former liberal who would undo the plan.", "the mayor", "casts",
     "Lee as a former liberal who would undo the plan"),
])
def test_cast_doubt_and_cast_as_are_cues(attr, text, source, cue, content):
    row = one(attr(text), cue)
    assert (row.source, row.content) == (source, content)


@pytest.mark.parametrize("text", ["Most voters cast their ballots for Lee.", "Hale was cast as the villain of the story."])
def test_cast_without_a_speech_act_is_no_cue(attr, text):
    assert attr(text).empty


@pytest.mark.parametrize("text, verb, content", [
    ("The party is trying to convince the courts that they should restore the early voting week.", "convince",
     "that they should restore the early voting week"),
    ("He is even trying to persuade other farmers to support the levy.", "persuade",
     "other farmers to support the levy"),
])
def test_persuasion_is_reported_even_when_only_tried(attr, text, verb, content):
    assert one(attr(text), verb).content == content


@pytest.mark.parametrize("text", ["Lee persuaded the voters.", "They are not the ones she needs to convince."])
def test_persuasion_without_a_content_is_no_cue(attr, text):
    assert attr(text).empty


def test_inverted_frame_with_a_document_as_speaker(attr):
    row = one(attr('"The harbor will stay open for all of us," read the statement, which was signed by Lee.'), "read")
    assert row.content == '"The harbor will stay open for all of us,"'
    assert row.source.startswith("the statement")


@pytest.mark.parametrize("text, cue", [
    ('"Just saw the new ad. I\'m impressed by its nerve," screenwriter Ann Hale wrote on Twitter.', "wrote"),
    ('"The most corrupt board ever!" the mayor tweeted, prompting outrage on social media.', "tweeted"),
])
def test_inverted_frame_needs_a_verb_and_its_speaker(attr, text, cue):
    df = attr(text)
    assert list(df.cue) == [cue]


def test_contracted_has_said_is_active(attr):
    row = one(attr("Mara Quill spoke on Monday. She's said the port will stay open."), "said")
    assert row.source in ("Mara Quill", "She")
    assert row.content == "the port will stay open"


@pytest.mark.parametrize("text", ["It's said that the port will close.", "He's said to be ill."])
def test_contracted_is_said_stays_passive(attr, text):
    assert one(attr(text), "said").source is None


def test_curly_contraction_is_not_the_speaker(attr):
    row = one(attr("She’s told reporters the plan is dead."), "told")
    assert row.source == "She"


@pytest.mark.parametrize("text, verb, content", [
    ('Gingrich said the last two nominees, Sen. Lee and Gov. Hale, "were stiff. They weren\'t fun. There was no joy" '
     'in comparison to Obama.', "said",
     'the last two nominees, Sen. Lee and Gov. Hale, "were stiff. They weren\'t fun. There was no joy"'),
    ("Lee said the crews were tired.", "said", "the crews were tired"),
])
def test_subject_parsed_as_object_returns_to_the_reported_clause(attr, text, verb, content):
    assert one(attr(text), verb).content == content


@pytest.mark.parametrize("text, noun, content", [
    ("Investigators have no evidence, despite his claim in a recent radio interview that he reached the files.",
     "claim", "that he reached the files"),
    ("Her statement that the port should be sold angered the crews.", "statement", "that the port should be sold"),
])
def test_speech_noun_with_a_pronoun_holder_and_a_that_clause(attr, text, noun, content):
    row = one(attr(text), noun)
    assert row.content == content


def test_speech_noun_with_a_pronoun_holder_needs_a_that_clause(attr):
    assert "statement" not in list(attr("Her statement angered the crews at the port.").cue)


@pytest.mark.parametrize("text, noun, content", [
    ("Lee has gotten traction with his promise to build a new dock.", "promise", "to build a new dock"),
    ("The mayor's pledge to repair the pier won applause.", "pledge", "to repair the pier"),
])
def test_commitment_noun_takes_its_infinitive(attr, text, noun, content):
    assert one(attr(text), noun).content == content


def test_commitment_noun_without_an_infinitive_is_no_cue(attr):
    assert attr("He made a promise to his mother.").empty


def test_complaint_is_a_speech_noun(attr):
    row = one(attr("He earned no reprieve with his complaints that the board had been unfair to him."), "complaints")
    assert row.content == "that the board had been unfair to him"


@pytest.mark.parametrize("text, verb, content", [
    ("The crowd booed loudly -- she said it was unfair.", "said", "it was unfair"),
    ("She drew his anger - he called her a fool.", "called", "her a fool"),
])
def test_clause_before_a_dash_is_the_writers(attr, text, verb, content):
    assert one(attr(text), verb).content == content


def test_clause_before_a_dash_is_content_when_nothing_follows(attr):
    assert one(attr("The plan is dead -- the mayor said."), "said").content == "The plan is dead"


@pytest.mark.parametrize("text, verb, content", [
    ('At a rally, Lee accused Hale, the governor of the state, of being "soft" on crime.', "accused",
     'Hale, the governor of the state, of being "soft" on crime'),
    ("Lee praised Hale, the new harbor chief, for his work on the pier.", "praised",
     "Hale, the new harbor chief, for his work on the pier"),
])
def test_complement_after_an_object_with_apposition(attr, text, verb, content):
    assert one(attr(text), verb).content == content


def test_participle_after_an_object_with_apposition_stays_out(attr):
    row = one(attr("Lee praised Hale, the new harbor chief, saying he works hard."), "praised")
    assert "saying" not in row.content


@pytest.mark.parametrize("text, verb, source", [
    ("The board pressed Lee to defend the budget.", "defend", "Lee"),
    ("The vote pressed some lawmakers to criticize the plan.", "criticize", "some lawmakers"),
    ("Hale did allow himself to address the question of a merger.", "address", "Hale"),
])
def test_object_of_the_verb_above_does_the_infinitives_act(attr, text, verb, source):
    assert one(attr(text), verb).source == source



def test_a_rule_requiring_someone_to_speak_is_no_ones_act(attr):
    df = attr("There is a harbor rule requiring officials to disclose their gifts.")
    assert "officials" not in set(df.source)


def test_comma_participle_hung_on_the_reported_clause_speaks_for_the_reporter(attr):
    row = one(attr("Lee questioned why the mayor did not speak at the meeting, implying that she was barred from "
                   "doing so."), "implying")
    assert row.source == "Lee"


def test_inverted_quoted_as_saying_has_the_one_quoted_as_source(attr):
    row = one(attr('"We win where others fail because we ask the right voters," Lee is quoted as saying.'), "quoted")
    assert row.source == "Lee"


@pytest.mark.parametrize("text", [
    "On Monday, Lee continued his attacks on the judge with a long statement.",
    "Lee renewed her criticism of the harbor plan.",
])
def test_possessive_pronoun_holder_of_an_object_is_the_clauses_named_subject(attr, text):
    df = attr(text)
    assert len(df) == 1 and df.iloc[0].source == "Lee"
