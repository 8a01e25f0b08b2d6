"""Safe folder names for article ids: nothing an id contains can write outside the run folder.

An article id is a file name without ``.txt`` and may hold spaces, ``../``, markup or any
Unicode. Report folders use :func:`assign_folders`: ids made only of ``[A-Za-z0-9._-]``
keep their name; any other id gets a sanitised stem plus a short hash of the full id, so
two different ids never share a folder (also on case-insensitive file systems). The mapping
is kept in ``manifest.json``.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path
from typing import Iterable

#: Names the runner itself uses inside ``outputs/<run>/``; a seed can never take them.
RESERVED = {"corpus", "index.html", "manifest.json", "run.log", ".tmp", ".cache", "con", "nul", "prn", "aux"}

_SAFE = re.compile(r"[A-Za-z0-9._-]+")
_UNSAFE_CHAR = re.compile(r"[^A-Za-z0-9._-]+")
MAX_STEM = 60


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:10]


def safe_folder_name(article_id: str, force_hash: bool = False) -> str:
    """A folder name for ``article_id`` that is one plain path component, never ``.``/``..``."""
    clean = _SAFE.fullmatch(article_id or "") is not None
    plain = clean and not article_id.startswith(".") and len(article_id) <= MAX_STEM and article_id.lower() not in RESERVED
    if plain and not force_hash:
        return article_id
    ascii_id = unicodedata.normalize("NFKD", article_id or "").encode("ascii", "ignore").decode("ascii")
    stem = _UNSAFE_CHAR.sub("_", ascii_id).strip("._-")[:MAX_STEM].strip("._-") or "seed"
    return f"{stem}-{_digest(article_id or '')}"


def assign_folders(ids: Iterable[str]) -> dict[str, str]:
    """Map every id to a distinct safe folder name (deterministic, case-insensitively distinct)."""
    ids = sorted(set(ids))
    names = {i: safe_folder_name(i) for i in ids}
    by_lower: dict[str, list[str]] = {}
    for i, name in names.items():
        by_lower.setdefault(name.lower(), []).append(i)
    for group in by_lower.values():
        if len(group) > 1:
            for i in group:
                names[i] = safe_folder_name(i, force_hash=True)
    return names


def inside(root: Path, *parts: str) -> Path:
    """``root/parts...``, refusing any result that is not strictly inside ``root``."""
    root = Path(root).resolve()
    target = root.joinpath(*parts).resolve()
    if target == root or root not in target.parents:
        raise ValueError(f"refusing to write outside {root}: {'/'.join(parts)!r}")
    return target
