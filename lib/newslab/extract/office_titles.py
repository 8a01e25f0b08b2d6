"""Offices and bodies named with their state: "President of the United States" as a person mention
of its own, "the United States Congress" as one organisation mention.

A capitalised title held "of" a state, place or organisation ("Emperor of the United States",
"the 46th President of the United States", "Mayor of Baltimore", "Director of the FBI") names a
person, the office's holder: the GUM gold marks the whole phrase as one PERSON mention (kb_id the
holder, or the office's own page when no holder is meant) with the place nested inside it. The extractor's own title-only rule
(``actor_titles.title_only``) takes such a phrase only after "the", "as" or a pointing determiner;
this one takes the others: after a comma ("Donald Trump, President of the United States"), an
ordinal ("the 46th President"), "of" ("the Office of President of ..."), a quotation mark or at
the start of a sentence. Without it the only mention there is the place's, and the place actor
(across the corpus: the state) takes the office's gold mention.

* After "<name>, " the phrase is an apposition: it joins that person (as "The Minister for
  Central Asia, Tobias Ellwood," does in ``title_only``).
* Otherwise it is a title-only person keyed by its title: it joins its article's earlier holder
  of the same office (``actors._merge``), and across articles the one named holder of the bare
  role in its article, else stays in its article (``identity``).
* In a headline in title case the model may end an organisation with the title ("... the Office of President |
  of the United States"): the title still heads the office phrase, which then overlaps that organisation.
* The place keeps its own nested mention (the gold nests it too); a phrase followed by a name
  ("President of France Emmanuel Macron") is the name's title, not an office on its own.

The same office named before its title ("the United Nations Secretary-General", "the French
President", "the U.S. Secretary"): a capitalised title right after an organisation or state
mention or a state's demonym, with no name after it, is a title-only person whose mention starts
with the owner's; the owner keeps its nested mention.

A transcript's speaker line naming an office in capitals ("THE PRESIDENT:", "THE VICE PRESIDENT:") is a
title-only person too, which joins its article's earlier holder of the office ("President Joe Biden").

Bodies: the small model often splits "the United States Congress" or "the French Senate" into the
state (or a demonym, dropped as a modifier) and a bare "Congress"/"Senate". A body head of
``data/corpus_state_bodies.csv`` right after a state mention or a state's demonym is one
organisation mention named with the state ("United States Congress", "French Senate"), so that
``identity`` keys it by state and head; the state keeps its nested mention. Without it the gold's
whole phrase goes to the state (the larger overlap), and "the French Senate" would be the bare
"Senate", which ``identity`` reads as the US one.
"""

from __future__ import annotations

import re

from .actor_lexicons import Lexicons, country_iso3
from .actor_titles import Mention
from .actor_parse import span_text
from .docindex import doc_ents, doc_lowers, doc_words
from .identity_states import body_heads

#: Determiners kept at the start of an office phrase ("the", "our" President of ...), as the gold does.
DETERMINERS = {"the", "this", "our", "your", "my", "a", "an"}
#: An ordinal before a title ("46th", "first"); the small model sometimes tags "the 46th" a DATE.
ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|next|new|former|current", re.I)


def _title_start(doc, of: int, covered: set[int], lex: Lexicons) -> int | None:
    """First token of the capitalised title just before the "of" at ``of`` ("Vice President"), else None."""
    i = of
    while i > 0 and doc[i - 1].text in lex.titles and doc[i - 1].text[:1].isupper() and i - 1 not in covered \
            and lex.titles[doc[i - 1].text][0] != "honorific":
        i -= 1
    if i == of or not any(lex.titles[t.text][1] for t in doc[i:of]):
        return None
    return i


def _title_ending_org(doc, of: int, mentions: list[Mention], lex: Lexicons) -> int | None:
    """The title word just before ``of`` when the model's organisation mention ends with it after other words
    and its "of" ("... the Office of President | of the United States", "the Office of President of | the United
    States", headlines in title case): the title heads the office phrase, as in running text; else None."""
    k = of - 1
    word = doc[k].text
    if not (word in lex.titles and lex.titles[word][1] and word[:1].isupper()):
        return None
    for m in mentions:
        first = m.span_start if m.span_start is not None else m.start
        # the model's span may keep the "of" after the title too ("the Office of President of | the United States")
        if m.label == "ORG" and m.end in (of, of + 1) and first < k - 1 and doc[k - 1].lower_ == "of":
            return k
    return None


