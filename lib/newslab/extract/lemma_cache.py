"""The pipeline's rule lemmatizer, remembered per (word, part of speech, morphology).

spaCy's ``Lemmatizer`` in rule mode caches only the words its rules change; a singular noun, a
base-form verb, punctuation or a proper noun is worked out again at every occurrence, through a
``Token`` object and its morphology (about 4 us a token, 3 ms of an 800-token article). Its answer
depends only on the word, the part of speech and the morphology (and the lookup tables), so
:class:`CachedLemmatizer` reads those three for the whole document as one array, asks the
lemmatizer itself once per distinct key, and writes all lemmas back with one ``Doc.from_array``:
the lemmas are the lemmatizer's own, token for token. A lemmatizer subclass with its own rules is
asked at every token, as before.
"""

from __future__ import annotations

from .pipe_swap import swap_component

#: Distinct keys remembered before the table is cleared (memory stays bounded on any corpus).
MAX_KEYS = 200_000

#: The factory name of :class:`CachedLemmatizer` (built around the pipeline's own ``lemmatizer``).
FACTORY = "newslab_cached_lemmatizer"


class CachedLemmatizer:
    """Pipeline component wrapping a rule-mode ``Lemmatizer`` (not overwriting set lemmas)."""

    def __init__(self, lemmatizer):
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        self.lemmatizer = lemmatizer
        self.columns = [ORTH, POS, MORPH, LEMMA]
        self.lemma = LEMMA
        self._lemmas: dict[tuple[int, int, int], int] = {}
        # Remember answers only where they are known to depend on nothing else: spaCy's own rule
        # lemmatizer, with the base class's or the English base-form test.
        from spacy.lang.en.lemmatizer import EnglishLemmatizer
        from spacy.pipeline import Lemmatizer

        cls = type(lemmatizer)
        self.pure = (cls.rule_lemmatize is Lemmatizer.rule_lemmatize
                     and cls.is_base_form in (Lemmatizer.is_base_form, EnglishLemmatizer.is_base_form))

    def __call__(self, doc):
        import numpy

        if not len(doc):
            return doc
        lem = self.lemmatizer
        known, strings = self._lemmas, doc.vocab.strings
        rows = doc.to_array(self.columns).tolist()
        lemmas = []
        changed = False
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if lemma == 0:
                key = (orth, pos, morph)
                lemma = known.get(key) if self.pure else None
                if lemma is None:
                    lemma = strings.add(lem.lemmatize(doc[i])[0])
                    if self.pure:
                        if len(known) >= MAX_KEYS:
                            known.clear()
                        known[key] = lemma
                changed = True
            lemmas.append(lemma)
        if changed:
            doc.from_array([self.lemma], numpy.array(lemmas, dtype=numpy.uint64))
        return doc


def _make(nlp, name):  # spaCy's factory signature (name unused)
    return CachedLemmatizer(nlp.get_pipe("lemmatizer"))


def install(nlp) -> bool:
    """Wrap the pipeline's ``lemmatizer`` in a :class:`CachedLemmatizer` (same name, same place);
    False, pipeline unchanged, unless it is a rule-mode lemmatizer that keeps lemmas already set."""
    from spacy.pipeline import Lemmatizer

    if "lemmatizer" not in nlp.pipe_names:
        return False
    lem = nlp.get_pipe("lemmatizer")
    if isinstance(lem, CachedLemmatizer):
        return True
    if not isinstance(lem, Lemmatizer) or lem.mode != "rule" or lem.overwrite:
        return False
    lem._validate_tables()  # as its own first call would
    swap_component(nlp, "lemmatizer", FACTORY, _make)
    return True
