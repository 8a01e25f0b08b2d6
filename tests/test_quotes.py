"""The quote-mark layer: pairing rules, apostrophes, paragraphs, and never raising."""

from __future__ import annotations

import random

import pytest

from newslab.extract.quotes import find_quotes, quoted_chars


def texts(body: str) -> list[str]:
    return [body[q.start:q.end] for q in find_quotes(body)]


def test_straight_and_curly_doubles_pair():
    body = '"One two," he said, “three four.”'
    assert texts(body) == ['"One two,"', "“three four.”"]


def test_guillemets_and_low_high_quotes():
    body = "«Oui» et »Ja« und „Nein“."
    assert texts(body) == ["«Oui»", "»Ja«", "„Nein“"]


def test_doubled_apostrophes_are_quotes():
    body = "''A museum alone,'' he said."
    assert texts(body) == ["''A museum alone,''"]


def test_apostrophes_are_not_quotes():
    body = "Trump’s voters’ rally in the ’90s and rock ’n’ roll."
    assert texts(body) == []


def test_single_curly_quotes_only_at_word_boundary():
    body = "Clinton camp was ‘mocking’ the voters’ plan."
    assert texts(body) == ["‘mocking’"]


def test_unclosed_quote_continues_into_next_paragraph_that_reopens():
    body = "“First paragraph of the quote.\n\n“Second paragraph,” she said.\n\nNext."
    qs = find_quotes(body)
    assert len(qs) == 1 and qs[0].closed
    assert body[qs[0].start:qs[0].end].endswith("paragraph,”")


def test_unclosed_quote_stops_at_paragraph_without_continuation():
    body = "“Never closed here\n\nA plain paragraph."
    qs = find_quotes(body)
    assert len(qs) == 1 and not qs[0].closed
    assert body[qs[0].start:qs[0].end] == "“Never closed here"


def test_quoted_chars_counts_overlap():
    body = 'He said "abc" twice.'
    qs = find_quotes(body)
    assert quoted_chars(qs, 0, len(body)) == 5
    assert quoted_chars(qs, 0, 8) == 0


@pytest.mark.parametrize("body", [
    '"', "“", "”", "''", "‘", "’", '""""', "“ ” “", '" a " b " c', "«»«", "„", "\n\n\"\n\n\"",
    'He said "nested “curly "straight" inside” mess',
])
def test_malformed_marks_never_raise(body):
    for q in find_quotes(body):
        assert 0 <= q.start <= q.inner_start <= q.inner_end <= q.end <= len(body)


def test_random_mark_soup_never_raises():
    rng = random.Random(7)
    alphabet = list('abc ,.\n"“”‘’«»„\'')
    for _ in range(300):
        body = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        spans = [(q.start, q.end) for q in find_quotes(body)]
        assert all(0 <= s <= e <= len(body) for s, e in spans)
