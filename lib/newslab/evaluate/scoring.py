"""Shared scoring helpers: gold documents, span matching, precision/recall/F1, report sections."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..errors import NewslabError
from ..seeds import Article, read_seed


@dataclass
class GoldDoc:
    """One gold article: the seed and its annotation dict."""

    article: Article
    gold: dict


@dataclass
class EvalSection:
    """One block of scores: a title, a table, and notes on how to read it."""

    title: str
    table: pd.DataFrame
    notes: list[str] = field(default_factory=list)


def load_gold(gold_dir: Path) -> list[GoldDoc]:
    """Read every ``<id>.txt`` with a ``<id>.gold.json`` beside it, sorted by id."""
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise NewslabError(f"{gold_dir}: not a folder of gold annotations")
    docs = []
    for gpath in sorted(gold_dir.glob("*.gold.json")):
        tpath = gpath.with_name(gpath.name[: -len(".gold.json")] + ".txt")
        if not tpath.exists():
            raise NewslabError(f"{gpath}: no seed {tpath.name} beside it")
        docs.append(GoldDoc(read_seed(tpath), json.loads(gpath.read_text(encoding="utf-8"))))
    if not docs:
        raise NewslabError(f"{gold_dir}: no *.gold.json files")
    return docs


def prf(tp: float, n_sys: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from true positives and the two totals (0 where undefined)."""
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two ``[start, end)`` spans share at least one character."""
    return a[0] < b[1] and b[0] < a[1]


def char_jaccard(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Character-level Jaccard overlap of two spans."""
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union > 0 else 0.0
