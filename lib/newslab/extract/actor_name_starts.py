"""A name the model started late takes the capitalised words right before it: "Évariste Galois" (the model found
"Galois"), "Monotheism Supporters Brigades", "Dayr az Zawr", "Sikong Tu".

Before a mention, a proper noun in title case that is in no entity and no other mention, not the first word of its
sentence, not a title ("Minister"), a month or a weekday, is part of the same name; so is a lower-case name particle
("az", "al", "de") between two such words. On actors_large the gold span starts there 17 times, and 3 times
the name stands alone.
"""

from __future__ import annotations

from . import docindex
from .actor_hyphen_names import LABELS, NAME_PARTICLES
from .actor_lexicons import Lexicons, big_cities, country_iso3, is_rankish, us_states
from .actor_plural_titles import plural_title
from .actor_titles import Mention

#: Capitalised words that are no part of a name before it: months, weekdays and holidays name a time ("Christmas
#: St Nicholas"); compass regions are places of their own ("the Midwest Magic Jubilee", as GUM marks it).
NOT_NAME_WORDS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                  "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
                  "Christmas", "Easter", "North", "South", "East", "West", "Midwest", "Northeast", "Northwest",
                  "Southeast", "Southwest"}


def _name_word(tok, lex: Lexicons, taken: set[int]) -> bool:
    """A proper noun in title case in no entity or mention, no title (nor a plural one: "Senators"), no time or region word and no known place
    ("Isfahan Shahid Beheshti" is the city's airport), nor after a number ("17th Century Zurbarán")."""
    before = tok.doc[tok.i - 1] if tok.i else None
    return (tok.pos_ == "PROPN" and tok.is_title and tok.is_alpha and len(tok) > 1 and not tok.ent_type_
            and tok.i not in taken and tok.text not in lex.titles and not plural_title(tok.text, lex.titles)
            and tok.text not in NOT_NAME_WORDS
            and not (before is not None and (before.like_num or before.pos_ == "NUM"))
            and tok.text not in big_cities() and tok.text not in us_states() and country_iso3(tok.text) is None)


def given_name_after_title(doc, start: int, lex: Lexicons) -> bool:
    """Whether the word before a person entity starting at ``start`` is a name word the model left out between a title
    word that can end a title and the entity ("Mayor [Sadiq] Khan", "President [Bola] Tinubu"): a title phrase ends
    in a title word, a rank or an organisation's or place's name, never in a bare proper noun ("Secretary of State"
    has "of" before it)."""
    if start < 2 or not _name_word(doc[start - 1], lex, set()) or doc[start - 1].whitespace_ != " " \
            or is_rankish(doc[start - 1].text, lex.ranks):
        return False  # "Attorney General Janet Reno": a rank word ends the title
    title = lex.titles.get(doc[start - 2].text)
    return bool(title and title[1])


def name_starts(doc, mentions: list[Mention], lex: Lexicons) -> None:
    """Move the start of mentions (in place) back over the name words the model left out before them."""
    taken = {i for m in mentions for i in range(m.span_start if m.span_start is not None else m.start, m.end)}
    # word lists: a Token only where a name word may stand (Token.is_title is str.istitle; _name_word wants a PROPN)
    words, lowers, pos = docindex.doc_words(doc), docindex.doc_lowers(doc), docindex.doc_pos(doc)
    for m in mentions:
        if m.label not in LABELS or m.mention_label is not None:
            continue
        first = m.span_start if m.span_start is not None else m.start
        if not words[first].istitle() and lowers[first] not in NAME_PARTICLES:
            continue  # "the Kurdish forces": a lower-case start is no name's
        sent_start = docindex.sent_of(doc[first]).start
        k = first
        while k - 1 > sent_start:
            if pos[k - 1] == "PROPN" and _name_word(doc[k - 1], lex, taken):
                k -= 1
            elif k - 2 > sent_start and lowers[k - 1] in NAME_PARTICLES and words[k - 1].islower() \
                    and k - 1 not in taken and pos[k - 2] == "PROPN" and _name_word(doc[k - 2], lex, taken):
                k -= 2
            else:
                break
        if k == first or any(doc[j].whitespace_ == "" or "\n" in doc[j].whitespace_ for j in range(k, first)):
            continue  # words glued to the next (hyphen, slash) or a line break between: no one name
        old = doc[m.start:m.end].text
        if m.start == first:
            if len(m.key) == 2 and m.key[1] == m.name.lower() and m.name == old:
                m.key = (m.key[0], doc[k:m.end].text.lower())
            if m.name == old:
                m.name = doc[k:m.end].text
            m.start = k
        m.span_start = k
        taken.update(range(k, first))


def title_with_the(doc, mentions: list[Mention], lex: Lexicons) -> None:
    """A person mention that starts with a title takes the "the" before it (in place): "the Foreign Secretary Philip
    Hammond", "the Chief Guest"; both corpora mark it so (2 of 2 on the dev sets)."""
    taken = {i for m in mentions for i in range(m.span_start if m.span_start is not None else m.start, m.end)}
    for m in mentions:
        first = m.span_start if m.span_start is not None else m.start
        if m.label == "PERSON" and m.mention_label is None and first > 0 and doc[first].text in lex.titles \
                and doc[first - 1].lower_ == "the" and first - 1 not in taken:
            m.span_start = first - 1
            taken.add(first - 1)
