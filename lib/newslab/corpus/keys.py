"""What an analysis depends on, as a key: seed hash, newslab version and code, pipeline, scope, BLAS backend.

The store (:mod:`newslab.corpus.store`) keys every article's rows with :func:`cache_key`; a row
whose key differs from the current one is analysed again. Kept apart from :mod:`.cache` so the
store's writer and engine can use the keys without importing the readers built on them.
"""

from __future__ import annotations

import hashlib
import os
from functools import lru_cache
from pathlib import Path

from .. import __version__
from ..extract.blas import backend as blas_backend
from ..paths import PACKAGE_DIR, outputs_dir
from ..seeds import Article


def default_cache_dir() -> Path:
    """``$NEWSLAB_CACHE``, else ``outputs/.cache`` (default stores live under ``stores/`` in it)."""
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
    """The key of one article's analysis (the store's ``articles.analysis_key``)."""
    # the BLAS backend could, in principle, tip a parse (same parses on every document measured)
    raw = f"{article.sha256}|{__version__}|{code_fingerprint()}|{model}|{scope}|{blas_backend()}"
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:32]


def model_label(nlp=None) -> str | None:
    """The pipeline label keys use: of ``nlp`` if given, else of the pipeline that would be
    loaded, read without importing spaCy (None when it cannot be told: callers then load it)."""
    from ..extract.nlp import installed_pipeline_label, pipeline_label

    return pipeline_label(nlp) if nlp is not None else installed_pipeline_label()
