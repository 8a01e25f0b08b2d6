"""``newslab analyze --format csv``: one CSV table per kind across many analyses."""

from __future__ import annotations

from pathlib import Path
from typing import IO, Iterable

from ..extract.analysis import Analysis, corpus_table
from ..extract.tables import COLUMNS
from ..files import to_csv_text, write_csv


def write_analysis_csv(analyses: Iterable[Analysis], out: Path, stream: IO[str] | None = None) -> list[Path]:
    """Write one CSV per table (``actors.csv``, ...) across the analyses, or all to ``stream``."""
    analyses = list(analyses)
    written = []
    for name in COLUMNS:
        df = corpus_table(analyses, name)
        if stream is not None:
            stream.write(f"# {name}\n{to_csv_text(df)}\n")
        else:
            written.append(write_csv(df, Path(out) / f"{name}.csv"))
    return written
