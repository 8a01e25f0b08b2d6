"""Attribution sources: the source phrase, its actor, and its kind.

- :func:`source_phrase_span`: the subject's words, cut where they would run into content or cue;
- :class:`SourceResolver` and :func:`resolve_source`: pronouns ("he", "it") and definite nominals
  ("the minister", "the ministry") to the nearest compatible named actor, an apposition ("Hugh
  Hill, a doctor, said") to its head name, a transcript label ("HOLT:") to the actor it names;
- :func:`classify_source`: the source kind (``SOURCE_KINDS`` in :mod:`newslab.extract.attribution`),
  from the keyword lists in ``data/attribution_source_kinds.json``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .actor_lexicons import PRONOUN_GENDER, country_iso3
from .attribution_spans import span_of
from .docindex import children, doc_ents, sent_of, subtree
from ..paths import data_json

if TYPE_CHECKING:  # annotations only: importing actors would import spaCy
    from .actors import ActorSet

PRON_PERSON = {"he", "him", "she", "her", "his"}
PRON_PLURAL = {"they", "them", "their"}
PRON_THING = {"it", "its"}


@lru_cache(maxsize=1)
def source_kind_lexicon() -> dict[str, Any]:
    """Keyword lists that decide a source's kind, loaded once."""
    raw = data_json("attribution_source_kinds.json")
    return {k: (set(v) if isinstance(v, list) and k != "kinds" else v) for k, v in raw.items()}


#: Relative words that open a clause whose subject they are (PolNeAR's source of a cue in the clause).
_RELATIVE_WORDS = frozenset({"who", "which", "that", "whom"})


def _reported_clause_words(tok, avoid: list[tuple[int, int]], other_cues=()) -> set[int]:
    """Token ids of the relative clauses under ``tok`` that the source phrase leaves out.

    A clause that holds the row's own cue or content keeps only its opening relative word: in
    "Mr. Lee, who on Monday had criticized the plan" the source ends at "who" (PolNeAR's source is
    the relative pronoun), not at the words before the cue ("who on Monday had"). A clause set off
    by a comma that holds another row's cue is that row's attribution, not a description of this
    source: "Lee, who said the pier was unsafe, voted no" gives "Lee" (PolNeAR leaves such a clause
    out of the outer source; a clause with no cue, "Lee, who chairs the board, said", stays in it).
    """
    out: set[int] = set()
    for r in subtree(tok):
        if r.dep_ != "relcl" or r.i <= tok.i:
            continue
        words = subtree(r)
        if any(s <= t.idx < e for t in words for s, e in avoid):
            first = min(words, key=lambda t: t.i)
            out.update(t.i for t in words if t.i != first.i or first.lower_ not in _RELATIVE_WORDS)
        elif other_cues and _set_off(r):
            lo, hi = span_of(sorted(words, key=lambda t: t.i))
            if any(lo <= s and e <= hi for s, e in other_cues):
                out.update(t.i for t in words)
    return out


def _set_off(clause) -> bool:
    """Whether a relative clause is set off by a comma or dash ("Lee, who said ..."): a clause
    without one restricts its noun ("a woman who has accused him", "others who backed it"), and
    the source needs it."""
    first = min(subtree(clause), key=lambda t: t.i)
    return first.i > 0 and first.nbor(-1).text in (",", "—", "–", "-", "--")


