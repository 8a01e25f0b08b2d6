"""The dedupe of attribution candidates: one row per cue, and one of two rows whose contents are
near-identical (character Jaccard >= 0.8). The higher-priority rule's row is kept, unless its content
swallows the other row's cue and does not govern it: then the other row frames the words (issue 12:
'called X's admission "...," saying: "Q"' lost its speaker to the noun row)."""

from __future__ import annotations

from .attribution_cues import Candidate


def dedupe(cands: list[Candidate]) -> list[Candidate]:
    """The same cue once; of near-identical contents, the higher-priority rule's row, unless that
    row's content swallows the other's cue (``_swallows``): then the other row's cue governs it."""
    cands.sort(key=lambda c: (c.priority, c.content[0]))
    kept: list[Candidate] = []
    kept_contents: list[tuple[int, int]] = []  # each kept content once (Candidate.content rescans the fragments)
    for c in cands:
        if any(k.cue == c.cue and not k.inherited for k in kept):
            continue
        content = c.content
        twin = next((i for i, (k, kc) in enumerate(zip(kept, kept_contents))
                     if _jac(kc, content) >= 0.8 and k.according == c.according), None)
        if twin is None:
            kept.append(c)
            kept_contents.append(content)
        elif _swallows(kept[twin], c):
            kept[twin], kept_contents[twin] = c, content
    return kept


def _swallows(k: Candidate, c: Candidate) -> bool:
    """Whether row ``k``'s content holds row ``c``'s cue while ``c``'s content does not hold ``k``'s:
    in 'called the entry "a homecoming," saying: "Q"' a noun row whose content runs 'saying: "Q"'
    has taken in the verb that frames Q, so the verb's row (and its speaker) is the one to keep."""
    def inside(cue, x):
        return any(s <= cue[0] and cue[1] <= e for s, e in x.fragments)

    if k.inherited or c.cue_tok is None or not inside(c.cue, k) or inside(k.cue, c):
        return False
    if _bound_participle(c.cue_tok):
        return False  # "conveyed Lee's message to the board emphasizing C": the message emphasizes C
    # 'said she found that C': the reporting verb governs the verb it reports; its row stays.
    return k.cue_tok is None or not _governs(k.cue_tok, c.cue_tok)


def _bound_participle(tok) -> bool:
    """Whether the cue is an -ing participle not set off by punctuation: it then tells of the noun
    before it ("a message emphasizing C"), unlike a free adjunct of the clause (', saying: "Q"')."""
    return tok.tag_ == "VBG" and tok.i > 0 and not tok.doc[tok.i - 1].is_punct


def _governs(head, tok) -> bool:
    """Whether ``tok`` hangs below ``head`` in the parse, other than as an inserted 'he said'."""
    if tok.dep_ == "parataxis":
        return False
    return any(a.i == head.i for a in tok.ancestors)


def _jac(a, b) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union > 0 else 0.0
