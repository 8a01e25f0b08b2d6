"""Words right next to a name that say what kind of thing it names, where the small model guessed another type:

* a title head word right before a one-word name makes a person: "Vice President Bush", "Sheikh Bahai" (the model
  reads some surnames as towns; :meth:`Gazetteer._person_by_context` covers names of two or three words);
* a one- or two-word "person" followed by ", <state or US state>" and the end of the clause or line is a town:
  "Marion, Ohio", "Eau Gallie, Fla." (a person's name is not followed by a state that way; "Santa Anna, Mexico's new
  president" goes on with a possessive and stays);
* a one-word name that a title or honorific stands before somewhere is a person throughout its article
  (:func:`titled_names`, read by the place/person vote of ``actor_gazetteer``);
* a name in apposition to "company", "firm", "startup" is an organisation: "the company Neuralink", "Evernote, a
  company that ...";
* a surname with an inner capital ("McCombs", "DeJesús") is as capitalised as any other (:func:`name_cased`, read by
  ``actor_gazetteer.persons_by_name``);
* a person's name the model ran on past a possessive is cut there (:func:`split_at_possessive`: "Cruz’s Iowa
  director");
* a person's name glued to a headline verb is cut to the names the article gives in full elsewhere
  (:func:`glued_names`: "Hillary Clinton Slams Donald Trump", "Pence Endorses Paul Ryan");
* a capitalised colour for people before a noun is an adjective, no name: "their White counterparts", "the White
  minority" (the model reads it as a place or an organisation; neither gold marks one).
"""

from __future__ import annotations

from .actor_titled_cities import never_a_place
from .actor_parse import span_text
from .docindex import doc_lowers, doc_words
from .actor_lexicons import (GEO_WORDS, FACILITY_WORDS, HONORIFICS, ORG_NAME_ENDINGS, POSSESSIVE, big_cities,
                             country_iso3, given_names, lexicons, strip_poss, us_states)

#: Nouns for a business that introduce its name or stand in apposition to it.
COMPANY_NOUNS = {"company", "firm", "startup", "start-up", "corporation", "conglomerate", "retailer", "manufacturer"}
#: Capitalised colour terms for groups of people ("White", "Black"), adjectives before a noun.
PEOPLE_COLOURS = {"White", "Black", "Brown"}
#: What may follow "Town, State" when the pair ends there.
_PAIR_ENDS = {",", ".", ";", ":", ")", "(", "-", "\u2013", "\u2014"}


def _title_before(doc, e) -> bool:
    """Whether a title head word (not an honorific, which other rules read) stands right before the one-word name."""
    words = doc_words(doc)  # strings: Token.is_title is str.istitle of the word
    if len(e) != 1 or e.start == 0 or not words[e.start].istitle() or words[e.start] in ORG_NAME_ENDINGS or e.kb_id_:
        return False
    prev = words[e.start - 1]
    title = lexicons().titles.get(prev)
    return bool(title) and title[1] and prev not in HONORIFICS and not country_iso3(span_text(e)) \
        and span_text(e) not in us_states()


def titled_names(doc, ents: list) -> set[str]:
    """One-word names that a title or an honorific stands right before somewhere in the article ("Governor Kasich",
    "Mr. Kasich"): people, wherever else the model calls the name a place ("Trump, Cruz, Kasich, Bush and Rubio");
    not a state, a US state or a big city ("President Washington" leaves the city alone) unless no place preposition
    ever precedes that city's name ("President Bush": extract/actor_titled_cities.py)."""
    titles = lexicons().titles
    out = set()
    words = doc_words(doc)  # strings: Token.is_title is str.istitle of the word
    for e in ents:
        if len(e) == 1 and e.start > 0 and words[e.start].istitle() and not e.kb_id_:
            prev = words[e.start - 1]
            if (prev in HONORIFICS or prev in titles and titles[prev][1]) and not country_iso3(span_text(e)) \
                    and span_text(e) not in us_states() and (span_text(e) not in big_cities() or never_a_place(doc, span_text(e))):
                out.add(span_text(e))
    return out


