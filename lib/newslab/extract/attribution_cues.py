"""Attribution cues: the rules that find a cue, its source token and its content.

Each rule returns :class:`Candidate` attributions whose source is still a token:

- :func:`verb_cands`, **verb cues** (say, tell, add, warn, ...; lemmas in
  ``data/attribution_cues.json``): the source is the verb's ``nsubj`` (or the ``by``-agent of a
  passive, or the subject of the verb it hangs from: "issued a statement saying ...", "was
  quoted as saying ..."); the content is its ``ccomp`` ("that"-clause), what follows a colon, an
  adjacent quotation, or, when the verb is parenthetical ("X, Y said, Z"), the clause it
  interrupts, or the clause an as-phrase hangs on ("As the paper noted, C"). In "X told N (that)
  C" N is the addressee, never the source; its topic is an about-phrase ("asked about X").
  "It is reported that ...", "Asked whether ..., X said" and "he was asked if ..." have an
  implicit (null) source; "X was reported by Y" has Y as source and X as content. Also:
  refusals ("declined to comment"), "a self-described socialist", directives with their
  addressee ("asked the board to delay the vote"), the noun a relative clause says was said
  ("the things he has said about her"), a speaker the parser missed next to a quotation
  ('"...," said Skelly'), and a verb set off by commas inside the clause it reports ("C, his aide
  told the paper"). No cue: a speech act only wanted, tried or talked about ("wants to argue",
  "said he would not recommend"), a cue inside the quotation it would own, an adjectival
  participle ("pledged delegates").
- :func:`noun_cands`, **noun cues** (statement, message, remarks, ...) with a possessive or
  ``from``/``by`` source and a "that"/participle clause as content; with ``scope="broad"``
  also stance nouns ("her support for the levy").
- :func:`according_cands`, **according to X**, **per X**, **citing X**: the rest of the
  sentence is the content.
- :func:`colon_cands`, **colon cues**: "PENCE: ..." transcript lines, "Name: headline" lines
  and 'Name: "quote"' inside a paragraph.

Communication verbs that are cues about half the time (``weak_speech_verbs``: defend, blame,
offer, ...) and ``default_cognition_verbs`` (think, believe, feel, refuse, worry, oppose) count in
every scope. ``scope="broad"`` adds the other cognition and intention cues of the same lexicon and "discuss" (``broad_speech_verbs``); "X appeared to win" has no source (the
writer's judgement). Stance adjectives ("are
worried that") are in :mod:`newslab.extract.attribution_predicates`, lead-in colons ('X was blunt:
"..."') in :mod:`newslab.extract.attribution_leadins`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from .attribution_sources import PRON_PERSON, PRON_PLURAL, PRON_THING, source_kind_lexicon
from .attribution_spans import span_of, span_pieces, subtree_span, trim_span
from .docindex import children, doc_ents, doc_lemma_lowers, doc_lowers, doc_text, doc_words, sent_of, subtree, subtree_ids, tokens_in_chars
from ..paths import data_json
from .quotes import Quote
from ..seeds import Article

_RELATIVE = {"who", "that", "which", "whom"}
#: Speech acts that are attempts by nature: "tried to persuade X that C" still reports C.
_PERSUASION_VERBS = frozenset({"convince", "persuade"})
_DIRECTIVE_VERBS = {"urge", "promise", "vow", "pledge", "threaten", "warn", "tell", "advise", "demand", "propose", "call", "ask",
                    "convince", "persuade"}
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
    raw = data_json("attribution_cues.json")
    return {k: (set(v) if isinstance(v, list) else v) for k, v in raw.items()}


@dataclass
class Candidate:
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


def _is_expletive(tok) -> bool:
    return tok.lower_ in cue_lexicon()["expletive_subjects"] and tok.dep_ in ("nsubjpass", "expl", "nsubj")


def _subject(tok, quotes: list[Quote] | None = None):
    """The verb's subject; one inside a quotation is part of the quote, not the speaker."""
    subs = [c for c in children(tok) if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
    if quotes:
        subs = [c for c in subs if not any(q.inner_start <= c.idx < q.inner_end for q in quotes)]
    if subs and subs[-1].lower_ in ("'s", "’s"):
        # "she’s said ...": the parser may make the curly contraction the subject, with the pronoun under it.
        inner = [c for c in children(subs[-1]) if c.dep_ == "nsubj" and c.pos_ in ("PRON", "PROPN", "NOUN")]
        if inner:
            return inner[-1]
    if not subs:
        # "Justice Lee, writing for the majority, said ...": the parser may give the subject to the participle
        # set off by commas before the verb
        for c in children(tok):
            if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i < tok.i:
                inner = next((g for g in children(c) if g.dep_ == "nsubj" and g.i < c.i - 1
                              and tok.doc[c.i - 1].text == ","), None)
                if inner is not None and (quotes is None or not any(q.inner_start <= inner.idx < q.inner_end for q in quotes)):
                    return inner
    if not subs and tok.dep_ == "acl" and tok.tag_ == "VBD" and tok.head.dep_ == "ROOT" and tok.head.pos_ in ("NOUN", "PROPN") \
            and tok.i > 0 and tok.doc[tok.i - 1].text == "," and tok.head.i < tok.i:
        # "The U.N. force in Lebanon, known as UNIFIL, called on ...": the parser made the subject the root and hung
        # the finite verb on it (a past tense is never a noun's participle)
        subs = [tok.head]
    if subs:
        from .actor_datelines import dateline_appos  # (needs spaCy: imported on use, test_lazy_imports)
        return dateline_appos(subs[-1]) or subs[-1]  # "TALLAHASSEE — Rep. Lee on Friday said": Lee, not the town
    return None


def _raising_say(kids) -> bool:
    """Whether "said" takes only a to-infinitive ("often said to have inspired ..."): "is said to", not a report."""
    return any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in kids) \
        and not any(c.dep_ in ("ccomp", "dobj", "dative") for c in kids)


def _agent(tok):
    for c in children(tok):
        if c.dep_ == "agent":
            for g in children(c):
                if g.dep_ == "pobj":
                    return g
    stray = _stray_agent(tok)
    return next(g for g in children(stray) if g.dep_ == "pobj") if stray is not None else None


def _stray_agent(tok):
    """The by-phrase the parser hung on a passive verb's active infinitive ("was asked to keep the
    files by the committee": the committee asked), or None. Only a name, an organisation or a
    person's role: "was told to cut costs by the end of May", "urged to win by a wide margin" stay."""
    if not any(c.dep_ == "auxpass" for c in children(tok)):
        return None
    for x in children(tok):
        if x.dep_ != "xcomp" or any(c.dep_ == "auxpass" for c in children(x)):
            continue
        for p in children(x):
            pobj = next((g for g in children(p) if g.dep_ == "pobj"), None) if p.dep_ == "prep" and p.lower_ == "by" else None
            if pobj is not None and (pobj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
                                     or pobj.lemma_.lower() in source_kind_lexicon()["person_roles"]
                                     or pobj.lemma_.lower() in source_kind_lexicon()["organisation_words"]
                                     or pobj.lemma_.lower() in source_kind_lexicon()["government_words"]):
                return p
    return None


def _is_next_speech_act(tok) -> bool:
    """A subjectless finite speech verb conjoined to a reported clause: in "said X was wrong and
    criticized him" the parser hangs "criticized" on "was", but the speaker is the one who criticized."""
    # "telling CNN that X is a fake and questioning how ...": a participle after a participle's clause.
    return (tok.dep_ == "conj" and tok.pos_ == "VERB" and (tok.tag_ in ("VBD", "VBZ") or tok.tag_ == "VBG" and tok.head.head.tag_ == "VBG")
            and tok.lemma_.lower() in cue_lexicon()["speech_verbs"] and _subject(tok) is None
            and tok.head.dep_ == "ccomp" and tok.head.head.lemma_.lower() in cue_lexicon()["speech_verbs"])


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _tense(verb) -> str | None:
    """The finite tag of a verb group: its first finite auxiliary's, else its own (None if non-finite)."""
    auxes = sorted((c for c in children(verb) if c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE_TAGS), key=lambda t: t.i)
    if auxes:
        return auxes[0].tag_
    return verb.tag_ if verb.tag_ in _FINITE_TAGS else None


def _speaker_next_predicates(head, cue) -> list:
    """Subjectless predicates joined by "and" to the end of a reported clause, in the cue's tense
    and not the reported clause's: in "The firm denies that the plant was unsafe and goes on
    building" or "She vowed to fight the ban and praised the ruling", the parser hangs the second
    predicate on the reported verb, but it is the speaker's own next act (PolNeAR leaves it out of
    the content). "He said he was tired and wanted to rest" keeps its second predicate. Returns the
    predicates and their "and"s, to cut from the content."""
    cue_tense = _tense(cue)
    if cue_tense is None:
        return []
    if head.pos_ in ("NOUN", "PROPN") or head.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children(head)):
        # A finite verb cannot continue a noun phrase or a to-infinitive: in "railed against the deal
        # and pledges to ..." or "vowed to keep the law and celebrated the ruling" it is the speaker's next act.
        out = []
        for d in children(head):
            if d.dep_ == "conj" and d.pos_ in ("VERB", "AUX") and d.i > cue.i and _tense(d) is not None \
                    and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in children(d)):
                first = min([d] + [c for c in d.subtree if c.i < d.i], key=lambda t: t.i)
                before = d.doc[first.i - 1] if first.i > 0 else None
                if before is not None and before.lower_ == "and" and before.dep_ == "cc":
                    out += [d, before]
        return out
    if cue_tense == _tense(head):
        return []
    out = []
    for d in children(head):
        if d.dep_ != "conj" or d.pos_ not in ("VERB", "AUX") or d.i <= cue.i or _tense(d) != cue_tense:
            continue
        first = min([d] + [c for c in children(d) if c.dep_ in ("aux", "auxpass", "neg")], key=lambda t: t.i)
        before = d.doc[first.i - 1] if first.i > 0 else None
        if before is None or before.lower_ != "and" or before.dep_ != "cc":
            continue
        if not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in children(d)):
            out += [d, before]
    return out


def _fronted_agent(tok, head) -> list:
    """The agent of a fronted passive clause that the parser hung on the speech verb after its closing comma ("The
    argument would be aided, Devine said, by the upcoming primary calendar."): a "by" phrase right after that comma,
    running to the end of the sentence, when the clause's passive verb has no agent of its own. Other phrases there
    tell of the speech act ("..., she said, in a speech on Monday")."""
    if not any(c.dep_ == "auxpass" for c in children(head)) or any(c.dep_ == "agent" for c in children(head)):
        return []
    sent = sent_of(tok)
    last = sent.end - 1
    while last > tok.i and tok.doc[last].is_punct:
        last -= 1
    return [c for c in children(tok) if c.dep_ in ("prep", "agent") and c.lower_ == "by" and c.i > tok.i + 1
            and tok.doc[c.i - 1].text == "," and c.right_edge.i == last]


def _stranded_subject(tok, content_heads):
    """The subject of the reported clause that the parser gave to the speech verb: "The economy, the minister said
    on Sunday, would recover" is parsed as two subjects of "said" and a subjectless "would recover"; the first
    subject, before the speaker and a comma, opens the reported words (the verb interrupts them)."""
    if len(content_heads) != 1 or content_heads[0].dep_ != "ccomp" or content_heads[0].i < tok.i \
            or any(g.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for g in children(content_heads[0])):
        return None
    subjects = sorted((c for c in children(tok) if c.dep_ in ("nsubj", "nsubjpass")), key=lambda c: c.i)
    if len(subjects) == 1:
        # "The decision, the company said in a filing, reflected ...": the parser may leave the first one a "dep"
        subjects = sorted([c for c in children(tok) if c.dep_ == "dep" and c.pos_ in ("NOUN", "PROPN", "PRON")
                           and c.i < subjects[0].i and c.left_edge.i == sent_of(c).start] + subjects,
                          key=lambda c: c.i)
    if len(subjects) != 2:
        return None
    first, speaker = subjects
    gap = tok.doc[first.right_edge.i + 1: speaker.left_edge.i]
    return first if len(gap) == 1 and gap[0].text == "," else None


def _stranded_continuations(cue, end: int, speech: set[str]) -> list:
    """Subjectless predicates the parser hung on the cue (or above it) that go on right after the
    reported words ends at character ``end``, in a tense the cue's own next act could not have:
    in "said she wanted to speak to them and let them know ..." or "listeners who said they had
    misgivings, but could not bear to insult him", the second predicate continues what was said
    (PolNeAR's content holds it): a bare infinitive or a modal cannot join a finite speech verb.
    One in the cue's tense ("said X and left") or in another finite tense ("said X and swears Y")
    is the speaker's own act, and a speech verb is an attribution of its own."""
    cue_tense = _tense(cue)
    if cue_tense is None:
        return []
    doc = cue.doc
    out = []
    for anc in [cue, *cue.ancestors]:
        for d in children(anc):
            if d.dep_ != "conj" or d.pos_ not in ("VERB", "AUX") or d.idx < end or _tense(d) == cue_tense \
                    or not (d.tag_ == "VB" or _tense(d) == "MD") or d.lemma_.lower() in speech \
                    or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in children(d)):
                continue
            gap = tokens_in_chars(doc, end, d.left_edge.idx)
            if gap and all(t.dep_ in ("cc", "punct") and t.text in (",", "and", "but", "or") for t in gap) and len(gap) <= 2:
                out.append(d)
    return out


def _stranded_coordinate_phrase(cue, start: int, end: int) -> list:
    """A prepositional phrase the parser hung on the cue after ", and" that repeats a preposition of
    the reported words (``start``-``end``): in "said the day brought back memories of her father, and
    of all the people who were not there" the second of-phrase continues what was said."""
    doc = cue.doc
    later = [d for d in children(cue) if d.dep_ == "prep" and d.idx >= end]
    if not later:
        return []
    inner = {t.lower_ for t in tokens_in_chars(doc, start, end) if t.dep_ == "prep"}
    out = []
    for d in later:
        if d.lower_ not in inner or not any(g.dep_ in ("pobj", "pcomp") for g in children(d)):
            continue
        gap = tokens_in_chars(doc, end, d.idx)
        if any(t.lower_ in ("and", "or") for t in gap) and all(t.dep_ in ("cc", "punct") for t in gap) and len(gap) <= 3:
            out.append(d)
    return out