def source_phrase_span(tok, avoid: list[tuple[int, int]], other_cues=()) -> tuple[int, int]:
    """The source phrase: the subject's subtree, cut where it would run into content or cue, after
    the relative word of a relative clause that holds them, and without a relative clause that
    holds one of ``other_cues`` (the cue spans of the document's other rows)."""
    toks = sorted(subtree(tok), key=lambda t: t.i)  # the subtree walked once per token (docindex)
    cut = _reported_clause_words(tok, avoid, other_cues)
    keep = []
    for t in toks:
        inside = any(s <= t.idx < e for s, e in avoid)
        if inside or t.i in cut:
            if t.i < tok.i:
                keep = []
                continue
            break
        if t.i < tok.i and t.is_space and "\n" in t.text:
            keep = []  # a headline without a full stop is parsed into the next paragraph's subject
            continue
        keep.append(t)
    if tok.ent_iob_ != "O" and tok.ent_type_:
        ent = next((e for e in doc_ents(tok.doc) if e.start <= tok.i < e.end), None)
        if ent is not None:
            keep = sorted(set(keep) | set(ent), key=lambda t: t.i)
    keep = _without_closing_time(_without_closing_marks(keep), tok)
    keep = _without_dateline(_without_closing_marks(keep))
    while keep and (keep[0].is_punct or keep[0].is_space):
        keep.pop(0)
    return span_of(keep) or (tok.idx, tok.idx + len(tok.text))


def _without_closing_marks(keep: list) -> list:
    """The phrase without closing punctuation, possessive endings and spaces (a no-break space the parser hangs on the
    name: "the Daily News\u00a0said")."""
    while keep and (keep[-1].is_punct and keep[-1].text not in ")" or keep[-1].dep_ == "case" or keep[-1].is_space):
        keep.pop()
    return keep


def _without_closing_time(keep: list, head) -> list:
    """The phrase without a time the parser hung on the subject ("Schumer on Tuesday accused ...", "the ministry
    late Sunday said"): when it is said is no part of who said it."""
    end = len(keep)
    while end and keep[end - 1].ent_type_ in ("DATE", "TIME") and keep[end - 1].i != head.i:
        end -= 1
    if end == len(keep) or end == 0 or all(t.like_num for t in keep[end:]):
        return keep  # no time, or a bare number: an age ("Mara Quill, 44")
    run = {t.i for t in keep[end:]}
    time_root = next(t for t in keep[end:] if t.head.i not in run)
    if keep[end - 1].dep_ == "prep" and keep[end - 1].lower_ in ("on", "at", "in", "during") and keep[end - 1].head.i == head.i:
        end -= 1  # "Schumer on Tuesday": the time hangs on the name itself
    elif not (time_root.head.i == head.i and time_root.dep_ == "npadvmod"):
        return keep  # a time inside a clause about the source ("who has run the line since 2004") stays
    return keep[:end] if end and keep[end - 1].i >= head.i else keep


def _without_dateline(keep: list) -> list:
    """The phrase without a dateline the parser hung on the subject: a paragraph's opening words in
    capitals up to a dash ("WASHINGTON — Sen. Lee", "NEW YORK - the mayor") are the place the
    story was filed from, not part of the source."""
    # imported here: actor_datelines needs spaCy, which this module must not import on load (test_lazy_imports)
    from .actor_datelines import DASHES as DATELINE_DASHES, in_capitals

    if not keep:
        return keep
    doc, i = keep[0].doc, keep[0].i
    while i > 0 and in_capitals(doc[i - 1].text):  # the parse may leave the town's first word out ("NEW")
        i -= 1
    if i > 0 and not (doc[i - 1].is_space and "\n" in doc[i - 1].text):
        return keep  # not at a paragraph's start
    for j, t in enumerate(keep[:9]):
        if t.text in DATELINE_DASHES and (t.whitespace_ or j == 0 or keep[j - 1].whitespace_):
            # (a spaced dash: a hyphen inside "WHO Director-General Tedros" is no dateline's)
            words = [w for w in keep[:j] if not w.is_punct]
            # "WASHINGTON —", "KHARTOUM, Sudan (AP) —": the town in capitals, then its state or country and the
            # agency in brackets
            agency = {w.i for w in keep[:j] if w.i > 0 and doc[w.i - 1].text == "(" and w.i + 1 < len(doc) and doc[w.i + 1].text == ")"}
            if words and in_capitals(words[0].text) and all(in_capitals(w.text) or w.is_title or w.i in agency for w in words):
                return keep[j + 1:]
            break
    return keep


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
    for c in children(tok):  # cached per token (docindex): Token.children walks the parse anew
        if c.dep_ == "appos" and (c.ent_type_ in ("PERSON", "ORG") or c.pos_ == "PROPN"):
            return c
    # "Health Minister Fahrettin Koca" with the name as compound head is already PROPN.
    return tok


