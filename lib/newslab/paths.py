"""Paths from one place: nothing in newslab depends on the current directory."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"


def project_root() -> Path:
    """The checkout's root (holding ``pyproject.toml``), or the current directory if installed elsewhere."""
    env = os.environ.get("NEWSLAB_ROOT")
    if env:
        return Path(env).resolve()
    for parent in PACKAGE_DIR.parents:
        if (parent / "pyproject.toml").exists() and (parent / "notebooks").is_dir():
            return parent
    return Path.cwd()


def notebooks_dir() -> Path:
    """Folder of the analysis notebooks."""
    return project_root() / "notebooks"


def seeds_dir() -> Path:
    """Default seed folder."""
    return project_root() / "seeds"


def outputs_dir() -> Path:
    """Default output folder."""
    return project_root() / "outputs"


def eval_dir() -> Path:
    """The shared development sets beside the checkout (may be absent)."""
    env = os.environ.get("NEWSLAB_EVAL")
    return Path(env) if env else project_root().parent / "shared" / "eval"


def data_file(name: str) -> Path:
    """A lexicon or gazetteer file shipped inside the package."""
    return DATA_DIR / name


def data_rows(name: str) -> list[dict[str, str]]:
    """The rows of a CSV data file shipped inside the package; lines starting with "#" (its
    sources and notes) are skipped."""
    import csv

    with open(data_file(name), encoding="utf-8") as fh:
        return list(csv.DictReader(line for line in fh if not line.startswith("#")))


def data_json(name: str):
    """The parsed contents of a JSON data file shipped inside the package (a lexicon's lists and tables)."""
    import json

    return json.loads(data_file(name).read_text(encoding="utf-8"))


def notebook_io(seeds: str | os.PathLike, output_dir: str | os.PathLike, notebook: str) -> tuple[str, str]:
    """A notebook's seed path and output folder, absolute. Empty means the project's ``seeds/``
    and ``outputs/manual/<notebook>/`` wherever the notebook runs from (papermill from the repo
    root, JupyterLab in ``notebooks/``); a relative path given is taken from the working directory."""
    s = Path(seeds).expanduser() if str(seeds) else seeds_dir()
    o = Path(output_dir).expanduser() if str(output_dir) else outputs_dir() / "manual" / notebook
    return str(s.absolute()), str(o.absolute())