def _semicolon_clauses(cue, end: int, speech: set[str]) -> list[tuple[int, int]]:
    """Clauses after a semicolon that go on with reported words ending at character ``end``, to
    the end of the sentence: in "said the problem was not the law; the problem was how it was
    used" the second clause is said too (PolNeAR's content holds it). Each must have a subject
    and a finite verb and no speech verb of its own (main or conjoined); a list of noun phrases
    ("praised A; B; and C") or a clause with its own cue stops the run."""
    doc = cue.doc
    sent = sent_of(cue)
    if doc_text(doc).find(";", end, sent.end_char) < 0:
        return []  # no semicolon in the rest of the sentence: no Tokens made for it
    toks = [t for t in tokens_in_chars(doc, end, sent.end_char) if not t.is_space]
    while toks and toks[0].text in ("”", "\"", "''", "’"):
        toks = toks[1:]
    out = []
    while toks and toks[0].text == ";":
        nxt = next((k for k, t in enumerate(toks[1:], 1) if t.text == ";"), len(toks))
        clause = [t for t in toks[1:nxt] if not t.is_punct or t.is_quote]
        ids = {t.i for t in clause}
        tops = [t for t in clause if t.head.i not in ids or t.head.i == t.i]  # the clause's own verb(s)
        if not clause or clause[0].dep_ == "cc" or not any(t.tag_ in _FINITE_TAGS for t in clause) \
                or not any(t.dep_ in ("nsubj", "nsubjpass", "expl") and t.head in tops for t in clause) \
                or any(t.lemma_.lower() in speech and (t in tops or t.dep_ in ("conj", "parataxis")) for t in clause):
            break  # "...; A holds B, and the report says C": a cue of its own ends the run
        out.append(span_of(clause))
        toks = toks[nxt:]
    return out


def _topic_list_end(pobj, end: int) -> int:
    """Where a topic ("spoke of X") ends when a list of topics runs on after a comma to the sentence
    end: in "spoke of the malaise in the towns, the lack of jobs, the violence of the gangs" the parser
    hangs the later items anywhere (on the verb, on its subject), but they are topics too (PolNeAR's
    content holds them). Only a verbless run of noun phrases counts, and not a time ("..., the day
    after the vote")."""
    doc = pobj.doc
    sent = sent_of(pobj)
    tail = [t for t in sent if t.idx >= end]
    if len(tail) < 3 or tail[0].text != "," or tail[-1].text not in (".", "!", "?"):
        return end
    words = tail[1:-1]
    if words[0].pos_ not in ("DET", "NOUN", "PROPN", "ADJ") or words[0].lower_ in ("this", "that", "which") \
            or any(t.pos_ in ("VERB", "AUX") or t.text in ('"', "“", "”", "''", ";", ":", "(") or t.ent_type_ in ("DATE", "TIME")
                   for t in words):
        return end
    return words[-1].idx + len(words[-1].text)


def _fronted_appos_subject(tok):
    """The speaker the parser hung as an apposition inside a fronted phrase: in "As part of his plea,
    Mara Quill, 44, said that ..." or "Among likely voters, 67 percent, say ..." the name (or the
    share) is read as an apposition of "plea" ("voters"), and the finite verb right after it has no
    subject. None unless such an apposition ends, with its comma, just before the verb."""
    if tok.tag_ not in ("VBD", "VBZ", "VBP") or tok.i < 2 or tok.doc[tok.i - 1].text != ",":
        return None
    doc = tok.doc
    for t in reversed(doc[max(0, tok.i - 12):tok.i - 1]):
        if t.dep_ != "appos" or t.pos_ not in ("PROPN", "NOUN"):
            continue
        if max(x.i for x in t.subtree) < tok.i - 2 and doc[tok.i - 2].dep_ != "appos" and doc[tok.i - 2].head.i != t.i:
            continue
        # The apposition must sit inside a phrase that hangs on the verb (not in another clause).
        head = t
        while head.head.i != head.i and head.head.i != tok.i and head.i < tok.i:
            head = head.head
        if head.head.i == tok.i and head.dep_ in ("prep", "advcl", "npadvmod", "advmod"):
            return t
    return None


#: Nouns of the medium a speaker used ("in an email", "on a conference call"): a "that" the parser made a relative
#: clause's object after one is still the conjunction its tag says, opening what was said.
_MEDIUM_NOUNS = frozenset({"email", "e-mail", "statement", "letter", "call", "interview", "post", "tweet", "message",
                           "briefing", "conference", "filing", "speech", "memo", "release", "video", "broadcast"})


def _clause_on_medium(tok) -> list:
    """The that-clause the parser hung on a noun of the verb's prepositional phrase: "said in a
    statement that C", "told reporters during a visit to Ohio that C". Only a clause opened by the
    conjunction "that" (a "mark", or after a medium noun tagged as the conjunction where the parser made it the
    clause's object: "confirmed in an email that she would attend"; not a relative pronoun) counts; nothing otherwise."""
    for p in children(tok):
        if p.dep_ != "prep" or p.i < tok.i:
            continue
        for noun in children(p):
            if noun.dep_ != "pobj" or noun.pos_ not in ("NOUN", "PROPN"):
                continue
            medium = noun.lemma_.lower() in _MEDIUM_NOUNS
            clauses = [c for c in children(noun) if c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX")
                       and any(g.lower_ == "that" and g.i == c.left_edge.i and (g.dep_ == "mark" or medium and g.tag_ == "IN")
                               for g in children(c))]
            if clauses:
                return clauses[:1]
    return []


def _after_own_quote(tok, body: str, quotes: list[Quote]) -> bool:
    """Whether ``tok`` is an inverted speech verb right after a quotation ('"Q," said Lee') with no
    subject before it."""
    if tok.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i for c in children(tok)):
        return False
    # A quoted sentence or clause ('"We will fight it,"'), not a scare-quoted phrase ('"bad earpiece,"').
    return any(q.end <= tok.idx and q.closed and not body[q.end:tok.idx].strip(" ,") and q.words(body) >= 4
               for q in quotes)


def _has_said(tok) -> bool:
    """'He's said he will fight': the contraction is 'has', not a passive 'is' (the parser reads
    'is said'); a person pronoun as subject and a finite reported clause tell them apart ('It's
    said that ...', 'He's said to be ill' stay passive)."""
    return tok.tag_ in ("VBN", "VBD") and any(c.dep_ == "auxpass" and c.lower_ in ("'s", "’s") for c in children(tok)) \
        and any(c.dep_ == "nsubjpass" and c.lower_ in ("he", "she") for c in children(tok)) \
        and any(c.dep_ == "ccomp" and c.i > tok.i for c in children(tok))


#: Subjects of "X is ADJ to say" that name no speaker of their own: an expletive, the writer or reader.
_NOT_ADJ_SPEAKERS = frozenset({"it", "there", "i", "we", "you"})


def _climb_subject(tok, depth: int = 0):
    """The subject of the verb a participle or conjunct hangs from ("... saying", "and added")."""
    if depth > 3 or tok.head is tok:
        return None
    head = tok.head
    if _is_next_speech_act(tok):
        return _subject(head.head) or _climb_subject(head.head, depth + 1)
    if _comma_participle_on_reported(tok) and _subject(head.head) is not None:
        # "Lee questioned why the mayor did not speak, implying that ...": the parser hangs the
        # participle on the reported clause, but the one who questioned implies.
        return _subject(head.head)
    reporter = _participle_reporter(tok)
    if reporter is not None:
        return reporter
    if tok.dep_ == "xcomp" and head.pos_ == "ADJ" and head.dep_ == "acomp":
        # "Lee is likely to remind voters ...", "aides were reluctant to reveal ...": the adjective's
        # clause names who would speak (not an expletive "it is worth noting", not "I", "we", "you").
        subj = _subject(head.head)
        return subj if subj is not None and subj.lower_ not in _NOT_ADJ_SPEAKERS else None
    if tok.dep_ in ("conj", "xcomp", "advcl", "pcomp", "prep", "acl") or head.dep_ in ("prep",):
        controller = _object_controller(tok) if tok.dep_ == "xcomp" else None
        if controller is not None:
            return controller  # "pressed Lee to defend the budget": Lee defends it
        nearer = _nearer_clause_subject(tok)
        if nearer is not None:
            return nearer  # "A charged X and Lee fired Y, acknowledging ...": Lee acknowledges
        subj = _subject(head) or _agent(head)
        if subj is not None:
            return subj
        if tok.dep_ == "acl" and head.dep_ in ("dobj", "pobj") and _is_speech_noun(head):
            # "issued a statement saying ...", "released a video saying ...": the noun is the
            # vehicle, the speaker is the subject of the verb that produced it.
            return _climb_subject(head, depth + 1) if head.dep_ == "pobj" else (_subject(head.head) or _agent(head.head))
        return _climb_subject(head, depth + 1)
    return None


def _nearer_clause_subject(tok):
    """The subject of the clause nearest before a closing comma participle that the parser hung
    higher up: a conjunct with its own subject ("Crews cut the cables and Lee closed the pier,
    admitting ..." -> Lee), or an adverbial clause when the verb's own subject is no speaker ("The
    row began when the crowd booed him, shouting ..." -> the crowd). None otherwise."""
    head = tok.head
    if tok.dep_ != "advcl" or tok.tag_ != "VBG" or tok.i == 0 or tok.doc[tok.i - 1].text != "," \
            or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in children(tok)):
        return None
    mute = _mute_subject(_subject(head))
    # The clause must end right at the participle's comma: the participle closes it.
    between = [v for v in subtree(head) if head.i < v.i < tok.i and v.pos_ in ("VERB", "AUX")
               and _subject(v) is not None and max(subtree_ids(v)) == tok.i - 2
               and (v.dep_ == "conj" and v.head.i == head.i or mute and v.dep_ in ("advcl", "relcl", "conj"))]
    return _subject(between[0]) if between else None


def _mute_subject(subj) -> bool:
    """Whether a subject is a thing that cannot speak: a common noun with no name and no role,
    group, medium or document word ("the first incident", "the convention")."""
    if subj is None or subj.pos_ != "NOUN" or subj.ent_type_:
        return False
    skl = source_kind_lexicon()
    lemma = subj.lemma_.lower()
    return not (lemma in skl["person_roles"] or lemma in skl["organisation_words"] or lemma in skl["government_words"]
                or lemma in skl["media_words"] or lemma in skl["document_heads"] or lemma in skl["anonymous_heads"]
                or lemma in skl["military_words"] or lemma in cue_lexicon().get("controller_nouns", ())
                or _is_speech_noun(subj) or subj.tag_ == "NNS")


def _comma_participle_on_reported(tok) -> bool:
    """Whether ``tok`` is a subjectless participle set off by a comma that the parser hung on a clause
    reported by a speech verb ("questioned why X did not speak, implying ...")."""
    head = tok.head
    return (tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.i > 0 and tok.doc[tok.i - 1].text == ","
            and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in children(tok))
            and head.dep_ == "ccomp" and head.head is not head
            and head.head.lemma_.lower() in cue_lexicon()["speech_verbs"])


#: What may set a closing participle off from the reported clause it was hung on.
_PARTICIPLE_BREAKS = frozenset({",", "—", "–", "--", "-", "and"})


def _participle_reporter(tok):
    """The speaker of a subjectless participle set off by a comma, a dash or "and" that the parser
    hung on reported words: on a speech noun's clause ("dismissed the charge that the firm broke
    the law - saying ...": the one who dismissed) or on the clause of a speech participle ("telling
    the paper that Lee is a fraud and questioning why ...": whoever was telling). None otherwise."""
    head = tok.head
    if tok.dep_ != "advcl" or tok.tag_ != "VBG" or tok.i == 0 or tok.doc[tok.i - 1].lower_ not in _PARTICIPLE_BREAKS \
            or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in children(tok)) or head.head is head:
        return None
    holder = head.head
    if head.dep_ == "acl" and _is_speech_noun(holder) and holder.dep_ in ("dobj", "pobj") and holder.i < head.i:
        verb = holder.head if holder.dep_ == "dobj" else holder.head.head
        subj = _subject(verb) if verb.pos_ in ("VERB", "AUX") else None
        return _unwrap_source(subj) if subj is not None and subj.lower_ not in _RELATIVE else None
    if head.dep_ == "ccomp" and holder.tag_ == "VBG" and holder.dep_ == "advcl" \
            and holder.lemma_.lower() in cue_lexicon()["speech_verbs"] and _subject(holder) is None:
        return _climb_subject(holder, 1)
    return None


#: Reflexive objects: "allowed himself to address" - the subject itself does the act.
_REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself", "myself", "ourselves", "yourself"})

#: Verbs whose subject, not object, does the to-infinitive's act ("promised Lee to ...").
_SUBJECT_CONTROL = frozenset({"promise", "vow", "pledge", "threaten"})


def _object_controller(tok):
    """Who does a to-infinitive's act when the verb above has a person as object: 'pressed Lee to
    defend the plan' -> Lee, 'led some allies to worry' -> allies; a reflexive object ('allowed
    himself to address') gives the verb's own subject. None without such an object."""
    head = tok.head
    if head.lemma_.lower() in _SUBJECT_CONTROL or not any(c.dep_ == "aux" and c.lower_ == "to" for c in children(tok)):
        return None
    if _subject(head) is None:
        return None  # "no law requiring candidates to disclose X": a rule, no one's act
    obj = next((c for c in children(head) if c.dep_ == "dobj" and c.i < tok.i), None)
    if obj is None:
        return None
    if obj.lower_ in _REFLEXIVES:
        return _subject(head)
    if obj.pos_ == "PROPN" or obj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") \
            or obj.lower_ in ("him", "her", "them", "us", "me") \
            or obj.pos_ == "NOUN" and obj.lemma_.lower() in cue_lexicon().get("controller_nouns", ()):
        return obj
    return None


def _comma_participle_speaker(tok):
    """The subject of the clause whose object (or object's phrase) a comma-set participle was hung
    on ("made an attempt to deflect the criticism, writing ..."), or None."""
    if tok.i == 0 or tok.doc[tok.i - 1].text != "," or tok.head.dep_ not in ("dobj", "pobj", "attr"):
        return None
    verb = tok.head.head
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX"):
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subj = _subject(verb)
    if subj is not None and subj.lower_ in _RELATIVE:
        return None
    return _unwrap_source(subj) if subj is not None else _climb_subject(verb)


