"""Exercise checking (newslab.notebook.teaching) and the degrading widget helpers (newslab.notebook.widgets)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from newslab.notebook import teaching, widgets
from newslab.notebook.teaching import CORRECT, UNANSWERED, WRONG, check_answer, check_choice, check_span

BODY = "Gürak met Dbeibeh in Tripoli on Sunday, according to the Libyan government."


@pytest.mark.parametrize("answer", [..., None, "", "   "])
def test_placeholder_answers_are_unanswered_not_wrong(answer):
    fb = check_answer(answer, 3)
    assert fb.status == UNANSWERED and not fb
    assert "..." in fb.message


@pytest.mark.parametrize(
    "answer, expected",
    [
        ("tripoli", "Tripoli"),
        ("  Tripoli. ", "Tripoli"),
        ("Türkiye’s", "Türkiye's"),
        ("“Gürak”", "Gürak"),
        ("7", 7),
        (np.int64(7), 7),
        (0.30000000000000004, 0.3),
        (["b", "a"], {"a", "b"}),
    ],
)
def test_forgiving_comparison_accepts_equivalent_answers(answer, expected):
    fb = check_answer(answer, expected, ordered=False)
    assert fb.status == CORRECT, str(fb)


def test_wrong_answers_are_wrong_and_say_why():
    assert check_answer("Haftar", "Gürak").status == WRONG
    fb = check_answer(["a"], ["a", "b"])
    assert fb.status == WRONG and "1 items" in fb.message and "2" in fb.message
    assert "str" in check_answer([1, 2], "x").message  # type mismatch is named
    assert check_answer(True, 1).status == WRONG  # a bool is not a count


def test_order_tolerance_and_alternatives():
    assert check_answer(["a", "b"], ["b", "a"]).status == WRONG
    assert check_answer(["a", "b"], ["b", "a"], ordered=False).status == CORRECT
    assert check_answer(10.4, 10, tol=0.5).status == CORRECT
    assert check_answer(10.6, 10, tol=0.5).status == WRONG
    assert check_answer("Turkey", "Türkiye", accept=["Turkey"]).status == CORRECT


def test_reveal_and_hint_only_when_useful():
    hidden = check_answer(1, 2, hint="count the rows")
    assert hidden.solution is None and "Hint: count the rows" in str(hidden)
    shown = check_answer(2, 2, hint="count the rows", reveal=True)
    assert shown.solution == "2" and "Hint" not in str(shown)


def test_feedback_renders_as_escaped_html():
    fb = check_answer("<b>x</b>", "y", name="Exercise 1")
    out = fb._repr_html_()
    assert "newslab-wrong" in out and "Exercise 1" in out
    assert "<b>x</b>" not in out and "&lt;b&gt;" in out


def test_check_span_uses_body_offsets():
    start = BODY.index("Tripoli")
    assert check_span([start, start + 7], BODY, "Tripoli").status == CORRECT
    assert check_span((start, start + 7), BODY, "Tripoli").correct
    too_long = check_span([start - 3, start + 7], BODY, "Tripoli")
    assert too_long.status == WRONG and "too long" in too_long.message
    short = check_span([start, start + 4], BODY, "Tripoli")
    assert "too short" in short.message
    assert "outside" in check_span([0, 10_000], BODY, "Tripoli").message
    assert check_span("Tripoli", BODY, "Tripoli").status == WRONG
    assert check_span(..., BODY, "Tripoli", reveal=True).solution == f"[{start}, {start + 7}]"


def test_check_choice_by_letter_or_text():
    options = ["the article date", "the date of the first event", "today"]
    assert check_choice("a", options, "the article date").correct
    assert check_choice("A)", options, "the article date").correct
    assert check_choice("(c)", options, "today").correct
    assert check_choice("The article date", options, "the article date").correct
    assert check_choice("b", options, "the article date").status == WRONG
    assert "not one of the options" in check_choice("z", options, "the article date").message
    assert check_choice(..., options, "today", reveal=True).solution == "c) today"
    with pytest.raises(ValueError):
        check_choice("a", options, "tomorrow")


def test_describe_seed_text_reports_format_and_errors():
    ok = teaching.describe_seed_text("date 2024-07-15 First paragraph.\n\nSecond one.")
    assert ok.startswith("ok:") and "2024-07-15" in ok and "2 paragraph(s)" in ok
    assert teaching.describe_seed_text("2024-07-15 no header").startswith("rejected:")
    assert "impossible date" in teaching.describe_seed_text("date 2024-02-30 Text.")


def test_score_tallies():
    fbs = [check_answer(1, 1), check_answer(2, 1), check_answer(..., 1)]
    assert teaching.score(fbs) == "1 of 3 correct (1 not answered)"


def test_highlight_escapes_and_marks_spans():
    text = "a <b> c & d"
    out = widgets.highlight(text, [(2, 5), (8, 9), (3, 4)], ["tag", "amp", "inner"])
    assert out == 'a <mark title="tag">&lt;b&gt;</mark> c <mark title="amp">&amp;</mark> d'


def test_evidence_html_cuts_context_around_span():
    body = "x" * 500 + "TARGET" + "y" * 500
    out = widgets.evidence_html(body, [500, 506], context=10)
    assert out.startswith("…") and out.endswith("…") and "<mark>TARGET</mark>" in out
    assert out.count("x") == 10 and out.count("y") == 10
    words = " ".join(f"w{i}" for i in range(100))
    start = words.index("w50")
    cut = widgets.evidence_html(words, [start, start + 3], context=12)
    assert cut == "…w48 w49 <mark>w50</mark> w51 w52…"  # whole words only, never "…8 w49"


def test_explore_static_calls_render_once_with_defaults():
    calls = []
    made = widgets.explore(lambda kind, n: calls.append((kind, n)), {"kind": ["meet", "visit"], "n": (1, 5)}, interactive=False)
    assert made is None and calls == [("meet", 1)]
    widgets.explore(lambda kind: calls.append(kind), {"kind": [("Meet", "meet"), ("Visit", "visit")]}, False, defaults={"kind": "visit"})
    assert calls[-1] == "visit"


def test_explore_interactive_builds_working_controls():
    pytest.importorskip("ipywidgets")
    calls = []
    made = widgets.explore(lambda kind, n: calls.append((kind, n)), {"kind": ["meet", "visit"], "n": (1, 5)}, interactive=True)
    assert set(made) == {"kind", "n"}
    assert type(made["kind"]).__name__ == "Dropdown" and type(made["n"]).__name__ == "IntSlider"
    made["kind"].value = "visit"
    assert calls[-1] == ("visit", 1)


def test_evidence_browser_static_lists_rows(capsys):
    df = pd.DataFrame([{"source": "Gürak", "kind": "meet", "span": [0, 17]}, {"source": "x", "kind": "y", "span": None}])
    shown = []
    import IPython.display as disp

    orig = disp.display
    disp.display = lambda obj: shown.append(obj)
    try:
        widgets.evidence_browser(df, BODY, label_columns=["source", "kind"])
    finally:
        disp.display = orig
    html_out = shown[0].data
    assert "Gürak · meet" in html_out and "<mark>Gürak met Dbeibeh</mark>" in html_out
    assert len(shown) == 1  # the row without a span is left out, no "more rows" note


# --------------------------------------------------------------------------- tour helpers


@pytest.fixture(scope="module")
def mission_analysis(nlp, mission_article):
    from newslab.extract.analysis import analyze

    return analyze(mission_article, nlp=nlp)


def test_pick_article_by_id_or_first(mission_analysis):
    from newslab.errors import NewslabError

    assert teaching.pick_article([mission_analysis]) is mission_analysis
    assert teaching.pick_article([mission_analysis], mission_analysis.article.id) is mission_analysis
    with pytest.raises(NewslabError, match="not among the seeds"):
        teaching.pick_article([mission_analysis], "nope")
    with pytest.raises(NewslabError, match="no readable seeds"):
        teaching.pick_article([])


def test_overview_and_preview_follow_the_tables(mission_analysis):
    ov = teaching.overview(mission_analysis)
    assert list(ov["table"]) == list(teaching.TOUR_TABLES)
    for name, n in zip(ov["table"], ov["rows"]):
        assert n == len(getattr(mission_analysis, name))
        pv = teaching.preview(getattr(mission_analysis, name), name, rows=3)
        assert len(pv) == min(3, n)
        assert set(pv.columns) <= set(getattr(mission_analysis, name).columns)


def test_spans_point_into_the_body(mission_analysis):
    body = mission_analysis.article.body
    assert teaching.spans_of(mission_analysis, "actors"), "the mission seed names actors"
    for name in teaching.TOUR_TABLES:
        spans = teaching.spans_of(mission_analysis, name)
        assert [s for (s, _), _l in spans] == sorted(s for (s, _), _l in spans)
        for (start, end), label in spans:
            assert 0 <= start < end <= len(body) and label
    first = teaching.first_evidence(mission_analysis, "actors")
    assert first and first in body
    with pytest.raises(ValueError):
        teaching.spans_of(mission_analysis, "cooccurrences")


def test_marked_body_keeps_every_paragraph(mission_analysis):
    out = teaching.marked_body_html(mission_analysis, "actors")
    assert out.count("<p>") == len(mission_analysis.article.paragraphs)
    assert "<mark" in out


def test_glossary_has_the_required_terms_and_complete_entries():
    terms = [e["term"] for e in teaching.glossary()]
    for term in ["actor", "alias", "interaction", "CAMEO", "TIMEX3", "DCT", "anchoring", "attribution", "cue", "source kind"]:
        assert term in terms
    assert len(terms) == len(set(terms))
    for entry in teaching.glossary():
        assert all(entry.get(k) for k in ("short", "long", "example", "in_newslab")), entry["term"]
        assert set(entry.get("see_also", [])) <= set(terms), entry["term"]
    assert teaching.glossary_entry("cameo")["term"] == "CAMEO"
    with pytest.raises(KeyError, match="not in the glossary"):
        teaching.glossary_entry("blockchain")
    md = teaching.entry_markdown(teaching.glossary_entry("DCT"), live="2024-07-15")
    assert md.startswith("**DCT**") and "*In this article:* 2024-07-15" in md
    assert teaching.glossary_markdown().count("\n") == len(terms) - 1


def test_live_examples_quote_the_article(mission_analysis):
    live = teaching.live_examples(mission_analysis)
    assert live["DCT"] == mission_analysis.article.date_iso
    assert set(live) <= {e["term"] for e in teaching.glossary()}
    if "span" in live:
        start, end = (int(x) for x in live["span"].split("]")[0].strip("[").split(","))
        assert repr(mission_analysis.article.body[start:end]) in live["span"]
    if "alias" in live:
        assert live["alias"].count("'") >= 4  # at least two quoted names
