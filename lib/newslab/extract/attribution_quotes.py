"""Quotations and attributions: how the quote marks of :mod:`newslab.extract.quotes` join the cues.

- contents overlapping a quotation grow to the whole quotation, and run on into a quotation glued to
  their end by a comma or introduced by a colon;
- quotations on both sides of "he said" join into one attribution with ``fragments``;
- a cue with no content of its own ("he said." after a quotation) takes the adjacent quotation, unless
  a word of the writer's runs into that quotation ('an interview with "The View," remarking');
- a quote-only sentence later in the same paragraph as '"A," Lee said.', or a quote-only next
  paragraph, joins Lee's attribution as one more fragment; after other attributions, a quote-only
  sentence or paragraph with no cue of its own in the next paragraph inherits the previous speaker
  (``inherited`` = True).
"""

from __future__ import annotations

import re

from .attribution_cues import Candidate, cue_lexicon
from .attribution_sources import source_phrase_span
from .attribution_spans import merge_spans, span_of
from .docindex import children, doc_text, sent_of, subtree_ids, token_chars, tokens_in_chars
from .quotes import Quote, quoted_chars
from ..seeds import Article


def speech_quotes(body: str, quotes: list[Quote]) -> list[Quote]:
    """Quotes long enough to be reported speech (not scare quotes around a word or two)."""
    out = []
    for q in quotes:
        inner = body[q.inner_start:q.inner_end]
        if q.words(body) >= 4 or (q.words(body) >= 2 and re.search(r"[.!?,]\s*$", inner)) \
                or (inner[:1].isupper() and re.fullmatch(r"\w+[.!?]", inner.strip())):
            out.append(q)  # a one-word sentence ('"Probably."') is an answer, not a scare quote
    return out


def _grow_to_quotes(frag: tuple[int, int], quotes: list[Quote], body: str = "") -> tuple[int, int]:
    s, e = frag
    para_start = body.rfind("\n\n", 0, s) + 1 if body else 0
    for q in quotes:
        if q.start < e and s < q.end:
            if q.start < para_start:
                continue  # a quote opened paragraphs earlier (a quoted transcript): do not swallow it
            # Grow only to quotes that the fragment reaches into, not to a huge unclosed one.
            if q.closed or (q.end - q.start) < 3 * max(1, e - s):
                s, e = min(s, q.start), max(e, q.end)
    return (s, e)


def _with_closing_mark(frag: tuple[int, int], quotes: list[Quote], body: str) -> tuple[int, int]:
    """``frag`` with the closing mark of a quotation it opens and stops just short of: 'called the victory "a feat" and
    said ...', where the parser hangs the closing mark on the next verb ('called it "illegal."': with the stop inside)."""
    s, e = frag
    for q in quotes:
        if q.start < e < q.end and s <= q.inner_start and q.closed and not body[e:q.end].strip("\"'`“”„«»‘’.,!?"):
            return (min(s, q.start), q.end)
    return frag


def _gap_is_glue(body: str, a: int, b: int) -> bool:
    """Whether body[a:b] is only punctuation and space (what sits between a quote and 'he said')."""
    if b < a:
        return False
    gap = body[a:b]
    return len(gap) <= 6 and "\n\n" not in gap and all(ch in " \t\n,.;:—–-" for ch in gap)


def _run_into_quote(frag: tuple[int, int], quotes: list[Quote], body: str,
                    squotes: list[Quote] = ()) -> tuple[int, int]:
    """'notes that X, "equal to Y"': a quotation glued to the content's end by a comma joins it.
    So does a quoted sentence the content introduces with a colon ('recalled the pay freeze: "I
    saw ..."'): PolNeAR's content runs on through it. Not for a cue in a relative clause ('a
    candidate who promised X: "..."'), whose noun the quotation is about (``squotes`` empty)."""
    s, e = frag
    for q in quotes:
        if q.start >= e and q.closed and body[e:q.start] in (", ", ",") and "\n" not in body[q.start:q.end]:
            return (s, q.end)
    for q in squotes:
        if q.start >= e and q.closed and body[e:q.start] in (": ", ":") and "\n" not in body[q.start:q.end] \
                and body[q.inner_start:q.inner_end][:1].isupper():
            return (s, q.end)
    return frag


