"""The attribution scorer: matching rules on synthetic gold, and floors on the shared dev set."""

from __future__ import annotations

import pytest

from newslab.evaluate.attribution import match_attributions, score_pairs


def item(content, source=None, cue=(0, 1), **extra):
    return {"content_span": list(content), "source_span": list(source) if source else None, "cue_span": list(cue), **extra}


def test_match_needs_half_jaccard_and_is_one_to_one():
    gold = [item((0, 100)), item((200, 300))]
    system = [item((0, 60)), item((10, 90)), item((250, 400))]
    pairs = match_attributions(gold, system)
    assert pairs == [(0, 1)]  # (0,60) has Jaccard 0.6 but (10,90) is better; (250,400) only 0.25


def test_source_and_cue_scored_given_content():
    gold = [item((0, 50), source=(60, 65), cue=(66, 70), cue_class_derived="speech", kind_derived="direct"),
            item((100, 150), source=None, cue=(90, 95), cue_class_derived="other", kind_derived="according_to")]
    system = [item((0, 50), source=(61, 63), cue=(80, 84)), item((100, 150), source=None, cue=(90, 92)), item((500, 600))]
    c = score_pairs([gold], [system])
    assert (c["tp"], c["src"], c["cue"], c["n_sys"], c["n_gold"]) == (2, 2, 1, 3, 2)
    assert c["subsets"] == {"speech cues": 1, "direct (fully quoted)": 1, "according to": 1}


@pytest.mark.slow
def test_dev_set_floors(shared_eval, nlp):
    """Regression floors (below the measured numbers reported in the README)."""
    from newslab.extract.actors import extract_actors
    from newslab.extract.analysis import Analysis
    from newslab.extract.attribution import extract_attributions
    from newslab.evaluate.scoring import load_gold
    from newslab.evaluate.attribution import score_attributions

    docs = load_gold(shared_eval / "attribution")
    analyses = []
    parsed = list(nlp.pipe([d.article.body for d in docs]))
    for d, doc in zip(docs, parsed):
        table = extract_attributions(doc, d.article, extract_actors(doc, d.article))
        analyses.append(Analysis(article=d.article, model="test", attributions=table))
    (section,) = score_attributions(docs, analyses, parsed)
    t = section.table.set_index(["scope", "measure"])
    assert t.loc[("speech", "content"), "f1"] >= 0.58
    assert t.loc[("speech", "source (given content)"), "f1"] >= 0.54
    assert t.loc[("speech", "recall: direct (fully quoted)"), "recall"] >= 0.85
    assert t.loc[("speech", "recall: according to"), "recall"] >= 0.75
    assert t.loc[("broad", "content"), "recall"] > t.loc[("speech", "content"), "recall"]