def _canonical_phrase(tok) -> str:
    """The source phrase up to its head, without determiners or trailing clauses: 'campaign aide'."""
    left = [t for t in subtree(tok) if t.i <= tok.i and t.dep_ not in ("det", "punct", "poss", "case", "predet") and t.i >= tok.left_edge.i]
    # Keep only the contiguous run ending at the head.
    run = []
    for t in reversed(left):
        if run and t.i != run[-1].i - 1:
            break
        run.append(t)
    text = " ".join(t.text for t in reversed(run)).strip()
    return text or tok.text


#: A courtesy title opening a speaker's label in a transcript ("MR. BRENNAN:", "MS. OKAFOR:").
_COURTESY_LABEL = re.compile(r"^(?:mr|mrs|ms|dr|miss)\s*\.?\s+")


class SourceResolver:
    """Pronoun and nominal sources -> the nearest compatible named actor."""

    def __init__(self, actors: ActorSet, body: str = "", genders: dict[str, str] | None = None):
        self.actors = list(getattr(actors, "actors", []) or [])
        self.actor_set = actors
        self.body = body
        #: actor_id -> "m"/"f" where the text shows it (a courtesy title, a given name: interaction_gender)
        self.genders = genders or {}
        self._contexts: dict[int, str] = {}  # id(actor) -> _context(actor): nearest() asks once per actor per source
        #: (start, end) of the article's quotations: a subject inside one is the quoted speaker's, no antecedent
        self.quotes: list[tuple[int, int]] = []

    def by_label(self, label: str):
        """The PERSON/ORG actor whose name has ``label`` as a word ('HOLT' -> Grace Holt; 'MS. HOLT' too)."""
        low = _COURTESY_LABEL.sub("", label.lower().strip())
        for a in self.actors:
            if getattr(a, "type", None) in ("PERSON", "ORG") and low in (a.name or "").lower().split():
                return a
        if 2 <= len(low) <= 4 and label.strip().isupper() and label.strip().isalpha():
            # an interview's turn labelled by initials ("MS:" for Maria Santos), where one person has them
            fits = [a for a in self.actors if getattr(a, "type", None) == "PERSON"
                    and "".join(w[0] for w in (a.name or "").split() if w[:1].isupper()).lower() == low]
            if len(fits) == 1:
                return fits[0]
        return None

    def _context(self, actor) -> str:
        """The actor's name, role and the words just before each mention (titles: 'Health Minister')."""
        out = self._contexts.get(id(actor))
        if out is None:
            out = self._contexts[id(actor)] = self._build_context(actor)
        return out

    def _build_context(self, actor) -> str:
        parts = [(actor.name or "").lower(), (getattr(actor, "role", None) or "").lower()]
        # a person's title or a body's noun stands before the name ("Health Minister X", "the company, X"); a place's
        # are no words of its own ("the bank said" is no "S.C." after "First Citizens Bank of Raleigh")
        before = 40 if getattr(actor, "type", None) in ("PERSON", "ORG") else 0
        for s, e in getattr(actor, "mentions", []) or []:
            parts.append(self.body[max(0, s - before):e].lower())
        return " ".join(parts)

    def at(self, start: int, end: int):
        try:
            return self.actor_set.at(start, end)
        except Exception:  # noqa: BLE001 - the actors interface may change under us
            return None

    def fits(self, actor, gender: str | None) -> bool:
        """Whether ``actor`` may be the person a pronoun of ``gender`` stands for (no gender known: any)."""
        return gender is None or self.genders.get(getattr(actor, "actor_id", None), gender) == gender

    def subject_before(self, tok, gender: str | None):
        """The named person a sentence subject names in the sentence before ``tok``'s (or earlier in its own), for
        a pronoun that follows: "Civil Protection Minister Kikilias said ... Prime Minister Mitsotakis chaired a
        meeting. He warned ..." (Mitsotakis, not the last speaker); None where no such subject fits."""
        sent = sent_of(tok)  # (cached per document: Token.sent scans for the sentence anew)
        own = [t for t in sent if t.i < tok.i]
        prev = list(sent_of(tok.doc[sent.start - 1])) if sent.start > 0 else []
        for words, clauses in ((own, ("ROOT", "conj")), (own, ("advcl",)), (prev, ("ROOT", "conj"))):
            # (in its own sentence the main clause's subject first, then an opening clause's: "If Trump moderates his
            # tone, he offers ..."; "When Ms. Friedan recommended ..., Mrs. Schlafly replied that ..., she said")
            for t in words:
                if t.dep_ not in ("nsubj", "nsubjpass") or t.head.dep_ not in clauses or sent_of(t.head).start != sent_of(t).start \
                        or any(qs <= t.idx < qe for qs, qe in self.quotes):
                    continue  # ('"I think when Trump debates Clinton she will lose," he said': not Trump)
                actor = self._person_in_subject(t)
                if actor is not None and self.fits(actor, gender):
                    return actor
        return None

    def _person_in_subject(self, subj):
        """The PERSON actor a subject names: itself, or a name in apposition ("Its chair, a retired teacher called
        Ann Lee,"), not one behind a preposition or a possessive ("the wife of Ann Lee")."""
        # the name at the head first: "Clinton spokeswoman Jennifer Palmieri" is Palmieri, not Clinton
        for t in sorted(subtree(subj), key=lambda t: t.i != subj.i):
            if t.ent_type_ != "PERSON":
                continue
            u = t
            while u.i != subj.i and u.dep_ in ("compound", "flat", "appos", "acl", "oprd", "attr", "amod"):
                u = u.head
            if u.i == subj.i:
                ent = _ent_of(t)
                if ent is not None:
                    actor = self.at(ent.start_char, ent.end_char)
                    if getattr(actor, "type", None) == "PERSON":
                        return actor
        return None

    def nearest(self, pos: int, types: set[str], prefer=None, name_has: str | None = None, gender: str | None = None):
        best, best_pos = None, -1
        if prefer is not None and not self.fits(prefer, gender):
            prefer = None  # "'It'll kill you,' he said. ... 'I didn't,' she said.": not the man who spoke last
        kinds = _anaphor_kinds(name_has) if name_has else frozenset()
        for a in self.actors:
            if getattr(a, "type", None) not in types or not self.fits(a, gender):
                continue
            if name_has and not _word_rx(name_has).search(self._context(a)):
                continue
            if kinds and getattr(a, "type", None) == "ORG" and getattr(a, "kind", None) not in kinds:
                continue  # "the coalition said": no armed group whose mention the word happens to stand before
            for s, e in getattr(a, "mentions", []) or []:
                if e <= pos and s > best_pos:
                    best, best_pos = a, s
        if prefer is not None and getattr(prefer, "type", None) in types and (best is None or not name_has):
            return prefer
        return best


