"""Analyse once: per-seed analysis records cached on disk, keyed by what determines them.

The key is the seed's sha256, the newslab version, the pipeline name and version, and the
attribution scope. Notebooks call :func:`load_analyses`; a rerun with unchanged inputs does no
NLP at all.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from . import __version__
from .analysis import Analysis, analyze_many, dumps_record
from .exports import atomic_write_text
from .paths import outputs_dir
from .seeds import Article, SeedFailure, read_corpus


@dataclass
class CorpusAnalysis:
    """Analyses of the readable seeds (sorted by id) and the seeds that failed."""

    analyses: list[Analysis]
    failures: list[SeedFailure]


def default_cache_dir() -> Path:
    """``$NEWSLAB_CACHE``, else ``outputs/.cache``."""
    env = os.environ.get("NEWSLAB_CACHE")
    return Path(env) if env else outputs_dir() / ".cache"


def cache_key(article: Article, model: str, scope: str = "speech") -> str:
    """The cache key of one article's analysis."""
    raw = f"{article.sha256}|{__version__}|{model}|{scope}"
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:32]


def load_analyses(seeds: str | Path, cache_dir: str | Path | None = None, scope: str = "speech", nlp=None) -> CorpusAnalysis:
    """Analyses for a seed file or folder, read from the cache where possible, else computed and cached."""
    from .nlp import load_pipeline, pipeline_label, resolve_pipeline_name

    corpus = read_corpus(seeds)
    cdir = Path(cache_dir) if cache_dir else default_cache_dir()
    # The model label is known without loading spaCy only after a first load; cache it by name.
    model = _model_label(resolve_pipeline_name(None)) if nlp is None else pipeline_label(nlp)
    found: dict[str, Analysis] = {}
    missing: list[Article] = []
    for art in corpus.articles:
        path = cdir / f"{cache_key(art, model, scope)}.json"
        if model and path.exists():
            rec = json.loads(path.read_text(encoding="utf-8"))
            found[art.id] = Analysis.from_record(rec, art)
        else:
            missing.append(art)
    if missing:
        nlp = nlp or load_pipeline()
        model = pipeline_label(nlp)
        for analysis in analyze_many(missing, nlp=nlp, scope=scope):
            found[analysis.article.id] = analysis
            path = cdir / f"{cache_key(analysis.article, model, scope)}.json"
            atomic_write_text(path, dumps_record(analysis.to_record()))
    return CorpusAnalysis([found[a.id] for a in corpus.articles], corpus.failures)


def _model_label(name: str) -> str | None:
    """``lang_name version`` of an installed pipeline package without loading it, or None."""
    try:
        from importlib.metadata import version

        import spacy.util

        meta = spacy.util.get_package_path(name) / "meta.json"
        data = json.loads(meta.read_text(encoding="utf-8"))
        return f"{data.get('lang')}_{data.get('name')} {data.get('version')}"
    except Exception:  # noqa: BLE001 - any failure just means "compute instead of reading the cache"
        return None
