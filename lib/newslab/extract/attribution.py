"""Source attribution: who is cited for what.

Rules over the one spaCy parse, in these modules:

- :mod:`newslab.extract.attribution_cues`: the cue rules (speech verbs, speech nouns, "according to",
  "NAME:" lines), each giving a cue, a source token and a content span;
- :mod:`newslab.extract.attribution_topics`: speech nouns with a topic ("his attacks on the judge");
- :mod:`newslab.extract.attribution_frames`: any verb framing a quotation ('"Q!" the crowd chanted');
- :mod:`newslab.extract.attribution_headlines`: title-case headlines ("Lee Slams Port Board");
- :mod:`newslab.extract.attribution_lightverbs`: "made (it) clear that", "made the case for";
- :mod:`newslab.extract.attribution_phrasal`: "weighed in on", "took a swipe at", "sided with";
- :mod:`newslab.extract.attribution_leadins`: 'X was blunt: "..."' (a clause, a colon, a quotation) and
  'Their argument: C' (a speech noun, a colon);
- :mod:`newslab.extract.attribution_predicates`: stance adjectives ('are worried that'; broad scope
  'was eager to vote', 'critical of');
- :mod:`newslab.extract.attribution_construals`: 'farmers see the tax as a threat' (every scope), and
  broad scope passive beliefs ('Lee is expected to win');
- :mod:`newslab.extract.attribution_quotes`: contents grow to their quotations, quotations around "he
  said" join, quote-only paragraphs inherit the previous speaker (quote marks from
  :mod:`newslab.extract.quotes`);
- :mod:`newslab.extract.attribution_sources`: the source phrase, resolved to the article's actors, and
  its kind;
- :mod:`newslab.extract.attribution_dedupe`: one row per cue, and one of two rows with near-identical
  contents;
- this module: runs the rules, drops nested and relayed rows, and builds the table.

Communication verbs that are cues only about half the time (defend, blame, offer, ...) and the few
cognition verbs PolNeAR annotates nearly always (think, believe, feel, refuse, worry, oppose) count in
every scope. ``scope="broad"`` adds the other cognition and intention cues (want, plan, hope,
expect, fear, support, ...) and stance adjectives ("are worried that"), which PolNeAR also
annotates. Source kinds are documented in :data:`SOURCE_KINDS`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pandas as pd

from .tables import make_table
from .attribution_construals import construal_cands, passive_belief_cands
from .attribution_cues import Candidate, according_cands, colon_cands, noun_cands, verb_cands
from .attribution_dedupe import dedupe
from .attribution_frames import frame_cands
from .attribution_headlines import headline_cands
from .attribution_leadins import leadin_colon_cands, noun_colon_cands
from .attribution_lightverbs import cast_cands, make_cands
from .attribution_phrasal import phrasal_cands
from .attribution_predicates import stance_adjective_cands
from .attribution_topics import topic_noun_cands
from .attribution_quotes import attach_quotes, inherit_speakers, speech_quotes
from .attribution_spans import drop_leading_connective, drop_leading_dateline
from .actor_lexicons import PRONOUN_GENDER
from .attribution_sources import SourceResolver, classify_source, resolve_source
from .docindex import children
from .quotes import Quote, quoted_chars, quotes_of
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


def extract_attributions(doc, article: Article, actors: ActorSet, scope: str = "speech") -> pd.DataFrame:
    """Attributions (source, cue, content, kind, source kind) with their spans.

    ``scope``: ``"speech"`` (default) for speech, writing and "according to"; ``"broad"`` adds
    cognition and intention cues (believe, think, want, plan, hope, expect, fear, ...) and stance
    adjectives.
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
    quotes = list(quotes_of(body))
    squotes = speech_quotes(body, quotes)
    para_end = _para_end_fn(article)
    para_start = _para_start_fn(article)
    cands: list[Candidate] = []
    rules = [lambda: verb_cands(doc, body, squotes, para_end, scope, para_start), lambda: noun_cands(doc, body, scope),
             lambda: according_cands(doc, body, para_start, para_end), lambda: colon_cands(doc, body, article),
             lambda: leadin_colon_cands(doc, body, squotes), lambda: noun_colon_cands(doc, body, para_end),
             lambda: make_cands(doc, body), lambda: cast_cands(doc, body),
             lambda: topic_noun_cands(doc, body), lambda: headline_cands(doc, body, article),
             lambda: frame_cands(doc, body, squotes), lambda: phrasal_cands(doc, body, quotes),
             lambda: construal_cands(doc, body, scope), lambda: stance_adjective_cands(doc, body, scope)]
    if scope == "broad":
        rules.append(lambda: passive_belief_cands(doc, body))
    for fn in rules:
        try:
            cands.extend(fn())
        except Exception:  # noqa: BLE001
            import logging

            logging.getLogger(__name__).exception("attribution rule failed on %s", article.id)
    attach_quotes(cands, body, squotes, doc, quotes)
    notes = _editor_notes(article)
    cands = [c for c in cands if c.fragments and not _cue_inside_own_quote(c, squotes) and not _empty_content(c, body)
             and not any(s <= c.cue[0] < e for s, e in notes)]
    kept = dedupe(cands)
    kept = _relayed_quotes(kept)
    kept.extend(inherit_speakers(kept, body, squotes, doc, article))
    kept = _drop_nested(kept, body, quotes)
    for c in kept:
        if "colon" not in c.rule:  # "LEE: But the plan ...": a speaker's line keeps all its words
            c.fragments.sort()
            c.fragments[0] = drop_leading_connective(body, drop_leading_dateline(body, c.fragments[0]))
    kept.sort(key=lambda c: (c.content[0], c.cue[0]))
    return _rows(kept, doc, body, actors, quotes)