def _state_at(doc, i: int) -> int | None:
    """End of a state or US state name starting at token ``i`` (one or two words), else None."""
    for n in (2, 1):
        if i + n <= len(doc):
            text = doc[i:i + n].text
            if text in us_states() or text in lexicons().country_names or text in _STATE_ABBREVIATIONS:
                return i + n
    return None


#: Postal-era abbreviations of US states used after a town ("Eau Gallie, Fla.", "Recine, Wis.").
_STATE_ABBREVIATIONS = {"Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.",
                        "Kan.",
                        "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.", "Nev.", "N.H.",
                        "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "Okla.", "Ore.", "Pa.", "R.I.", "S.C.", "S.D.", "Tenn.",
                        "Tex.", "Vt.", "Va.", "Wash.", "W.Va.", "Wis.", "Wyo.",
                        "D.C."}  # the federal district, written after its town the same way ("Washington, D.C.")


def town_before_state(doc, e) -> bool:
    """Whether the one- or two-word name ``e`` is followed by ", <state>" and then the end of the clause or line.
    Read by the surname and given-name rules too (``actor_gazetteer.persons_by_name``, ``actors._merge``): such a
    name is a town even when a person of the article bears it ("Eau Gallie, Fla." beside a person "Eau Gallie")."""
    words = [t for t in e if t.lower_ != "the"]
    if not 1 <= len(words) <= 2 or e.end + 2 > len(doc) or doc[e.end].text != "," or e.kb_id_:
        return False
    if e.start >= 1 and doc[e.start - 1].text in {",", "and", "or"}:
        return False  # one of a list ("Aeroméxico, Air Canada, American")
    if any(t.text in GEO_WORDS or t.text in FACILITY_WORDS or t.text in ORG_NAME_ENDINGS for t in words):
        return False
    end = _state_at(doc, e.end + 1)
    if end is None:
        return False
    return end == len(doc) or doc[end].text in _PAIR_ENDS or "\n" in doc[end - 1].whitespace_ or doc[end].is_space


def _company_apposition(doc, e) -> bool:
    """Whether the name is introduced by "the company" or followed by ", a company"."""
    words, lowers = doc_words(doc), doc_lowers(doc)  # word lists: no Token per entity
    if e.start >= 1 and lowers[e.start - 1] in COMPANY_NOUNS and words[e.start - 1].islower():
        return True
    k = e.end
    return k + 2 < len(doc) and words[k] == "," and lowers[k + 1] in {"a", "an", "the"} and lowers[k + 2] in COMPANY_NOUNS


def name_cased(word: str) -> bool:
    """Whether ``word`` is a name with an inner capital ("McCombs", "DeJesús", "MacArthur"), which ``Token.is_title``
    rejects: a capital, a lower-case letter, then letters only."""
    return len(word) > 2 and word[0].isupper() and word[1].islower() and word.isalpha() and not word.istitle()


def cue_label(doc, e) -> str | None:
    """The label the cues next to the model's entity ``e`` give it, or None (keep the model's)."""
    if e.label_ in {"GPE", "ORG", "LOC", "NORP"} and _title_before(doc, e):
        return "PERSON"
    if e.label_ == "PERSON" and town_before_state(doc, e):
        return "GPE"
    if e.label_ in {"PERSON", "GPE", "LOC"} and _company_apposition(doc, e):
        return "ORG"
    return None


def colour_adjective(doc, e) -> bool:
    """Whether ``e`` is a capitalised colour for people before a lower-case noun ("White soldiers")."""
    if len(e) != 1 or span_text(e) not in PEOPLE_COLOURS or e.end >= len(doc):
        return False
    nxt = doc[e.end]
    return nxt.text.islower() and nxt.pos_ in {"NOUN", "ADJ"}


def _known_place(text: str) -> bool:
    return text in us_states() or text in lexicons().country_names


