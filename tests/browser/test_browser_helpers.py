"""The browser suite's own plumbing, tested without a browser (these always run)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import nbformat

from jlab import ROOT, expects_figures, set_interactive


def _notebook(tmp_path, params: str, code: str = "print(1)"):
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_code_cell(params, metadata={"tags": ["parameters"]}),
        nbformat.v4.new_code_cell("interactive = False  # not the parameters cell"),
        nbformat.v4.new_code_cell(code),
    ]
    path = tmp_path / "nb.ipynb"
    nbformat.write(nb, path)
    return path


def test_set_interactive_edits_only_the_parameters_cell(tmp_path):
    path = _notebook(tmp_path, 'seeds: str = "../seeds"  # x\ninteractive: bool = False  # True: widgets')
    assert set_interactive(path)
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    assert "interactive: bool = True  # True: widgets" in cells[0]["source"]
    assert "".join(cells[1]["source"]) == "interactive = False  # not the parameters cell"


def test_set_interactive_reports_notebooks_without_the_parameter(tmp_path):
    path = _notebook(tmp_path, 'seeds: str = "../seeds"')
    before = path.read_text(encoding="utf-8")
    assert not set_interactive(path)
    assert path.read_text(encoding="utf-8") == before


def test_expects_figures_reads_the_code(tmp_path):
    assert expects_figures(_notebook(tmp_path, "x = 1", "import matplotlib.pyplot as plt\nplt.plot([1])"))
    assert not expects_figures(_notebook(tmp_path, "x = 1", "print('no figures here')"))


def test_suite_skips_with_instructions_when_chromium_is_missing(tmp_path):
    env = dict(os.environ, NEWSLAB_CHROMIUM=str(tmp_path / "no-chromium"))
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-m", "browser", "-rs", "-q", "-p", "no:cacheprovider", "tests/browser"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "skipped" in proc.stdout and "passed" not in proc.stdout
    assert ".ci/install-browser" in proc.stdout


def test_install_script_is_quick_and_idempotent_when_chromium_is_there():
    import pytest

    from jlab import CHROMIUM

    if not CHROMIUM.exists() or str(CHROMIUM) != "/usr/bin/chromium":
        pytest.skip("Debian's chromium is not installed here (the script would install it)")
    script = ROOT / ".ci" / "install-browser"
    assert os.access(script, os.X_OK)
    proc = subprocess.run([str(script)], capture_output=True, text=True, timeout=30)
    assert proc.returncode == 0, proc.stderr
    assert "already installed" in proc.stdout
