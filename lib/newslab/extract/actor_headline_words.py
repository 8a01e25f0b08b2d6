"""A common word that a title-case headline or a sentence start glued before a surname: "Won Cruz", "Backs Trump",
"Denounces Clinton", "Without Bloomberg", "Team Clinton".

Such a "full name" is no second person with the surname; left as one, it makes a bare "Cruz" ambiguous beside
"Ted Cruz", and the surname stays an actor of its own. A first word is such a word when it is no known given name
and is a stop word or an English verb, adjective or adverb (the pipeline lemmatizer's ``lemma_index``, from
WordNet; nouns are left out, as WordNet lists people, "Prescott", among them).
"""

from __future__ import annotations

from functools import lru_cache

from .actor_lexicons import given_names

#: Parts of speech whose WordNet lemmas are no given-name words.
WORD_CLASSES = ("verb", "adj", "adv")


@lru_cache(maxsize=1)
def _common_lemmas() -> frozenset[str]:
    """Verb, adjective and adverb lemmas of the pipeline's lemmatizer tables (empty when it has none)."""
    from .nlp import _load, resolve_pipeline_name

    pipe = _load(resolve_pipeline_name()).get_pipe("lemmatizer")
    pipe = getattr(pipe, "lemmatizer", pipe)  # CachedLemmatizer wraps spaCy's own
    lookups = getattr(pipe, "lookups", None)
    if lookups is None or "lemma_index" not in lookups.tables:
        return frozenset()
    index = lookups.get_table("lemma_index")
    return frozenset(w for cls in WORD_CLASSES if cls in index for w in index[cls])


@lru_cache(maxsize=8192)
def headline_word(word: str) -> bool:
    """``word`` (lower case, as actors._norm_tokens gives it) is a common word, not a given name."""
    from spacy.lang.en.stop_words import STOP_WORDS

    if word.capitalize() in given_names() or not word.isalpha():
        return False
    if word in STOP_WORDS:
        return True
    lemmas = _common_lemmas()
    # a crude inflection strip is enough: "backs", "denounces", "won" (irregular forms are lemmas of their own)
    forms = {word, word[:-1] if word.endswith("s") else word, word[:-2] if word.endswith("es") else word,
             word[:-2] if word.endswith("ed") else word, word[:-1] if word.endswith("d") else word}
    return any(f in lemmas for f in forms)
