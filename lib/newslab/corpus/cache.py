"""Analyse once: per-seed analysis records cached on disk, keyed by what determines them.

The key is the seed's sha256, the newslab version, a fingerprint of newslab's code and
lexicons (so an edited rule never serves a stale analysis), the pipeline name and version,
and the attribution scope. Notebooks call :func:`load_analyses`; a rerun with unchanged
inputs does no NLP at all and does not even import spaCy. The report runner calls
:func:`fill_cache` once, in its own process, before any notebook starts.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from .. import __version__
from ..extract.analysis import Analysis, analyze_many, dumps_record
from ..files import atomic_write_text
from ..paths import PACKAGE_DIR, outputs_dir
from ..seeds import Article, SeedFailure, read_corpus



@dataclass
class CorpusAnalysis:
    """Analyses of the readable seeds (sorted by id) and the seeds that failed."""

    analyses: list[Analysis]
    failures: list[SeedFailure]


@dataclass
class FillResult:
    """What :func:`fill_cache` did: how many records it found, computed, and which articles failed."""

    model: str
    hits: int
    computed: int
    failures: list[SeedFailure]


def default_cache_dir() -> Path:
    """``$NEWSLAB_CACHE``, else ``outputs/.cache``."""
    env = os.environ.get("NEWSLAB_CACHE")
    return Path(env) if env else outputs_dir() / ".cache"


def code_fingerprint() -> str:
    """A short hash of newslab's Python files and data files (lexicons, gazetteers).

    ``$NEWSLAB_CODE`` overrides it: the report runner sets it for its kernels, so every
    notebook of a batch reads the analyses the batch computed, even if files change meanwhile.
    """
    return os.environ.get("NEWSLAB_CODE") or _hash_code()


@lru_cache(maxsize=1)
def _hash_code() -> str:
    h = hashlib.sha256()
    for path in sorted(PACKAGE_DIR.rglob("*")):
        if path.is_file() and (path.suffix == ".py" or "data" in path.relative_to(PACKAGE_DIR).parts) and "__pycache__" not in path.parts:
            h.update(path.relative_to(PACKAGE_DIR).as_posix().encode("utf-8") + b"\0")
            h.update(hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()[:16]


def cache_key(article: Article, model: str, scope: str = "speech") -> str:
    """The cache key of one article's analysis."""
    raw = f"{article.sha256}|{__version__}|{code_fingerprint()}|{model}|{scope}"
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:32]


def _cache_path(cdir: Path, article: Article, model: str, scope: str) -> Path:
    return cdir / f"{cache_key(article, model, scope)}.json"


def model_label(nlp=None) -> str | None:
    """The pipeline label cache keys use: of ``nlp`` if given, else of the pipeline that would be
    loaded, read without importing spaCy (None when it cannot be told: callers then load it)."""
    from ..extract.nlp import installed_pipeline_label, pipeline_label

    return pipeline_label(nlp) if nlp is not None else installed_pipeline_label()


def _read_cached(path: Path, article: Article) -> Analysis | None:
    try:
        rec = json.loads(path.read_text(encoding="utf-8"))
        return Analysis.from_record(rec, article)
    except (OSError, ValueError, KeyError):
        return None  # missing or unreadable: recompute (writes are atomic, so this is rare)


def fill_cache(articles: Iterable[Article], cache_dir: str | Path | None = None, scope: str = "speech",
               nlp=None, batch_size: int = 16) -> FillResult:
    """Analyse every article not yet cached (one batched spaCy pass) and store its record.

    An article whose analysis raises is recorded as a failure; the others are still cached.
    """
    cdir = Path(cache_dir) if cache_dir else default_cache_dir()
    articles = list(articles)
    model = model_label(nlp)
    missing = [a for a in articles if not (model and _cache_path(cdir, a, model, scope).exists())]
    failures: list[SeedFailure] = []
    if missing:
        from ..extract.nlp import load_pipeline, pipeline_label

        nlp = nlp or load_pipeline()
        model = pipeline_label(nlp)
        for article, analysis, exc in analyze_isolated(missing, nlp=nlp, scope=scope, batch_size=batch_size):
            if exc is None:
                try:
                    atomic_write_text(_cache_path(cdir, article, model, scope), dumps_record(analysis.to_record()))
                    continue
                except (TypeError, ValueError) as err:  # a table that does not serialise
                    exc = err
            first = (str(exc).splitlines() or [""])[0]
            failures.append(SeedFailure(article.path, f"{article.path}: analysis failed: {type(exc).__name__}: {first}"))
    return FillResult(model or "", len(articles) - len(missing), len(missing) - len(failures), failures)


def analyze_isolated(articles: Iterable[Article], nlp=None, scope: str = "speech", batch_size: int = 16):
    """Yield ``(article, analysis, None)`` or ``(article, None, error)``: one batched pass, and
    if an article's analysis raises, the rest one by one, so one bad article fails alone."""
    articles = list(articles)
    if not articles:
        return
    if nlp is None:
        from ..extract.nlp import load_pipeline

        nlp = load_pipeline()
    count = 0
    try:
        for analysis in analyze_many(articles, nlp=nlp, scope=scope, batch_size=batch_size):
            yield articles[count], analysis, None
            count += 1
        return
    except Exception:  # noqa: BLE001 - fall back to one article at a time from the failing one
        pass
    for article in articles[count:]:
        try:
            yield article, next(iter(analyze_many([article], nlp=nlp, scope=scope))), None
        except Exception as exc:  # noqa: BLE001
            yield article, None, exc


def load_analyses(seeds: str | Path, cache_dir: str | Path | None = None, scope: str = "speech", nlp=None) -> CorpusAnalysis:
    """Analyses for a seed file or folder, read from the cache where possible, else computed and cached."""
    corpus = read_corpus(seeds)
    cdir = Path(cache_dir) if cache_dir else default_cache_dir()
    model = model_label(nlp)
    found: dict[str, Analysis] = {}
    missing: list[Article] = []
    for art in corpus.articles:
        hit = _read_cached(_cache_path(cdir, art, model, scope), art) if model else None
        if hit is not None:
            found[art.id] = hit
        else:
            missing.append(art)
    failures = list(corpus.failures)
    if missing:
        from ..extract.nlp import load_pipeline, pipeline_label

        nlp = nlp or load_pipeline()
        model = pipeline_label(nlp)
        result = fill_cache(missing, cdir, scope=scope, nlp=nlp)
        failures.extend(result.failures)
        for art in missing:
            hit = _read_cached(_cache_path(cdir, art, model, scope), art)
            if hit is not None:
                found[art.id] = hit
    return CorpusAnalysis([found[a.id] for a in corpus.articles if a.id in found], failures)