def _is_speech_noun(tok) -> bool:
    nouns = cue_lexicon()["speech_nouns"]
    return tok.lemma_.lower() in nouns or tok.lower_ in nouns


def _unwrap_source(tok):
    """'a statement from the Libyan government' -> 'government'; 'Erdoğan's message' -> 'Erdoğan'."""
    lex = cue_lexicon()
    if tok is None or tok.pos_ not in ("NOUN", "PROPN"):
        return tok
    if tok.lemma_.lower() not in lex["speech_nouns"] and tok.lower_ not in lex["speech_nouns"]:
        return tok
    for c in children(tok):
        if c.dep_ == "poss" and c.lower_ not in PRON_PERSON | PRON_PLURAL | PRON_THING | {"my", "our", "your"}:
            return c
        if c.dep_ == "prep" and c.lower_ in ("from", "by"):
            for g in children(c):
                if g.dep_ == "pobj":
                    return g
    for c in children(tok):
        if c.dep_ == "compound" and c.ent_type_ in ("ORG", "GPE", "PERSON", "NORP"):
            return c
    return tok


def _cue_span(tok) -> tuple[int, int]:
    toks = [tok] + [c for c in children(tok) if c.dep_ == "prt"]
    return span_of(toks)  # type: ignore[return-value]


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
            return trim_span(body, (start, end))
        if t.pos_ in ("VERB",) or t.text in ".!?":
            return None
    return None


@lru_cache(maxsize=4)
def _verb_sets(scope: str) -> tuple[set[str], set[str], set[str], set[str]]:
    """(speech, broad, always, wanted) lemma sets of :func:`verb_cands` for a scope: unions of the
    cue lexicon's lists, built once per scope instead of once per article (read-only)."""
    lex = cue_lexicon()
    # Communication verbs that are cues only about half the time count in every scope: with nested
    # cues dropped (attribution._drop_nested) they raise F1 and keep precision above 0.85.
    speech = lex["speech_verbs"] | lex["weak_speech_verbs"] | (lex["broad_speech_verbs"] if scope == "broad" else set())
    broad = lex["cognition_verbs"] | lex["intention_verbs"]
    # A few cognition verbs that PolNeAR annotates nearly always ("thinks that", "refused to") count
    # in every scope (default_cognition_verbs in the data file, with their measurements).
    always = lex["default_cognition_verbs"] & broad
    refusal = lex["refusal_verbs"]
    # Every scope looks at the cognition verbs too: one with a subject and a that-clause counts in
    # every scope (_stated_belief).
    wanted = speech | broad | refusal
    return speech, broad, always, wanted


@lru_cache(maxsize=4)
def _verb_unions(scope: str) -> tuple[frozenset[str], frozenset[str]]:
    """(speech or cognition verbs, verbs that take no object as content) for :func:`verb_cands`:
    unions it tested per cue, built once per scope (read-only)."""
    lex = cue_lexicon()
    return frozenset(_verb_sets(scope)[0] | lex["cognition_verbs"]), \
        frozenset(lex["addressee_verbs"] | lex["speech_verbs_need_content"])


def _stated_belief(tok, lex) -> bool:
    """Whether a cognition or intention verb has its own subject and a complement clause opened by
    "that" ("Some Republicans doubt that ...", "Party leaders hope that ...", "we now know that
    ..."): PolNeAR annotates these nearly always, whatever the verb (at the speech scope they add
    12 rows on attribution_large, all right, in 10 documents, and 3 on the small set, 2 right). Not a raising verb ("it seems that"), not a
    relative "that" ("cases that groups hoped would help": no mark), not a subjectless gerund
    ("understanding that ...")."""
    if tok.lemma_.lower() in lex["raising_verbs"]:
        return False
    subj = next((c for c in children(tok) if c.dep_ == "nsubj"), None)
    if subj is None or _is_expletive(subj) or subj.i > tok.i:
        return False
    return any(c.dep_ == "ccomp" and c.i > tok.i and any(m.dep_ == "mark" and m.lower_ == "that" and m.i < c.i
                                                          for m in children(c))
               for c in children(tok))


def _framing_clause(clause) -> bool:
    """Whether a clause the parser made a complement opens with its own subordinator ("While rivals
    blame X, Lee points to Y", the mark often hung on the subject): an adverbial, the writer's frame,
    not reported words. ('If A, B, Lee said': the mark belongs to a clause inside B, which stays.)"""
    first = clause.left_edge
    return first.dep_ == "mark" and first.lower_ in _FRAME_SUBORDINATORS and (
        first.head.i == clause.i or first.head.dep_ in ("nsubj", "nsubjpass") and first.head.head.i == clause.i)


#: Subordinators that open an adverbial clause, never a reported one ("While A, Lee said B").
_FRAME_SUBORDINATORS = frozenset({"while", "although", "though", "whereas", "because", "since", "unless", "if",
                                  "when", "after", "before", "once", "until"})


#: Verbs of questioning: in the passive ("was asked about the vote") the asker is not named.
_QUESTION_VERBS = frozenset({"ask", "question", "press", "quiz"})


def _asked_if_clause(tok) -> bool:
    """Whether ``tok`` heads an if/whether clause the parser hung on a verb of questioning as an
    adverbial ("Asked if he thought the levy fair, Lee ..."): the clause is what was asked."""
    return tok.dep_ == "advcl" and tok.head.lemma_.lower() in _QUESTION_VERBS and tok.i > tok.head.i \
        and any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in children(tok))


#: Subordinators of an elliptic passive opening a sentence ("When asked whether ...": "when she was asked").
_ELLIPSIS_SUBORDINATORS = frozenset({"when", "if", "once", "after", "before", "while", "until"})


def _elliptic_opening(tok) -> bool:
    """Whether ``tok`` (tagged as a past tense) comes right after a subordinator that opens its
    sentence ("When asked whom she backed, Hale smiled"): an elliptic passive, whose subject
    is the one asked, not the asker."""
    doc = tok.doc
    prev = doc[tok.i - 1] if tok.i > 0 else None
    return prev is not None and prev.i == sent_of(tok).start and prev.lower_ in _ELLIPSIS_SUBORDINATORS \
        and prev.head.i == tok.i and prev.dep_ in ("advmod", "mark")


