"""Analyse once: analyses live in the corpus store, keyed by what determines them.

The key (:func:`cache_key`, from :mod:`newslab.corpus.keys`) is the seed's sha256, the newslab version, a fingerprint of
newslab's code and lexicons (so an edited rule never serves a stale analysis), the pipeline name
and version, and the attribution scope. The store (:mod:`newslab.corpus.store`) is the one copy
of every analysis: :func:`fill_cache` brings it up to date (the report runner calls it once,
before any notebook starts), and :func:`load_analyses` rebuilds ``Analysis`` objects for the
articles a notebook shows, from their rows and their seeds' bodies. A rerun with unchanged
inputs does no NLP at all and does not even import spaCy.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from ..errors import NewslabError
from ..extract.analysis import Analysis
from ..seeds import Article, SeedFailure, read_corpus
from .keys import cache_key, default_cache_dir, model_label


@dataclass
class CorpusAnalysis:
    """Analyses of the seeds asked for (sorted by id), the seeds that failed, the store read, and
    how many seeds were readable (asked for or not)."""

    analyses: list[Analysis]
    failures: list[SeedFailure]
    store: Path | None = None
    readable: int = 0


@dataclass
class FillResult:
    """What :func:`fill_cache` did: rows found up to date, articles analysed, failures, and the store."""

    model: str
    hits: int
    computed: int
    failures: list[SeedFailure] = field(default_factory=list)
    store: Path | None = None
    version: int | None = None


def fill_cache(seeds: str | Path | Iterable[str | Path], store: str | Path | None = None, scope: str = "speech",
               jobs: int | None = None, progress: bool = False, client=None) -> FillResult:
    """Bring the store of ``seeds`` (a seed file, a folder, or several) up to date: analyse the
    seeds that are new or changed (``jobs`` processes; default all cores), drop the rows of seeds
    that are gone; on the Dask cluster of ``client`` when given. ``store`` defaults to the default store of a single seed path
    (:func:`newslab.corpus.analyze_run.store_for`). ``failures``: unreadable seeds and articles whose
    analysis raised (the others are still stored)."""
    from .analyze_run import EngineChoice, analyze_to_store, client_model, store_for

    paths = [str(seeds)] if isinstance(seeds, (str, Path)) else [str(p) for p in seeds]
    if store is None:
        if len(paths) != 1:
            raise NewslabError("fill_cache: give a store for several seed paths")
        store = store_for(paths[0], scope)
    summary = analyze_to_store(paths, store, scope=scope, choice=EngineChoice(jobs=jobs, client=client), progress=progress)
    model = client_model() if summary.analysed or summary.unchanged else ""
    return FillResult(model, summary.unchanged, summary.analysed, list(summary.failures), Path(store), summary.version)


def remove_legacy_files(cache_dir: str | Path | None = None) -> int:
    """Delete the per-article JSON files (``<32 hex>.json``) the cache wrote before the store
    replaced it; return how many. Only such names directly in the cache folder are touched."""
    import re

    cdir = Path(cache_dir) if cache_dir else default_cache_dir()
    legacy = re.compile(r"[0-9a-f]{32}\.json")
    removed = 0
    for path in cdir.glob("*.json") if cdir.is_dir() else []:
        if legacy.fullmatch(path.name) and path.is_file():
            path.unlink(missing_ok=True)
            removed += 1
    return removed


def _stored_keys(store, ids: list[str]) -> dict[str, str]:
    if not ids:
        return {}
    rows = store.arrow("articles", columns=["article_id", "analysis_key"], where={"article_id": ids}).to_pylist()
    return {r["article_id"]: r["analysis_key"] for r in rows}


def analyses_from_store(store, articles: list[Article]) -> tuple[list[Analysis], list[Article]]:
    """``Analysis`` objects of ``articles`` rebuilt from a store's rows (bodies from the articles),
    and the articles the store has no rows for. Only these articles' rows are read."""
    from .store_schema import TABLES, arrow_row_to_record

    ids = [a.id for a in articles]
    if not ids:
        return [], []
    heads = {r["article_id"]: r for r in store.arrow("articles", columns=["article_id", "model"], where={"article_id": ids}).to_pylist()}
    records = {aid: {"id": aid, "model": head["model"]} for aid, head in heads.items()}
    for name in TABLES[1:]:
        for row in store.arrow(name, where={"article_id": ids}).to_pylist():  # rows keep their stored order
            rec = records.get(row["article_id"])
            if rec is not None:
                rec.setdefault(name, []).append(arrow_row_to_record(name, row))
    found = [Analysis.from_record(records[a.id], a) for a in articles if a.id in records]
    return found, [a for a in articles if a.id not in records]


def load_analyses(seeds: str | Path, store: str | Path | None = None, scope: str = "speech",
                  articles: Iterable[str] | None = None, limit: int | None = None,
                  jobs: int | None = None) -> CorpusAnalysis:
    """Analyses for a seed file or folder, read from the corpus store.

    ``store`` (a path, or None/"" for the default store of ``seeds``): a store another run filled,
    for example the batch's. ``articles`` (ids) and ``limit`` (the first N by id) choose which
    articles are rebuilt; the others are never read. With the default store, the store is first
    brought up to date (no NLP when nothing changed). A given store is only read; if it lacks an
    article (or holds an older analysis of it), the default store of ``seeds`` is used instead.
    """
    from . import api
    from .analyze_run import open_for_seeds

    corpus = read_corpus(seeds)
    chosen = list(corpus.articles)
    if articles is not None:
        wanted = [str(a) for a in articles]
        have = {a.id for a in chosen}
        unknown = [w for w in wanted if w not in have]
        if unknown:
            ids = ", ".join(sorted(have)[:10])
            raise NewslabError(f"article {unknown[0]!r} not among the seeds of {seeds} (have: {ids}{', ...' if len(have) > 10 else ''})")
        chosen = [a for a in chosen if a.id in set(wanted)]
    if limit is not None:
        chosen = chosen[:limit]
    failures = list(corpus.failures)
    opened = None
    if store and chosen:
        opened = api.open(store)
        model = model_label() or ""
        stored = _stored_keys(opened, [a.id for a in chosen])
        if not model or any(stored.get(a.id) != cache_key(a, model, scope) for a in chosen):
            print(f"newslab: {store} does not hold the current analysis of every article asked for; "
                  f"using the default store of {seeds}", file=sys.stderr)
            opened = None
    if opened is None and (chosen or not store):
        opened, summary = open_for_seeds(seeds, scope=scope, jobs=jobs)
        known = {f.path for f in failures}  # the run reports unreadable seeds again
        failures.extend(f for f in summary.failures if f.path not in known)
    if opened is None:
        return CorpusAnalysis([], failures, Path(store) if store else None, len(corpus.articles))
    bad = {f.path for f in failures}
    found, missing = analyses_from_store(opened, [a for a in chosen if a.path not in bad])
    for art in missing:
        failures.append(SeedFailure(art.path, f"{art.path}: no analysis in the store {opened.path}"))
    return CorpusAnalysis(found, failures, opened.path, len(corpus.articles))
