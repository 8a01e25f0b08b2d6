"""Pronouns and descriptions at one end of an edge become mentions of their actor (extract/interaction_mentions.py).

Every sentence here is written for the test; none comes from an evaluation set."""

import pandas as pd

from newslab.extract.analysis import analyze_doc
from newslab.extract.interaction_mentions import with_reached_mentions
from newslab.seeds import parse_seed_text


def _actor_spans(nlp, text):
    analysis = analyze_doc(nlp(text), parse_seed_text(f"date 2024-01-01 {text}", "t"), "test")
    return {r["name"]: [text[s:e] for s, e in r["mentions"]] for r in analysis.actors.to_dict(orient="records")}


def test_pronoun_end_of_an_edge_is_a_mention(nlp):
    spans = _actor_spans(nlp, "Omar Haddad arrived in Cairo on Monday. He met Abdel Fattah el-Sisi the next day.")
    assert spans["Omar Haddad"] == ["Omar Haddad", "He"], spans


def test_description_end_of_an_edge_is_a_mention(nlp):
    spans = _actor_spans(nlp, "Hezbollah was founded in 1982. The group later attacked Israel.")
    assert "The group" in spans["Hezbollah"], spans


def test_possessive_and_unlinked_pronouns_are_not_added(nlp):
    spans = _actor_spans(nlp, "Omar Haddad arrived in Cairo on Monday. He said the weather was fine.")
    assert spans["Omar Haddad"] == ["Omar Haddad"], spans


def test_with_reached_mentions_keeps_order_labels_and_skips_earlier_words():
    actors = pd.DataFrame([{"name": "Kenya", "type": "GPE", "mentions": [[10, 15]], "mention_labels": ["GPE"]}])
    out = with_reached_mentions(actors, [("Kenya", (30, 32)), ("Kenya", (0, 3)), ("Kenya", (12, 14)), ("Other", (40, 42))])
    assert out.loc[0, "mentions"] == [[10, 15], [30, 32]]
    assert out.loc[0, "mention_labels"] == ["GPE", "GPE"]
    assert actors.loc[0, "mentions"] == [[10, 15]]  # the input table is not changed


def test_the_two_leaders_is_a_mention_of_both(nlp):
    spans = _actor_spans(nlp, "Omar Haddad called Sami Nasser on Monday. Both leaders condemned the attack by the Taliban.")
    assert "Both leaders" in spans["Omar Haddad"] and "Both leaders" in spans["Sami Nasser"], spans