def verb_cands(doc, body: str, quotes: list[Quote], para_end, scope: str, para_start=lambda i: 0) -> list[Candidate]:
    """Candidates from speech verbs (and, with ``scope="broad"``, cognition and intention verbs)."""
    lex = cue_lexicon()
    speech, broad, always, wanted = _verb_sets(scope)
    speech_or_cognition, no_object_content = _verb_unions(scope)
    # Quotations of two words or more, the only ones a child's subtree can open as the verb's object.
    quoted2 = [(q.start, q.end) for q in quotes if q.words(body) >= 2]
    out: list[Candidate] = []
    # Only tokens whose lemma is a cue can pass the checks below: no Token for the others.
    fixes = lex["lemma_fixes"]
    fixed = {w for w, lemma in fixes.items() if lemma in wanted}  # words whose mended lemma is a cue
    lemmas, lowers = doc_lemma_lowers(doc), doc_lowers(doc)
    for i in [i for i in range(len(lowers)) if lemmas[i] in wanted or lowers[i] in fixed]:
        tok = doc[i]
        ttag = tok.tag_
        if tok.pos_ not in ("VERB", "AUX") and not (ttag.startswith("VB")):
            continue
        # The cue's index, dependency, tag and children are read dozens of times below: once
        # here, not through the Token's properties (a string look-up or a cache probe each).
        ti, tdep, kids = i, tok.dep_, children(tok)
        lemma = fixes.get(lowers[i]) or lemmas[i]
        timed = _time_predicates(tok)
        if _refused_speech(tok) is not None:
            # "declined to comment", "refused to confirm the figures": one attribution, cued by
            # the refusal, whose content is the refused speech act.
            out.extend(_refusal_cand(tok, quotes))
            continue
        if tdep == "xcomp" and getattr(_refused_speech(tok.head), "i", None) == ti:
            continue  # the refused act is the content of the refusal, not a cue of its own
        is_speech = lemma in speech
        is_broad = lemma in broad and not is_speech and (scope == "broad" or lemma in always or _stated_belief(tok, lex))
        if not (is_speech or is_broad):
            continue
        if is_speech and _unrealised(tok):
            continue
        if lemma in _SELF_LABEL_VERBS and tdep == "amod" and ti >= 2 and doc[ti - 1].text in ("-", "–") \
                and doc[ti - 2].lower_ == "self":
            # "a self-described socialist", "the self-proclaimed leader": the person speaks of
            # themself (PolNeAR's source is "self"); the content is the rest of the noun phrase.
            words = [t for t in tok.head.subtree if ti < t.i <= tok.head.i]
            if words:
                out.append(Candidate(doc[ti - 2], _cue_span(tok), [span_of(words)], "verb_self", 0, cue_tok=tok,
                                     extra={"direct_subject": True}))
            continue
        if lemma in ("say",) and tdep == "amod":
            continue
        if _not_a_speech_use(tok, lemma):
            continue  # "called Lee after the vote" (a phone call), "a group calling itself X", "offered $5 million"
        if _prenominal_participle(tok):
            continue  # "271 pledged delegates", "the reported figures": an adjective, nobody speaks
        if (lemma, doc[ti - 1].lower_ if ti > 0 else "") in (("say", "that"), ("tell", "all")) \
                and ti + 1 < len(doc) and doc[ti + 1].text == "," \
                and all(t.is_punct for t in doc[sent_of(tok).start:ti - 1]):
            continue  # "That said, ...", "(All told, ...": discourse markers, nobody speaks
        if is_broad and tdep == "ccomp" and tok.head.lemma_.lower() in speech:
            continue  # "said he thought X": one attribution, the speech act (PolNeAR does not nest them)
        if is_broad and _asked_if_clause(tok):
            continue  # "Asked if he thought X, ...": the question is the attribution, not the belief in it
        if is_speech and ttag == "VB" and tdep == "ccomp" \
                and fixes.get(tok.head.lower_, tok.head.lemma_.lower()) in speech_or_cognition:
            continue  # "said he would not recall ...", "hoped she would announce ...": a speech act only talked about
        if is_broad and lemma in lex["raising_verbs"]:
            # "Clinton appeared to have the most to gain": the writer's judgement, not Clinton's;
            # no source in the text, and the whole clause is the content.
            # "seemed ready to act", "seems stable" (the parser's oprd), "seems like a contradiction".
            if any(c.dep_ in ("xcomp", "ccomp", "acomp", "oprd") or c.dep_ == "prep" and c.lower_ == "like" and c.i > ti
                   for c in kids) and tdep not in ("relcl", "acl"):
                frag = trim_span(body, _raising_span(tok))
                if frag:
                    out.append(Candidate(None, _cue_span(tok), [frag], "verb_raising", 0, cue_tok=tok,
                                         extra={"implicit": True, "broad": True, "direct_subject": False}))
            continue
        inq = next((q for q in quotes if q.inner_start <= tok.idx < q.inner_end), None)
        if inq is not None and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("i", "we", "you")
                                   for c in kids):
            continue  # "I said", "we say" inside a quotation: the quoted speaker's own words
        fragments: list[tuple[int, int]] = []
        dashed: set[int] = set()
        content_heads = [c for c in kids if c.dep_ == "ccomp" and not (c.i < ti and (
            _framing_clause(c) or ";" in doc_words(doc)[c.right_edge.i + 1:ti]))]  # "A say X; B counter that Y"
        # "Asked if he thought X": the parser may hang the question on the verb as an adverbial.
        content_heads += [c for c in kids if _asked_if_clause(c)]
        if is_speech and not content_heads:
            # "tweeted hours later that she was broken": the parser may hang the clause on the time after the verb
            content_heads += [g for c in kids if c.dep_ in ("advmod", "npadvmod") and c.i > ti and c.ent_type_ in ("TIME", "DATE")
                              for g in children(c) if g.dep_ == "ccomp" and g.i > c.i]
        if content_heads:
            # "said that A and that B": the parser may hang the second that-clause on the verb.
            content_heads += [c for c in kids if c.dep_ == "conj" and c.i > content_heads[-1].i
                              and any(g.dep_ == "mark" and g.lower_ == "that" and g.i == c.left_edge.i for g in children(c))]
        if content_heads and any(c.i > ti and c.dep_ in ("ccomp", "dobj", "xcomp", "oprd") for c in kids):
            # "The crowd booed -- she said it was unfair", "She drew his anger - he called her weak":
            # a clause before a dash is the writer's; the words after the verb are what was said.
            dashed = {c.i for c in content_heads if c.i < ti and _dash_before_subject(c, tok)}
            content_heads = [c for c in content_heads if c.i not in dashed]
        if content_heads and lemma not in lex["addressee_verbs"]:
            # "Since Lee announced her bid, here we are": a clause after the object and a comma is
            # the sentence the verb's own clause hangs on, misread as what was announced.
            stray = {c.i for c in content_heads if _clause_after_object(tok, c)}
            dashed |= stray
            content_heads = [c for c in content_heads if c.i not in stray]
        if content_heads and (lemma == "say" or lemma in lex["default_cognition_verbs"]):
            # "said the last two nominees, A and B, 'were stiff'": the parser took the reported
            # clause's subject for the verb's object; a subjectless clause takes it back.
            first = content_heads[0]
            if first.i > ti and not any(g.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for g in children(first)):
                content_heads += [c for c in kids if c.dep_ == "dobj" and ti < c.i < first.i
                                  and c.lower_ not in _EMPTY_OBJECTS]
                # "said the way the board acted ''would be unthinkable''", "said just because A did
                # not mean B": the subject may also be read as an adverbial noun or clause.
                content_heads += [c for c in kids if ti < c.i < first.i and (
                    c.dep_ == "npadvmod" and c.pos_ in ("NOUN", "PROPN") and c.ent_type_ not in ("DATE", "TIME")
                    and c.lower_ not in _WEEKDAYS or c.dep_ == "advcl" and c.left_edge.i == ti + 1)]
        if is_broad:
            content_heads += [c for c in kids if c.dep_ == "xcomp" and not _anonymity_clause(c)]
            if lemma == "believe" and not content_heads:
                # "believe in taxing polluters", "believes in free trade": what is believed in.
                content_heads += [c for c in kids if c.dep_ == "prep" and c.lower_ == "in"
                                  and any(g.dep_ in ("pobj", "pcomp") for g in children(c))][:1]
            if lemma in lex["intention_verbs"]:
                content_heads += [c for c in kids if c.dep_ == "dobj"]
        # A quotation parsed as the object: 'he said "..."'. Not one after a speech participle of
        # the verb ('"A," Lee said, adding later, "B."'): that quotation is the participle's.
        relay = min([g.i for g in kids if g.dep_ == "advcl" and g.tag_ == "VBG" and g.i > ti
                     and g.lemma_.lower() in speech], default=len(doc))
        for c in kids:
            if c.dep_ in ("dobj", "npadvmod", "advcl", "parataxis", "conj", "xcomp", "prep") and c not in content_heads \
                    and not c.i > relay and quoted2:
                start = subtree_span(c)[0]
                if any(qs <= start < qe for qs, qe in quoted2):
                    content_heads.append(c)
                    if c.dep_ == "prep":
                        # 'called that "beyond preposterous."': a quoted predicate the parser took for
                        # a preposition; like a predicate, it takes the object before it along.
                        content_heads += [g for g in kids if g.dep_ == "dobj" and g.i < c.i and g not in content_heads]
        if not content_heads and is_speech and lemma in lex["document_verbs"] and _document_subject(tok, quotes):
            # "The poll showed a slim lead for Lee", "a survey found broad support": a poll or report
            # shows no one anything; its object is its finding (PolNeAR's content).
            content_heads += [c for c in kids if c.dep_ in ("dobj", "xcomp") and c.i > ti
                              and (c.lower_ not in ("it", "them", "him", "her", "us", "me", "you", "which", "what")
                                   or _small_clause_object(tok, c))][:1]
            # "showed Lee in third at 11 percent, followed by ...": the finding runs on after the object.
            content_heads += [c for c in kids if content_heads and c.i > content_heads[0].i
                              and c.dep_ in ("prep", "advcl", "npadvmod", "oprd", "advmod")]
        if not content_heads and is_speech and lemma in _SUBJECT_CONTROL:
            # "vowed on Friday to fight": a time between the verb and its infinitive makes the parser's adverbial clause
            content_heads += [c for c in kids if c.dep_ == "advcl" and c.i > ti and c.tag_ == "VB"
                              and any(a.dep_ == "aux" and a.lower_ == "to" for a in children(c))][:1]
        # "say" is an addressee verb for its about-phrase, but its object can be what was said.
        if not content_heads and is_speech and (lemma not in no_object_content or lemma == "say"):
            # PolNeAR-style content of communication verbs: "criticized the law as ...",
            # "called for a repeal", "spoke about her ties".
            for c in kids:
                # "called Clinton a champion": object and predicate together; with a predicate or an as-phrase
                # even an empty object belongs to the content ("called it a mistake", "described him as a terrorist").
                oprd = [g for g in kids if g.dep_ == "oprd" and g not in timed]
                if lemma == "say" and not (c.dep_ == "xcomp" or c.dep_ == "dobj" and any(True for _ in children(c))):
                    continue  # "say" takes a phrase the parser made its object ("says the rise ... makes"), not "said goodbye"
                as_phrase = c.dep_ == "dobj" and any(g.dep_ == "prep" and g.lower_ == "as" and g.i > c.i for g in kids)
                if c.dep_ in ("dobj", "ccomp", "xcomp") and c.i not in dashed \
                        and (c.lower_ not in _EMPTY_OBJECTS or (oprd or as_phrase) and c.dep_ == "dobj"):
                    content_heads.append(c)
                    content_heads += oprd
            if not content_heads and ttag != "VBN":
                # "called the plan ''a disgrace''": the parser may hang the object under the predicate.
                content_heads += [g for g in kids if g.dep_ == "oprd" and g not in timed]
        if not content_heads and is_speech and lemma in _QUESTION_VERBS and any(c.dep_ == "auxpass" for c in kids):
            # "had been asked the question twice": in the passive the object is what was asked.
            content_heads += [c for c in kids if c.dep_ == "dobj" and c.i > ti and c.pos_ == "NOUN"]
        if not content_heads and is_speech:
            # "said in a statement that C": the parser may hang the that-clause on the noun.
            content_heads += _clause_on_medium(tok)
        addressee = lemma in lex["addressee_verbs"]
        if not content_heads and is_speech and addressee and ttag != "VB":
            # "told a joke", "tells the tale of ...": a narrative object is what was told, not the hearer.
            # A bare infinitive tells nothing yet ("will tell a story", "needs to tell more jokes").
            content_heads += [c for c in kids if c.dep_ == "dobj" and c.lemma_.lower() in lex["narrative_objects"]]
        if not content_heads and is_speech and addressee and lemma in _DIRECTIVE_VERBS:
            # "urged Congress to act"; not "asked not to be named".
            content_heads += [c for c in kids if c.dep_ == "xcomp" and not (
                c.lemma_.lower() in ("name", "identify", "quote", "disclose") and any(g.dep_ == "neg" or g.lower_ == "not" for g in c.subtree))]
            if content_heads:
                # PolNeAR's content of a directive holds its addressee: "urged [the industry to do more]".
                content_heads += [c for c in kids if c.dep_ == "dobj" and c.i < content_heads[0].i]
        if not content_heads and is_speech and lemma == "call" and any(c.dep_ == "prep" and c.lower_ == "on" for c in kids):
            # "called on both sides to show restraint": the parser may make the infinitive an adverbial clause
            content_heads += [c for c in kids if c.dep_ == "advcl" and c.i > ti and c.tag_ == "VB"
                              and any(a.dep_ == "aux" and a.lower_ == "to" for a in children(c))][:1]
        xcomps = [c for c in content_heads if c.dep_ in ("xcomp", "advcl")] if lemma == "call" else []
        if xcomps and lemma == "call":
            # "called on the board to resign": the addressee after 'on' belongs to the content like a
            # directive's object ('on' itself does not).
            content_heads += [g for c in kids if c.dep_ == "prep" and c.lower_ == "on" and ti < c.i < xcomps[0].i
                              for g in children(c) if g.dep_ == "pobj"]
        for_mark = None
        if not content_heads and is_speech:
            # "called for the board to resign": the parser makes the for-to clause an adverbial with
            # 'for' as its mark; the clause without 'for' is the content (PolNeAR).
            for c in kids:
                mark = next((g for g in children(c) if g.dep_ == "mark" and g.lower_ == "for" and g.i == c.left_edge.i), None)
                if c.dep_ == "advcl" and c.i > ti and mark is not None and any(g.dep_ == "aux" and g.lower_ == "to" for g in children(c)):
                    content_heads, for_mark = [c], mark
                    break
        pleas = [c for c in kids if c.lower_ == "guilty"] if is_speech else []
        if pleas:
            # "pleaded guilty to fraud", "pleaded not guilty to the charges": the plea's to-phrase
            # (PolNeAR's content, 'to' included), on the adjective or, after a time ("pleaded guilty
            # Wednesday to ..."), on the verb; the adjective is no one's words.
            content_heads = [g for c in pleas + [tok] for g in children(c) if g.dep_ == "prep" and g.lower_ == "to"][:1]
            if not content_heads:
                continue  # "pleaded guilty" alone: nothing reported
        if not content_heads and is_speech:
            # The topic: "spoke about her ties", "called for a repeal", "asked about the levy",
            # "pointed to the deficit". An addressee verb's object is the hearer, so only its
            # about-phrase (and ask's for-phrase) is a topic.
            preps = {"about"} | ({"for"} if lemma == "ask" else set()) if addressee else {"for", "about", "of"}
            # "railed against the deal", "warned against complacency": what the speech opposed.
            preps = preps | {"against"}
            if lemma in lex["to_topic_verbs"]:
                preps = preps | {"to"}
            if lemma in lex["on_topic_verbs"]:
                preps = preps | {"on"}
            for c in kids:
                if c.dep_ == "prep" and c.lower_ in preps and not content_heads:
                    pobj = [g for g in children(c) if g.dep_ in ("pobj", "pcomp")]
                    if pobj and not (c.lower_ in ("for", "on") and pobj[0].ent_type_ in ("DATE", "TIME")) \
                            and not (c.lower_ == "against" and pobj[0].lemma_.lower() in _SETTING_NOUNS):  # "spoke for an hour", "agreed on Tuesday"
                        content_heads.append(pobj[0])
        if content_heads and all(c.dep_ in ("dobj", "pobj", "oprd") for c in content_heads):
            # "blasted the media for being dishonest", "cited the election as a reason": the
            # complements after the object belong to the content.
            last = max(c.i for c in content_heads)
            # "accused Hale, the governor, of lying": the commas around the object's apposition
            # do not part the complement from the object.
            gap = max([last] + [_appos_end(c) for c in content_heads])
            content_heads += [g for g in kids if g.i > last and g.dep_ in ("prep", "oprd", "acl", "advcl")
                              and g.lower_ not in ("in", "on", "at", "during", "after", "before", "since", "while", "when", "until")
                              # "acknowledged some errors even as he defended the plan": the writer's concession
                              and not _concessive(g) and not (g.dep_ == "advcl" and g.left_edge.lower_ in _CONTRAST_MARKS)
                              and not (g.dep_ == "advcl" and _time_clause(g))  # "called Lee a fraud after the vote was held"
                              and (not any(t.text in (",", ";") for t in tok.doc[gap if g.i >= gap else last:g.i])
                                   and (gap == last or g.dep_ == "prep")  # ", saying ..." after it is the writer's
                                   or g.lower_ in _EXAMPLE_PREPS and not any(t.text == ";" for t in tok.doc[last:g.i]))]
        if content_heads and is_speech:
            # "told the crowd that A but that B": a second that-clause the parser hangs on the verb
            # continues the reported words, however the first was found.
            last = max(c.i for c in content_heads)
            content_heads += [c for c in kids if c.dep_ == "conj" and c.i > last and c not in content_heads
                              and any(g.dep_ == "mark" and g.lower_ == "that" and g.i == c.left_edge.i for g in children(c))]
        if content_heads and _after_own_quote(tok, body, quotes):
            # '"Q," said Lee, who co-wrote the plan': the quotation is the content; a clause the
            # parser hangs on the verb after it is the speaker's description, not reported words.
            content_heads = [c for c in content_heads if c.i < ti or any(
                q.start <= c.idx < q.end for q in quotes)]
        stray_agent = _stray_agent(tok) if content_heads else None  # the same for every content head
        for c in content_heads:
            # the only words the two tests below can take (c itself is neither)
            clauses = [d for d in subtree(c) if d.dep_ in ("advcl", "conj") and d.i != c.i]
            nested = [d for d in clauses if d.lemma_.lower() in speech and d.tag_ == "VBG" and d.i > ti]
            # "said X was wrong and criticized him": a subjectless speech verb conjoined at the
            # end of the content is the speaker's next act (the parser hangs it on the content).
            acts = [d for d in clauses if _is_next_speech_act(d) and d.head.i == c.i and d.i > ti]
            nested += acts + [d.doc[d.i - 1] for d in acts if d.doc[d.i - 1].dep_ == "cc"]
            nested += [t for t in _speaker_next_predicates(c, tok) if t not in nested]
            # "said the deal kept us safe before claiming that ...": a speech act in a time adjunct
            # closing the reported words is an attribution of its own, not part of these.
            nested += [t for t in _closing_speech_adjuncts(c, tok, speech) if t not in nested]
            nested += [t for t in [stray_agent] if t is not None and t not in nested]
            nested += [for_mark] if for_mark is not None else []
            nested += _leading_time(c, ti)
            fragments.append(subtree_span(c, exclude=nested + _trailing_relatives(c)))
        if fragments and (stranded := _stranded_subject(tok, content_heads)) is not None:
            fragments.insert(0, subtree_span(stranded))  # "The economy, the minister said, would recover"
        if fragments and len(content_heads) == 1 and content_heads[0].i < ti:
            # "The argument would be aided, Devine said, by the upcoming calendar": the parser hangs the agent of the
            # fronted passive clause on the speech verb, after the comma that closes the speaker's words
            fragments += [subtree_span(p) for p in _fronted_agent(tok, content_heads[0])]
        if fragments and content_heads and all(c.i > ti for c in content_heads):
            fragments += [subtree_span(d) for d in _stranded_continuations(tok, max(fragments)[1], speech)]
            fragments += [subtree_span(d) for d in _stranded_coordinate_phrase(tok, min(fragments)[0], max(fragments)[1])]
            if is_speech and all(c.dep_ == "ccomp" for c in content_heads):
                fragments += _semicolon_clauses(tok, max(fragments)[1], speech)
        if len(fragments) == 1 and len(content_heads) == 1 and content_heads[0].dep_ == "pobj" \
                and content_heads[0].head.head.i == ti:
            fragments = [(fragments[0][0], _topic_list_end(content_heads[0], fragments[0][1]))]
        if not fragments and is_speech and lemma not in no_object_content:
            # "Bush endorsed Cruz Wednesday": the parser reads "Cruz Wednesday" as one time phrase
            # (the name a compound of the weekday); the name is the object.
            for c in kids:
                names = [g for g in subtree(c) if g.i < c.i] if c.dep_ == "npadvmod" and c.lower_ in _WEEKDAYS else []
                if names and c.i > ti and all(g.pos_ == "PROPN" for g in names):
                    fragments.append(span_of(names))
        rule = "verb"
        if not fragments:
            colon = _after_colon(doc, tok, body, para_end(tok.idx))
            if colon:
                fragments.append(colon)
                rule = "verb_colon"
        if not fragments and tdep in ("parataxis",) and tok.head is not tok:
            # "X, Y said, Z": the verb interrupts the clause it reports.
            head = tok.head
            lo, hi = subtree_span(head)
            hole = _parenthetical_hole(tok)
            fragments = [p for p in span_pieces(doc, lo, hi, [hole])]
            rule = "verb_parenthetical"
        aside = _aside_words(tok) if not fragments and tdep in ("ccomp", "conj", "ROOT") \
            and _subject(tok, quotes) is not None else []
        if aside and tdep == "ROOT" and not _finite_clause(doc[sent_of(tok).start:aside[0].i]):
            aside = []  # "In a letter to Zucker, Trump asked ...": an adverbial, not reported words
        if aside and tdep != "ROOT" and fixes.get(tok.head.lower_, tok.head.lemma_.lower()) in speech:
            aside = []  # "She said, if elected, she would ask ...": the head's own attribution
        if aside:
            # "C, his aide told the paper." / "If A, Clinton suggested in a tweet, B.": the parser hangs
            # the speech verb on the clause it reports (or that clause on the verb); the whole clause,
            # less the verb's own words, is the content.
            top = tok if tdep == "ROOT" else tok.head
            lo, hi = subtree_span(top)
            hole = span_of(aside)
            # "Rushing into the meeting, Hale called over her shoulder, 'Q'": a participle without a
            # subordinator opening the sentence tells what the speaker did, not what was said.
            lead = [c for c in kids if c.dep_ == "advcl" and c.tag_ in ("VBG", "VBN") and c.i < aside[0].i
                    and c.left_edge.i == sent_of(tok).start and not any(g.dep_ == "mark" for g in children(c))]
            if lead:
                hole = (min(t.idx for t in subtree(lead[0])), hole[1])
            fragments = [p for p in span_pieces(doc, lo, hi, [hole])]
            rule = "verb_parenthetical"
        if not fragments and tdep == "advcl" and tok.head is not tok and tok.head.pos_ in ("VERB", "AUX") \
                and lemma not in lex["speech_verbs_need_content"] and (_subject(tok) is not None or _agent(tok) is not None) \
                and any(c.dep_ == "mark" and c.lower_ == "as" for c in kids) \
                and not any(c.dep_ in ("xcomp", "dative", "auxpass", "intj", "attr")
                            or c.dep_ == "dobj" and not (lemma in lex["addressee_verbs"] and _hearer(c)) for c in kids):
            # ("As the general told the troops, C": an addressee verb's object is the hearer, not what was said;
            # "As he said goodbye, she cried" reports nothing)
            # "As the paper noted, C" / "C, as Comey said": the clause the as-phrase hangs on.
            lo, hi = subtree_span(tok.head)
            hole = subtree_span(tok)
            first = tok.head.left_edge
            if first.idx < hole[0] and all(t.pos_ in ("ADV", "PUNCT", "CCONJ") for t in doc[first.i:tok.left_edge.i]):
                lo = hole[0]  # "However, as X told the AP, C": the opening adverb is the writer's, not X's
            if tok.i < tok.head.i:
                # "as the paper noted in an op-ed Thursday, C": a time the parser hung on the main verb still belongs to
                # the as-clause, up to its comma
                rest = doc[tok.right_edge.i + 1:min(len(doc), tok.right_edge.i + 5)]
                comma = next((t for t in rest if t.text == ","), None)
                if comma is not None and all(t.ent_type_ in ("DATE", "TIME") for t in rest if t.i < comma.i):
                    hole = (hole[0], comma.idx + 1)
            fragments = [p for p in span_pieces(doc, lo, hi, [hole])]
            rule = "verb_as"
        pe = para_end(tok.idx)
        ps = para_start(tok.idx)
        if rule != "verb_colon":
            fragments = [(max(f[0], ps), min(f[1], pe)) for f in fragments]
        fragments = [f for f in (trim_span(body, f) for f in fragments) if f]
        if not fragments:
            colon = _after_colon(doc, tok, body, pe)
            if colon:
                fragments, rule = [colon], "verb_colon"
        if is_speech and _object_gap_head(tok, quotes) is not None:
            # "the nine things Trump has said about Latinos", "something many Republicans had urged
            # him to do": what was said is the noun the clause describes (PolNeAR: the whole phrase).
            fragments = [f for f in [trim_span(body, subtree_span(tok.head))] if f]
            rule = "verb_object_gap"
        # Subject and addressee.
        subj = _subject(tok, quotes)
        source_tok = None
        priority = 0
        implicit = False
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in kids) and not _has_said(tok)
        if lemma == "say" and not passive and tdep in ("parataxis", "acl", "advcl") and ti + 1 < len(doc) \
                and lowers[ti + 1] == "to" and _raising_say(kids):
            # "Livraria Lello, often said to have inspired Rowling,": the parser's "Lello said" is "is said to";
            # the noun is what is said of, by no one named (not "a desire, its proponents said, to cement ...")
            source_tok, implicit = None, True
        elif subj is not None and subj.lower_ in _RELATIVE and tdep == "relcl" and not passive:
            source_tok = tok.head
        elif subj is not None and passive and (_is_expletive(subj) or subj.dep_ == "csubjpass"):
            source_tok = _agent(tok)
            implicit = source_tok is None
        elif subj is not None and passive:
            # "X was quoted as saying", "X is said to ..." : the passive subject is the source
            # only for quote/say; otherwise (e.g. "the bill was criticized") it is the topic.
            source_tok = _agent(tok)
            stray = _stray_agent(tok) if source_tok is not None else None
            if stray is not None and source_tok.head.i == stray.i:
                # "was asked to form a government by King Charles": what was asked ends before the asker
                fragments = [f for s, e in fragments if s < stray.idx and (f := trim_span(body, (s, min(e, stray.idx))))]
            if source_tok is None and lemma == "quote" and fragments and any(
                    c.dep_ == "prep" and c.lower_ == "as" for c in kids):
                # '"Q," Lee is quoted as saying.': the parser hangs the quotation on 'quoted'; the one
                # quoted is the speaker.
                source_tok = _unwrap_source(subj)
            if not fragments and source_tok is not None and lemma not in ("quote", "say", "describe") \
                    and tdep not in ("amod", "acl", "relcl") \
                    and not (subj.pos_ == "PRON" and subj.lower_ not in ("it", "this", "that")):
                # "O'Malley's move was first reported by MSNBC": the subject is what was reported
                # (PolNeAR), the by-agent the source. Without an agent ("was charged") too often
                # not speech at all.
                fragments = [f for f in [trim_span(body, subtree_span(subj))] if f]
                rule = "verb_passive"
            elif source_tok is None and not fragments and lemma in lex["passive_topic_verbs"] \
                    and tdep not in ("amod", "acl", "relcl") and subj.pos_ in ("NOUN", "PROPN") \
                    and not any(c.dep_ in ("xcomp", "ccomp", "oprd") for c in kids):
                # "The episode was revealed in court papers", "Her remark was widely noted": the
                # subject is what was made known, by no one named (an implicit source).
                fragments = [f for f in [trim_span(body, subtree_span(subj))] if f]
                rule, implicit = "verb_passive", True
            elif source_tok is None and not fragments and lemma in lex["passive_charge_verbs"] \
                    and tdep in ("ROOT", "conj") and subj.pos_ in ("NOUN", "PROPN") \
                    and (charge := _charge_phrase(tok)) is not None:
                # "Three aides were charged with bribery": a formal accusation by no one named; PolNeAR's
                # content is the clause from its subject to the charge, the verb included.
                fragments = [f for f in [trim_span(body, (subj.left_edge.idx, subtree_span(charge)[1]))] if f]
                rule, implicit = "verb_passive", True
            elif source_tok is None and lemma in lex["passive_clause_verbs"] and tdep in ("ROOT", "conj") \
                    and subj.pos_ in ("NOUN", "PROPN"):
                # "The rollout was widely criticized as sloppy": an evaluation by no one named;
                # PolNeAR's content is the whole clause, the verb included.
                fragments = [f for f in [trim_span(body, subtree_span(tok, exclude=[c for c in kids
                                                                                    if c.dep_ in ("cc", "conj")]))] if f]
                rule, implicit = "verb_passive", True
            elif source_tok is None and fragments and lemma in lex["addressee_verbs"]:
                implicit = True  # "he was asked whether ...", "was asked about X": the asker is not named
            elif source_tok is None or not fragments:
                continue
        elif subj is not None and subj.lower_ in _REFLEXIVES and tok.head is not tok and _subject(tok.head) is not None:
            source_tok = _subject(tok.head)  # "allowed himself to address X": the parser's subject is the object
        elif subj is not None:
            source_tok = _unwrap_source(subj)
        elif subj is None and timed and tdep == "acl":
            source_tok = _speaker_before_time(tok)  # "Lee called Friday for ...", misread as a name
        elif subj is None and not passive and _fronted_appos_subject(tok) is not None:
            source_tok = _fronted_appos_subject(tok)  # "As part of his plea, Lee, 44, said that ..."
        elif subj is None and ttag == "VBN" and tdep in ("advcl", "acl") and _agent(tok) is not None:
            source_tok = _agent(tok)  # "Asked by a reporter whether ..., Lee said": the asker speaks
        elif subj is None and rule == "verb_as" and _agent(tok) is not None:
            source_tok = _agent(tok)  # "As reported by the paper, C"
        elif (ttag == "VBN" or ttag == "VBD" and (ti == sent_of(tok).start or _elliptic_opening(tok))) \
                and lemma in lex["addressee_verbs"] and tdep in ("advcl", "ccomp", "conj") \
                and _agent(tok) is None and subj is None and not any(c.dep_ in ("aux", "auxpass") for c in kids):
            # "Asked whether he would run, the mayor said ...": the mayor is the one asked; the
            # asker is not named (an implicit source).
            source_tok, implicit = None, True
        elif subj is None and any(c.dep_ == "auxpass" for c in kids) and fragments \
                and lemma in _QUESTION_VERBS and _agent(tok) is None:
            # "In an interview with the paper, Lee was asked about the vote" (the parser leaving Lee an
            # apposition): the one asked is no source, the asker is not named.
            source_tok, implicit = None, True
        elif tdep == "acl" and ttag == "VBG" and _comma_participle_speaker(tok) is not None:
            # "Lee rejected the notion that ..., saying ...": a participle set off by a comma that the
            # parser hung on the object speaks for the subject of the clause, not for the noun.
            source_tok = _comma_participle_speaker(tok)
            priority = 3
        elif tdep == "acl" and ttag == "VBG" and tok.head.pos_ in ("NOUN", "PROPN") and not _is_speech_noun(tok.head):
            # "farmers supporting the levy", "a group backing her": the noun is the holder.
            source_tok = tok.head
            priority = 3
        elif (adjunct := _adjunct_speaker(tok, speech)) is not None:
            # "said the deal kept us safe before claiming ...": the parser hangs the adjunct on the
            # reported clause, whose subject cannot speak; the reporting verb's subject does.
            source_tok = adjunct
            priority = 3
        else:
            source_tok = _climb_subject(tok)
            priority = 3
            if source_tok is not None and source_tok.head.lemma_.lower() == "quote":
                priority = 0
        if source_tok is None and not implicit and subj is None and not passive:
            source_tok = _inverted_speaker(tok, body, quotes)
            priority = 0
        if source_tok is None and not implicit and subj is None and not passive and inq is None \
                and tdep == "ROOT" and ttag in _FINITE_TAGS and fragments \
                and (shared := _shared_subject(tok)) is not None:
            # "Lee backs the levy, opposes the tolls and ...": the parser made the first predicate a
            # clause reported by the second; its subject speaks, and only the words after the verb are said.
            source_tok, priority = shared, 3
            fragments = [f for f in fragments if f[0] > tok.idx]
        if source_tok is None and not implicit and subj is None and not passive and inq is None \
                and tdep == "ROOT" and ttag in _FINITE_TAGS and fragments and max(e for _, e in fragments) <= tok.idx:
            source_tok = _trailing_frame_subject(tok)  # "C, filings released on Sunday showed."
            priority = 0
            if source_tok is not None:  # the speaker's words are no part of what was said
                cut = source_tok.left_edge.idx
                fragments = [f for f in (trim_span(body, (s, min(e, cut))) for s, e in fragments if s < cut) if f]
        if source_tok is None and not implicit:
            continue
        if lemma in lex.get("held_object_verbs", ()) and _held_object(tok):
            continue  # "Democrats defending a number of red states": a seat held, not a stance voiced
        if lemma in lex["physical_attack_verbs"] and _act_of_force(tok):
            continue  # "Militants attacked the town", "the army defended the bridge": force, not words
        if lemma in lex.get("speaker_subject_verbs", ()) and (_mute_subject(source_tok) or getattr(source_tok, "dep_", "") == "csubj"):
            continue  # "The film's title echoes the old feud", "the primary threatens to ...": no speech
        if source_tok is not None and _is_expletive(source_tok) and not passive:
            # "It said ..." about an organisation is fine; "it is said" handled above.
            pass
        if not fragments and rule == "verb":
            out.append(Candidate(source_tok, _cue_span(tok), [], "verb_pending", 4 if priority else 1, cue_tok=tok,
                             extra={"direct_subject": priority == 0, "implicit": implicit}))
            continue
        if not fragments:
            continue
        cue_span = _cue_span(tok)
        stance = _stance_object(tok, fragments)
        if stance is not None:
            cue_span, fragments = (cue_span[0], stance[0]), [stance[1]]
        out.append(Candidate(source_tok, cue_span, fragments, rule, priority, cue_tok=tok,
                         extra={"implicit": implicit, "broad": is_broad, "direct_subject": priority == 0}))
    return out


