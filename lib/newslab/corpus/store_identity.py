"""The store's corpus-level tables: ``actor_ids`` and ``corpus_actors``, recomputed at each commit.

Which per-article actors are one corpus actor depends on the whole actors table (a new article
can make a surname ambiguous), so these tables are rebuilt over every part of the version being
committed, from the few columns the resolver needs (never the mention spans). At 100,000
articles (about a million actors rows) that is one columnar read of nine small columns and one
pass of :func:`newslab.extract.identity.resolve`; the result is two small files per version.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from .store_schema import DERIVED_SCHEMAS

#: Columns of ``actors`` the resolver and the corpus actors table read.
RESOLVE_COLUMNS = ["article_id", "actor_id", "name", "type", "kind", "role", "affiliation", "iso3", "aliases"]


def _read(vdir: Path, table: str, parts: list[str], columns: list[str]) -> pa.Table:
    return pa.concat_tables([pq.read_table(vdir / table / f"{p}.parquet", columns=columns) for p in parts])


def _date(value) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) and len(value) == 10 else None


def _seen(items: list[dict]) -> list[dict]:
    return [{**d, "first_date": _date(d["first_date"]), "last_date": _date(d["last_date"])} for d in items]


def derive_tables(vdir: Path, parts: list[str]) -> dict[str, pa.Table]:
    """``actor_ids`` and ``corpus_actors`` of the version in ``vdir`` made of ``parts``.

    Rows are sorted (by article and actor id; by the corpus actors order), so the files do not
    depend on the order articles were written in.
    """
    import pandas as pd

    from .identity import corpus_actors, resolve

    actors = _read(vdir, "actors", parts, RESOLVE_COLUMNS)
    counts = pc.list_value_length(_read(vdir, "actors", parts, ["mentions"]).column(0)).fill_null(0)
    # object columns: lists stay lists (the resolver reads aliases as lists), and iterating them is
    # several times faster than iterating pandas' Arrow-backed strings
    frame = pd.DataFrame({k: pd.Series(v, dtype=object) for k, v in actors.to_pydict().items()})
    frame["mention_count"] = counts.to_numpy(zero_copy_only=False)
    articles = _read(vdir, "articles", parts, ["article_id", "date"]).to_pandas(date_as_object=True)
    resolved = resolve(frame, articles)
    ids = resolved[["article_id", "actor_id", "corpus_actor_id", "corpus_key"]].sort_values(["article_id", "actor_id"])
    table = corpus_actors(frame, articles, resolved)
    rows = [{**r, "first_date": _date(r["first_date"]), "last_date": _date(r["last_date"]),
             "roles": _seen(r["roles"]), "affiliations": _seen(r["affiliations"])} for r in table.to_dict("records")]
    return {
        "actor_ids": pa.Table.from_pandas(ids, schema=DERIVED_SCHEMAS["actor_ids"], preserve_index=False),
        "corpus_actors": pa.Table.from_pylist(rows, schema=DERIVED_SCHEMAS["corpus_actors"]),
    }
