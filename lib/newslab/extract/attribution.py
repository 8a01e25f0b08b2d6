"""Source attribution: who is cited for what.

Rules over the one spaCy parse, plus the quote-mark layer of :mod:`newslab.extract.quotes`:

- **verb cues** (say, tell, add, warn, ...; lemmas in ``data/attribution_cues.json``): the
  source is the verb's ``nsubj`` (or the ``by``-agent of a passive, or the subject of the verb
  it hangs from: "issued a statement saying ...", "was quoted as saying ..."); the content is
  its ``ccomp`` ("that"-clause), what follows a colon, an adjacent quotation, or, when the verb
  is parenthetical ("X, Y said, Z"; "X," said Y), the clause it interrupts. In "X told N (that)
  C" N is the addressee, never the source. "It is reported that ..." has an implicit (null)
  source.
- **noun cues** (statement, message, remarks, interview, tweet, ...) with a possessive or
  ``from``/``by`` source and a "that"/participle clause as content.
- **according to X**, **per X**, **citing X**: the rest of the sentence is the content.
- **colon cues**: "PENCE: ..." transcript lines and "Name: headline" lines.
- **quotes**: contents overlapping a quotation grow to the whole quotation; quotations on both
  sides of "he said" join into one attribution with ``fragments``; a quote-only sentence or
  paragraph with no cue of its own inherits the previous speaker (``inherited`` = True).
- **sources** are resolved to the article's actors: pronouns ("he", "it") and definite
  nominals ("the minister", "the ministry") to the nearest compatible named actor, an
  apposition ("Hugh Hill, a doctor, said") to its head name.

``scope="broad"`` adds cognition and intention cues (believe, think, want, plan, hope, expect,
fear, support, ...), which PolNeAR also annotates. Source kinds are documented in
:data:`SOURCE_KINDS`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import pandas as pd

from .tables import make_table
from .docindex import doc_ents, doc_lemma_lowers, doc_lowers, doc_text, sent_of
from ..paths import data_file
from .quotes import Quote, find_quotes, quoted_chars
from ..seeds import Article

if TYPE_CHECKING:  # annotations only: importing actors would import spaCy
    from .actors import ActorSet

#: Source kinds, with what each one means (the ``source_kind`` column).
SOURCE_KINDS: dict[str, str] = {
    "named person": "a person named in the article (also pronouns resolved to one)",
    "role": "a person described by role only, no name: 'a State Department spokesman', 'experts'",
    "government": "a government, ministry, agency, police, court or state speaking as an institution",
    "military": "an army, general staff, ministry of defence forces or other armed body",
    "organisation": "a company, party, campaign, NGO, university or other organisation",
    "media": "a news outlet or journalist: 'The New York Post reports', 'according to MSNBC'",
    "document": "a document or data: poll, study, report, statement, filing, statistics",
    "anonymous": "an unnamed source: 'sources said', 'an official who asked not to be named', 'officials said'",
    "implicit": "no source in the text: 'it is reported that ...' (source is null)",
}

#: Attribution kinds (the ``kind`` column).
KINDS = ("direct", "indirect", "mixed", "according_to")

_PRON_PERSON = {"he", "him", "she", "her", "his"}
_PRON_PLURAL = {"they", "them", "their"}
_PRON_THING = {"it", "its"}
_RELATIVE = {"who", "that", "which", "whom"}
_DIRECTIVE_VERBS = {"urge", "promise", "vow", "pledge", "threaten", "warn", "tell", "advise", "demand", "propose", "call"}
_EMPTY_OBJECTS = {"it", "this", "that", "so", "nothing", "something", "anything", "what", "which", "you", "me", "us",
                  "him", "her", "them", "everything", "much", "more", "little", "lot"}
_HEADING_LABELS = {
    "update", "note", "editor's note", "video", "photo", "photos", "watch", "read more", "related",
    "abstract", "full text", "correction", "credit", "source", "sources", "image", "caption", "listen",
    "advertisement", "q", "a", "warning", "breaking", "exclusive", "analysis", "opinion", "live",
}
_COLON_LINE = re.compile(r"\s*[\"“]?([A-Z][\w.'’\- ]{0,40}?)\s*:\s+(?=\S)")


@lru_cache(maxsize=1)
def cue_lexicon() -> dict[str, Any]:
    """The cue lists (speech verbs, nouns, prepositions, broad cues), loaded once."""
    raw = json.loads(data_file("attribution_cues.json").read_text(encoding="utf-8"))
    return {k: (set(v) if isinstance(v, list) else v) for k, v in raw.items()}


@lru_cache(maxsize=1)
def source_kind_lexicon() -> dict[str, Any]:
    """Keyword lists that decide a source's kind, loaded once."""
    raw = json.loads(data_file("attribution_source_kinds.json").read_text(encoding="utf-8"))
    return {k: (set(v) if isinstance(v, list) and k != "kinds" else v) for k, v in raw.items()}


@dataclass
class _Cand:
    """One attribution before its source is resolved."""

    source_tok: Any  # spaCy Token or None
    cue: tuple[int, int]
    fragments: list[tuple[int, int]]
    rule: str
    priority: int
    source_span: tuple[int, int] | None = None
    inherited: bool = False
    according: bool = False
    cue_tok: Any = None
    source_name: str | None = None
    source_kind: str | None = None
    extra: dict = field(default_factory=dict)

    @property
    def content(self) -> tuple[int, int]:
        return (min(s for s, _ in self.fragments), max(e for _, e in self.fragments))