#: Quantity nouns whose of-phrase is the real object ("a number of red states").
_QUANTITY_NOUNS = frozenset({"number", "handful", "dozen", "couple", "pair", "series", "set", "string"})


def _held_object(tok) -> bool:
    """Whether ``tok``'s object is something held rather than a view or a person: a place named
    ("defend Crimea") or one of held_objects in the data file ("defending the party's majorities",
    "defending a number of red states", "to defend the island nation")."""
    obj = next((c for c in children(tok) if c.dep_ == "dobj"), None)
    if obj is not None and obj.lemma_.lower() in _QUANTITY_NOUNS:
        of = next((c for c in children(obj) if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((g for g in children(of) if g.dep_ == "pobj"), obj) if of is not None else obj
    if obj is None:
        return False
    return obj.ent_type_ in ("GPE", "LOC") or obj.lemma_.lower() in cue_lexicon().get("held_objects", ())


def _act_of_force(tok) -> bool:
    """Whether ``tok`` (attack, defend) names force rather than words: its subject, or a passive's
    agent, is one of armed_subjects ("rebels attacked ..."), or its object, or a passive's subject,
    is a place named or one of physical_targets ("attacked the convoy", "Kyiv was attacked")."""
    lex = cue_lexicon()
    kids = children(tok)
    doers = [c for c in kids if c.dep_ == "nsubj"]
    doers += [g for c in kids if c.dep_ == "agent" for g in children(c) if g.dep_ == "pobj"]
    done = [c for c in kids if c.dep_ in ("dobj", "nsubjpass")]
    if any(d.lower_ in lex["armed_subjects"] for d in doers):
        return True
    return any(d.ent_type_ in ("GPE", "LOC", "FAC") or d.lemma_.lower() in lex["physical_targets"]
               or d.lower_ in lex["physical_targets"] for d in done)


def _stance_object(tok, fragments):
    """(cue end, content) when ``tok`` expresses a word of stance that is its whole content
    ("expressed concern that C", "voiced support for the levy": stance_object_verbs in the data
    file): the word joins the cue and its that-clause or prepositional phrase is the content, as
    PolNeAR marks them. None otherwise, and for a possessed word ("their support for Lee")."""
    lex = cue_lexicon()
    if tok.lemma_.lower() not in lex.get("stance_object_verbs", ()) or len(fragments) != 1:
        return None
    obj = next((c for c in children(tok) if c.dep_ == "dobj" and c.i > tok.i and c.pos_ == "NOUN"), None)
    if obj is None or any(c.dep_ == "poss" for c in children(obj)) or fragments[0] != subtree_span(obj):
        return None
    for host in (obj, tok):
        for c in children(host):
            if c.i <= obj.i:
                continue
            if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX") \
                    and any(m.dep_ == "mark" and m.lower_ == "that" for m in children(c)):
                return obj.idx + len(obj.text), subtree_span(c, exclude=_trailing_relatives(c))
            pobj = next((g for g in children(c) if g.dep_ == "pobj"), None) if c.dep_ == "prep" else None
            if host is obj and pobj is not None and c.lower_ in lex.get("stance_object_preps", ()):
                return c.idx + len(c.text), subtree_span(pobj, exclude=_trailing_relatives(pobj))
    return None


_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})

