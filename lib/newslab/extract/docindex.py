"""Per-``Doc`` lookups that spaCy recomputes on every call, computed once per document.

``Token.sent`` / ``Span.sent`` rebuild the sentence by scanning ``sent_start`` flags and
``Doc.text`` joins every token again: ~30 us each, paid thousands of times per corpus by the rule
stages. :func:`sent_of` and :func:`doc_text` return the same values from an index built on the
first call for a document (the last document seen is kept; analyses run one document at a time).
No spaCy import here: the stages that use it stay importable without spaCy.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Any


class _Index:
    __slots__ = ("doc", "length", "text", "starts", "sents", "ents", "lowers", "words", "lemmas", "subtrees", "chunks",
                 "idxs", "pos", "ends", "subtree_ids", "children", "deps", "np_chunks", "punct", "alpha", "sent_bounds")

    def __init__(self, doc) -> None:
        self.doc = doc  # held, so ``is`` comparisons cannot hit a recycled id
        self.length = len(doc)
        self.text: str | None = None
        self.starts: list[int] | None = None
        self.sents: list[Any] | None = None
        self.ents: tuple | None = None
        self.lowers: list[str] | None = None
        self.words: list[str] | None = None
        self.lemmas: list[str] | None = None
        self.subtrees: dict[int, tuple] = {}
        self.chunks: tuple | None = None
        self.idxs: list[int] | None = None
        self.pos: list[str] | None = None
        self.ends: list[int] | None = None
        self.subtree_ids: dict[int, tuple] = {}
        self.children: dict[int, tuple] = {}
        # parse arrays of the actor stage (:mod:`.actor_parse`)
        self.deps: list[int] | None = None
        self.np_chunks: tuple | None = None
        self.punct: list[int] | None = None
        self.alpha: list[int] | None = None
        # sentences with their bounds as lists (:mod:`.sent_spans`)
        self.sent_bounds: Any = None


_LAST: _Index | None = None


def _index(doc) -> _Index:
    global _LAST
    idx = _LAST
    if idx is None or idx.doc is not doc or idx.length != len(doc):
        idx = _LAST = _Index(doc)
    return idx


def doc_index(doc) -> _Index:
    """The per-document cache of ``doc`` (the last document seen), for a stage module that keeps its own
    per-document arrays in it (one per slot of ``_Index``)."""
    return _index(doc)


#: ``Doc.user_data`` key of the text a document was tokenised from (set by newslab's pipeline
#: tokenizer, :mod:`newslab.extract.nlp`), so that even pipeline components need not re-join it.
TEXT_KEY = "newslab.text"


def doc_text(doc) -> str:
    """``doc.text``, joined once per document (not at all where the tokenizer kept the text)."""
    idx = _index(doc)
    if idx.text is None:
        idx.text = doc.user_data.get(TEXT_KEY) or doc.text
    return idx.text


def remember_text(doc, text: str) -> None:
    """Tell the index the text ``doc`` was made from (the article body), so :func:`doc_text` need
    not re-join the tokens. Ignored unless the last token ends exactly where ``text`` does."""
    if len(doc) and doc[-1].idx + len(doc[-1].text_with_ws) == len(text):
        _index(doc).text = text


def sent_of(obj):
    """The sentence of a token or span, as ``obj.sent`` returns it (the sentence holding its first token).

    Same boundaries as spaCy: a sentence starts at every token whose ``sent_start`` is 1. Falls back
    to ``obj.sent`` when the document has custom sentence hooks.
    """
    doc = obj.doc
    if doc.user_hooks or doc.user_span_hooks or doc.user_token_hooks:
        return obj.sent
    idx = _index(doc)
    if idx.sents is None:
        idx.sents = list(doc.sents)
        idx.starts = [s.start for s in idx.sents]
    i = obj.i if not hasattr(obj, "start") else obj.start
    return idx.sents[bisect_right(idx.starts, i) - 1]


def subtree(tok) -> tuple:
    """``tuple(tok.subtree)``, walked once per token of the document: spaCy walks the parse again
    (and makes new Token objects) on every ``Token.subtree``, and the attribution rules ask for
    the same clauses' subtrees several times. Same tokens in the same order."""
    subtrees = _index(tok.doc).subtrees
    out = subtrees.get(tok.i)
    if out is None:
        out = subtrees[tok.i] = tuple(tok.subtree)
    return out


def children(tok) -> tuple:
    """``tuple(tok.children)``, once per token of the document: spaCy walks the token's edges and
    makes new Token objects on every ``Token.children``, and the attribution and interaction rules
    look at the same verbs' children many times. Same tokens in the same order."""
    kids = _index(tok.doc).children
    out = kids.get(tok.i)
    if out is None:
        out = kids[tok.i] = tuple(tok.children)
    return out


def subtree_ids(tok) -> tuple:
    """``tuple(t.i for t in tok.subtree)``, once per token of the document (see :func:`subtree`)."""
    ids = _index(tok.doc).subtree_ids
    out = ids.get(tok.i)
    if out is None:
        out = ids[tok.i] = tuple(t.i for t in subtree(tok))
    return out


