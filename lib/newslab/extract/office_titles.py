"""Offices named with their place: "President of the United States" as a person mention of its own.

A capitalised title held "of" a state or place ("Emperor of the United States", "the 46th
President of the United States", "Mayor of Baltimore") names a person, the office's holder: the
GUM gold marks the whole phrase as one PERSON mention (kb_id the holder, or the office's own page
when no holder is meant) with the place nested inside it. The extractor's own title-only rule
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
* The place keeps its own nested mention (the gold nests it too); a phrase followed by a name
  ("President of France Emmanuel Macron") is the name's title, not an office on its own.
"""

from __future__ import annotations

import re

from .actor_lexicons import Lexicons
from .actor_titles import Mention

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
    """PERSON mentions for capitalised offices held "of" a place mention (see the module docstring)."""
    out: list[Mention] = []
    persons = {m.end: m for m in mentions if m.label == "PERSON" and m.key[0] == "PERSON"}
    for m in sorted((m for m in mentions if m.label == "GPE"), key=lambda m: (m.start, m.end)):
        first = m.span_start if m.span_start is not None else m.start
        of = first - 1
        if of < 1 or doc[of].lower_ != "of":
            continue
        i = _title_start(doc, of, covered, lex)
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
    return out