#: "self-described", "self-proclaimed": labels a person gives themself (not "self-published").
_SELF_LABEL_VERBS = frozenset({"describe", "proclaim", "declare", "style", "identify", "confess"})

_RELATIVE_OPENERS = frozenset({"which", "who", "whom", "whose", "where"})


#: Openers of a contrast clause the writer adds after the reported one (", while her rival ...").
_CONTRAST_MARKS = frozenset({"while", "whereas"})

#: Auxiliaries of an inverted comparison after the reported words (", as have others", ", as did Lee").
_INVERTED_AUX = frozenset({"have", "has", "had", "do", "does", "did", "is", "are", "was", "were"})


def _appos_end(obj) -> int:
    """The index just past the comma that closes ``obj``'s apposition ("Hale, the governor, of"),
    or ``obj``'s own index when it has none."""
    doc = obj.doc
    for a in children(obj):
        end = a.right_edge.i + 1
        if a.dep_ == "appos" and a.i > obj.i and end < len(doc) and doc[end].text == "," \
                and doc[a.left_edge.i - 1].text == ",":
            return end + 1
    return obj.i


#: Dashes that end one clause before another starts ("A - B", "A -- B", "A — B").
_DASHES = frozenset({"-", "--", "–", "—"})


def _dash_before_subject(clause, verb) -> bool:
    """Whether a dash ends ``clause``, a clause with its own subject, right before ``verb``'s
    subject (or the verb itself)."""
    if verb.dep_ == "relcl" or not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in children(clause)):
        return False  # "the taboo - or habit - that says ...": a relative's noun, not a clause of its own
    subj = next((c for c in children(verb) if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
    if subj is not None and subj.tag_ in ("WDT", "WP"):
        return False
    start = subj.left_edge.i if subj is not None else verb.i
    doc = verb.doc
    return clause.right_edge.i < start and start >= 1 and doc[start - 1].text in _DASHES \
        and doc[start - 1].i >= clause.right_edge.i


def _clause_after_object(verb, clause) -> bool:
    """Whether ``clause``, a complement the parser gave ``verb``, follows the verb's object and a
    comma and has its own subject: "since Lee announced her bid last year, the port has grown".
    Only a verb with a hearer takes a clause after its object ("told aides, he would run"); for
    any other verb it is the main clause the verb's adverbial clause was hung on."""
    if clause.i < verb.i:
        return False
    obj = next((c for c in children(verb) if c.dep_ == "dobj" and verb.i < c.i < clause.i), None)
    subj = next((c for c in children(clause) if c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i < clause.i), None)
    if obj is None or subj is None:
        return False
    return any(t.text == "," for t in verb.doc[max(obj.i, obj.right_edge.i): subj.i])


def _parenthetical_hole(tok) -> tuple[int, int]:
    """The characters of a parenthetical speech verb's own words in "X, Y said, Z": its subtree,
    less a fronted phrase the parser hung on the verb before its subject ("At times, aides said, C";
    "After A, Lee said, B"); that phrase opens the clause the verb interrupts (PolNeAR keeps it)."""
    subj = _subject(tok)
    words = list(tok.subtree)
    if subj is not None and subj.i < tok.i:
        first = subj.left_edge.i
        if first > words[0].i and tok.doc[first - 1].text == ",":
            words = [t for t in words if t.i >= first]
    # "The case will be decided, Moreno said, by the higher court": the agent of the passive it interrupts is not
    # the verb's own words (the parser hangs it on the verb after the comma)
    agents = [a.i for a in _fronted_agent(tok, tok.head)] if tok.head is not tok else []
    return span_of([t for t in words if not agents or t.i < min(agents)])


#: Openers of a time or reason clause that frames a judgement rather than being judged.
_FRAME_MARKS = frozenset({"when", "after", "before", "while", "as", "because", "since", "until", "though", "although", "if"})


def _raising_span(tok) -> tuple[int, int]:
    """The judged clause of 'X appeared to win': subject, verb and complement, without the clauses and
    phrases that frame it ('For the Republicans, ...', 'While A, ...', '... after the debate', ',
    but ...', ', which ...'), as PolNeAR marks it. A subjectless conjunct ('Lee held a lead and
    appeared poised to win') starts at its head's subject."""
    subj = _subject(tok)
    drop = [c for c in children(tok) if c.dep_ in ("advcl", "cc", "conj", "punct", "parataxis", "mark")
            or c.dep_ in ("prep", "advmod", "npadvmod") and c.i < tok.i and (subj is None or c.i < subj.i)]
    for comp in (c for c in children(tok) if c.dep_ in ("xcomp", "ccomp", "acomp", "oprd")):
        drop += [g for g in children(comp) if g.i > comp.i and (
            g.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in _FRAME_MARKS for m in children(g))
            or g.dep_ == "prep" and g.lower_ in ("after", "before", "since", "until"))]
        drop += _trailing_relatives(comp)
    lo, hi = subtree_span(tok, exclude=drop)
    if subj is None and tok.dep_ == "conj" and _subject(tok.head) is not None:
        lo = min(t.idx for t in subtree(_subject(tok.head)))
    return (lo, hi)


#: Prepositions of time that open an adjunct with a speech act of its own ("before claiming").
_ACT_TIME_PREPS = frozenset({"before", "after", "while", "in"})


def _closing_speech_adjuncts(head, cue, speech: set[str]) -> list:
    """Prepositions after ``cue`` in ``head``'s clause whose gerund is a speech act of the reporting
    verb's subject ("said the deal kept us safe before claiming that C"; see _adjunct_speaker): another
    act of speech, not reported words. 'by' stays ("could win by persuading the delegates": the
    means is part of the claim), and so does the act of a clause subject who can speak ("said the
    mayor resigned after criticizing the board")."""
    # The tag before the head: ``d.head`` makes a Token, and few words are gerunds.
    return [d.head for d in subtree(head) if d.i > cue.i and d.tag_ == "VBG" and d.head.i != head.i
            and d.lemma_.lower() in speech and _adjunct_speaker(d, speech) is not None]


def _adjunct_speaker(tok, speech: set[str]):
    """The speaker of a speech gerund in a time adjunct of a reported clause whose own subject is
    no one who could speak ("Lee said the deal kept us safe before claiming ..." -> Lee), or None
    ("Lee said the mayor resigned after criticizing the board": the mayor, by the usual climb)."""
    prep = tok.head
    if tok.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ not in _ACT_TIME_PREPS:
        return None
    clause = prep.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in speech:
        return None
    subj = _subject(clause)
    if subj is None or subj.pos_ != "NOUN" or subj.ent_type_ or subj.lemma_.lower() in source_kind_lexicon()["person_roles"]:
        return None
    speaker = _subject(clause.head)
    return _unwrap_source(speaker) if speaker is not None else None


def _trailing_aside(d, left) -> bool:
    """Whether ``d`` (after a comma, closing the content) is the writer's aside: an apposition
    (", the presumptive nominee") or a contrast clause (", while ..."). A list the parser read as
    an apposition of a common noun ("thanked his parents, his sisters and his staff") is content."""
    if d.dep_ == "appos":
        return not (d.head.pos_ == "NOUN" and any(c.dep_ == "conj" for c in children(d)))
    if d.dep_ == "advcl" and left.lower_ == "as" and left.i + 1 < len(d.doc) \
            and d.doc[left.i + 1].lower_ in _INVERTED_AUX:
        return True  # "..., as have other Democrats": the writer adds others who share the view
    return d.dep_ == "advcl" and left.lower_ in _CONTRAST_MARKS


def _concessive(d) -> bool:
    """Whether ``d`` opens a concession: a 'despite'-phrase or a 'though' / 'although' / 'even as'
    clause ("... insist they give no aid to the rebels despite the split", "..., though records
    show ...")."""
    if d.dep_ == "prep":
        return d.lower_ == "despite"
    marks = [c for c in children(d) if c.dep_ == "mark"]
    if d.dep_ == "advcl" and any(m.lower_ in ("though", "although") for m in marks):
        return True
    return d.dep_ == "advcl" and any(m.lower_ == "as" and m.i > 0 and d.doc[m.i - 1].lower_ == "even" for m in marks)


def _trailing_relatives(head) -> list:
    """Non-restrictive relative clauses (", which ..."), appositions and contrast clauses that close
    ``head``'s clause: the writer's aside about a noun in the reported content, not part of what
    was said (PolNeAR leaves them out). A closing concession ("despite X", "though Y", "even as
    Z") is the writer's too, with or without a comma (PolNeAR 5 of 7 on attribution_large)."""
    end = max(subtree_ids(head))
    out = []
    for d in subtree(head):
        if d.dep_ not in ("relcl", "advcl", "appos", "prep") or d.i == head.i:
            continue
        left = d.left_edge
        if _concessive(d) and max(subtree_ids(d)) >= end - 1:
            out.append(d)
            continue
        if _concessive(d) and left.i > 0 and d.doc[left.i - 1].text == ",":
            # "building a port, despite critics, like Ann Hale, saying ...": a concession set off by a
            # comma closes the reported words; what the writer hangs after it goes with it.
            last = max(subtree_ids(d))
            out.append(d)
            out += [t for t in subtree(head) if t.i > last and t.head.i < left.i and t.i != head.i]
            continue
        if d.dep_ == "prep":
            continue
        if left.i == 0 or d.doc[left.i - 1].text != ",":
            continue
        if not (left.lower_ in _RELATIVE_OPENERS or _trailing_aside(d, left)):
            continue
        if max(subtree_ids(d)) >= end - 1:
            out.append(d)
    return out


def _named_elsewhere(doc, word: str, para) -> bool:
    """Whether ``word`` is part of a person or organisation named outside paragraph ``para``: a
    headline "Grant: ..." speaks for the Lena Grant the article names (the parser rarely tags
    the bare headline name)."""
    return any(e.label_ in ("PERSON", "ORG") and not (para.start <= e.start_char < para.end)
               and word in e.text.split() for e in doc_ents(doc))


_NP_INNER = frozenset({"compound", "amod", "det", "poss", "nmod", "nummod", "punct", "case", "prep", "pobj"})


def _shared_subject(tok):
    """The subject of a predicate before the verb, when the parser read 'Lee backs A, opposes B' as
    a clause 'Lee backs A' reported by 'opposes': the verb follows a comma and has words of its own
    after it (a clause or an object); the earlier clause's subject is a name or a pronoun."""
    doc = tok.doc
    if tok.i == 0 or doc[tok.i - 1].text != ",":
        return None
    kids = children(tok)
    before = [c for c in kids if c.dep_ == "ccomp" and c.i < tok.i]
    if len(before) != 1 or not any(c.dep_ in ("ccomp", "dobj") and c.i > tok.i for c in kids):
        return None
    subj = next((g for g in children(before[0]) if g.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ not in ("PROPN", "PRON") or subj.lower_ in ("it", "this", "that", "there"):
        return None
    return subj


def _trailing_frame_subject(tok):
    """The speaker of a frame after its content, 'C, filings released on Sunday revealed.', '...,"
    screenwriter Lee Hart wrote on Twitter.', when the parser hung the speaker's noun phrase on the
    content: the first noun after the last comma before the verb, climbed to its phrase's head, if
    the words up to the verb are that phrase alone (no finite verb of their own)."""
    doc, start = tok.doc, sent_of(tok).start
    comma = next((j for j in range(tok.i - 1, start, -1) if doc[j].text == ","), None)
    if comma is None or tok.i - comma > 8:
        return None
    words = [t for t in doc[comma + 1:tok.i] if not t.is_punct]
    if not words or any(t.tag_ in _FINITE_TAGS for t in words):
        return None
    first = next((t for t in words if t.pos_ in ("NOUN", "PROPN")), None)
    if first is None:
        return None
    head = first
    while head.dep_ in ("compound", "amod", "nmod") and comma < head.head.i < tok.i:
        head = head.head
    return head


def _inverted_speaker(tok, body: str, quotes: list[Quote]):
    """The speaker of a verb whose subject the parser missed, next to a quotation: after the verb
    in '"...," said Lee' / '"...," wrote a reader' (hung as an object or adverb), or between the
    quotation and the verb in '"...," a source close to the board told the paper.'"""
    doc = tok.doc
    if any(q.end <= tok.idx and not body[q.end:tok.idx].strip(" ,") for q in quotes):
        first = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if first is not None and first.pos_ == "ADV" and first.is_lower:  # 'said also Lee'
            first = doc[first.i + 1] if first.i + 1 < len(doc) else None
    else:
        # '"Q," SOURCE, who ..., told X': the first word after the quotation's comma, if the
        # words up to the verb are one noun phrase with its asides (no verb of their own with a subject).
        sent_start = sent_of(tok).start_char
        q = max((q for q in quotes if q.end <= tok.idx and sent_start <= q.start), key=lambda q: q.end, default=None)
        if q is not None and body[sent_start:q.start].strip():
            q = None  # the quotation must open the sentence
        span = doc.char_span(q.end, tok.idx, alignment_mode="contract") if q is not None else None
        words = [t for t in span if not t.is_punct] if span is not None else []
        if not words or any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("relcl", "acl", "aux", "auxpass")
                            and t.head.i == tok.i for t in words):
            return None
        first = words[0]
    if first is None or first.lower_ in ("that", "it", "this"):
        return None
    if first.pos_ not in ("PROPN", "NOUN", "DET", "ADJ", "PRON") and not first.is_title:
        return None  # a capitalised name the tagger took for an adverb ('said Skelly, explaining ...') passes
    head = first
    # Climb from the first word to the head of its noun phrase ('the harbor director', 'Mara Quill').
    while head.head.i > head.i and head.dep_ in _NP_INNER and head.head.pos_ in ("PROPN", "NOUN") and head.head.i != tok.i:
        head = head.head
    return head if head.pos_ in ("PROPN", "NOUN", "PRON") or head.is_title else None


def _aside_words(tok) -> list:
    """The words of a speech verb's clause when it is an aside ("C, his aide told the paper."; "If A,
    Clinton suggested in a tweet, B."): the verb, its subject and what follows it, set off by a comma
    before and a comma or the sentence end after, with no conjunction or subordinator of its own.
    A clause the parser hung before the subject belongs to the reported words. Empty if no aside."""
    if any(c.dep_ in ("cc", "mark") for c in children(tok)):
        return []
    subj = _subject(tok)
    first = subj.left_edge.i if subj is not None and subj.i < tok.i else tok.i
    words = [t for t in tok.subtree if t.i >= first]
    while words and words[-1].is_punct:
        words.pop()
    doc = tok.doc
    if not words or first == 0 or doc[first - 1].text != ",":
        return []
    last = words[-1].i
    after = doc[last + 1] if last + 1 < len(doc) else None
    if after is not None and after.text not in (",", ".", ";", "''", '"', "”", "—", "-", "–") and not after.is_sent_start:
        return []
    return words


def _finite_clause(words) -> bool:
    """Whether ``words`` hold a main clause: a finite verb with its own subject and no subordinator
    ("Before the judge died, the court agreed" is not reported words)."""
    finite = ("VBD", "VBZ", "VBP", "MD")
    ids = {t.i for t in words}
    return any(any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i in ids for c in children(t))
               and not any(c.dep_ == "mark" for c in children(t))
               and (t.tag_ in finite or any(c.dep_ in ("aux", "auxpass") and c.tag_ in finite for c in children(t)))
               for t in words)


#: Speech verbs whose object is the one spoken about or to ("the senator she accused").
_TARGET_VERBS = frozenset({"accuse", "blame", "criticize", "criticise", "praise", "attack", "condemn", "denounce",
                           "slam", "blast", "thank", "congratulate", "mock", "urge", "ask", "tell"})

#: "railed against super PACs, including the one backing Lee": examples of the object, even after a
#: comma the parser hung on the verb, belong to it.
_EXAMPLE_PREPS = frozenset({"including", "like", "especially", "particularly"})

#: "spoke against the backdrop of ...": a setting, not what the speech opposed.
_SETTING_NOUNS = frozenset({"backdrop", "background"})

#: Nouns a relative clause describes as time, place, manner or cause, not as what was said.
_NOT_SAID_NOUNS = frozenset({"time", "times", "day", "days", "way", "moment", "year", "years", "week", "place",
                             "reason", "night", "morning", "month", "occasion", "point", "event", "meeting"})


def _object_gap_head(tok, quotes: list[Quote]):
    """The noun a speech verb's relative clause describes when that noun is what was said: the verb
    has its own (non-relative) subject and no object or clause of its own ("things he has said about
    her", "the plan she urged them to adopt"); None otherwise."""
    if tok.dep_ != "relcl" or tok.head.pos_ not in ("NOUN", "PRON") or tok.head.i > tok.i:
        return None
    if tok.head.lower_ in _NOT_SAID_NOUNS or tok.head.ent_type_ in ("DATE", "TIME"):
        return None
    if any(c.dep_ in ("dobj", "ccomp", "advmod", "dative", "nsubjpass") for c in children(tok)):
        return None
    if tok.lemma_.lower() in _TARGET_VERBS:
        return None  # "the senator she accused of ...": the noun is the one spoken about
    subj = _subject(tok, quotes)
    if subj is None or subj.lower_ in _RELATIVE or any(c.lower_ == "whose" for c in children(subj)):
        return None
    if any(c.dep_ == "prep" and not any(g.dep_ in ("pobj", "pcomp") and g.lower_ not in _RELATIVE_OPENERS | _RELATIVE
                                        for g in children(c)) for c in children(tok)):
        return None  # "those about whom he has written", "a campaign on which he pledged": the noun is no content
    return tok.head


_REFLEXIVES = frozenset({"itself", "himself", "herself", "themselves", "myself", "ourselves", "yourself"})
_AMOUNT_ENTS = frozenset({"MONEY", "CARDINAL", "QUANTITY", "PERCENT"})
#: Phrases of time and place that leave "called Lee" a phone call ("called Lee after the vote").
_CALL_TIME_PREPS = frozenset({"after", "before", "during", "in", "at", "since", "from"})


def _charge_phrase(tok):
    """The "with" phrase that names the charge of a passive verb of charging ("was charged with
    assault"), or None ("was charged in 2014" names no charge)."""
    return next((c for c in children(tok) if c.dep_ == "prep" and c.lower_ == "with" and c.i > tok.i
                 and any(g.dep_ in ("pobj", "pcomp") for g in children(c))), None)


def _document_subject(tok, quotes: list[Quote]) -> bool:
    """Whether the verb's subject is a document or data ('the poll', 'a new survey', 'the inquiry'),
    also the noun a participle or relative clause hangs on ('polls showing Lee ahead', 'the polls
    that show Lee at 10 percent'): the noun is what shows, the verb's own subject only a pronoun."""
    subj = _subject(tok, quotes)
    if subj is None and tok.dep_ == "acl" and tok.tag_ == "VBG" \
            or subj is not None and subj.lower_ in _RELATIVE and tok.dep_ == "relcl":
        subj = tok.head
    return subj is not None and subj.lower_ in source_kind_lexicon()["document_heads"] | _INQUIRY_NOUNS


def _small_clause_object(verb, obj) -> bool:
    """Whether a pronoun object has a predicate after it ("polls showing her well behind", "showed
    him in third"): the two are the finding; a bare pronoun ("showed them the letter") is no finding."""
    return obj.pos_ == "PRON" and any(c.i > obj.i and c.dep_ in ("advmod", "prep", "oprd", "acomp")
                                      for c in children(verb))


#: Inquiries that report findings like documents do ("The inquiry found ...").
_INQUIRY_NOUNS = frozenset({"inquiry", "investigation", "probe", "audit", "review", "study"})


def _time_predicates(tok) -> list:
    """A weekday or date right after a verb the parser hung on the noun before it: in "Lee called
    Friday for a recount" it may read "called Friday" as a name given ("a club called Ace", the day
    its naming predicate) or the verb as a participle describing Lee; the day is when the call was
    made."""
    if tok.dep_ != "acl":
        return []
    return [c for c in children(tok) if c.dep_ in ("oprd", "npadvmod") and c.i == tok.i + 1
            and (c.lower_ in _WEEKDAYS or c.ent_type_ in ("DATE", "TIME"))]


def _speaker_before_time(tok):
    """The speaker of 'Lee called Friday for ...' parsed as a naming participle: the noun the verb
    hangs on, or, through "of/in" phrases and appositions, the one they describe ("Cooper, Lee's
    rival in the election, called Friday for ..."). None when that is no noun."""
    head = tok.head
    for _ in range(4):
        if head.dep_ == "pobj" and head.head.dep_ == "prep":
            head = head.head.head
        elif head.dep_ == "appos":
            head = head.head
        else:
            break
    return head if head.pos_ in ("PROPN", "NOUN", "PRON") else None


#: Subordinators of a clause that only dates an act ("called Lee a fraud after the vote was held").
_TIME_MARKS = frozenset({"after", "before", "when", "while", "once", "until", "since"})


def _time_clause(clause) -> bool:
    """Whether an adverbial clause is opened by a time subordinator: when the act happened, not what
    was said. It neither joins the content after an object nor makes "called Lee" more than a phone
    call ("called Lee shortly after the result was declared")."""
    return any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in children(clause))