def _anaphor_kinds(noun: str) -> frozenset[str]:
    """The organisation kinds a noun can stand for (``data/interactions_anaphors.csv``; empty: any)."""
    from .interaction_anaphora import group_anaphors  # (needs spaCy: on use)

    typ, kinds = group_anaphors().get(noun, ("", frozenset()))
    return kinds if typ == "ORG" else frozenset()


@lru_cache(maxsize=4096)
def _word_rx(word: str) -> re.Pattern:
    """``\\b<word>\\b``, compiled once per word (``re``'s own cache is shared with every module)."""
    return re.compile(r"\b" + re.escape(word) + r"\b")


def resolve_source(tok, given_span: tuple[int, int] | None, colon: bool, resolver: SourceResolver, prev_actor,
                   body: str, avoid, other_cues=()) -> tuple[str | None, Any, tuple[int, int] | None]:
    """(canonical source name, actor or None, source span) for a source token.

    ``given_span`` is a span a rule already fixed (a colon line's label); ``colon`` says the
    source is such a label, looked up by name among the actors; ``other_cues`` are the cue spans
    of the document's other rows (see :func:`source_phrase_span`).
    """
    if tok is None:
        return None, None, None
    span = given_span or source_phrase_span(tok, avoid, other_cues)
    head = _appos_name(tok)
    ent = _ent_of(head)
    hs, he = (ent.start_char, ent.end_char) if ent is not None else (head.idx, head.idx + len(head.text))
    low = tok.lower_
    skl = source_kind_lexicon()
    if colon and span is not None:
        actor = resolver.by_label(body[span[0]:span[1]])
        if actor is not None:
            return actor.name, actor, span
    if tok.pos_ == "PRON" or low in PRON_PERSON | PRON_PLURAL | PRON_THING:
        if low in ("i", "we", "me", "us", "you"):
            return None, None, span
        if low in PRON_PERSON:
            gender = PRONOUN_GENDER.get(low)
            actor = resolver.nearest(tok.idx, {"PERSON"}, prefer=resolver.subject_before(tok, gender) or prev_actor,
                                     gender=gender)
        elif low in PRON_THING:
            actor = resolver.nearest(tok.idx, {"ORG", "GPE"}, prefer=prev_actor)
        else:
            actor = prev_actor if getattr(prev_actor, "type", None) in ("ORG", "NORP", "GPE", "PERSON") else None
        return (actor.name if actor else None), actor, span
    actor = resolver.at(hs, he) if (ent is not None or head.pos_ == "PROPN") else None
    if actor is None and head.pos_ == "NOUN" and head is tok:
        # "The United Nations peacekeeping force in southern Lebanon, known as UNIFIL, called ...": a body the
        # actor stage found under a common noun, whose mention ends at the head
        found = resolver.at(hs, he)
        if getattr(found, "type", None) == "ORG" and getattr(found, "kind", None) not in ("group", None) \
                and any(s <= hs and e == he for s, e in found.mentions):  # (a body, not people: "Protesters said")
            actor = found
        elif found is None:
            # "The Islamic State group claimed", "the Wagner group said": the body named before its own noun
            from .interaction_anaphora import group_anaphors  # (needs spaCy: on use)

            named = [c for c in children(tok) if c.dep_ == "compound" and c.ent_type_ == "ORG" and c.i == tok.i - 1]
            if named and tok.lower_ in group_anaphors():
                found = resolver.at(named[0].idx, named[0].idx + len(named[0].text))
                actor = found if getattr(found, "type", None) == "ORG" else None
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
    has_def = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in children(tok))
    has_mod = any(c.dep_ in ("amod", "compound", "poss") for c in children(tok))
    if has_def and not has_mod and tok.pos_ == "NOUN":
        if lemma in skl["person_roles"] and tok.tag_ != "NNS":
            actor = resolver.nearest(tok.idx, {"PERSON"}, name_has=lemma)
            if actor is not None:
                return actor.name, actor, span
        elif lemma in skl["government_words"] | skl["organisation_words"] | skl["military_words"]:
            actor = resolver.nearest(tok.idx, {"ORG", "GPE"}, name_has=lemma)
            if actor is not None:
                return actor.name, actor, span
    if tok.pos_ == "NOUN" and resolver.actor_set is not None:
        # "The group said", "The Iran-backed group said": the body named before that the phrase can stand for
        from .interaction_anaphora import group_anaphors, is_bare_definite, nominal_antecedent  # (needs spaCy: on use)

        if tok.lower_ in group_anaphors() and is_bare_definite(tok):
            actor = nominal_antecedent(tok, resolver.actor_set)
            if actor is not None:
                return actor.name, actor, span
    return _canonical_phrase(tok), None, span