# --------------------------------------------------------------------------- helpers


def _span_of(tokens) -> tuple[int, int] | None:
    toks = [t for t in tokens]
    if not toks:
        return None
    return (min(t.idx for t in toks), max(t.idx + len(t.text) for t in toks))


def _trim(body: str, span: tuple[int, int] | None, keep_quotes: bool = True) -> tuple[int, int] | None:
    """Strip spaces and outer punctuation (but not quote marks) from a span."""
    if span is None:
        return None
    s, e = span
    strip = " \t\n,;:—–-." if keep_quotes else " \t\n,;:—–-.\"“”‘’'«»„"
    while s < e and body[s] in strip:
        s += 1
    while e > s and body[e - 1] in " \t\n,;:—–-.":
        e -= 1
    return (s, e) if e > s else None


def _subtree_span(tok, exclude=()) -> tuple[int, int]:
    ex = set()
    for t in exclude:
        ex.update(x.i for x in t.subtree)
    toks = [t for t in tok.subtree if t.i not in ex]
    return _span_of(toks) or (tok.idx, tok.idx + len(tok.text))


def _pieces(doc, lo: int, hi: int, holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Character span [lo, hi) minus the holes, as contiguous pieces."""
    pieces = [(lo, hi)]
    for hs, he in sorted(holes):
        nxt = []
        for s, e in pieces:
            if he <= s or hs >= e:
                nxt.append((s, e))
                continue
            if hs > s:
                nxt.append((s, hs))
            if he < e:
                nxt.append((he, e))
        pieces = nxt
    return pieces


def _is_expletive(tok) -> bool:
    return tok.lower_ in cue_lexicon()["expletive_subjects"] and tok.dep_ in ("nsubjpass", "expl", "nsubj")


def _subject(tok, quotes: list[Quote] | None = None):
    """The verb's subject; one inside a quotation is part of the quote, not the speaker."""
    subs = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
    if quotes:
        subs = [c for c in subs if not any(q.inner_start <= c.idx < q.inner_end for q in quotes)]
    return subs[-1] if subs else None


def _agent(tok):
    for c in tok.children:
        if c.dep_ == "agent":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    return None


def _climb_subject(tok, depth: int = 0):
    """The subject of the verb a participle or conjunct hangs from ("... saying", "and added")."""
    if depth > 3 or tok.head is tok:
        return None
    head = tok.head
    if tok.dep_ in ("conj", "xcomp", "advcl", "pcomp", "prep", "acl") or head.dep_ in ("prep",):
        subj = _subject(head) or _agent(head)
        if subj is not None:
            return subj
        return _climb_subject(head, depth + 1)
    return None


def _unwrap_source(tok):
    """'a statement from the Libyan government' -> 'government'; 'Erdoğan's message' -> 'Erdoğan'."""
    lex = cue_lexicon()
    if tok is None or tok.pos_ not in ("NOUN", "PROPN"):
        return tok
    if tok.lemma_.lower() not in lex["speech_nouns"] and tok.lower_ not in lex["speech_nouns"]:
        return tok
    for c in tok.children:
        if c.dep_ == "poss" and c.lower_ not in _PRON_PERSON | _PRON_PLURAL | _PRON_THING | {"my", "our", "your"}:
            return c
        if c.dep_ == "prep" and c.lower_ in ("from", "by"):
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    for c in tok.children:
        if c.dep_ == "compound" and c.ent_type_ in ("ORG", "GPE", "PERSON", "NORP"):
            return c
    return tok


def _source_span(tok, avoid: list[tuple[int, int]]) -> tuple[int, int]:
    """The source phrase: the subject's subtree, cut where it would run into content or cue."""
    toks = sorted(tok.subtree, key=lambda t: t.i)
    keep = []
    for t in toks:
        inside = any(s <= t.idx < e for s, e in avoid)
        if inside:
            if t.i < tok.i:
                keep = []
                continue
            break
        keep.append(t)
    if tok.ent_iob_ != "O" and tok.ent_type_:
        ent = next((e for e in doc_ents(tok.doc) if e.start <= tok.i < e.end), None)
        if ent is not None:
            keep = sorted(set(keep) | set(ent), key=lambda t: t.i)
    while keep and (keep[-1].is_punct and keep[-1].text not in ")" or keep[-1].dep_ == "case"):
        keep.pop()
    while keep and keep[0].is_punct:
        keep.pop(0)
    return _span_of(keep) or (tok.idx, tok.idx + len(tok.text))


def _cue_span(tok) -> tuple[int, int]:
    toks = [tok] + [c for c in tok.children if c.dep_ == "prt"]
    return _span_of(toks)  # type: ignore[return-value]


def _after_colon(doc, tok, body: str, para_end: int) -> tuple[int, int] | None:
    """Content after 'said:' (colon within three tokens of the cue, no verb between)."""
    for j in range(tok.i + 1, min(tok.i + 5, len(doc))):
        t = doc[j]
        if t.text == ":":
            start = t.idx + 1
            end = para_end
            if not body[start:end].strip():
                # "Limbaugh added:" closing a paragraph introduces the next paragraph.
                nstart = end
                while nstart < len(body) and body[nstart].isspace():
                    nstart += 1
                nend = body.find("\n\n", nstart)
                end = len(body) if nend < 0 else nend
            return _trim(body, (start, end))
        if t.pos_ in ("VERB",) or t.text in ".!?":
            return None
    return None


# --------------------------------------------------------------------------- cue rules


def _verb_cands(doc, body: str, quotes: list[Quote], para_end, scope: str, para_start=lambda i: 0) -> list[_Cand]:
    lex = cue_lexicon()
    speech = lex["speech_verbs"]
    broad = lex["cognition_verbs"] | lex["intention_verbs"]
    out: list[_Cand] = []
    wanted = speech | broad if scope == "broad" else speech
    # Only tokens whose lemma is a cue can pass the checks below: no Token for the others.
    for i in [i for i, lem in enumerate(doc_lemma_lowers(doc)) if lem in wanted]:
        tok = doc[i]
        if tok.pos_ not in ("VERB", "AUX") and not (tok.tag_.startswith("VB")):
            continue
        lemma = tok.lemma_.lower()
        is_speech = lemma in speech
        is_broad = scope == "broad" and lemma in broad and not is_speech
        if not (is_speech or is_broad):
            continue
        if lemma in ("say",) and tok.dep_ == "amod":
            continue
        inq = next((q for q in quotes if q.inner_start <= tok.idx < q.inner_end), None)
        if inq is not None and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("i", "we", "you")
                                   for c in tok.children):
            continue  # "I said", "we say" inside a quotation: the quoted speaker's own words
        fragments: list[tuple[int, int]] = []
        content_heads = [c for c in tok.children if c.dep_ == "ccomp"]
        if is_broad:
            content_heads += [c for c in tok.children if c.dep_ == "xcomp"]
            if lemma in lex["intention_verbs"]:
                content_heads += [c for c in tok.children if c.dep_ == "dobj"]
        # A quotation parsed as the object: 'he said "..."'.
        for c in tok.children:
            if c.dep_ in ("dobj", "npadvmod", "advcl", "parataxis", "conj") and c not in content_heads:
                span = _subtree_span(c)
                if any(q.start <= span[0] < q.end and q.words(body) >= 2 for q in quotes):
                    content_heads.append(c)
        if not content_heads and is_speech and lemma not in lex["addressee_verbs"] | lex["speech_verbs_need_content"]:
            # PolNeAR-style content of communication verbs: "criticized the law as ...",
            # "called for a repeal", "spoke about her ties".
            for c in tok.children:
                if c.dep_ in ("dobj", "ccomp", "xcomp") and c.lower_ not in _EMPTY_OBJECTS:
                    content_heads.append(c)
                    # "called Clinton a champion": object and predicate together.
                    content_heads += [g for g in tok.children if g.dep_ == "oprd"]
        if not content_heads and is_speech and lemma not in lex["addressee_verbs"]:
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in ("for", "about", "of") and not content_heads:
                    pobj = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
                    if pobj:
                        content_heads.append(pobj[0])
        elif not content_heads and is_speech and lemma in _DIRECTIVE_VERBS:
            # "urged Congress to act"; not "asked not to be named".
            content_heads += [c for c in tok.children if c.dep_ == "xcomp" and not (
                c.lemma_.lower() in ("name", "identify", "quote", "disclose") and any(g.dep_ == "neg" or g.lower_ == "not" for g in c.subtree))]
        if content_heads and all(c.dep_ in ("dobj", "pobj", "oprd") for c in content_heads):
            # "blasted the media for being dishonest", "cited the election as a reason": the
            # complements after the object belong to the content.
            last = max(c.i for c in content_heads)
            content_heads += [g for g in tok.children if g.i > last and g.dep_ in ("prep", "oprd", "acl", "advcl")
                              and g.lower_ not in ("in", "on", "at", "during", "after", "before", "since", "while", "when", "until")
                              and not any(t.text in (",", ";") for t in tok.doc[last:g.i])]
        for c in content_heads:
            nested = [d for d in c.subtree if d.i != c.i and d.dep_ in ("advcl", "conj") and d.lemma_.lower() in speech
                      and d.tag_ == "VBG" and d.i > tok.i]
            fragments.append(_subtree_span(c, exclude=nested))
        rule = "verb"
        if not fragments:
            colon = _after_colon(doc, tok, body, para_end(tok.idx))
            if colon:
                fragments.append(colon)
                rule = "verb_colon"
        if not fragments and tok.dep_ in ("parataxis",) and tok.head is not tok:
            # "X, Y said, Z": the verb interrupts the clause it reports.
            head = tok.head
            lo, hi = _subtree_span(head)
            hole = _subtree_span(tok)
            fragments = [p for p in _pieces(doc, lo, hi, [hole])]
            rule = "verb_parenthetical"
        pe = para_end(tok.idx)
        ps = para_start(tok.idx)
        if rule != "verb_colon":
            fragments = [(max(f[0], ps), min(f[1], pe)) for f in fragments]
        fragments = [f for f in (_trim(body, f) for f in fragments) if f]
        if not fragments:
            colon = _after_colon(doc, tok, body, pe)
            if colon:
                fragments, rule = [colon], "verb_colon"
        # Subject and addressee.
        subj = _subject(tok, quotes)
        source_tok = None
        priority = 0
        implicit = False
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)
        if subj is not None and subj.lower_ in _RELATIVE and tok.dep_ == "relcl":
            source_tok = tok.head
        elif subj is not None and passive and (_is_expletive(subj) or subj.dep_ == "csubjpass"):
            source_tok = _agent(tok)
            implicit = source_tok is None
        elif subj is not None and passive:
            # "X was quoted as saying", "X is said to ..." : the passive subject is the source
            # only for quote/say; otherwise (e.g. "the bill was criticized") it is the topic.
            if lemma in ("quote", "say", "report", "describe") and not fragments:
                continue
            source_tok = _agent(tok)
            if source_tok is None:
                continue
        elif subj is not None:
            source_tok = _unwrap_source(subj)
        else:
            source_tok = _climb_subject(tok)
            priority = 3
            if source_tok is not None and source_tok.head.lemma_.lower() == "quote":
                priority = 0
        if source_tok is None and not implicit:
            continue
        if source_tok is not None and _is_expletive(source_tok) and not passive:
            # "It said ..." about an organisation is fine; "it is said" handled above.
            pass
        if not fragments and rule == "verb":
            out.append(_Cand(source_tok, _cue_span(tok), [], "verb_pending", 4 if priority else 1, cue_tok=tok,
                             extra={"direct_subject": priority == 0, "implicit": implicit}))
            continue
        if not fragments:
            continue
        out.append(_Cand(source_tok, _cue_span(tok), fragments, rule, priority, cue_tok=tok,
                         extra={"implicit": implicit, "broad": is_broad, "direct_subject": priority == 0}))
    return out


