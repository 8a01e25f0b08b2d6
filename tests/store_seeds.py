"""Small invented seed corpora for the store and engine tests (sentences written for these tests)."""

from __future__ import annotations

import json
from pathlib import Path

_PEOPLE = ["Maria Lindgren", "Tomas Okonjo", "Ruth Castellano", "Daniel Amadi", "Yuki Haraway", "Ines Valbuena"]
_PLACES = ["Norway", "Kenya", "Chile", "Japan", "Poland", "Ghana"]
_TITLES = ["Foreign Minister", "Trade Minister", "President", "Health Minister"]


def seed_text(i: int) -> str:
    """Seed ``i``: a short article with actors, a meeting, a date expression and a quote."""
    a, b = _PEOPLE[i % 6], _PEOPLE[(i + 2) % 6]
    x, y = _PLACES[i % 6], _PLACES[(i + 3) % 6]
    title = _TITLES[i % 4]
    day = 1 + i % 27
    return (
        f"date 2024-03-{day:02d} {x}'s {title} {a} met {b} of {y} on Tuesday to discuss fishing rights.\n\n"
        f"\u201cWe agreed to meet again in May,\u201d {a.split()[-1]} told reporters in the capital.\n\n"
        f"According to officials in {y}, the two countries signed a trade agreement in 2019.\n"
    )


def write_seeds(folder: Path, count: int, start: int = 0) -> Path:
    """Write seeds ``start``..``start+count-1`` as ``art_NNN.txt`` into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(start, start + count):
        (folder / f"art_{i:03d}.txt").write_text(seed_text(i), encoding="utf-8")
    return folder


def snapshot(store: Path) -> dict[str, list[str]]:
    """Every table's rows as sorted JSON (the order of parts may differ between two histories)."""
    from newslab.corpus import api as corpus_api
    from newslab.corpus.store_schema import TABLES

    c = corpus_api.open(store)
    return {t: sorted(json.dumps(r, default=str, sort_keys=True) for r in c.arrow(t).to_pylist()) for t in TABLES}
