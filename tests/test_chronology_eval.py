"""The TempEval-3 style timex scorer on hand-made gold and system lists."""

from __future__ import annotations

import pytest

from newslab.evaluate.chronology import _match, timex_scores


def t(text, s, e, typ="DATE", value="2024"):
    return {"text": text, "span": [s, e], "type": typ, "value": value}


def test_strict_relaxed_and_value_scores():
    gold = [t("Sunday", 10, 16, value="2024-07-14"), t("more than a decade", 30, 48, "DURATION", "P10Y"),
            t("2011", 60, 64, value="2011"), t("today", 80, 85, value="2024-07-15")]
    system = [t("Sunday", 10, 16, value="2024-07-14"),      # strict, right value
              t("a decade", 40, 48, "DURATION", "P10Y"),   # relaxed only, right value
              t("2011", 60, 64, value="2012"),             # strict, wrong value
              t("May", 100, 103, value="2024-05")]         # false positive
    sc = timex_scores([(gold, system)])
    assert (sc["gold"], sc["system"]) == (4, 4)
    assert sc["strict_p"] == pytest.approx(2 / 4) and sc["strict_r"] == pytest.approx(2 / 4)
    assert sc["relaxed_f1"] == pytest.approx(3 / 4)
    assert sc["value_p"] == pytest.approx(2 / 4) and sc["value_r"] == pytest.approx(2 / 4)
    assert sc["type_accuracy"] == pytest.approx(1.0)
    assert sc["relative_gold"] == 2 and sc["relative_value_right"] == 1  # Sunday right, today missed
    assert (sc["DURATION/SET_gold"], sc["DURATION/SET_value_right"]) == (1, 1)


def test_matching_is_one_to_one():
    gold = [t("2009", 0, 4), t("2010", 5, 9)]
    system = [t("2009-2010", 0, 9)]
    pairs = _match(gold, system)
    assert len(pairs) == 1  # one system timex cannot match two gold ones
    sc = timex_scores([(gold, system)])
    assert sc["relaxed_r"] == pytest.approx(0.5) and sc["strict_f1"] == 0.0


def test_empty_inputs_score_zero():
    sc = timex_scores([([], [])])
    assert sc["strict_f1"] == 0.0 and sc["value_f1"] == 0.0 and sc["type_accuracy"] == 0.0
