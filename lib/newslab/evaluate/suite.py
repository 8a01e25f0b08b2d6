"""``newslab evaluate``: analyse a gold folder once and run the scorer of every task it annotates.

One scorer per task (``evaluate.actors``, ``evaluate.chronology``, ``evaluate.attribution``),
chosen by the keys the gold files hold; shared span-matching helpers are in ``evaluate.scoring``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .scoring import EvalSection, load_gold


@dataclass
class EvalReport:
    """All sections scored for one gold folder."""

    gold_dir: str
    n_docs: int
    sections: list[EvalSection]


def evaluate_dir(gold_dir: Path, baseline: bool = True) -> EvalReport:
    """Analyse the gold folder's seeds once and score every task its gold files annotate."""
    from ..extract.analysis import analyze_doc
    from ..extract.nlp import load_pipeline, pipeline_label

    docs = load_gold(gold_dir)
    nlp = load_pipeline()
    model = pipeline_label(nlp)
    # One parse per gold text, kept: the broad-scope attribution score reuses these Docs.
    parsed = list(nlp.pipe(d.article.body for d in docs))
    analyses = [analyze_doc(doc, d.article, model) for doc, d in zip(parsed, docs)]
    sections: list[EvalSection] = []
    keys = set().union(*(d.gold.keys() for d in docs))
    if "entities" in keys:
        from .actors import score_actors

        sections += score_actors(docs, analyses, nlp, baseline=baseline)
        from ..extract.analysis import corpus_table
        from .crossdoc import score_crossdoc

        sections += score_crossdoc(docs, corpus_table(analyses, "actors"))
    if "timexes" in keys:
        from .chronology import score_timexes

        sections += score_timexes(docs, analyses)
    if "attributions" in keys:
        from .attribution import score_attributions

        sections += score_attributions(docs, analyses, parsed)
    return EvalReport(str(gold_dir), len(docs), sections)


def format_report(report: EvalReport) -> str:
    """Plain-text rendering of an evaluation report."""
    lines = [f"newslab evaluate {report.gold_dir}: {report.n_docs} articles", ""]
    for sec in report.sections:
        lines.append(f"## {sec.title}")
        lines.append(sec.table.to_string(index=False, float_format=lambda x: f"{x:.3f}"))
        lines.extend(f"  note: {n}" for n in sec.notes)
        lines.append("")
    return "\n".join(lines)