def token_chars(doc) -> tuple[list[int], list[int]]:
    """``([t.idx for t in doc], [t.idx + len(t.text) for t in doc])``, built once per document
    (read-only): the attribution rules turn token sets into character spans thousands of times,
    and ``t.text`` makes a new string on every access."""
    idx = _index(doc)
    if idx.ends is None:
        if idx.idxs is None:
            idx.idxs = doc.to_array("IDX").tolist() if len(doc) else []
        idx.ends = [i + len(w) for i, w in zip(idx.idxs, doc_words(doc))]
    return idx.idxs, idx.ends


def span_text(span) -> str:
    """``span.text``, cut from the document's text at the token offsets: spaCy makes a Token per word
    and joins them again on every access, and the entity rules read each entity's text many times."""
    start, end = span.start, span.end
    if end <= start:
        return ""
    doc = span.doc
    starts, ends = token_chars(doc)
    return doc_text(doc)[starts[start]:ends[end - 1]]


def char_token_range(doc, start: int, end: int) -> tuple[int, int] | None:
    """``(span.start, span.end)`` of ``doc.char_span(start, end, alignment_mode="expand")`` (None
    where that is None) from the per-document offsets, without making the Span and its Tokens:
    the interaction rules map every actor mention of every sentence to its tokens."""
    first, last = _token_at(doc, start), _token_at(doc, end - 1)
    if first < 0 or last < 0:
        return None
    if start == token_chars(doc)[1][first]:
        first += 1  # as spaCy: a span starting at a token's trailing space starts at the next token
    return first, last + 1


def _token_at(doc, char: int) -> int:
    """The token whose text or trailing space holds character ``char``, else -1 (spaCy's
    ``token_by_char``: the tokens and their spaces tile the text)."""
    starts, ends = token_chars(doc)
    i = bisect_right(starts, char) - 1
    if i < 0 or (i == len(starts) - 1 and char >= ends[i] + len(doc[i].whitespace_)):
        return -1
    return i


def doc_ents(doc) -> tuple:
    """``doc.ents`` (which builds a new tuple of spans on every access), built once per document.

    For the rule stages only: they read entities and never set ``doc.ents``.
    """
    idx = _index(doc)
    if idx.ents is None:
        idx.ents = tuple(doc.ents)
    return idx.ents


def noun_chunks(doc) -> tuple:
    """``tuple(doc.noun_chunks)``, built once per document: spaCy walks the parse again on every
    access, and the actor stages ask for the chunks three times."""
    idx = _index(doc)
    if idx.chunks is None:
        idx.chunks = tuple(doc.noun_chunks)
    return idx.chunks


def tokens_in_chars(doc, start: int, end: int) -> list:
    """``[t for t in doc if start <= t.idx < end]`` without walking the whole document (the token
    offsets are indexed once per document): the attribution rules ask this once per quotation."""
    idx = _index(doc)
    if idx.idxs is None:
        idx.idxs = doc.to_array("IDX").tolist() if len(doc) else []
    i, j = bisect_left(idx.idxs, start), bisect_left(idx.idxs, end)
    return list(doc[i:j]) if i < j else []


def doc_lowers(doc) -> list[str]:
    """``[t.lower_ for t in doc]``, built once per document (read-only: do not modify it)."""
    idx = _index(doc)
    if idx.lowers is None:
        idx.lowers = _strings(doc, "LOWER")
    return idx.lowers


def doc_words(doc) -> list[str]:
    """``[t.text for t in doc]``, built once per document (read-only: do not modify it)."""
    idx = _index(doc)
    if idx.words is None:
        idx.words = _strings(doc, "ORTH")
    return idx.words


def doc_lemma_lowers(doc) -> list[str]:
    """``[t.lemma_.lower() for t in doc]``, built once per document (read-only: do not modify it)."""
    idx = _index(doc)
    if idx.lemmas is None:
        idx.lemmas = _strings(doc, "LEMMA", lower=True)
    return idx.lemmas


def doc_pos(doc) -> list[str]:
    """``[t.pos_ for t in doc]``, built once per document (read-only: do not modify it): a rule can
    skip a token by its tag without a Token object and its property look-ups."""
    idx = _index(doc)
    if idx.pos is None:
        idx.pos = _strings(doc, "POS")
    return idx.pos


#: String-store hash -> string (and -> lower-cased string): hashes are fixed per string, so this
#: never goes stale; cleared when large so a long stream cannot grow it without bound.
_BY_HASH: dict[int, str] = {}
_LOWER_BY_HASH: dict[int, str] = {}


def _strings(doc, attr: str, lower: bool = False) -> list[str]:
    """One token attribute as strings, from ``Doc.to_array`` (no Token objects): ``t.text`` for
    ORTH, ``t.lower_`` for LOWER, ``t.lemma_`` for LEMMA (lower-cased with ``lower``), ``t.pos_``
    for POS (the string store names the part-of-speech symbols too)."""
    from spacy import attrs

    cache = _LOWER_BY_HASH if lower else _BY_HASH
    if len(cache) > 500_000:
        cache.clear()
    strings = doc.vocab.strings
    out = []
    for h in doc.to_array(getattr(attrs, attr)).tolist():
        s = cache.get(h)
        if s is None:
            s = strings[h]
            if lower:
                s = s.lower()
            cache[h] = s
        out.append(s)
    return out
