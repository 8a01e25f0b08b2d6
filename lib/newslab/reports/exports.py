"""``newslab analyze --format csv``: one CSV table per kind across many analyses."""

from __future__ import annotations

from pathlib import Path
from typing import IO, Iterable

import pandas as pd

from ..extract.analysis import Analysis, corpus_table
from ..extract.tables import COLUMNS
from ..files import to_csv_text, write_csv


def with_corpus_actor_ids(actors: pd.DataFrame) -> pd.DataFrame:
    """The corpus actors table with ``corpus_actor_id`` added as its last column (the id the
    JSON Lines export and the store give the same actor; see ``newslab.extract.identity``)."""
    from ..extract.identity import id_map, resolve

    actors = actors.copy()
    if actors.empty:
        actors["corpus_actor_id"] = pd.Series(dtype=object)
        return actors
    ids = id_map(resolve(actors))
    actors["corpus_actor_id"] = [ids[(a, str(b))] for a, b in zip(actors["article_id"], actors["actor_id"])]
    return actors


def write_analysis_csv(analyses: Iterable[Analysis], out: Path, stream: IO[str] | None = None) -> list[Path]:
    """Write one CSV per table (``actors.csv``, ...) across the analyses, or all to ``stream``.
    ``actors`` carries each actor's ``corpus_actor_id`` as its last column."""
    analyses = list(analyses)
    written = []
    for name in COLUMNS:
        df = corpus_table(analyses, name)
        if name == "actors":
            df = with_corpus_actor_ids(df)
        if stream is not None:
            stream.write(f"# {name}\n{to_csv_text(df)}\n")
        else:
            written.append(write_csv(df, Path(out) / f"{name}.csv"))
    return written