def _has_word(text: str, words: set[str]) -> bool:
    """Whether any of ``words`` occurs in ``text`` as a whole word (one compiled regex per word set)."""
    # The lexicon's sets are long-lived: their pattern is found by identity, without hashing a
    # frozenset copy of the whole set on every call (the entry holds the set, so its id stays its own).
    hit = _PATTERN_BY_SET.get(id(words))
    if hit is None or hit[0] is not words:
        hit = _PATTERN_BY_SET[id(words)] = (words, _word_pattern(frozenset(words)))
        if len(_PATTERN_BY_SET) > 256:
            _PATTERN_BY_SET.clear()
    pattern = hit[1]
    return pattern is not None and pattern.search(text) is not None


#: id(word set) -> (the set, its pattern), for :func:`_has_word`.
_PATTERN_BY_SET: dict[int, tuple] = {}


@lru_cache(maxsize=1)
def _long_media_names() -> frozenset[str]:
    """Media names that are no ordinary word: the short or common ones ("post", "times", "ap")
    count only as the whole source phrase."""
    return frozenset(source_kind_lexicon()["media_names"] - {"post", "times", "ap", "aa", "rt", "fox", "abc", "daily"})


@lru_cache(maxsize=64)
def _word_pattern(words: frozenset[str]) -> re.Pattern | None:
    # An alternation tries every word at every position, so it matches iff one word does.
    if not words:
        return None
    return re.compile(r"(?<![\w])(?:" + "|".join(re.escape(w) for w in sorted(words)) + r")(?![\w])")