def _noun_cands(doc, body: str, scope: str) -> list[_Cand]:
    lex = cue_lexicon()
    nouns = lex["speech_nouns"] | (lex["cognition_nouns"] if scope == "broad" else set())
    speech = lex["speech_verbs"]
    out = []
    lemmas, lowers = doc_lemma_lowers(doc), doc_lowers(doc)
    for i in [i for i in range(len(lowers)) if lemmas[i] in nouns or lowers[i] in nouns]:
        tok = doc[i]
        if tok.pos_ not in ("NOUN", "PROPN") or (tok.lemma_.lower() not in nouns and tok.lower_ not in nouns):
            continue
        if tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according":
            continue
        src = _unwrap_source(tok)
        if src is tok:
            continue
        content = None
        for c in tok.children:
            if c.dep_ in ("acl", "ccomp", "relcl") and (c.tag_ == "VBG" or any(g.lower_ == "that" and g.dep_ == "mark" for g in c.children)):
                content = _subtree_span(c)
        if content is None and tok.dep_ in ("dobj", "pobj", "nsubj"):
            verb = tok.head if tok.dep_ != "pobj" else tok.head.head
            for c in verb.children:
                if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG" and c.i > tok.i and c.lemma_.lower() in speech:
                    content = _subtree_span(c)
                    break
        if content is None:
            continue
        content = _trim(body, content)
        if content:
            out.append(_Cand(src, _span_of([tok]), [content], "noun", 2, cue_tok=tok))
    return out