def attach_quotes(cands: list[Candidate], body: str, squotes: list[Quote], doc, all_quotes: list[Quote] | None = None) -> None:
    """Grow contents to their quotes; join quotes on both sides of 'he said'; fill pending cues."""
    for c in cands:
        if c.rule != "colon":
            c.fragments = [_grow_to_quotes(f, squotes, body) for f in c.fragments]
            colon_quotes = squotes if getattr(c.cue_tok, "dep_", "") not in ("relcl", "acl") else []
            c.fragments = [_run_into_quote(f, all_quotes or squotes, body, colon_quotes) for f in c.fragments]
            c.fragments = [_with_closing_mark(f, all_quotes or squotes, body) for f in c.fragments]
    for c in cands:
        if c.according or c.rule == "colon" or c.cue_tok is None:
            continue
        chunk = [c.cue]
        if c.source_tok is not None and c.rule.startswith("verb") and c.extra.get("direct_subject"):
            chunk.append(span_of([c.source_tok]))
        lo, hi = min(s for s, _ in chunk), max(e for _, e in chunk)
        if c.source_tok is not None and c.extra.get("direct_subject"):
            ss = source_phrase_span(c.source_tok, [])
            if ss[1] <= hi + 2 and ss[0] >= lo - 80:
                lo = min(lo, ss[0])
        if c.rule.startswith("verb") and c.rule != "verb_colon":
            # '... - "Q," he said': the parser may hang the writer's lead-in on the quotation;
            # the content of a cue right after a full quoted sentence set off by a dash or colon
            # starts at its opening mark.
            glued = next((q for q in squotes if _gap_is_glue(body, q.end, lo) and body[q.inner_start:q.inner_end][:1].isupper()
                          and body[max(0, q.start - 3):q.start].strip() in ("-", "—", "–", ":")), None)
            if glued is not None:
                c.fragments = [(glued.start, e) if s < glued.start < e <= glued.end + 2 else (s, e) for s, e in c.fragments]
        if c.rule == "verb_pending" and not c.fragments:
            hi = max(hi, _adjunct_end(c.cue_tok))
        after_frags = [f for f in c.fragments if f[0] >= hi]
        after_quoted = all(quoted_chars(squotes, *f) >= 0.8 * (f[1] - f[0]) for f in after_frags)
        sent_end = _sent_end(c.cue_tok) if c.cue_tok is not None else hi
        for q in squotes:
            if any(f[0] <= q.start and q.end <= f[1] for f in c.fragments):
                continue
            if _gap_is_glue(body, q.end, lo):
                # 'A." He also said he "B."': a quotation that ends its sentence before a cue with
                # words of its own after it closes the previous sentence; it is not this cue's.
                ends_sentence = body[q.inner_start:q.inner_end].rstrip()[-1:] in (".", "!", "?")
                if not c.fragments and _embedded_quote(body, q, c.cue_tok):
                    continue  # 'an interview with "The View," remarking ...': the writer's phrase ends in it
                if _trailing_participle(c.cue_tok) and _embedded_quote(body, q, c.cue_tok):
                    continue  # 'said the bill was "a disaster," adding, "B."': the first quotation is the said clause's
                if ends_sentence and _has_own_cue(doc, q, c.cue_tok):
                    continue  # 'Lee said it was "a mistake." Kim spoke to Ruiz ...': the quotation is Lee's
                if not after_frags or after_quoted and not ends_sentence:
                    c.fragments.append((q.start, q.end))
            elif _gap_is_glue(body, hi, q.start) and (c.fragments or not re.search(r"[.!?]", body[hi:q.start])):
                if not after_frags and not _has_own_cue(doc, q, c.cue_tok):
                    c.fragments.append((q.start, q.end))
            elif (q.start >= sent_end and _gap_is_glue(body, sent_end, q.start) or _ends_one_sentence(body, hi, q.start)) \
                    and "\n\n" not in body[hi:q.start] \
                    and c.fragments and not after_frags \
                    and all(f[1] <= lo for f in c.fragments) and not _has_own_cue(doc, q, c.cue_tok):
                # '"A," Mr. Obama said on Saturday at the dinner. "B."': B continues the quote.
                c.fragments.append((q.start, q.end))
            elif c.fragments and not after_frags and all(f[1] <= lo for f in c.fragments) \
                    and all(quoted_chars(squotes, *f) >= 0.8 * (f[1] - f[0]) for f in c.fragments) \
                    and "\n" not in body[hi:q.start] and _lead_in_next_sentence(body, sent_end, q) \
                    and not _has_own_cue(doc, q, c.cue_tok):
                # '"A," said Lee, a farmer. Unless the board acts, "B."': the next sentence, with
                # no cue of its own, runs on into a quotation that continues Lee's words.
                c.fragments.append((_skip_space(body, sent_end), q.end))
        c.fragments = merge_spans(c.fragments)
        if c.rule == "verb_pending" and c.fragments:
            c.rule = "verb_quote"
            c.priority = 1


