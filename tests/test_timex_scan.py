"""The timex pattern scanner finds exactly what spaCy's Matcher finds."""

from __future__ import annotations

import random

import pytest
import spacy
from spacy.matcher import Matcher
from spacy.tokens import Doc

from newslab.extract import timex_rules
from newslab.extract.timex_scan import PatternScanner


def _matcher(vocab, patterns):
    m = Matcher(vocab)
    for i, pat in enumerate(patterns):
        m.add(f"p{i}", [pat])
    return lambda doc: {(int(vocab.strings[k][1:]), s, e) for k, s, e in m(doc)}


def _scanner(patterns, rare=frozenset()):
    scanner = PatternScanner(list(enumerate(patterns)), rare)
    return lambda doc: scanner([t.text for t in doc], [t.lower_ for t in doc])


def test_optional_tokens_give_every_alignment_as_the_matcher_does():
    nlp = spacy.blank("en")
    patterns = [
        [{"LOWER": "a", "OP": "?"}, {"LOWER": "a"}],
        [{"LOWER": "x"}, {"LOWER": {"IN": ["a", "b"]}, "OP": "?"}, {"LOWER": "a", "OP": "?"}],
        [{"TEXT": {"REGEX": r"^\d+$"}}, {"ORTH": {"IN": ["-", "–"]}}, {"TEXT": {"REGEX": r"^\d+$"}}],
        [{"LOWER": {"REGEX": "^b"}, "OP": "?"}, {"ORTH": "X"}],  # ORTH is the text: "x" does not pass
    ]
    doc = Doc(nlp.vocab, words=["a", "a", "x", "a", "b", "X", "12", "-", "14", "x", "bX", "X"])
    want = _matcher(nlp.vocab, patterns)(doc)
    assert _scanner(patterns)(doc) == want
    assert (0, 0, 2) in want and (1, 2, 3) in want and (1, 2, 4) in want and (2, 6, 9) in want


def test_every_timex_pattern_on_random_word_runs():
    """Runs of the rules' own words, where the patterns' optional tokens meet each other."""
    nlp = spacy.blank("en")
    patterns = [pat for _, pats in timex_rules.rule_patterns() for pat in pats]
    words = sorted({v for pat in patterns for tok in pat for k, v in tok.items() if k != "OP" and isinstance(v, str)}
                   | {w for pat in patterns for tok in pat for v in tok.values() if isinstance(v, dict) for w in v.get("IN", ())})
    words += ["1990", "12", "3", "1990s", "'80s", "10:30", "2020-21", "Monday", "March", "May", "Eastern", "-", ","]
    rng = random.Random(7)
    rare = frozenset().union(*timex_rules._trigger_classes().values())
    matcher, scanner = _matcher(nlp.vocab, patterns), _scanner(patterns, rare)
    total = 0
    for _ in range(150):
        pool = rng.sample(words, 25)
        doc = Doc(nlp.vocab, words=[rng.choice(pool) for _ in range(40)])
        want = matcher(doc)
        assert scanner(doc) == want, [t.text for t in doc]
        total += len(want)
    assert total > 500


@pytest.mark.parametrize("text", [
    "Two weeks ago, on Friday, July 14, 2024, the talks resumed for the first time since the 1990s. "
    "Every Monday morning they meet twice a week; earlier this year, in Q3 and over Christmas Eve, "
    "and a few days after New Year's Day, at 10:30 a.m. local time, the last three years' data came out.",
    "The board met in the April-June quarter of 2031 and again on the first Tuesday of May; by year-end, "
    "nineteen ninety-six felt like decades ago, and the mid-2040s some three and a half years away.",
])
def test_candidates_are_what_one_matcher_per_class_finds_in_its_windows(text):
    nlp = spacy.blank("en")
    doc = nlp(text)
    tm = timex_rules.matcher_for(doc.vocab)
    want = set()
    for cls, windows in timex_rules._windows(doc).items():
        if cls not in tm.matchers:
            continue
        for a, b in windows:
            want |= {(doc.vocab.strings[k], a + s, a + e) for k, s, e in tm.matchers[cls](doc[a:b])}
    assert tm.candidates(doc) == want
    assert len(want) >= 10
