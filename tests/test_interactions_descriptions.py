"""Descriptions that stand for an actor: a group the text calls a group, the post a person is appointed to.

Every sentence here is written for the test; none comes from an evaluation set."""

from interkit import edges, has

from newslab.extract.analysis import analyze_doc
from newslab.seeds import parse_seed_text


def _actor_spans(nlp, text):
    analysis = analyze_doc(nlp(text), parse_seed_text(f"date 2024-01-01 {text}", "t"), "test")
    return {r["name"]: [text[s:e] for s, e in r["mentions"]] for r in analysis.actors.to_dict(orient="records")}


def test_the_group_stands_for_what_the_text_called_a_group(nlp):
    # The foreign name is read as a person; the copula says it is a group.
    df = edges(nlp, "Kata'ib Abu Fadl is a militant group in Iraq. The group was founded by Sheikh Ali Hamza al-Bakri.")
    assert has(df, "Ali Hamza al-Bakri", "Kata'ib Abu Fadl", "control"), df


def test_the_group_stands_for_an_apposed_group(nlp):
    df = edges(nlp, "Harakat Ahmad Saleh, an armed group in Yemen, was formed in 2009. The group attacked Saudi Arabia in 2015.")
    assert has(df, "Harakat Ahmad Saleh", "Saudi Arabia", "oppose"), df


def test_the_post_of_an_appointment_is_a_mention_of_the_person(nlp):
    spans = _actor_spans(nlp, "Karim Said was a colonel. In 2009 he was appointed by President Ali Mansour as the senior "
                              "commander for the Basra Operations Command.")
    assert "the senior commander" in spans["Karim Said"], spans