def _phrase_start(doc, i: int) -> int:
    """Where the office phrase starts: a determiner with ordinals before the title ("the 46th", "our new"),
    as the gold marks it; ordinals without a determiner stay out."""
    j = i
    while j > 0 and (doc[j - 1].ent_type_ == "ORDINAL" or ORDINAL.fullmatch(doc[j - 1].text)):
        j -= 1
    if j > 0 and doc[j - 1].lower_ in DETERMINERS:
        return j - 1
    return i


def office_titles(doc, mentions: list[Mention], covered: set[int], lex: Lexicons) -> list[Mention]:
    """PERSON mentions for capitalised offices held "of" a place or organisation mention; bodies named with their
    state take the state into their span and name (see the module docstring)."""
    _state_bodies(doc, mentions)
    out_owned = _owned_titles(doc, mentions, covered, lex) + _speaker_lines(doc, covered, lex)
    out: list[Mention] = []
    persons = {m.end: m for m in mentions if m.label == "PERSON" and m.key[0] == "PERSON"}
    for m in sorted((m for m in mentions if m.label in {"GPE", "ORG"}), key=lambda m: (m.start, m.end)):
        first = m.span_start if m.span_start is not None else m.start
        of = first - 2 if first >= 2 and doc[first - 1].lower_ == "the" else first - 1
        if of < 1 or doc[of].lower_ != "of":
            continue
        i = _title_start(doc, of, covered, lex)
        if i is None:
            i = _title_ending_org(doc, of, mentions, lex)
        if i is None:
            continue
        end = m.span_end or m.end
        if end < len(doc) and doc[end].ent_type_ == "PERSON":
            continue  # "President of France Emmanuel Macron": the title of the name that follows
        start = _phrase_start(doc, i)
        role = doc[i:end].text
        kind = next(lex.titles[t.text][0] for t in doc[i:of] if lex.titles[t.text][1])
        holder = persons.get(start - 1) if start >= 2 and doc[start - 1].text == "," else None
        if holder is not None:  # "Norton I, Emperor of the United States": the apposition names the holder
            out.append(Mention(i, end, "PERSON", holder.key, holder.name, kind=holder.kind or kind, role=role,
                               span_start=start))
        else:
            out.append(Mention(i, end, "PERSON", ("TITLE", role.lower()), role, kind=kind, role=role,
                               span_start=start))
        covered.update(range(start, of))
    return out_owned + out


#: Sentence-final marks after which a transcript's speaker line may start mid-line ("... Joe Biden. THE PRESIDENT:").
_SENTENCE_END = {".", "!", "?", "]", ")"}
#: The end of a transcript's time stamp ("6:13 P.M. EDT"), after which the first speaker line starts where the line
#: break between them was lost (White House transcripts put the time, then the speaker).
_TIME_STAMP_END = {"EDT", "EST", "CDT", "CST", "MDT", "MST", "PDT", "PST", "ET", "GMT", "UTC", "A.M.", "P.M."}


def _speaker_lines(doc, covered: set[int], lex: Lexicons) -> list[Mention]:
    """Title-only PERSON mentions for a transcript's speaker line naming an office in capitals ("THE PRESIDENT:",
    "THE VICE PRESIDENT:", as official transcripts write the holder who speaks next), at a line or sentence start
    or right after the transcript's time stamp ("6:13 P.M. EDT THE VICE PRESIDENT:");
    the role is the title ("Vice President"), so the mention joins its article's earlier holder of that office."""
    out = []
    words = doc_words(doc)
    # Only a "THE" can start a speaker line: found in the per-document word list, no Token per word.
    for i in [i for i, w in enumerate(words[:max(len(doc) - 2, 0)]) if w == "THE"]:
        if i in covered:
            continue
        if i > 0 and doc[i - 1].text not in _SENTENCE_END | _TIME_STAMP_END \
                and "\n" not in doc[i - 1].text + doc[i - 1].whitespace_:
            continue
        j = i + 1
        while j < len(doc) and j not in covered and doc[j].text.isupper() and doc[j].text.title() in lex.titles \
                and lex.titles[doc[j].text.title()][0] != "honorific":
            j += 1
        words = [doc[k].text.title() for k in range(i + 1, j)]
        if not words or j >= len(doc) or doc[j].text != ":" or not any(lex.titles[w][1] for w in words):
            continue
        role = " ".join(words)
        kind = next(lex.titles[w][0] for w in words if lex.titles[w][1])
        out.append(Mention(i + 1, j, "PERSON", ("TITLE", role.lower()), role, kind=kind, role=role, span_start=i))
        covered.update(range(i, j))
    return out


def _with_the(doc, k: int) -> int:
    """``k``, or the token before it when that is "the" (the gold starts such phrases there)."""
    return k - 1 if k > 0 and doc[k - 1].lower_ == "the" else k