_ACCORDING_WORDS = frozenset({"according", "per", "citing", "quoting"})


def _according_cands(doc, body: str, para_start=lambda i: 0, para_end=lambda i: 10**9) -> list[_Cand]:
    lex = cue_lexicon()
    out = []
    for i in [i for i, w in enumerate(doc_lowers(doc)) if w in _ACCORDING_WORDS]:  # no rule fires on other words
        tok = doc[i]
        low = tok.lower_
        pobj = None
        cue_toks = [tok]
        if low == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            to = doc[tok.i + 1]
            cue_toks.append(to)
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
            if pobj is None:
                pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        elif low == "per" and tok.dep_ == "prep":
            prev = doc[tok.i - 1] if tok.i > 0 else None
            if prev is not None and prev.text not in (",", "(", "—") and not tok.is_sent_start:
                continue
            pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            skl = source_kind_lexicon()
            known = skl["document_heads"] | skl["person_roles"] | skl["media_words"] | skl["government_words"] | skl["organisation_words"] | skl["military_words"]
            if pobj is None or pobj.like_num or pobj.pos_ == "NUM" or (pobj.pos_ != "PROPN" and not pobj.ent_type_ and pobj.lemma_.lower() not in known):
                continue
        elif low in ("citing", "quoting") and tok.dep_ in ("advcl", "xcomp", "acl", "conj"):
            pobj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            if pobj is None:
                continue
            skl = source_kind_lexicon()
            head_ok = pobj.pos_ == "PROPN" or pobj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or pobj.lemma_.lower() in (
                skl["anonymous_heads"] | skl["person_roles"] | skl["document_heads"] | skl["media_words"] | skl["anonymous_plural_roles"] | lex["speech_nouns"])
            if not head_ok:
                continue
        else:
            continue
        if pobj is None:
            continue
        sent = sent_of(tok)
        # The phrase is the cue and its object, cut at the first comma after the object's head
        # (a parse may hang the whole reported clause under "According").
        if low in ("citing", "quoting"):
            ptoks = list(tok.subtree)
        else:
            ptoks = cue_toks + list(pobj.subtree)
        ptoks = [t for t in ptoks if t.i >= tok.i]
        comma = next((t for t in sorted(ptoks, key=lambda t: t.i) if t.i > pobj.i and t.text in (",", ";", "—", ":")), None)
        starts_clause = not body[max(sent.start_char, para_start(tok.idx)):tok.idx].strip(" \n\t\"“”'(")
        if comma is not None and starts_clause:
            ptoks = [t for t in ptoks if t.i < comma.i]
        phrase = _span_of(ptoks)
        # The phrase with the commas around it is a hole in the sentence (clipped to its paragraph).
        lo, hi = _span_of(list(sent))  # type: ignore[misc]
        lo, hi = max(lo, para_start(tok.idx)), min(hi, para_end(tok.idx))
        pieces = [_trim(body, p) for p in _pieces(doc, lo, hi, [phrase])]
        pieces = [p for p in pieces if p and len(body[p[0]:p[1]].split()) >= 2 or (p and any(ch.isalnum() for ch in body[p[0]:p[1]]) and len(body[p[0]:p[1]]) > 12)]
        if not pieces:
            continue
        src = _unwrap_source(pobj)
        out.append(_Cand(src, _span_of(cue_toks), pieces, "according_to", 1, according=True, cue_tok=tok))
    return out