def _without_civil_generals(low: str, skl: dict) -> str:
    """``low`` without the civil offices named with a postpositive "general" ("the attorney general's office")."""
    if "general" not in low:
        return low
    for office in skl["civil_general_offices"]:
        low = low.replace(office, " ")
    return low


def classify_source(text: str | None, head_lemma: str | None = None, actor_type: str | None = None,
                    plural: bool = False, has_name: bool = False, pronoun: bool = False, context: str = "",
                    actor_kind: str | None = None) -> str:
    """The source kind of a source phrase (see :data:`SOURCE_KINDS`); ``actor_kind``: the kind of the source's actor,
    which a word of its name does not overrule ("General Motors" is a firm, not the military)."""
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
    # "the U.S. Geological Survey said": a document word ending an organisation's name names the body, not a document
    named_body = actor_type == "ORG" and text.split()[-1][:1].isupper() and last == head
    if head in skl["document_heads"] and not named_body:
        return "document"
    if low.removeprefix("the ").strip() in skl["media_names"] or head in skl["media_words"] or _has_word(low, _long_media_names()) \
            or last == "media":  # "local media said": the lemmatizer makes the head "medium"
        return "media"
    if _has_word(_without_civil_generals(low, skl), skl["military_words"]) \
            and not (actor_type == "ORG" and actor_kind in {"organisation", "business"}):
        return "military"
    if head in skl["person_roles"] or has_name and actor_type in (None,):
        return "role" if not has_name else "named person"
    if head in skl["organisation_words"] and head not in skl["government_words"]:
        return "organisation"
    if actor_type == "NORP" and not _has_word(low, skl["government_words"]) \
            and not (low.startswith("the ") and country_iso3(text.split()[-1])):
        # "Republicans said", "many Americans doubted", "some Kenyans complained": people, no government ("The
        # Russians said the city is a front": a state's side, as "the" + its people's name writes it)
        return "role"
    if _has_word(low, skl["government_words"]) or actor_type in ("GPE", "NORP"):
        return "government"
    if actor_type in ("ORG", "FAC") or _has_word(low, skl["organisation_words"]):
        return "organisation"
    if pronoun:
        return "organisation" if head in ("it", "they") else "named person"
    return "role"