def _relayed_quotes(kept: list[Candidate]) -> list[Candidate]:
    """'"Q," Lee said, according to the Herald.': the paper relays Lee's words. PolNeAR marks one
    attribution, with the paper as source and 'according to' as cue, and the quotation (not 'Lee
    said') as content; so the speech verb's row takes the phrase's source and cue, and the
    phrase's own row (whose content would be the quotation and 'Lee said') goes."""
    out = []
    for c in kept:
        verb = c.cue_tok.head if c.according and c.cue_tok is not None and c.cue_tok.lower_ == "according" \
            and c.cue_tok.dep_ == "prep" else None
        host = next((k for k in kept if verb is not None and k is not c and k.cue_tok is not None and k.cue_tok.i == verb.i and k.rule.startswith("verb")
                     and not k.according and verb.i < c.cue_tok.i and k.source_tok is not None
                     and k.source_tok.i < verb.i and all(e <= verb.idx or s > c.cue[1] for s, e in k.fragments)), None)
        if host is None:
            out.append(c)
            continue
        host.source_tok, host.cue, host.according, host.source_span = c.source_tok, c.cue, True, c.source_span
    return out


#: Where a cue inside another attribution's reported words is its own attribution: a main clause
#: or an adverbial one; a complement, relative or conjoined clause is part of what was reported.
_NESTED_OWN_DEPS = frozenset({"ROOT", "advcl", "parataxis", "amod"})


def _writer_judgement(c: Candidate) -> bool:
    """Whether a row is the writer's own judgement, with no source in the text: a raising verb, a
    passive belief, a construal held by no one named ('a state seen as vital')."""
    return c.rule in ("verb_raising", "verb_passive_belief") or c.rule == "verb_construal" and c.extra.get("implicit")