def _colon_cands(doc, body: str, article: Article) -> list[_Cand]:
    out = []
    paragraphs = article.paragraphs or ()
    for para in paragraphs:
        m = _COLON_LINE.match(body, para.start, para.end)
        if not m:
            continue
        label = m.group(1).strip()
        ls, le = m.start(1), m.start(1) + len(label)
        words = label.split()
        if not (1 <= len(words) <= 4) or label.lower() in _HEADING_LABELS:
            continue
        caps = label.isupper() and len(label) >= 2
        ents = [e for e in doc_ents(doc) if e.start_char <= ls and e.end_char >= le and e.label_ in ("PERSON", "ORG", "GPE", "NORP")]
        ents = ents or [e for e in doc_ents(doc) if ls <= e.start_char and e.end_char <= le and e.label_ in ("PERSON", "ORG")]
        titled = all(w[:1].isupper() for w in words)
        span = doc.char_span(ls, le, alignment_mode="expand")
        propn = span is not None and all(t.pos_ == "PROPN" for t in span)
        if not (caps or (titled and ents and propn)):
            continue
        colon = body.index(":", le)
        end = para.end
        # A quoted transcript turn ('"PENCE: ...' then '"But ...') runs on through the
        # following paragraphs that open with the same mark and name no new speaker.
        mark = body[para.start] if body[para.start] in "\"“" else ""
        for nxt in paragraphs[para.index + 1:]:
            if not mark or not body.startswith(mark, nxt.start) or _COLON_LINE.match(body, nxt.start, nxt.end):
                break
            end = nxt.end
        content = _trim(body, (m.end(), end))
        if not content:
            continue
        src = span.root if span is not None else None
        cand = _Cand(src, (colon, colon + 1), [content], "colon", 2, source_span=(ls, le))
        out.append(cand)
    return out


# --------------------------------------------------------------------------- quotes


def _speech_quotes(body: str, quotes: list[Quote]) -> list[Quote]:
    """Quotes long enough to be reported speech (not scare quotes around a word or two)."""
    out = []
    for q in quotes:
        inner = body[q.inner_start:q.inner_end]
        if q.words(body) >= 4 or (q.words(body) >= 2 and re.search(r"[.!?,]\s*$", inner)):
            out.append(q)
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


def _gap_is_glue(body: str, a: int, b: int) -> bool:
    """Whether body[a:b] is only punctuation and space (what sits between a quote and 'he said')."""
    if b < a:
        return False
    gap = body[a:b]
    return len(gap) <= 6 and "\n\n" not in gap and all(ch in " \t\n,.;:—–-" for ch in gap)


def _run_into_quote(frag: tuple[int, int], quotes: list[Quote], body: str) -> tuple[int, int]:
    """'notes that X, "equal to Y"': a quotation glued to the content's end by a comma joins it."""
    s, e = frag
    for q in quotes:
        if q.start >= e and q.closed and body[e:q.start] in (", ", ",") and "\n" not in body[q.start:q.end]:
            return (s, q.end)
    return frag


def _attach_quotes(cands: list[_Cand], body: str, squotes: list[Quote], doc, all_quotes: list[Quote] | None = None) -> None:
    """Grow contents to their quotes; join quotes on both sides of 'he said'; fill pending cues."""
    for c in cands:
        if c.rule != "colon":
            c.fragments = [_grow_to_quotes(f, squotes, body) for f in c.fragments]
            c.fragments = [_run_into_quote(f, all_quotes or squotes, body) for f in c.fragments]
    for c in cands:
        if c.according or c.rule == "colon" or c.cue_tok is None:
            continue
        chunk = [c.cue]
        if c.source_tok is not None and c.rule.startswith("verb") and c.extra.get("direct_subject"):
            chunk.append(_span_of([c.source_tok]))
        lo, hi = min(s for s, _ in chunk), max(e for _, e in chunk)
        if c.source_tok is not None and c.extra.get("direct_subject"):
            ss = _source_span(c.source_tok, [])
            if ss[1] <= hi + 2 and ss[0] >= lo - 80:
                lo = min(lo, ss[0])
        after_frags = [f for f in c.fragments if f[0] >= hi]
        after_quoted = all(quoted_chars(squotes, *f) >= 0.8 * (f[1] - f[0]) for f in after_frags)
        sent_end = sent_of(c.cue_tok).end_char if c.cue_tok is not None else hi
        for q in squotes:
            if any(f[0] <= q.start and q.end <= f[1] for f in c.fragments):
                continue
            if _gap_is_glue(body, q.end, lo):
                if not after_frags or after_quoted:
                    c.fragments.append((q.start, q.end))
            elif _gap_is_glue(body, hi, q.start) and (c.fragments or not re.search(r"[.!?]", body[hi:q.start])):
                if not after_frags and not _has_own_cue(doc, q, c.cue_tok):
                    c.fragments.append((q.start, q.end))
            elif q.start >= sent_end and _gap_is_glue(body, sent_end, q.start) and "\n\n" not in body[hi:q.start] \
                    and c.fragments and not after_frags \
                    and all(f[1] <= lo for f in c.fragments) and not _has_own_cue(doc, q, c.cue_tok):
                # '"A," Mr. Obama said on Saturday at the dinner. "B."': B continues the quote.
                c.fragments.append((q.start, q.end))
        c.fragments = _merge(c.fragments)
        if c.rule == "verb_pending" and c.fragments:
            c.rule = "verb_quote"
            c.priority = 1


