"""Story-level sourcing measures and the escaped HTML view."""

from __future__ import annotations

import pytest

from newslab.extract.analysis import Analysis
from newslab.extract.tables import make_table
from newslab.extract.attribution import SOURCE_KINDS
from newslab.seeds import parse_seed_text
from newslab.corpus import sourcing


def fake(text: str, rows: list[dict], article_id: str = "t") -> Analysis:
    art = parse_seed_text("date 2025-01-01 " + text, article_id)
    return Analysis(article=art, model="test", attributions=make_table("attributions", rows))


def row(body, content, source, kind="indirect", source_kind="named person", cue="said"):
    cs = body.index(content)
    ss = body.index(source) if source else None
    qs = body.index(cue)
    return {"source": source, "source_actor": source, "source_span": [ss, ss + len(source)] if source else None,
            "cue": cue, "cue_span": [qs, qs + len(cue)], "content": content, "content_span": [cs, cs + len(content)],
            "kind": kind, "source_kind": source_kind, "fragments": [[cs, cs + len(content)]], "inherited": False}


BODY = 'Ana Silva said the bridge will open. The river rose again. "We are ready," said Tom Reyes.'


@pytest.fixture()
def analysis():
    return fake(BODY, [row(BODY, "the bridge will open", "Ana Silva"),
                       row(BODY, '"We are ready,"', "Tom Reyes", kind="direct", cue="said Tom")])


def test_sentence_spans_respect_abbreviations():
    body = "Gen. Metin Gürak met Lt. Gen. Salah Al-Namroush in the U.S. capital. Then he left. “Fine,” he said."
    spans = sourcing.sentence_spans(body)
    assert [body[s:e] for s, e in spans] == [
        "Gen. Metin Gürak met Lt. Gen. Salah Al-Namroush in the U.S. capital.", "Then he left.", "“Fine,” he said."]


def test_sentence_spans_split_paragraphs():
    body = "One line without stop\n\nSecond paragraph. Third sentence"
    assert len(sourcing.sentence_spans(body)) == 3


def test_article_measures(analysis):
    m = sourcing.article_measures([analysis]).iloc[0]
    assert m.sentences == 3 and m.attributed_sentences == 2
    assert m.share_sentences_attributed == pytest.approx(2 / 3, abs=1e-3)
    assert m.attributions == 2 and m.direct == 1 and m.indirect == 1 and m.direct_share == 0.5
    assert 0 < m.share_chars_attributed < 1 and m.sources == 2


def test_unattributed_sentences(analysis):
    un = sourcing.unattributed_sentences([analysis])
    assert list(un.text) == ["The river rose again."]


def test_sources_and_kinds(analysis):
    st = sourcing.sources_table([analysis])
    assert set(st.source) == {"Ana Silva", "Tom Reyes"} and st.attributions.sum() == 2
    kinds = sourcing.source_kind_counts([analysis])
    assert list(kinds.source_kind) == list(SOURCE_KINDS)
    assert kinds.set_index("source_kind").loc["named person", "attributions"] == 2
    assert list(sourcing.top_sources([analysis], n=1).source) == [st.source.iloc[0]]


def test_form_shares_sum_to_one(analysis):
    fs = sourcing.form_shares([analysis]).iloc[0]
    assert fs.direct + fs.mixed + fs.indirect + fs.unattributed == pytest.approx(1.0, abs=0.01)
    assert fs.unattributed == pytest.approx(1 / 3, abs=0.01)


def test_corpus_measures_pool_articles(analysis):
    other = fake("Nothing is attributed here. Nor here.", [], "u")
    c = sourcing.corpus_measures([analysis, other]).iloc[0]
    assert c.articles == 2 and c.sentences == 5 and c.attributed_sentences == 2 and c.attributions == 2


def test_empty_inputs():
    assert sourcing.article_measures([]).empty
    assert sourcing.sources_table([]).empty
    assert sourcing.unattributed_sentences([]).empty


def test_highlight_html_escapes_seed_text():
    body = 'Ana <script>alert(1)</script> said "<b>bold</b> & more" today.'
    a = fake(body, [row(body, '"<b>bold</b> & more"', "Ana", kind="direct")])
    out = sourcing.highlight_html(a)
    assert "<script>" not in out and "<b>bold" not in out
    assert "&lt;script&gt;" in out and "&lt;b&gt;bold&lt;/b&gt; &amp; more" in out
    assert 'class="nl-content"' in out and 'class="nl-source"' in out and 'class="nl-cue"' in out