#: A cue's own phrases that may stand between it and the quotation it takes ("tweeting at him, 'Q'",
#: "wrote on Twitter Tuesday: 'Q'"): the addressee, the medium, the time.
_CUE_ADJUNCTS = frozenset({"prep", "npadvmod", "advmod", "dative", "prt"})


def _adjunct_end(cue_tok) -> int:
    """Where the phrases right after a cue with no content end: its addressee, medium or time
    phrases, when they run on unbroken from the cue; the cue's own end otherwise."""
    doc = cue_tok.doc
    starts, ends = token_chars(doc)
    last = cue_tok.i
    for c in sorted(children(cue_tok), key=lambda t: t.i):
        if c.i <= cue_tok.i:
            continue
        ids = subtree_ids(c)
        if c.dep_ not in _CUE_ADJUNCTS or min(ids) != last + 1:
            break
        last = max(ids)
    return ends[last]


def _trailing_participle(cue_tok) -> bool:
    """Whether the cue is a participle hung on a verb before it ("said ..., adding"): what stands
    between that verb and the participle is the verb's, not the participle's."""
    return cue_tok.tag_ == "VBG" and cue_tok.dep_ == "advcl" and cue_tok.head.i < cue_tok.i


def _embedded_quote(body: str, q: Quote, cue_tok) -> bool:
    """Whether quotation ``q`` closes a phrase of the writer's: a word of the same sentence and
    paragraph right before its opening mark ('a book titled "The Long Tide," explaining ...', 'he was
    ''very comfortable,'' the paper reported'), not a quoted utterance of its own that a cue after it
    could take ('"We will rebuild," Lee said', '... - "Q," he said')."""
    start = sent_of(cue_tok).start_char if cue_tok is not None else 0
    para = body.rfind("\n\n", 0, q.start) + 2
    before = body[max(start, para):q.start].rstrip()
    return bool(before) and before[-1].isalnum()


def _skip_space(body: str, i: int) -> int:
    while i < len(body) and body[i] in " \t":
        i += 1
    return i


def _lead_in_next_sentence(body: str, sent_end: int, q: Quote) -> bool:
    """Whether quotation ``q`` closes the sentence right after ``sent_end`` (same paragraph), the
    words before it holding no quote mark and no sentence end."""
    start = _skip_space(body, sent_end)
    lead = body[start:q.start]
    if q.start <= start or "\n" in lead or re.search(r"[.!?:;\"“”'‘’]", lead) or not lead.strip():
        return False
    rest = body[q.end:q.end + 40].split("\n", 1)[0].strip()
    return q.closed and (not rest or rest[:1] in ".!?" and len(rest) == 1 or rest[:1] in ".!?" and rest[1:2] == " ") \
        and len(lead.split()) <= 12


_ONE_SENTENCE_TAIL = re.compile(r"[^.!?\"“”‘’'\n]*[.!?]\s+")


def _ends_one_sentence(body: str, a: int, b: int) -> bool:
    """Whether body[a:b] is the rest of one sentence, no quote marks in it: the parser may run
    'said X, who runs a firm. "B."' into one sentence, and B still continues X's quotation."""
    return b > a and _ONE_SENTENCE_TAIL.fullmatch(body, a, b) is not None


def _sent_end(tok) -> int:
    """End of ``tok``'s sentence, without the opening mark of the next quotation that the parser
    may leave at its end (NYT-style ``''`` marks: 'said X. ''B.'' ' splits after the ``''``)."""
    sent = sent_of(tok)
    last = sent[-1]
    if len(sent) > 1 and last.text in ("''", '"', "“", "‘") and sent[-2].text in (".", "!", "?") and last.idx > tok.idx:
        return sent[-2].idx + len(sent[-2].text)
    return sent.end_char