def _has_own_cue(doc, q: Quote, mine=None) -> bool:
    """Whether the sentences around quote ``q`` hold a speech verb outside the quote."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return True
    speech = cue_lexicon()["speech_verbs"]
    sents = {sent_of(t).start: sent_of(t) for t in (span[0], span[-1])}
    text = doc_text(doc)
    lo = text.rfind("\n\n", 0, q.start)
    hi = text.find("\n\n", q.end)
    hi = len(text) if hi < 0 else hi
    return any(t.lemma_.lower() in speech and t.pos_ == "VERB" and (mine is None or t.i != mine.i)
               and not (q.start <= t.idx < q.end) and lo < t.idx < hi
               for s in sents.values() for t in s)


def _merge(frags: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(set(frags)):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _inherit(kept: list[_Cand], body: str, squotes: list[Quote], doc, article: Article) -> list[_Cand]:
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
        if pi - li > 1:
            continue
        inh = _Cand(last.source_tok, last.cue, [(q.start, q.end)], "inherited", 5, inherited=True,
                    cue_tok=last.cue_tok, source_span=last.source_span)
        inh.extra = dict(last.extra)
        out.append(inh)
        covered.append((q.start, q.end))
    return out


def _para_index(paragraphs, pos: int) -> int:
    for p in paragraphs:
        if p.start <= pos < p.end + 2:
            return p.index
    return len(paragraphs)


# --------------------------------------------------------------------------- sources


def _ent_of(tok):
    if tok.ent_type_:
        for e in doc_ents(tok.doc):
            if e.start <= tok.i < e.end:
                return e
    return None


def _appos_name(tok):
    """'the ministry's spokesman, John Smith' -> John Smith; 'Hugh Hill, a doctor' stays Hugh Hill."""
    if tok.pos_ == "PROPN" or tok.ent_type_ == "PERSON":
        return tok
    for c in tok.children:
        if c.dep_ == "appos" and (c.ent_type_ in ("PERSON", "ORG") or c.pos_ == "PROPN"):
            return c
    # "Health Minister Fahrettin Koca" with the name as compound head is already PROPN.
    return tok


def _canonical_phrase(tok) -> str:
    """The source phrase up to its head, without determiners or trailing clauses: 'campaign aide'."""
    left = [t for t in tok.subtree if t.i <= tok.i and t.dep_ not in ("det", "punct", "poss", "case", "predet") and t.i >= tok.left_edge.i]
    # Keep only the contiguous run ending at the head.
    run = []
    for t in reversed(left):
        if run and t.i != run[-1].i - 1:
            break
        run.append(t)
    text = " ".join(t.text for t in reversed(run)).strip()
    return text or tok.text


class _Resolver:
    """Pronoun and nominal sources -> the nearest compatible named actor."""

    def __init__(self, actors: ActorSet, body: str = ""):
        self.actors = list(getattr(actors, "actors", []) or [])
        self.actor_set = actors
        self.body = body

    def by_label(self, label: str):
        """The PERSON/ORG actor whose name has ``label`` as a word ('HOLT' -> Grace Holt)."""
        low = label.lower().strip()
        for a in self.actors:
            if getattr(a, "type", None) in ("PERSON", "ORG") and low in (a.name or "").lower().split():
                return a
        return None

    def _context(self, actor) -> str:
        """The actor's name, role and the words just before each mention (titles: 'Health Minister')."""
        parts = [(actor.name or "").lower(), (getattr(actor, "role", None) or "").lower()]
        for s, e in getattr(actor, "mentions", []) or []:
            parts.append(self.body[max(0, s - 40):e].lower())
        return " ".join(parts)

    def at(self, start: int, end: int):
        try:
            return self.actor_set.at(start, end)
        except Exception:  # noqa: BLE001 - the actors interface may change under us
            return None

    def nearest(self, pos: int, types: set[str], prefer=None, name_has: str | None = None):
        best, best_pos = None, -1
        for a in self.actors:
            if getattr(a, "type", None) not in types:
                continue
            if name_has and not _word_rx(name_has).search(self._context(a)):
                continue
            for s, e in getattr(a, "mentions", []) or []:
                if e <= pos and s > best_pos:
                    best, best_pos = a, s
        if prefer is not None and getattr(prefer, "type", None) in types and (best is None or not name_has):
            return prefer
        return best


