"""Helpers for the notebook tests: run a notebook with papermill, check it is committed clean."""

from __future__ import annotations

import os
from pathlib import Path

#: Longest wait for any one cell's reply (and for the kernel's last reply) in the notebook tests.
#: papermill waits forever by default: a lost reply (seen with widget cells on a loaded machine)
#: hung the suite. ``NEWSLAB_TEST_NB_TIMEOUT`` raises it on a very slow machine.
NB_TIMEOUT = float(os.environ.get("NEWSLAB_TEST_NB_TIMEOUT") or 600)


class NotebookHung(AssertionError):
    """A notebook cell (or the kernel) gave no reply in time."""


def execute(src, dst, parameters=None, timeout: float | None = None, **kw):
    """``papermill.execute_notebook`` with a time limit on every cell: a hung run fails with
    :class:`NotebookHung` naming the notebook, in bounded time, instead of blocking forever."""
    import papermill as pm

    from newslab.reports.runner import hang_safe_kernel_manager_class

    limit = float(timeout or NB_TIMEOUT)
    kw.setdefault("kernel_name", "python3")
    kw.setdefault("progress_bar", False)
    # Waits in 1 s polls, so a reply whose wake-up was lost is still read (see newslab.reports.runner).
    kw.setdefault("kernel_manager_class", hang_safe_kernel_manager_class())
    try:
        return pm.execute_notebook(str(src), str(dst), parameters=parameters or {}, execution_timeout=limit,
                                   start_timeout=min(120.0, limit * 4), **kw)
    except Exception as exc:  # noqa: BLE001 - re-raised below, with the timeout made plain
        if "Timeout" in type(exc).__name__ or "Timeout" in str(getattr(exc, "ename", "")) or isinstance(exc, TimeoutError):
            raise NotebookHung(f"{Path(src).name}: no reply from the kernel within {limit:g} s "
                               f"(a hung cell or a lost reply; NEWSLAB_TEST_NB_TIMEOUT raises the limit)") from exc
        raise


def run_notebook(name: str, tmp_path, monkeypatch, **params):
    """Execute ``notebooks/<name>`` with papermill (private cache) and return its output folder."""
    from newslab.paths import notebooks_dir

    monkeypatch.setenv("NEWSLAB_CACHE", str(tmp_path / "cache"))
    out_dir = tmp_path / "out"
    execute(notebooks_dir() / name, tmp_path / "run.ipynb", parameters={"output_dir": str(out_dir), **params},
            cwd=str(notebooks_dir()))
    return out_dir


def assert_committed_clean(name: str, parameters: tuple[str, ...]) -> None:
    """The notebook is committed without outputs, has one ``parameters`` cell naming
    ``parameters``, and no ``%pip``, ``input()`` or ``sys.path`` edits."""
    import nbformat

    from newslab.paths import notebooks_dir

    nb = nbformat.read(notebooks_dir() / name, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert all(not c.outputs and c.execution_count is None for c in code)
    params = [c for c in code if "parameters" in c.metadata.get("tags", [])]
    assert len(params) == 1
    for param in parameters:
        assert f"{param}:" in params[0].source, param
    assert not any("%pip" in c.source or "input(" in c.source or "sys.path" in c.source for c in code)


def exercise_lines(path) -> list[str]:
    """The one-line feedback of every exercise check in an executed notebook."""
    import nbformat

    nb = nbformat.read(path, as_version=4)
    texts = ["".join(o.get("data", {}).get("text/plain", "")) + "".join(o.get("text", ""))
             for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    return [line for t in texts for line in t.splitlines() if line.startswith("[Exercise ")]