#: Particles that make "call" an act rather than words: call off (cancel), call in, call up (summon), call back.
_CALL_ACT_PARTICLES = frozenset({"off", "in", "up", "back", "down"})
#: Events one calls (convenes or orders), as object or passive subject of "call": no words are reported.
_CALLED_EVENTS = frozenset({"strike", "walkout", "election", "referendum", "vote", "meeting", "session", "summit",
                            "halt", "truce", "ceasefire", "recess", "boycott", "protest", "rally"})


def _leading_time(clause, cue_i: int) -> list:
    """The time phrase right after the cue that the parser hung on the reported clause before its subject ("said on
    Saturday it had retaken the bridge", "said Tuesday the talks had failed"): the time of the saying, not part of
    what was said; empty when there is none."""
    if clause.dep_ != "ccomp" or clause.i < cue_i:
        return []
    subj = next((g for g in children(clause) if g.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subj is None:
        return []
    out = []
    for g in children(clause):
        if g.i >= subj.i or g.left_edge.i != cue_i + 1 or g.dep_ not in ("prep", "npadvmod"):
            continue
        heads = [g] if g.dep_ == "npadvmod" else [p for p in children(g) if p.dep_ == "pobj"]
        if heads and all(h.ent_type_ in ("DATE", "TIME") or h.lower_ in _WEEKDAYS for h in heads):
            out.append(g)
    return out


#: What one claims by taking it, not by saying so ("claim the nomination", "claimed the title", "claimed six lives"; and
#: a place: "Prussia claimed Saxony").
_CLAIMED_THINGS = frozenset({"nomination", "title", "crown", "throne", "seat", "prize", "medal", "gold", "silver",
                             "bronze", "championship", "trophy", "cup", "life", "spot", "place", "pole", "lead",
                             "majority", "jackpot", "inheritance", "estate", "land", "territory", "top"})


#: Nouns of a body one speaks to ("told the council", "told the court").
_HEARER_NOUNS = frozenset({"council", "committee", "court", "jury", "crowd", "audience", "nation", "country", "press",
                           "board", "panel", "house", "senate", "congress", "parliament", "assembly", "meeting"})


def _hearer(tok) -> bool:
    """``tok`` may be the one spoken to: people ("the troops", "reporters"), a person or body by name, a pronoun for
    them, or a body one addresses ("the council"); not a thing said ("goodbye", "the question")."""
    return tok.tag_ in ("NNS", "NNPS") or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") \
        or tok.pos_ == "PRON" and tok.lower_ not in ("it", "this", "that", "what") or tok.lemma_.lower() in _HEARER_NOUNS


def _not_a_speech_use(tok, lemma: str) -> bool:
    """Uses of four communication verbs that report no words: "call" with only a person as object
    (a phone call: "called Lee after the vote"), a reflexive one ("a group calling itself X": a
    name, not a claim) or a particle that makes it an act ("called off the strike"); "offer" with an amount or a recipient ("offered $5 million", "offering
    voters free rides": a gift, not words); "deny" with a recipient ("denied him a visa": a thing withheld); "claim"
    with a thing taken as object ("claim the nomination", "claimed six lives")."""
    if lemma not in ("call", "offer", "deny", "claim"):
        return False
    kids = list(children(tok))
    if lemma == "claim":
        # "to claim the Republican nomination", "claimed the title", "the fire claimed six lives": a thing taken
        return any(c.dep_ == "dobj" and (c.lemma_.lower() in _CLAIMED_THINGS or c.ent_type_ in ("GPE", "LOC")) for c in kids)
    if lemma == "deny":
        # "denied him a visa", "denying Trump 66 delegates" (the parser's name modifier of the counted object): a thing
        # withheld from someone, no claim denied
        return any(c.dep_ == "dative" for c in kids) or any(
            c.dep_ == "dobj" and any(g.dep_ == "nmod" and g.pos_ == "PROPN" and g.i < c.i for g in children(c))
            and any(g.like_num for g in c.subtree) for c in kids)
    if lemma == "call":
        if any(c.dep_ == "prt" and c.lower_ in _CALL_ACT_PARTICLES for c in kids):
            return True  # "called off the strike", "called in sick", "called up reservists": an act, no words
        if any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _CALLED_EVENTS for c in kids):
            return True  # "called a strike", "the election was called for May": an event set, no words
        objs = [c for c in kids if c.dep_ == "dobj"]
        if any(c.lower_ in _REFLEXIVES for c in objs):
            return True
        after = [tok.doc[c.right_edge.i + 1] for c in objs if c.right_edge.i + 1 < len(tok.doc)]
        return bool(objs) and all(c.ent_type_ == "PERSON" or c.pos_ == "PROPN" or c.lower_ in ("him", "her", "them", "me", "us")
                                  for c in objs) \
            and not any(c.dep_ in ("oprd", "xcomp", "ccomp", "prt") or c.dep_ == "advcl" and not _time_clause(c)
                        or c.dep_ == "prep" and c.lower_ not in _CALL_TIME_PREPS for c in kids) \
            and not any(t.is_quote or t.pos_ in ("DET", "NOUN", "ADJ") for t in after) \
            and not any(t.is_quote or t.dep_ in ("appos", "det") and t.i > c.i for c in objs for t in c.subtree)  # 'called Lee "a hero"', 'called Lee a hero'
    if lemma == "offer":
        # A recipient noun ("offering voters free rides"), not "to the families" nor a possessive "her".
        return any(c.dep_ == "dative" and c.pos_ != "ADP" and c.lower_ != "her" for c in kids) or any(c.dep_ == "dobj" and (c.ent_type_ in _AMOUNT_ENTS or c.like_num)
                                                             for c in kids)
    return False


def _prenominal_participle(tok) -> bool:
    """A participle between a determiner, number, adjective or list comma and the noun it modifies
    ('271 pledged delegates', 'regular, pledged delegates'), which the parser took for a verb."""
    doc = tok.doc
    if tok.tag_ not in ("VBN", "VBD", "JJ") or tok.i == 0 or tok.i + 1 >= len(doc):
        return False
    prev, nxt = doc[tok.i - 1], doc[tok.i + 1]
    # The neighbours first: they rule out nearly every cue without the subject look-up.
    return (prev.pos_ in ("DET", "NUM", "ADJ") or prev.tag_ == "PRP$" or prev.text == ",") \
        and nxt.pos_ == "NOUN" and nxt.head.i == tok.i and _subject(tok) is None \
        and not any(c.dep_ == "aux" for c in children(tok))


def _unrealised(tok) -> bool:
    """A speech verb in a to-infinitive that names no speech act: under a verb of wanting, trying or
    planning ("wants to argue", "tried to tell us", "plans to call for") or in the writer's own "it is
    hard to say" / "it's safe to say". (Refusals, "declined to comment", are cues of their own.)"""
    if tok.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in children(tok)):
        return False
    head = tok.head
    if head.i == tok.i:
        return False
    if tok.dep_ in ("xcomp", "ccomp", "advcl") and head.lemma_.lower() in cue_lexicon()["unrealised_heads"]:
        # "trying to persuade voters that ...": persuading is always an attempt; what the speaker
        # argues is reported all the same (PolNeAR).
        return tok.lemma_.lower() not in _PERSUASION_VERBS
    # The lemmatizer leaves a curly "it’s" without the lemma "be".
    is_be = head.lemma_.lower() == "be" or head.lower_ in ("’s", "'s") and head.tag_ == "VBZ"
    return is_be and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in children(head))