def _has_own_cue(doc, q: Quote, mine=None) -> bool:
    """Whether the sentences around quote ``q`` hold a speech verb outside the quote."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return True
    speech = cue_lexicon()["speech_verbs"]
    # The sentences of the quote's first and last words, not of its marks: the parser may leave
    # an opening mark at the end of the sentence before.
    words = [t for t in span if not t.is_punct] or list(span)
    sents = {sent_of(t).start: sent_of(t) for t in (words[0], words[-1])}
    text = doc_text(doc)
    lo = text.rfind("\n\n", 0, q.start)
    hi = text.find("\n\n", q.end)
    hi = len(text) if hi < 0 else hi
    # A speech verb subordinate to mine ("Asked whether ..., Lee said, ...") is not another speaker's.
    return any(t.lemma_.lower() in speech and t.pos_ == "VERB" and (mine is None or (t.i != mine.i and not (
                   t.head.i == mine.i and t.dep_ == "advcl")))
               and not (q.start <= t.idx < q.end) and lo < t.idx < hi
               for s in sents.values() for t in s)


def inherit_speakers(kept: list[Candidate], body: str, squotes: list[Quote], doc, article: Article) -> list[Candidate]:
    """Quote-only sentences with no cue of their own take the previous speaker."""
    covered = [f for c in kept for f in c.fragments]
    out = []
    paragraphs = article.paragraphs
    for q in squotes:
        if any(s <= q.start < e or s < q.end <= e for s, e in covered) or \
                sum(max(0, min(e, q.end) - max(s, q.start)) for s, e in covered) > 0.2 * (q.end - q.start):
            continue
        # The quote must be (nearly) all of its sentence(s).
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None:
            continue
        sents = {sent_of(t).start: sent_of(t) for t in span}
        plo = body.rfind("\n\n", 0, q.start)
        plo = 0 if plo < 0 else plo
        phi = body.find("\n\n", q.end)
        phi = len(body) if phi < 0 else phi
        slo = max(plo, min(s.start_char for s in sents.values()))
        shi = min(phi, max(s.end_char for s in sents.values()))
        outside = body[slo:q.start] + body[q.end:shi]
        if len(outside.strip(" \n\t.,;:—–-\"“”")) > 3:
            continue
        if _has_own_cue(doc, q):
            continue
        prev = [c for c in kept + out if c.content[1] <= q.start and not c.according and c.source_tok is not None]
        if not prev:
            continue
        last = max(prev, key=lambda c: c.content[1])
        # Same or previous paragraph only.
        pi = _para_index(paragraphs, q.start)
        li = _para_index(paragraphs, last.content[1] - 1)
        if pi - li > 1 or pi > li and _new_actor_before(doc, body, q, last):
            continue
        if not last.inherited and not last.according and last.rule != "colon" \
                and last.content[0] < last.cue[0] < q.start:
            # '"A," Lee said on Monday. Then B. "C."': C continues Lee's quotation, in the same
            # paragraph or as the next paragraph (PolNeAR's content runs from A to C: a quote-only
            # paragraph joins the attribution before it 14 times in 19 on attribution_large).
            last.fragments = merge_spans(last.fragments + [(q.start, q.end)])
            covered.append((q.start, q.end))
            continue
        inh = Candidate(last.source_tok, last.cue, [(q.start, q.end)], "inherited", 5, inherited=True,
                    cue_tok=last.cue_tok, source_span=last.source_span)
        inh.extra = dict(last.extra)
        out.append(inh)
        covered.append((q.start, q.end))
    return out


def _new_actor_before(doc, body: str, q: Quote, last: Candidate) -> bool:
    """Whether the paragraph of quotation ``q`` opens with a sentence about someone other than ``last``'s speaker
    ('"A?" she asked.' / 'He shrugged. "B."'): the quotation is that person's, not the speaker's before."""
    start = body.rfind("\n\n", 0, q.start)
    start = 0 if start < 0 else start + 2
    src = last.source_tok
    if src is None:
        return False
    for t in tokens_in_chars(doc, start, q.start):
        if t.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if t.pos_ == "PRON" and src.pos_ == "PRON" and t.lower_ in {"he", "she"} and src.lower_ in {"he", "she"} \
                and t.lower_ != src.lower_:
            return True  # '"A?" she asked.' / 'He shrugged. "B."' ("he" after a name may be the same person)
        if t.ent_type_ == "PERSON" and t.text not in body[src.left_edge.idx:src.right_edge.idx + len(src.right_edge)]:
            return True  # '"A?" Lee asked.' / 'Kim shrugged. "B."'
    return False


def _para_index(paragraphs, pos: int) -> int:
    for p in paragraphs:
        if p.start <= pos < p.end + 2:
            return p.index
    return len(paragraphs)