def _state_demonym(text: str) -> str | None:
    """ISO3 of a state demonym ("French"), not of a possessive ("France's")."""
    return None if text.endswith(("'s", "’s")) else country_iso3(text)


def _state_before(doc, mentions: list[Mention], start: int) -> tuple[int, str, str] | None:
    """(first token, surface without "the", ISO3) of a state mention or state demonym ending right before ``start``."""
    for g in mentions:
        if g.label == "GPE" and g.iso3 and g.end == start and g.mention_label is None:
            first = g.span_start if g.span_start is not None else g.start
            return first, re.sub(r"^[Tt]he\s+", "", doc[g.start:g.end].text), g.iso3
    if start > 0 and doc[start - 1].ent_type_ == "NORP":
        k = start - 1
        while k > 0 and doc[k].ent_iob_ == "I":
            k -= 1
        text = doc[k:start].text
        iso3 = _state_demonym(text)
        if iso3:
            return _with_the(doc, k), text, iso3
    return None


def _state_bodies(doc, mentions: list[Mention]) -> None:
    """A bare body head ("Congress") right after its state ("the United States") takes the state into its mention."""
    heads = body_heads()
    for m in mentions:
        # a mention that starts with its own "the" ("the Congress") has no state right before the head
        if m.label != "ORG" or m.span_start not in (None, m.start) or m.affiliation:
            continue
        words = [w for w in doc_lowers(doc)[m.start:m.end] if w != "the"]  # strings: no Token per word
        if " ".join(words) not in heads:
            continue
        found = _state_before(doc, mentions, m.start)
        if found is None:
            continue
        first, state, iso3 = found
        m.name = f"{state} {doc[m.start:m.end].text}"
        m.key = ("ORG", m.name.lower())
        m.span_start = first
        m.affiliation = ("GPE", iso3)


def _title_end(doc, i: int, covered: set[int], lex: Lexicons) -> int:
    """End of a run of capitalised title words starting at ``i`` ("Secretary - General" is one), ``i`` if none."""
    j, head = i, False
    texts = doc_words(doc)  # strings: no Token per word tried
    while j < len(doc) and j not in covered:
        word = texts[j]
        if word in lex.titles and word[:1].isupper() and lex.titles[word][0] != "honorific":
            head = head or lex.titles[word][1]
            j += 1
        elif word == "-" and j > i and j + 1 < len(doc) and f"{texts[j - 1]}-{texts[j + 1]}" in lex.titles:
            head = head or lex.titles[f"{texts[j - 1]}-{texts[j + 1]}"][1]
            j += 2
        else:
            break
    return j if head else i


def _owners(doc, mentions: list[Mention]) -> dict[int, int]:
    """Token end -> first token, for organisation and state mentions and state demonyms ("the French")."""
    out = {}
    for m in mentions:
        if m.label == "ORG" or (m.label == "GPE" and m.iso3):
            out.setdefault(m.span_end or m.end, m.span_start if m.span_start is not None else m.start)
    for ent in doc_ents(doc):
        if ent.label_ == "NORP" and _state_demonym(span_text(ent)):  # Span.text joins Tokens again
            out.setdefault(ent.end, _with_the(doc, ent.start))
    return out


def _owned_titles(doc, mentions: list[Mention], covered: set[int], lex: Lexicons) -> list[Mention]:
    """Title-only PERSON mentions for a title right after its organisation or state ("the UN Secretary-General")."""
    out = []
    for end, first in sorted(_owners(doc, mentions).items()):
        j = _title_end(doc, end, covered, lex)
        if j == end:
            continue
        if j < len(doc) and (doc[j].ent_type_ == "PERSON" or doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper()):
            continue  # "UN Secretary-General Ban Ki-moon": the name's title
        if j < len(doc) and doc[j].lower_ == "of":
            continue  # "the U.S. Secretary of State": left to the title rules
        role = doc[end:j].text.replace(" - ", "-")
        kind = next((lex.titles[t.text][0] for t in doc[end:j] if t.text in lex.titles and lex.titles[t.text][1]),
                    lex.titles.get(role, ("organisation", True))[0])
        first = _with_the(doc, first)
        owner = doc[first:end].text
        # the whole phrase is the role, so that identity reads a title-only person (its article's holder, or local)
        name = f"{owner[4:] if owner.lower().startswith('the ') else owner} {role}"
        out.append(Mention(end, j, "PERSON", ("TITLE", name.lower()), name, kind=kind, role=name, span_start=first))
        covered.update(range(end, j))
    return out
