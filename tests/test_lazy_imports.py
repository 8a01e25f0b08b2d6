"""Notebooks that read cached analyses must not pay for spaCy: the modules they import stay light."""

from __future__ import annotations

import subprocess
import sys

import pytest

#: What the analysis notebooks import (besides ``newslab.extract.actors``, which builds the pipeline's components).
NOTEBOOK_MODULES = [
    "newslab.corpus.cache", "newslab.extract.analysis", "newslab.files", "newslab.notebook.figures", "newslab.corpus.network",
    "newslab.corpus.timeline", "newslab.extract.timexes", "newslab.extract.timex_rules", "newslab.extract.timex_normalise", "newslab.corpus.sourcing", "newslab.extract.attribution", "newslab.extract.chronology",
    "newslab.corpus.overview", "newslab.notebook.widgets", "newslab.notebook.teaching", "newslab.extract.quotes", "newslab.extract.nlp",
    "newslab.extract.docindex",
]


@pytest.mark.parametrize("module", NOTEBOOK_MODULES)
def test_module_does_not_import_spacy(module):
    code = f"import sys, {module}; print(sorted(m for m in sys.modules if m == 'spacy' or m.startswith('spacy.')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "[]", f"{module} imports spaCy: {out[:200]}"


def test_timex_matcher_still_builds_with_spacy():
    import spacy

    from newslab.extract.timex_rules import matcher_for

    nlp = spacy.blank("en")
    doc = nlp("The talks began on 3 March 2021 and ended last week.")
    rules = [doc[s:e].text for _, s, e in matcher_for(nlp.vocab)(doc)]
    assert "3 March 2021" in rules
