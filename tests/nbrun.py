"""Helpers for the notebook tests: run a notebook with papermill, check it is committed clean."""

from __future__ import annotations


def run_notebook(name: str, tmp_path, monkeypatch, **params):
    """Execute ``notebooks/<name>`` with papermill (private cache) and return its output folder."""
    import papermill as pm

    from newslab.paths import notebooks_dir

    monkeypatch.setenv("NEWSLAB_CACHE", str(tmp_path / "cache"))
    out_dir = tmp_path / "out"
    pm.execute_notebook(
        str(notebooks_dir() / name), str(tmp_path / "run.ipynb"), parameters={"output_dir": str(out_dir), **params},
        cwd=str(notebooks_dir()), kernel_name="python3", progress_bar=False,
    )
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
