"""A weekday written short ("Fri.", "Thurs.", "Tue.") is one token and a weekday, as "Nov." is a month; "Sun." is left
to end sentences about a newspaper (twenty-ninth round). Every sentence here is written for the test; none comes from an
evaluation set."""

from __future__ import annotations

import pytest

from timexkit import tx


@pytest.mark.parametrize("text, found", [
    ("The talks resumed on Thurs. and ended on Sat. morning.", [("Thurs.", "2023-11-16"), ("Sat. morning", "2023-11-18TMO")]),
    ("The results are due on Tue. Feb. 6, the company said.", [("Tue. Feb. 6", "2024-02-06")]),
    # the weekday beside the date written after it: that date, at that time
    ("The vote is at 5 p.m. on Fri., Nov. 24, officials said.", [("5 p.m. on Fri.", "2023-11-24T17:00"),
                                                                   ("Nov. 24", "2023-11-24")]),
])
def test_a_short_weekday_is_a_weekday(nlp, text, found):
    assert [(t[0], t[2]) for t in tx(nlp, text, "2023-11-22")] == found


def test_sun_stays_a_word_that_ends_a_sentence(nlp):
    # guard: "Sun." is no special case, so the sentence after it starts a new one
    doc = nlp("He told the Sun. The paper printed it on Monday.")
    assert len(list(doc.sents)) == 2