@lru_cache(maxsize=4096)
def _word_rx(word: str) -> re.Pattern:
    """``\\b<word>\\b``, compiled once per word (``re``'s own cache is shared with every module)."""
    return re.compile(r"\b" + re.escape(word) + r"\b")


def _resolve_source(cand: _Cand, resolver: _Resolver, prev_actor, body: str, avoid) -> tuple[str | None, Any, tuple[int, int] | None]:
    """(canonical source name, actor or None, source span) for a candidate."""
    tok = cand.source_tok
    if tok is None:
        return None, None, None
    span = cand.source_span or _source_span(tok, avoid)
    head = _appos_name(tok)
    ent = _ent_of(head)
    hs, he = (ent.start_char, ent.end_char) if ent is not None else (head.idx, head.idx + len(head.text))
    low = tok.lower_
    skl = source_kind_lexicon()
    if cand.rule == "colon" and span is not None:
        actor = resolver.by_label(body[span[0]:span[1]])
        if actor is not None:
            return actor.name, actor, span
    if tok.pos_ == "PRON" or low in _PRON_PERSON | _PRON_PLURAL | _PRON_THING:
        if low in ("i", "we", "me", "us", "you"):
            return None, None, span
        if low in _PRON_PERSON:
            actor = resolver.nearest(tok.idx, {"PERSON"}, prefer=prev_actor)
        elif low in _PRON_THING:
            actor = resolver.nearest(tok.idx, {"ORG", "GPE"}, prefer=prev_actor)
        else:
            actor = prev_actor if getattr(prev_actor, "type", None) in ("ORG", "NORP", "GPE", "PERSON") else None
        return (actor.name if actor else None), actor, span
    actor = resolver.at(hs, he) if (ent is not None or head.pos_ == "PROPN") else None
    if actor is not None:
        return actor.name, actor, span
    if span is not None:
        # "Minister for the Middle East Tobias Ellwood": the name sits inside the phrase.
        for e in doc_ents(tok.doc):
            if e.label_ == "PERSON" and span[0] <= e.start_char and e.end_char <= span[1]:
                actor = resolver.at(e.start_char, e.end_char)
                if actor is not None and getattr(actor, "type", None) == "PERSON":
                    return actor.name, actor, span
    lemma = tok.lemma_.lower()
    has_def = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)
    has_mod = any(c.dep_ in ("amod", "compound", "poss") for c in tok.children)
    if has_def and not has_mod and tok.pos_ == "NOUN":
        if lemma in skl["person_roles"] and tok.tag_ != "NNS":
            actor = resolver.nearest(tok.idx, {"PERSON"}, name_has=lemma)
            if actor is not None:
                return actor.name, actor, span
        elif lemma in skl["government_words"] | skl["organisation_words"] | skl["military_words"]:
            actor = resolver.nearest(tok.idx, {"ORG", "GPE"}, name_has=lemma)
            if actor is not None:
                return actor.name, actor, span
    return _canonical_phrase(tok), None, span


def _has_word(text: str, words: set[str]) -> bool:
    """Whether any of ``words`` occurs in ``text`` as a whole word (one compiled regex per word set)."""
    pattern = _word_pattern(frozenset(words))
    return pattern is not None and pattern.search(text) is not None


@lru_cache(maxsize=64)
def _word_pattern(words: frozenset[str]) -> re.Pattern | None:
    # An alternation tries every word at every position, so it matches iff one word does.
    if not words:
        return None
    return re.compile(r"(?<![\w])(?:" + "|".join(re.escape(w) for w in sorted(words)) + r")(?![\w])")


def classify_source(text: str | None, head_lemma: str | None = None, actor_type: str | None = None,
                    plural: bool = False, has_name: bool = False, pronoun: bool = False, context: str = "") -> str:
    """The source kind of a source phrase (see :data:`SOURCE_KINDS`)."""
    if text is None:
        return "implicit"
    skl = source_kind_lexicon()
    low = text.lower()
    head = (head_lemma or "").lower()
    last = low.split()[-1] if low.split() else head
    if head not in skl["document_heads"] and last in skl["document_heads"] and not has_name and actor_type is None:
        head = last
    if _has_word(low + " " + context.lower(), skl["anonymous_markers"]) and not has_name:
        return "anonymous"
    if not has_name and (head in skl["anonymous_heads"] or (plural and head in {"official", "aide", "insider", "diplomat", "staffer", "adviser", "advisor"})):
        return "anonymous"
    if actor_type == "PERSON" or (pronoun and actor_type is None and head in ("he", "she")):
        return "named person"
    if head in skl["document_heads"]:
        return "document"
    if low.removeprefix("the ").strip() in skl["media_names"] or head in skl["media_words"] or _has_word(low, skl["media_names"] - {"post", "times", "ap", "aa", "rt", "fox", "abc", "daily"}):
        return "media"
    if _has_word(low, skl["military_words"]):
        return "military"
    if head in skl["person_roles"] or has_name and actor_type in (None,):
        return "role" if not has_name else "named person"
    if head in skl["organisation_words"] and head not in skl["government_words"]:
        return "organisation"
    if _has_word(low, skl["government_words"]) or actor_type in ("GPE", "NORP"):
        return "government"
    if actor_type in ("ORG", "FAC") or _has_word(low, skl["organisation_words"]):
        return "organisation"
    if pronoun:
        return "organisation" if head in ("it", "they") else "named person"
    return "role"


