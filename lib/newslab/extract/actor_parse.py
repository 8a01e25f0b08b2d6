"""Per-document parse arrays of the actor stage: dependency labels and noun chunks without a Token per word.

spaCy's ``Doc.noun_chunks`` makes a Token for every word and two for every noun (its ``left_edge``) each time it
is read; the actor rules read the chunks three times and the dependency labels twice. Here the labels, heads and
parts of speech come from one ``Doc.to_array`` call, the chunks are found by the rule of spaCy's English
iterator (``spacy/lang/en/syntax_iterators.py``) on those arrays, and a Token is made only for a noun that opens a
chunk (its left edge, which spaCy keeps and the arrays do not hold). Same spans, same order, same label. The last
document's arrays are kept in :mod:`.docindex`'s per-document cache (the stages run one document at a time).
"""

from __future__ import annotations

from .docindex import doc_index, doc_text, token_chars

#: The dependency labels of spaCy's English noun-chunk iterator (a noun so attached heads a chunk).
NP_LABELS = ("oprd", "nsubj", "dobj", "nsubjpass", "pcomp", "pobj", "dative", "appos", "attr", "ROOT")


#: (doc, its length, its text, token starts, token ends) of the last document: :func:`span_text` runs hundreds of
#: times an article, and one check here costs a third of the two index look-ups of :func:`.docindex.span_text`.
_TEXT: tuple | None = None


def _text_index(doc) -> tuple:
    global _TEXT
    cached = _TEXT
    if cached is None or cached[0] is not doc or cached[1] != len(doc):  # held: ``is`` cannot hit a recycled id
        starts, ends = token_chars(doc)
        cached = _TEXT = (doc, len(doc), doc_text(doc), starts, ends)
    return cached


def span_text(span) -> str:
    """``span.text``: the same string as :func:`.docindex.span_text` (cut from the document's text at the token
    offsets), with one cache check instead of two (the gazetteer asks ~200 times an article)."""
    start, end = span.start, span.end
    if end <= start:
        return ""
    doc = span.doc
    cached = _TEXT  # the check of _text_index inlined: one function call less on the hottest path
    if cached is None or cached[0] is not doc or cached[1] != len(doc):
        cached = _text_index(doc)
    return cached[2][cached[3][start]:cached[4][end - 1]]


def text_of(doc, start: int, end: int) -> str:
    """``doc[start:end].text`` (for ``0 <= start``, ``end <= len(doc)``) cut from the document's text at the token
    offsets: no Span and no Token per word."""
    if end <= start:
        return ""
    _doc, _n, text, starts, ends = _text_index(doc)
    return text[starts[start]:ends[end - 1]]


def with_dep(doc, label: str) -> list[int]:
    """Indices of the tokens attached by dependency ``label`` (the DEP array, read once per document)."""
    if not len(doc):
        return []
    arr = doc_index(doc)
    if arr.deps is None:
        arr.deps = doc.to_array("DEP").tolist()
    wanted = doc.vocab.strings[label]
    return [i for i, d in enumerate(arr.deps) if d == wanted]


def is_punct(doc) -> list[int]:
    """``[t.is_punct for t in doc]`` (as 1/0), once per document (read-only)."""
    arr = doc_index(doc)
    if arr.punct is None:
        arr.punct = doc.to_array("IS_PUNCT").tolist() if len(doc) else []
    return arr.punct


def is_alpha(doc) -> list[int]:
    """``[t.is_alpha for t in doc]`` (as 1/0), once per document (read-only)."""
    arr = doc_index(doc)
    if arr.alpha is None:
        arr.alpha = doc.to_array("IS_ALPHA").tolist() if len(doc) else []
    return arr.alpha


def chunks_with_roots(doc) -> tuple:
    """``tuple((chunk, chunk.root) for chunk in doc.noun_chunks)``, once per document (read-only)."""
    arr = doc_index(doc)
    if arr.np_chunks is None:
        arr.np_chunks = tuple((span, span.root) for span in _noun_chunks(doc))
    return arr.np_chunks


def _noun_chunks(doc) -> list:
    """``list(doc.noun_chunks)`` for an English parse, from the arrays (spaCy's own iterator otherwise)."""
    from spacy.attrs import DEP, HEAD, POS
    from spacy.lang.en.syntax_iterators import noun_chunks as english_chunks
    from spacy.symbols import NOUN, PRON, PROPN
    from spacy.tokens import Span

    if doc.vocab.get_noun_chunks is not english_chunks or not doc.has_annotation("DEP") or not len(doc):
        return list(doc.noun_chunks)  # another language's rule, or spaCy's error for a document without a parse
    strings = doc.vocab.strings
    np_deps = {strings.add(label) for label in NP_LABELS}
    conj = strings.add("conj")
    np_label = strings.add("NP")
    table = doc.to_array([POS, DEP, HEAD])
    pos, deps = table[:, 0].tolist(), table[:, 1].tolist()
    heads = table[:, 2].view("int64").tolist()  # offsets to the head, negative to the left (stored unsigned)
    nouns = (NOUN, PROPN, PRON)
    out = []
    prev_end = -1
    for i, p in enumerate(pos):
        if p not in nouns:
            continue
        dep = deps[i]
        if dep not in np_deps:
            if dep != conj:
                continue
            # coordinated to an NP ("the army and the police"): the first conjunct's label decides
            h = i + heads[i]
            while deps[h] == conj and heads[h] < 0:
                h += heads[h]
            if deps[h] not in np_deps:
                continue
        # spaCy tests the left edge first; both tests must pass before prev_end moves, so the order is free
        left = doc[i].left_edge.i
        if left <= prev_end:  # no nested chunks
            continue
        prev_end = i
        out.append(Span(doc, left, i + 1, label=np_label))
    return out


def object_role_noun(tok, role_nouns) -> object | None:
    """The role noun whose prepositional object ``tok`` is ("envoy" for "Syria" in "the U.N. envoy for Syria, Geir
    Pedersen,": the parser hangs a name in apposition on the role's object), when ``tok`` is no role noun itself."""
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep" and head.head.i < tok.i and tok.lower_ not in role_nouns \
            and head.head.lower_ in role_nouns:
        return head.head
    return None


def apposed_to(tok):
    """The token a noun is in apposition to, directly or as "one of" ("Poland, one of Ukraine's allies," -> Poland), or
    None."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ == "one":
        tok = tok.head.head
    return tok.head if tok.dep_ == "appos" else None