def split_at_possessive(doc, e) -> list:
    """The model's person ``e`` cut at a possessive inside it ("Cruz’s Iowa director" read as the person "Cruz’s
    Iowa"): the owner stays a person, and what follows is a place if it is a state or a US state, else no name (the
    noun it modifies follows). Left whole: a possessive that ends the span, and a title opened by "The" ("The King's
    Man", a film)."""
    from spacy.tokens import Span

    cut = next((t.i for t in e[1:-1] if t.text in POSSESSIVE), None)
    if e.label_ != "PERSON" or cut is None or doc[e.start].lower_ == "the" \
            or not all(t.text[:1].isupper() for t in doc[e.start:cut]):
        return [e]
    out = [Span(doc, e.start, cut, label="PERSON")]
    rest = doc[cut + 1:e.end]
    if _known_place(rest.text):
        out.append(Span(doc, rest.start, rest.end, label="GPE"))
    return out


#: Name suffixes that may follow a full name ("Donald Trump Jr."): part of the name, no glued word.
NAME_SUFFIXES = {"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"}


def glued_names(doc, ents: list) -> list:
    """``ents`` with each person span of three words or more that holds, at its start or its end, a full name the
    article gives a person elsewhere, and one or two other capitalised words ending in "s", cut to that name or
    names: a headline in title case glues its verb to the names ("Hillary Clinton Slams Donald Trump", "Donald Trump
    Wins"), and the whole then names one actor that takes every mention of both people."""
    from spacy.tokens import Span

    given_by: dict[str, set[int]] = {}  # a full name -> the entities that give it ("(House Speaker) Paul Ryan")
    for i, e in enumerate(ents):
        words = strip_poss(span_text(e)).split()
        if e.label_ == "PERSON" and len(words) >= 2:
            for n in (2, 3):
                if n <= len(words):
                    given_by.setdefault(" ".join(words[-n:]), set()).add(i)
    if not given_by:
        return ents
    out = []
    for i, e in enumerate(ents):
        def elsewhere(name: str) -> bool:  # a full name another entity gives, not ``e`` alone
            return bool(given_by.get(name, set()) - {i})

        if e.label_ != "PERSON" or len(e) < 3 or elsewhere(strip_poss(span_text(e))):
            out.append(e)
            continue
        end = e.end - (1 if doc[e.end - 1].text in POSSESSIVE else 0)
        head = next((k for k in range(end - 1, e.start + 1, -1) if elsewhere(doc[e.start:k].text)), None)
        tail = next((k for k in range(e.start + 1, end - 1)
                     if elsewhere(doc[k:end].text) and (head is None or k >= head)), None)
        a, b = head or e.start, tail or end
        rest = doc[a:b]
        if (head is None and tail is None) or not 1 <= len(rest) <= 2 or any(
                not t.is_alpha or not t.is_title or t.text in NAME_SUFFIXES or t.text in given_names()
                or not (t.text.endswith("s") and not t.text.endswith("ss")) for t in rest):
            # a headline's verb in the present ("Slams", "Wins"); not a role before a name ("Scientologist Tom Cruise")
            out.append(e)
            continue
        if head is not None:
            out.append(Span(doc, e.start, head, label="PERSON"))
        if tail is not None:
            out.append(Span(doc, tail, e.end, label="PERSON"))
    return out


def typed_by_cues(doc, ents: list) -> list:
    """``ents`` with the types the cues give (see the module), cut at an inner possessive, without colour
    adjectives."""
    from spacy.tokens import Span

    out = []
    for whole in ents:
        parts = split_at_possessive(doc, whole) if whole.label_ == "PERSON" and len(whole) > 2 else [whole]
        if len(parts) > 1 or parts[0] is not whole:
            out.extend(parts)
            continue
        e = whole
        if e.label_ in {"GPE", "LOC", "ORG", "NORP", "PERSON"}:
            if colour_adjective(doc, e):
                continue
            label = cue_label(doc, e)
            if label and label != e.label_:
                e = Span(doc, e.start, e.end, label=label)
        out.append(e)
    return out