def _drop_nested(kept: list[Candidate], body: str, quotes: list[Quote]) -> list[Candidate]:
    """Attributions whose cue is subordinate inside another one's indirect content are part of that
    content, not attributions of their own: in "Lee said the attacks show the threat is real" or
    "... told voters who said they were angry", PolNeAR annotates only the outer one. Inside an
    "according to" content even a main clause's cue is part of it ("According to the poll, 51
    percent said they would vote for Lee"). Noun cues keep their rows ("support for" in "She
    expressed support for the plan"; a message an "according to" content reports), and so does a
    cue inside the writer's own judgement ("Lee, who backed the plan, appeared to win")."""
    def indirect(c: Candidate) -> bool:
        return quoted_chars(quotes, *c.content) < 0.5 * sum(e - s for s, e in c.fragments)

    # The writer's own judgement ('Lee, who backed the plan, appeared to win': a raising verb, a
    # passive belief, no source) reports no one's words: a cue inside it keeps its row.
    reported = {id(k) for k in kept if indirect(k) and not _writer_judgement(k)}  # once each
    out = []
    for c in kept:
        s, e = c.cue
        outer = [k for k in kept if k is not c and id(k) in reported and any(fs <= s and e <= fe for fs, fe in k.fragments)
                 and not any(fs <= k.cue[0] and k.cue[1] <= fe for fs, fe in c.fragments)]
        if outer and c.cue_tok is not None and (c.rule.startswith("verb") or c.rule == "noun_topic") \
                and (c.cue_tok.dep_ not in _NESTED_OWN_DEPS or any(k.according for k in outer)
                     or _subordinate_adverbial(c.cue_tok)) \
                and not (_means_of_act(c.cue_tok) and all(k.extra.get("broad") for k in outer)):
            continue
        out.append(c)
    return out


#: Subordinators that make an adverbial clause part of the clause it hangs on ("because she did not
#: believe ...", "while talking about ...", "if he thought ..."), unlike a bare participle ("...,
#: adding that ...") or "as" ("as the paper noted"), whose cue is an act of its own.
_SUBORDINATORS = frozenset({"because", "while", "since", "although", "though", "when", "if", "after", "before",
                            "until", "unless", "whether"})


def _subordinate_adverbial(tok) -> bool:
    """Whether the cue heads an adverbial clause opened by a subordinator: inside another attribution's
    reported words ("Lee said she stayed away because she did not believe she could stay calm") it is
    part of them (PolNeAR does not nest it)."""
    return tok.dep_ == "advcl" and any(g.dep_ in ("mark", "advmod") and g.lower_ in _SUBORDINATORS and g.i < tok.i
                                       for g in children(tok))


def _means_of_act(tok) -> bool:
    """Whether the cue is a by-phrase's participle, the means of the act it hangs on: in "sought to calm
    the town by pledging repairs" the pledge was made, whatever the wish around it (PolNeAR annotates
    both); a speech act reported inside another speech act stays part of it."""
    return tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.lower_ == "by"


#: A paragraph that opens with an editor's note ("Editor’s note: ..."): the outlet's own boilerplate.
_EDITOR_NOTE = re.compile(r"editor[’'`]?s?[\s\u00a0]*note\b", re.IGNORECASE)


def _editor_notes(article: Article) -> list[tuple[int, int]]:
    """Spans of paragraphs that open with an editor's note: the outlet speaks in its own voice there
    (a standing disclaimer about a candidate), and PolNeAR annotates nothing in them."""
    return [(p.start, p.end) for p in article.paragraphs if _EDITOR_NOTE.match(article.body, p.start, p.end)]


#: One-word contents that report nothing: a reflexive object ("defend itself", "celebrating
#: itself") or the "to" of an elided infinitive ("any religion they wanted to").
_EMPTY_CONTENTS = frozenset({"to", "itself", "himself", "herself", "themselves", "myself", "ourselves", "yourself"})


#: A whole content that is only a social-media handle or a web address: an author's line ("He tweets
#: @lee_h.", "Twitter: @lee_h"), an address given, not words reported.
_HANDLE_ONLY = re.compile(r"(?:@\w+|https?://\S+|www\.\S+)[.]?")


def _empty_content(c: Candidate, body: str) -> bool:
    """Whether the candidate's whole content is one word that reports nothing (``_EMPTY_CONTENTS``) or
    only a handle or web address."""
    text = " ".join(body[s:e].strip() for s, e in c.fragments)
    return text.lower() in _EMPTY_CONTENTS or _HANDLE_ONLY.fullmatch(text) is not None


