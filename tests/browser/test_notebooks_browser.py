"""Every notebook, opened in JupyterLab in headless Chromium: runs clean, widgets work, figures show.

One JupyterLab server and one browser for the whole session; each notebook gets a fresh page
and its kernel is shut down afterwards. ``interactive`` is set to True in the (temporary copy of
the) parameters cell where a notebook has it. A screenshot of each notebook is saved as
``outputs/screenshots/<notebook>.png`` for the README.
"""

from __future__ import annotations

import pytest

from jlab import NOTEBOOK_TIMEOUT, NOTEBOOKS, SCREENSHOTS, run_notebook

#: Notebooks present when the suite is collected (they are written over time).
PRESENT = sorted(p.name for p in NOTEBOOKS.glob("*.ipynb"))
#: Notebooks the suite must check (a rename must not drop one silently).
REQUIRED = {"04_corpus_overview.ipynb", "06_actor_profile.ipynb"}

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("name", PRESENT or [pytest.param("none", marks=pytest.mark.skip(reason="no notebooks yet"))])
def test_notebook_in_jupyterlab(lab_page, lab_server, name):
    result = run_notebook(
        lab_page, lab_server, f"notebooks/{name}", SCREENSHOTS / f"{name[:-len('.ipynb')]}.png",
        timeout=NOTEBOOK_TIMEOUT,
    )
    print(f"\n{name}: {result}")
    assert result.code_cells > 0, f"{name}: no code cells rendered"
    assert not result.errors, f"{name}: cells errored in JupyterLab: {result.errors}"
    assert not result.unexecuted, f"{name}: code cells never ran: {result.unexecuted}"
    if result.expects_figures:
        hint = (
            f" ({result.figures_as_text} output(s) show '<Figure size ...>' text instead: matplotlib's"
            " backend was switched away from the inline one, e.g. by matplotlib.use('Agg') in library code)"
            if result.figures_as_text else ""
        )
        assert result.images, f"{name}: the notebook draws figures but no image appeared{hint}"
        assert not result.figures_as_text, f"{name}: a figure is shown as text, not drawn{hint}"
    if result.has_interactive:
        assert result.controls, f"{name}: interactive=True but no slider/dropdown/select rendered"
        assert result.changed_by, (
            f"{name}: changing a widget did not change the output (tried: {result.tried})"
        )
    assert result.screenshot and result.screenshot.stat().st_size > 10_000


def test_required_notebooks_are_in_the_suite():
    assert REQUIRED <= set(PRESENT), f"missing from notebooks/: {sorted(REQUIRED - set(PRESENT))}"