# --------------------------------------------------------------------------- main


def extract_attributions(doc, article: Article, actors: ActorSet, scope: str = "speech") -> pd.DataFrame:
    """Attributions (source, cue, content, kind, source kind) with their spans.

    ``scope``: ``"speech"`` (default) for speech, writing and "according to"; ``"broad"`` adds
    cognition and intention cues (believe, think, want, plan, hope, expect, fear, ...).
    Never raises on odd input: a failure in one rule drops that rule's candidates only.
    """
    rows = []
    try:
        rows = _extract(doc, article, actors, scope)
    except Exception:  # noqa: BLE001 - one odd article must not stop a corpus run
        import logging

        logging.getLogger(__name__).exception("attribution failed on %s", article.id)
        rows = []
    return make_table("attributions", rows)


def _para_end_fn(article: Article):
    paragraphs = article.paragraphs

    def para_end(pos: int) -> int:
        for p in paragraphs:
            if p.start <= pos < p.end:
                return p.end
        return len(article.body)

    return para_end


def _para_start_fn(article: Article):
    def para_start(pos: int) -> int:
        for p in article.paragraphs:
            if p.start <= pos < p.end:
                return p.start
        return 0

    return para_start


def _extract(doc, article: Article, actors: ActorSet, scope: str) -> list[dict]:
    body = article.body
    quotes = find_quotes(body)
    squotes = _speech_quotes(body, quotes)
    para_end = _para_end_fn(article)
    para_start = _para_start_fn(article)
    cands: list[_Cand] = []
    for fn in (lambda: _verb_cands(doc, body, squotes, para_end, scope, para_start), lambda: _noun_cands(doc, body, scope),
               lambda: _according_cands(doc, body, para_start, para_end), lambda: _colon_cands(doc, body, article)):
        try:
            cands.extend(fn())
        except Exception:  # noqa: BLE001
            import logging

            logging.getLogger(__name__).exception("attribution rule failed on %s", article.id)
    _attach_quotes(cands, body, squotes, doc, quotes)
    cands = [c for c in cands if c.fragments]
    # Dedupe: the same cue once; near-identical contents keep the higher-priority rule.
    cands.sort(key=lambda c: (c.priority, c.content[0]))
    kept: list[_Cand] = []
    for c in cands:
        if any(k.cue == c.cue and not k.inherited for k in kept):
            continue
        if any(_jac(k.content, c.content) >= 0.8 and k.according == c.according for k in kept):
            continue
        kept.append(c)
    kept.extend(_inherit(kept, body, squotes, doc, article))
    kept.sort(key=lambda c: (c.content[0], c.cue[0]))
    return _rows(kept, doc, body, actors, quotes)


def _jac(a, b) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union > 0 else 0.0


def _kind(c: _Cand, body: str, quotes: list[Quote]) -> str:
    if c.according:
        return "according_to"
    total = sum(len(body[s:e].strip()) for s, e in c.fragments)
    inq = sum(quoted_chars(quotes, s, e) for s, e in c.fragments)
    if total and inq >= 0.9 * total:
        return "direct"
    if any(quoted_chars([q], s, e) > 0 and q.words(body) >= 1 for q in quotes for s, e in c.fragments):
        return "mixed"
    return "indirect"


def _rows(kept: list[_Cand], doc, body: str, actors: ActorSet, quotes: list[Quote]) -> list[dict]:
    resolver = _Resolver(actors, body)
    rows = []
    prev_actor = None
    for c in kept:
        avoid = list(c.fragments) + [c.cue]
        name, actor, sspan = _resolve_source(c, resolver, prev_actor, body, avoid)
        tok = c.source_tok
        if tok is None:
            source_text, kind_src = None, "implicit"
        else:
            source_text = body[sspan[0]:sspan[1]] if sspan else tok.text
            plural = tok.tag_ in ("NNS", "NNPS")
            has_name = actor is not None and getattr(actor, "type", None) == "PERSON" or tok.ent_type_ == "PERSON"
            ctx = body[sspan[1]:sspan[1] + 60] if sspan else ""
            kind_src = classify_source(
                source_text, tok.lemma_.lower() if tok.pos_ != "PRON" else tok.lower_,
                getattr(actor, "type", None) or (tok.ent_type_ or None), plural, has_name,
                pronoun=tok.pos_ == "PRON", context=ctx.split(",")[0] if "who" in ctx or "familiar" in ctx else "",
            )
            if kind_src == "anonymous":
                name = None
        if actor is not None and getattr(actor, "type", None) == "PERSON":
            prev_actor = actor
        cs, ce = c.content
        rows.append({
            "source": source_text,
            "source_actor": name,
            "source_span": list(sspan) if sspan and tok is not None else None,
            "cue": body[c.cue[0]:c.cue[1]],
            "cue_span": list(c.cue),
            "content": body[cs:ce],
            "content_span": [cs, ce],
            "kind": _kind(c, body, quotes),
            "source_kind": kind_src,
            "fragments": [list(f) for f in c.fragments],
            "inherited": bool(c.inherited),
        })
    return rows