def _anonymity_clause(c) -> bool:
    """A passive "to be named / identified / quoted" ("refused to be identified"): the speaker's anonymity, no content."""
    return c.lemma_.lower() in ("name", "identify", "quote") and any(g.dep_ == "auxpass" for g in children(c))


def _refused_speech(tok):
    """The speech verb a refusal governs ("declined *to comment*"), or None."""
    lex = cue_lexicon()
    if tok.lemma_.lower() not in lex["refusal_verbs"]:
        return None
    wanted = lex["speech_verbs"] | lex["weak_speech_verbs"] | lex["refusal_complements"]
    # not "declined to be named": the speaker's anonymity, no speech
    return next((c for c in children(tok) if c.dep_ == "xcomp" and c.lemma_.lower() in wanted and not _anonymity_clause(c)),
                None)


def _refusal_cand(tok, quotes: list[Quote]) -> list[Candidate]:
    act = _refused_speech(tok)
    subj = _subject(tok, quotes)
    source = _unwrap_source(subj) if subj is not None else _climb_subject(tok)
    if source is None:
        return []
    content, cue = subtree_span(act), _cue_span(tok)
    target = _refused_target(act)
    if target is not None:
        # "declined to endorse Lee", "refused to comment on the report": the target is the content,
        # the refused act part of the cue (PolNeAR).
        content, cue = trim_span(tok.doc.text, subtree_span(target)) or subtree_span(target), (cue[0], act.idx + len(act.text))
    return [Candidate(source, cue, [content], "verb_refusal", 0, cue_tok=tok,
                      extra={"direct_subject": subj is not None})]


def _refused_target(act):
    """The object (or on/about phrase) of a refused act aimed at a target, or None."""
    if act.lemma_.lower() not in cue_lexicon()["refusal_target_verbs"]:
        return None
    obj = next((c for c in children(act) if c.dep_ == "dobj" and c.lower_ not in ("it", "that", "this")), None)
    if obj is not None:
        return obj
    prep = next((c for c in children(act) if c.dep_ == "prep" and c.lower_ in ("on", "about")), None)
    return next((g for g in children(prep) if g.dep_ in ("pobj", "pcomp")), None) if prep is not None else None


#: Speech nouns of commitment whose to-infinitive is the content ("his promise to build a dock").
_COMMISSIVE_NOUNS = frozenset({"promise", "pledge", "vow"})


def noun_cands(doc, body: str, scope: str) -> list[Candidate]:
    """Candidates from speech nouns: "the ministry's statement that ...", "a message from X saying ..."."""
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
        pron = None
        if src is tok:
            # "his complaints that the board was unfair": a pronoun holder, resolved like a subject.
            pron = next((c for c in children(tok) if c.dep_ == "poss" and c.lower_ in ("his", "her", "their")), None)
            if pron is None:
                continue
            src = pron
        content = None
        for c in children(tok):
            if c.dep_ in ("acl", "ccomp", "relcl") and (c.tag_ == "VBG" and pron is None
                                                        or any(g.lower_ == "that" and g.dep_ == "mark" for g in children(c))):
                content = subtree_span(c)
        if content is None and tok.lemma_.lower() in _COMMISSIVE_NOUNS:
            # "his promise to build a dock": what was promised.
            content = next((subtree_span(c) for c in children(tok) if c.dep_ == "acl" and c.i > tok.i
                            and any(g.dep_ == "aux" and g.lower_ == "to" for g in children(c))), None)
        if pron is not None and content is None:
            continue
        if content is None and tok.dep_ in ("dobj", "pobj", "nsubj"):
            verb = tok.head if tok.dep_ != "pobj" else tok.head.head
            for c in children(verb):
                if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG" and c.i > tok.i and c.lemma_.lower() in speech:
                    content = subtree_span(c)
                    break
        if content is None:
            continue
        content = trim_span(body, content)
        if content:
            out.append(Candidate(src, span_of([tok]), [content], "noun", 2, cue_tok=tok))
    if scope == "broad":
        out += _stance_noun_cands(doc, body)
    return out


def _stance_noun_cands(doc, body: str) -> list[Candidate]:
    """Broad scope: "expressed support for the plan", "Support for the levy has grown": the holder is
    the subject of the verb the noun is the object of (or a name on the noun, or no one named), the
    content what follows "for". A possessor's standing support ("his support for Lee", "reiterated
    their support for Lee") describes a known position: PolNeAR annotates 2 of 12 on attribution_large."""
    stance = cue_lexicon()["stance_nouns"]
    out = []
    for i in [i for i, lem in enumerate(doc_lemma_lowers(doc)) if lem in stance]:
        tok = doc[i]
        if tok.pos_ != "NOUN":
            continue
        pfor = next((c for c in children(tok) if c.dep_ == "prep" and c.lower_ == "for"), None)
        pobj = next((g for g in children(pfor) if g.dep_ in ("pobj", "pcomp")), None) if pfor is not None else None
        if pobj is None:
            continue
        if any(c.dep_ == "poss" for c in children(tok)):
            continue  # "his support for Lee", "reiterated their support for Lee": a standing position described
        src = next((c for c in children(tok) if c.dep_ in ("compound", "amod")
                        and c.ent_type_ in ("ORG", "GPE", "NORP", "PERSON")), None)
        if src is None and tok.dep_ == "dobj":
            src = _subject(tok.head)
        implicit = False
        if src is None:
            if tok.dep_ == "pobj" or tok.lemma_.lower() not in _HOLDERLESS_STANCE_NOUNS:
                continue  # "estimates of support for a candidate", "the lack of any support for the claim"
            # "Support for the levy has grown", "rallies to drum up support for his wife": a stance
            # held by people the text does not name (PolNeAR: content the for-phrase, no source).
            implicit = True
        content = trim_span(body, subtree_span(pobj))
        if content:
            out.append(Candidate(src, span_of([tok, pfor]), [content], "noun_stance", 2, cue_tok=tok,
                                 extra={"implicit": implicit}))
    return out


#: Stance nouns that are attributions even without a named holder ("Support for Lee has grown").
_HOLDERLESS_STANCE_NOUNS = frozenset({"support", "backing", "opposition"})

_ACCORDING_WORDS = frozenset({"according", "per", "citing", "quoting"})


def according_cands(doc, body: str, para_start=lambda i: 0, para_end=lambda i: 10**9) -> list[Candidate]:
    """Candidates from "according to X", "per X", "citing X", "quoting X"."""
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
            pobj = next((c for c in children(to) if c.dep_ == "pobj"), None)
            if pobj is None:
                pobj = next((c for c in children(tok) if c.dep_ == "pobj"), None)
        elif low == "per" and tok.dep_ == "prep":
            prev = doc[tok.i - 1] if tok.i > 0 else None
            if prev is not None and prev.text not in (",", "(", "—") and not tok.is_sent_start:
                continue
            pobj = next((c for c in children(tok) if c.dep_ == "pobj"), None)
            skl = source_kind_lexicon()
            known = skl["document_heads"] | skl["person_roles"] | skl["media_words"] | skl["government_words"] | skl["organisation_words"] | skl["military_words"]
            if pobj is None or pobj.like_num or pobj.pos_ == "NUM" or (pobj.pos_ != "PROPN" and not pobj.ent_type_ and pobj.lemma_.lower() not in known):
                continue
        elif low in ("citing", "quoting") and tok.dep_ in ("advcl", "xcomp", "acl", "conj"):
            pobj = next((c for c in children(tok) if c.dep_ == "dobj"), None)
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
        tail = _source_tail(doc, sent, max(t.i for t in ptoks)) if comma is None and starts_clause and low == "according" \
            else []
        if tail:  # "According to court filings reviewed by the newspaper, ...": the participle is the source's
            ptoks += tail
        phrase = span_of(ptoks)
        # The phrase with the commas around it is a hole in the sentence (clipped to its paragraph).
        lo, hi = span_of(list(sent))  # type: ignore[misc]
        lo, hi = max(lo, para_start(tok.idx)), min(hi, para_end(tok.idx))
        pieces = [p for p in (trim_span(body, p) for p in span_pieces(doc, lo, hi, [phrase])) if p]
        wordy = [p for p in pieces if any(ch.isalnum() for ch in body[p[0]:p[1]])]
        interrupts = any(p[1] <= phrase[0] for p in wordy) and any(p[0] >= phrase[1] for p in wordy)
        # A one-word piece is kept when it is the subject of a clause the phrase interrupts
        # ("Fundraising, according to the campaign, has surged"); otherwise a stray word ("But, ...").
        pieces = [p for p in wordy if len(body[p[0]:p[1]].split()) >= 2 or len(body[p[0]:p[1]]) > 12
                  or interrupts and _is_nominal(doc, p)]
        if not pieces:
            continue
        before = [p for p in pieces if p[1] <= phrase[0]]
        root = sent.root
        after_participle = any(t.tag_ == "VBG" and t.dep_ in ("advcl", "xcomp") and t.idx >= phrase[1]
                               and doc[t.i - 1].text == "," for t in sent if t.idx < hi) and len(pieces) == 2
        if before and len(before) < len(pieces) and any(s <= root.idx < e for s, e in before) and not root.is_punct \
                and not (after_participle and body[phrase[1]:phrase[1] + 2].startswith(",")):
            # "C, according to X, even as D" / "C, according to X - despite D": the main clause
            # is before the phrase; what follows is the writer's own aside, not X's content.
            pieces = before
        src = _unwrap_source(pobj)
        given = span_of([t for t in src.subtree if t.i > cue_toks[-1].i] + tail) if tail else None
        out.append(Candidate(src, span_of(cue_toks), pieces, "according_to", 1, according=True, cue_tok=tok,
                             source_span=given))
    return out


def _source_tail(doc, sent, last: int) -> list:
    """The words between an opening "according to X" phrase (ending at token ``last``) and the first comma after it
    when they are no clause of their own ("According to court filings reviewed by the newspaper, ...": the parser hung
    the participle on the main verb): no subject and no finite verb among them; else none."""
    comma = next((t for t in doc[last + 1:sent.end] if t.text == ","), None)
    if comma is None or comma.i == last + 1:
        return []
    tail = list(doc[last + 1:comma.i])
    if any(t.dep_ in ("nsubj", "nsubjpass", "expl") or t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in tail):
        return []
    return tail


def _is_nominal(doc, piece: tuple[int, int]) -> bool:
    span = doc.char_span(piece[0], piece[1], alignment_mode="expand")
    return span is not None and len(span) > 0 and (span.root.pos_ in ("NOUN", "PROPN", "PRON", "NUM")
                                                   or span.root.dep_ in ("nsubj", "nsubjpass", "csubj"))


def colon_cands(doc, body: str, article: Article) -> list[Candidate]:
    """Candidates from paragraphs that open with a speaker label: "PENCE: ...", "Name: ..."."""
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
        if not (caps or (titled and ents and propn) or (titled and _named_elsewhere(doc, words[-1], para))):
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
        content = trim_span(body, (m.end(), end))
        if not content:
            continue
        src = span.root if span is not None else None
        cand = Candidate(src, (colon, colon + 1), [content], "colon", 2, source_span=(ls, le))
        out.append(cand)
    return out + _name_colon_quote_cands(doc, body, article, {c.cue for c in out})


def _name_colon_quote_cands(doc, body: str, article: Article, taken) -> list[Candidate]:
    """Inside a paragraph, a named person or organisation, a colon and a quotation: "More from
    Jones: "..."", "- Mark Lee and Jon Cole: "..."" (news digests quote their sources this way)."""
    out = []
    for e in doc_ents(doc):
        if e.label_ not in ("PERSON", "ORG") or e.end >= len(doc) - 1:
            continue
        colon = doc[e.end]
        if colon.text != ":" or (colon.idx, colon.idx + 1) in taken or not body[colon.idx + 1:colon.idx + 4].lstrip()[:1] in ("“", '"'):
            continue
        para = next((p for p in article.paragraphs if p.start <= colon.idx < p.end), None)
        content = trim_span(body, (colon.idx + 1, para.end if para is not None else sent_of(colon).end_char))
        if content:
            out.append(Candidate(e.root, (colon.idx, colon.idx + 1), [content], "colon", 2, source_span=(e.start_char, e.end_char)))
    return out
