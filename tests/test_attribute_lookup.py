"""The attribute_ruler stand-in sets exactly what spaCy's AttributeRuler sets, and steps aside for
patterns it does not implement."""

from __future__ import annotations

import pytest
import spacy
from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG

from newslab.extract import attribute_lookup
from newslab.extract.attribute_lookup import AttributeLookup, install

COLUMNS = [TAG, POS, MORPH, LEMMA, DEP]

#: Written to touch the ruler's word exceptions, multi-token patterns and whitespace tokens.
TEXTS = [
    "I ain't sure y'all know, but nothin' stopped her.  She'd said something to everyone.",
    "The mayor, who  met them on Monday, said that these plans would not work.\n\nWe can go.",
    "Whether or not it rains, he'll drive us there himself -- unless you'd rather walk!",
    "  Leading spaces, then a list:\n- one\n- two\t(three)  ",
    "",
]


def _same(a, b) -> bool:
    return (a.to_array(COLUMNS) == b.to_array(COLUMNS)).all() and [str(t.morph) for t in a] == [str(t.morph) for t in b]


def test_the_newslab_pipeline_uses_the_stand_in_under_the_same_name(nlp):
    assert isinstance(nlp.get_pipe("attribute_ruler"), AttributeLookup)
    assert nlp.pipe_names.index("attribute_ruler") == nlp.pipe_names.index("lemmatizer") - 1


@pytest.mark.parametrize("text", TEXTS)
def test_token_attributes_equal_spacys_ruler(spacy_pair, text):
    plain, fast = spacy_pair
    a, b = plain(text), fast(text)
    assert len(a) == len(b) and _same(a, b)


def test_word_exceptions_are_applied(spacy_pair):
    _plain, fast = spacy_pair
    doc = fast("She'd said nothin' and y'all ain't listening.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["'d"] == "would" and lemmas["nothin'"] == "nothing" and lemmas["y'"] == "you" and lemmas["ai"] == "be"
    assert all(t.pos_ for t in doc)


def test_a_small_table_is_cleared_and_still_right(spacy_pair, monkeypatch):
    plain, fast = spacy_pair
    monkeypatch.setattr(attribute_lookup, "MAX_KEYS", 3)
    for text in [*TEXTS, "Zebras grazed quietly near the old mill, ignoring our jeep."]:
        assert _same(plain(text), fast(text))
    assert len(fast.get_pipe("attribute_ruler")._keys) <= 3


def _blank_with_ruler(patterns):
    nlp = spacy.blank("en")
    nlp.add_pipe("attribute_ruler").add_patterns(patterns)
    return nlp


def test_own_patterns_with_a_later_pattern_winning_and_a_negative_index():
    patterns = [
        {"patterns": [[{"LOWER": {"IN": ["red", "blue"]}}]], "attrs": {"LEMMA": "colour"}},
        {"patterns": [[{"LOWER": "deep"}, {"LOWER": "blue"}]], "attrs": {"LEMMA": "navy", "POS": "ADJ"}, "index": -1},
        {"patterns": [[{"ORTH": {"NOT_IN": ["Blue"]}, "LOWER": {"REGEX": "^bl"}}]], "attrs": {"MORPH": "Degree=Pos"}},
    ]
    plain, fast = _blank_with_ruler(patterns), _blank_with_ruler(patterns)
    assert install(fast) and isinstance(fast.get_pipe("attribute_ruler"), AttributeLookup)
    text = "Deep blue sea, red deep Blue, black and deep"
    a, b = plain(text), fast(text)
    assert _same(a, b)
    assert [t.lemma_ for t in b][:2] == ["", "navy"] and b[1].pos_ == "ADJ" and str(b[1].morph) == "Degree=Pos"
    assert str(b[6].morph) == "" and b[6].lemma_ == "navy" and b[4].lemma_ == "colour"


@pytest.mark.parametrize(
    "pattern",
    [
        [{"LOWER": "very", "OP": "+"}],  # an operator
        [{"LENGTH": {">=": 3}}],  # an attribute and a comparison it does not implement
        [{"POS": "NOUN"}],  # POS by name
    ],
)
def test_unsupported_patterns_leave_spacys_ruler_in_place(pattern):
    nlp = _blank_with_ruler([{"patterns": [pattern], "attrs": {"LEMMA": "x"}}])
    assert not install(nlp)
    assert not isinstance(nlp.get_pipe("attribute_ruler"), AttributeLookup)