def _cue_inside_own_quote(c: Candidate, squotes: list[Quote]) -> bool:
    """Whether the cue sits inside a quotation that its own content grew to: '"If they want to argue
    that, fine," Lee said' is Lee's attribution, not one cued by 'argue' whose content is the quote."""
    s, e = c.cue
    return any(q.inner_start <= s and e <= q.inner_end and any(fs <= q.start and q.end <= fe for fs, fe in c.fragments)
               for q in squotes)


def _kind(c: Candidate, body: str, quotes: list[Quote]) -> str:
    if c.according:
        return "according_to"
    total = sum(len(body[s:e].strip()) for s, e in c.fragments)
    inq = sum(quoted_chars(quotes, s, e) for s, e in c.fragments)
    if total and inq >= 0.9 * total:
        return "direct"
    if any(quoted_chars([q], s, e) > 0 and q.words(body) >= 1 for q in quotes for s, e in c.fragments):
        return "mixed"
    return "indirect"


def _clip_to_paragraph(span: tuple[int, int], anchor: int, body: str) -> tuple[int, int]:
    """The source phrase within the paragraph of its head word: a parse that runs a sentence over a
    paragraph break ('said Lee, president of the union.' + next paragraph) must not carry the next
    paragraph's words into the source."""
    s, e = span
    if "\n\n" not in body[s:e] or not s <= anchor < e:
        return span
    lo = body.rfind("\n\n", s, anchor)
    hi = body.find("\n\n", anchor, e)
    s = lo + 2 if lo >= 0 else s
    e = hi if hi >= 0 else e
    while e > s and body[e - 1].isspace():
        e -= 1
    while s < e and body[s].isspace():
        s += 1
    return (s, e) if e > s else span


def _reported_genders(kept: list[Candidate], body: str, actors: ActorSet) -> dict[str, str]:
    """``actor_id`` -> "m"/"f" for each named person the article reports as saying "he"/"she" of themself: "Clinton
    said she favors ...", "Sanders told reporters that he would ..." (the reported subject is the speaker, as news
    writes it); a person reported with both is left out."""
    seen: dict[str, set] = {}
    for c in kept:
        tok = c.source_tok
        if tok is None or tok.pos_ != "PROPN" or not c.fragments:
            continue
        s, e = min(c.fragments)
        words = body[s:min(e, s + 20)].split()
        if words and words[0].lower() == "that":
            words = words[1:]
        gender = PRONOUN_GENDER.get(words[0].lower()) if words and words[0].lower() in ("he", "she") else None
        actor = actors.at(tok.idx, tok.idx + len(tok.text)) if gender else None
        if actor is not None and actor.type == "PERSON":
            seen.setdefault(actor.actor_id, set()).add(gender)
    return {k: v.pop() for k, v in seen.items() if len(v) == 1}


def _rows(kept: list[Candidate], doc, body: str, actors: ActorSet, quotes: list[Quote]) -> list[dict]:
    from .interaction_gender import person_genders  # (reads the actors' module, which needs spaCy: on use)

    genders = person_genders(doc, actors) if doc is not None else {}
    resolver = SourceResolver(actors, body, {**_reported_genders(kept, body, actors), **genders})
    resolver.quotes = [(q.inner_start, q.inner_end) for q in quotes]
    rows = []
    prev_actor = None
    cues = [c.cue for c in kept]
    for c in kept:
        avoid = list(c.fragments) + [c.cue]
        others = [k for k in cues if k != c.cue]
        name, actor, sspan = resolve_source(c.source_tok, c.source_span, c.rule == "colon", resolver, prev_actor, body,
                                            avoid, others)
        if sspan and c.source_tok is not None:
            sspan = _clip_to_paragraph(sspan, c.source_tok.idx, body)
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
                actor_kind=getattr(actor, "kind", None),
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
