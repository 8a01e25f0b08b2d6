"""Where an actor mention starts and ends: the span conventions of the gold the project is measured on.

Named mentions in the development gold (GUM, re3d) cover more than the name in a few regular ways, each
counted on ``../shared/eval/actors_large`` and ``../shared/eval/actors`` before it was adopted:

* lower-case region words before a place: "northern Iraq", "downtown Tulsa" (:func:`with_region_modifier`);
* a place noun introducing the name: "the city of Raqqa", "the Iraqi city of Mosul" (:func:`with_place_noun`);
* a town with its state or country: "Portland, Oregon" (:func:`town_with_region`), and an organisation with the
  place closing an address line: "Durham University, United Kingdom" (:func:`org_with_place`);
* an organisation's or place's determiner and adjectives when they are not just "the": "this Court",
  "our Party", "the new Administration", "an independent Texas", "beautiful Glacier National Park"
  (:func:`with_determiner`);
* a person's regnal number, suffix or "of" complement: "Louis XV of France", "Iván DeJesús, Jr."
  (:func:`person_span_end`);
* a named possessor of an organisation: "Berkeley's Department of Linguistics" (:func:`with_possessor`);
* a quantifier before a group: "all Americans", "some Republicans" (:func:`with_quantifier`);
* a place's "itself" or "proper" after it: "Chatham Island itself", "Cleveland proper" (:func:`with_place_postmodifier`);
* a role noun before a person's name: "American physicist John Wheeler" (:func:`with_role_noun`).

And less in one: a "the" that determines a noun after the name is no part of it: "the United Nations building",
"the United States Court of Appeals" (the nested state) (:func:`without_outer_the`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .actor_lexicons import (INSTITUTION_WORDS, ORG_WORDS, POSSESSIVE, REGION_MODIFIERS, ROLE_NOUNS, SETTLEMENT_NOUNS, country_iso3, lexicons,
                             us_states)
from .actor_postal import postal_codes
from .actor_parse import text_of
from .actor_regnal import regnal_numeral
from .docindex import doc_lowers, doc_pos, doc_words, sent_of

if TYPE_CHECKING:
    from .actor_titles import Mention


def town_with_region(doc, mentions: list[Mention]) -> None:
    """A town followed by ", State" is one mention ("Portland, Oregon", "Palmyra, Syria", "Washington, D.C."), as
    the gold marks it (54 of 73 such pairs on actors_large, 7 of 8 on the small set; the state keeps its own
    mention, which the gold also marks). Not in lists of places ("Rome, Paris, Jakarta", "Kraków, Warsaw and
    Wrocław"), nor when the first name is a state itself."""
    starts = {m.start: m for m in mentions if m.label == "GPE" and m.span_start in (None, m.start)}
    n = len(doc)
    for m in mentions:
        if m.label not in {"GPE", "LOC"} or m.iso3 or m.mention_label or m.end + 1 >= n or doc[m.end].text != ",":
            continue
        if doc[m.start].ent_iob_ == "I":
            continue  # a place inside an organisation's name ("the University of California, Berkeley")
        if m.label == "LOC" and doc[m.start].lower_ == "the":
            continue  # "the Middle East, Iran and somebody else": a region in a list, no town with its state
        region = starts.get(m.end + 1)
        if region is None or any(t.like_num or t.is_digit for t in doc[region.start:region.end]):
            continue
        larger = _larger_region_after(doc, region, starts)  # "Oldham, Lancashire, England": the chain up to the state
        if larger is None and _listed_after(doc, region, starts):
            continue  # the second name is one of a list
        first = m.span_start if m.span_start is not None else m.start
        if first >= 2 and doc[first - 1].text == "," and doc[first - 2].ent_type_ in {"GPE", "LOC"} \
                and not (_country(doc, region) and not _country(doc, m) and not _listed_after(doc, region, starts)):
            continue  # one of a list ("Rome, Paris, Jakarta"), not the middle of "Oldham, Lancashire, England"
        m.span_end = (larger or region).end


def org_with_place(doc, mentions: list[Mention]) -> None:
    """An organisation followed by ", Place" that ends the line, the sentence or the clause is one mention ("Durham
    University, United Kingdom" under an author's name, "Trinity College, Cambridge, where ...", "GenCon, Indiana."),
    as the gold marks it (6 of 6 such pairs on actors_large; none on the small set). Not in lists ("Apache Junction,
    Fountain Hills, Queen Creek") nor before a name going on ("the NBA Cavaliers, Cleveland Browns Stadium")."""
    starts = {m.start: m for m in mentions if m.label == "GPE" and m.span_start in (None, m.start)}
    n = len(doc)
    for m in mentions:
        if m.label != "ORG" or m.mention_label or m.span_end or m.end + 1 >= n or doc[m.end].text != ",":
            continue
        region = starts.get(m.end + 1)
        if region is None:
            continue
        larger = _larger_region_after(doc, region, starts)
        last = (larger or region).end
        after = doc[last] if last < n else None
        if after is not None and not (after.text in {".", ","} or after.is_space or after.i == sent_of(after).start):
            continue  # "NATO, Russia said": two actors, no address
        if after is not None and after.text == "," and _listed_after(doc, larger or region, starts):
            continue
        m.span_end = last


#: The countries of the United Kingdom, which close a place's chain as a state does ("Oldham, Lancashire, England");
#: the state list (data/actors_countries.csv) has only the United Kingdom itself.
UK_NATIONS = {"England", "Scotland", "Wales", "Northern Ireland"}


def _country(doc, m) -> bool:
    """Whether the mention ``m`` names a state or a nation of the United Kingdom."""
    text = doc[m.start:m.end].text
    return bool(country_iso3(text)) or text in UK_NATIONS


def _state_name(doc, m) -> bool:
    """Whether the mention ``m`` names a state, a US state or a nation of the United Kingdom."""
    return _country(doc, m) or doc[m.start:m.end].text in us_states()


def _listed_after(doc, region, starts: dict) -> bool:
    """Whether the place ``region`` (a Mention) goes on as a list: "and"/"or" or a comma, then a capitalised word
    ("Rome, Paris and Jakarta"), unless it is a postal code ("Tulsa, OK, or ..."), a lower-case word follows the "and"
    ("England and moved", "England and the ..."), a lower-case clause follows the comma and "and" ("Eugene, Oregon, and we drove on") or another town and its state follow the "and" ("Madrid, Spain and
    Brussels, Belgium", the same pattern twice)."""
    n = len(doc)
    after = doc[region.end] if region.end < n else None
    if after is None or region.end == region.start + 1 and doc[region.start].text in postal_codes():
        return False
    if after.text in POSSESSIVE:
        return True
    if after.lower_ in {"and", "or", "&"}:
        town = starts.get(region.end + 1)
        if region.end + 1 < n and not doc[region.end + 1].is_title:
            return False  # "Oldham, Lancashire, England and moved", "Buxton, England and the ...": no list of places
        return not (town is not None and town.end + 1 < n and doc[town.end].text == ","
                    and starts.get(town.end + 1) is not None and _state_name(doc, region))
    if after.text != "," or region.end + 1 >= n:
        return False
    nxt = doc[region.end + 1]
    if nxt.lower_ in {"and", "or"}:
        return region.end + 2 < n and doc[region.end + 2].is_title
    return nxt.is_title


def _larger_region_after(doc, region, starts: dict):
    """The state closing a chain of places after ``region`` (a Mention): ", <state>" right after a region that is not a
    state itself and that the chain does not go on as a list ("Lancashire, England", "Arizona, USA"); None otherwise."""
    n = len(doc)
    if region.end + 1 >= n or doc[region.end].text != "," or _country(doc, region):
        return None
    state = starts.get(region.end + 1)
    if state is None or not _state_name(doc, state) or _listed_after(doc, state, starts):
        return None
    return state


def with_region_modifier(doc, start: int) -> int:
    """Token where a place mention starts when lower-case region words come before the name ("northern Iraq",
    "the eastern Caribbean", "south-eastern Scotland"); ``start`` when there are none."""
    words, lowers = doc_words(doc), doc_lowers(doc)  # strings: this runs for every place mention, no Token or Span
    k = start
    while k > 0:
        word = lowers[k - 1]
        if k >= 3 and text_of(doc, k - 3, k) in REGION_MODIFIERS:  # "south-eastern", "present-day": three tokens
            k -= 3
        elif word in REGION_MODIFIERS and words[k - 1].islower():
            k -= 1
        else:
            break
    if k < start and k > 0 and lowers[k - 1] == "the":
        k -= 1
    return k


#: Nouns that may stand before a place's name in its noun phrase ("planet Earth", "the port city Aden").
_PLACE_MODIFIER_NOUNS = SETTLEMENT_NOUNS | {"state", "planet", "harbour", "harbor", "resort", "enclave", "suburb"}
DETERMINERS = {"this", "that", "these", "those", "our", "your", "my", "his", "her", "their", "its", "a", "an"}


def with_determiner(doc, start: int, end: int, bare_adjectives: bool = False) -> int:
    """Token where an organisation mention starts when the gold's noun phrase reaches before the name: a
    demonstrative or possessive determiner ("this Court", "your Party", "a minority Government"), or "the" with
    lower-case adjectives ("the new Administration"). GUM marks the whole noun phrase of a named mention; a bare
    "the" is left to the caller. ``start`` when there is nothing to take. ``bare_adjectives``: lower-case
    adjectives without a determiner count too, as the gold marks them before places ("snowy Manhattan")."""
    k = start
    words, pos = doc_words(doc), doc_pos(doc)  # strings first: a Token only for a lower-case adjective or noun
    # Before a place only adjectives and place nouns ("planet Earth", "the Tanzanian capital Dar-es-Salaam"), and no
    # superlative: another noun or "the worst" there is mostly a relative clause the parser ran into the name ("a charge
    # Abu Dhabi denies", "the worst Malawi has seen") or a noun of its own ("link York", "drama Downton Abbey").
    while k > 0 and words[k - 1].islower() and pos[k - 1] in {"ADJ", "NOUN"} and doc[k - 1].dep_ in {"amod", "compound"} \
            and start <= doc[k - 1].head.i < end and not (bare_adjectives and (
                doc[k - 1].tag_ == "JJS" or pos[k - 1] == "NOUN" and words[k - 1] not in _PLACE_MODIFIER_NOUNS)):
        k -= 1
    if k > 0 and doc[k - 1].dep_ in {"det", "poss"} and start <= doc[k - 1].head.i < end and (
            doc[k - 1].lower_ in DETERMINERS or doc[k - 1].lower_ == "the" and k < start):
        return k - 1
    return k if bare_adjectives else start


def with_possessor(doc, start: int, end: int) -> int:
    """Token where an organisation mention starts when a named possessor heads into it ("Berkeley's Department of
    Linguistics", "the ISIL's War Committee", "NASA's Earth System Observatory"): the gold's noun phrase (7 times
    against 2 in both sets, the 2 where the possessor goes with a noun after the name: "her YouTube channel");
    ``start`` otherwise. The possessor keeps its own mention."""
    if start < 2 or doc[start - 1].text not in POSSESSIVE:
        return start
    owner = doc[start - 1].head
    if owner.i >= start or owner.dep_ != "poss" or owner.pos_ != "PROPN" or not start <= owner.head.i < end \
            or not doc[end - 1].text[:1].isupper() or owner.ent_type_ == "PERSON":
        return start  # a person's "organisation" is mostly a work the model mislabelled ("Woody Allen's Match Point")
    return owner.left_edge.i


PLACE_NOUNS = {"city", "town", "village", "province", "state", "county", "district", "region", "island", "municipality"}


def with_place_noun(doc, start: int) -> int:
    """Token where a place mention starts when a lower-case place noun introduces it: "the city of Raqqa", "the
    village of Essling" (the gold's noun phrase, on both development sets), also with one or two demonyms
    before the noun: "the Iraqi city of Mosul", "the Yazidi village of Kocho" (4 of 4 in the gold of both sets;
    after lower-case adjectives, "the former administrative region of X", the gold marks the name alone);
    ``start`` otherwise."""
    if start < 3 or doc[start - 1].lower_ != "of" or doc[start - 2].text not in PLACE_NOUNS:
        return start
    k = start - 3
    while k >= 0 and start - 3 - k < 2 and _demonym_like(doc[k]) and doc[k].head.i == start - 2:
        k -= 1
    return k if k >= 0 and doc[k].lower_ == "the" else start


def _demonym_like(tok) -> bool:
    """A capitalised adjective of a place noun: a demonym ("Iraqi", "Yazidi")."""
    return tok.is_title and (tok.ent_type_ == "NORP" or tok.pos_ == "ADJ" or tok.dep_ == "amod")


def with_role_noun(doc, start: int, end: int) -> int:
    """Token where a person mention starts when a lower-case singular noun for a person stands before the name as
    its modifier ("philologist Rasmus Rask", "American physicist John Wheeler", "the Berlin music critic Louis
    Ehlert"): GUM marks the whole noun phrase (as a nominal mention where its head is the noun); ``start`` when
    there is no such noun. Plural nouns ("actors Meryl Streep") list examples and stay out."""
    role = doc[start - 1] if start > 0 else None
    if role is None or not _person_noun(role):
        return start
    appositive = not (role.dep_ == "compound" and start <= role.head.i < end)
    if appositive and not _appositive_name(doc, role, start, end):
        return start
    k = start - 1
    while k > 0 and doc[k - 1].dep_ in {"amod", "compound", "nmod", "det"} and k - 1 < doc[k - 1].head.i < end \
            and doc[k - 1].pos_ in {"ADJ", "VERB", "NOUN", "PROPN", "DET"} and doc[k - 1].ent_type_ != "PERSON" \
            and (doc[k - 1].pos_ != "DET" or doc[k - 1].lower_ in {"the", "a", "an"}):
        k -= 1
    if appositive and (doc[k].pos_ == "DET" or k > 0 and doc[k - 1].tag_ in {"DT", "PRP$", "POS"}):
        # "the philosopher Jane Doe", "his brother John": GUM marks the name alone about as often as the whole phrase
        # (5 against 4 after "the" on actors_large); a bare role noun it marks with the name ("director John Roe").
        return start
    return k


def _appositive_name(doc, role, start: int, end: int) -> bool:
    """Whether the name ``doc[start:end]`` is the parser's apposition to the role noun right before it, with no comma
    between ("married the physician Jane Doe", "met first-time director John Roe"), or both hang on the same word
    ("American cultural anthropologist John Roe (1926-2006) argued"): the same noun phrase as the compound reading,
    which the parser gives about as often."""
    root = doc[end - 1]
    return (root.dep_ == "appos" and root.head.i == role.i or role.head.i == root.head.i != role.i) and all(doc[k].head.i == end - 1 or doc[k].i == end - 1
                                                                   for k in range(start, end))


#: Endings of English nouns for people ("physicist", "presenter", "conductor", "historian", "congressman").
PERSON_NOUN_ENDINGS = ("ist", "er", "or", "ian", "eer", "man", "woman", "ess")
#: Common nouns for a person by trade or standing that have none of those endings ("comedy legend Jo Roe", "American
#: patriot Tom Roe"); only for the span, not for the roles of ``ROLE_NOUNS``.
PLAIN_PERSON_NOUNS = frozenset({"critic", "patriot", "legend", "architect", "advocate", "poet", "icon", "veteran", "star"})


def _person_noun(tok) -> bool:
    """Whether ``tok`` is a lower-case singular noun for a person: a role noun of the lexicon or a noun with a
    person ending ("philologist", "presenter", "conductor")."""
    low = tok.text
    if tok.is_sent_start and low.istitle() and tok.tag_ in {"NN", "NNP"} and not tok.ent_type_:
        low = low.lower()  # "Anthropologist Jane Doe argues ...": the noun capitalised as the sentence's first word
    elif not (tok.pos_ == "NOUN" and tok.tag_ == "NN"):
        return False
    return low.islower() and len(low) > 3 and (low in ROLE_NOUNS or low in PLAIN_PERSON_NOUNS
                                               or low.endswith(PERSON_NOUN_ENDINGS))


QUANTIFIERS = {"all", "some", "many", "most", "several", "few", "both"}


def with_quantifier(doc, start: int, end: int) -> int:
    """Token where a group mention starts when a quantifier comes before the plural name ("all Americans", "some
    Republicans", "many Syrians"): the gold's noun phrase, 12 of 12 such phrases in both sets (none marks the
    bare name); ``start`` otherwise."""
    if start > 0 and doc[start - 1].lower_ in QUANTIFIERS and start <= doc[start - 1].head.i < end \
            and doc[end - 1].tag_ in {"NNPS", "NNS"}:
        return start - 1
    return start


ROMAN = re.compile(r"^(?:X{0,3})(?:IX|IV|V?I{0,3})\Z")  # \Z: "$" would also take a line break after the name
SUFFIXES = {"Jr", "Jr.", "Sr", "Sr.", "himself", "herself"}


def person_span_end(doc, end: int, office: tuple[int, int] | None = None) -> int | None:
    """Token where a person mention ends when the gold's span reaches past the name, else None.

    After the name, in this order: a regnal number ("Louis XV", "Aleksei I"), a suffix ("Jr.", "himself"), the
    "of" complement of a state or organisation (``office``, from :func:`office_of_after`: "King Louis XV of
    France", "David Park of the Growth Club"; 13 of 15 times on actors_large). A relative clause after a comma
    is in the gold span too ("Mary Chaworth, who ...": 17 of 22), but it is left out: the actors named inside the
    clause would become nested in the person's mention, and later stages read only outermost mentions."""
    n = len(doc)
    k = end
    if k < n and ROMAN.match(doc[k].text) and doc[k].text and (len(doc[k].text) > 1 or doc[k].tag_ != "PRP" or regnal_numeral(doc, k)) \
            and doc[k - 1].text[:1].isupper():  # a tagged pronoun "I" only where actor_regnal reads a numeral ("Abbas I in")
        k += 1
    if k < n and doc[k].text in SUFFIXES:
        k += 1
    elif k + 1 < n and doc[k].text == "," and doc[k + 1].text in {"Jr", "Jr.", "Sr", "Sr."}:
        k += 2
    if office is not None and office[0] <= k + 2:
        k = max(k, office[1])
    return k if k > end else None


#: Words after a place name that the gold's noun phrase of the place takes ("the island itself", "the city proper").
PLACE_POSTMODIFIERS = {"itself", "proper"}


def with_place_postmodifier(doc, mentions: list[Mention]) -> None:
    """A place mention takes a reflexive "itself" or a "proper" right after it (in place): "Coron Island itself",
    "Cleveland proper"; the gold marks it so 3 times of 4 on actors_large (none on the small set)."""
    n = len(doc)
    for m in mentions:
        end = m.span_end or m.end
        if m.label in {"GPE", "LOC"} and m.mention_label is None and end < n and doc[end].lower_ in PLACE_POSTMODIFIERS \
                and doc[end - 1].whitespace_ == " ":
            m.span_end = end + 1


def without_outer_the(doc, mentions: list[Mention]) -> None:
    """Move a mention's start past a leading "the" whose head is a noun after the mention: the article belongs to that
    noun phrase, and the gold marks the name alone ("the United Nations building", "the UNESCO World Heritage List",
    the state in "the United States Court of Appeals"). The model and the gazetteer put such a "the" in the span."""
    for m in mentions:
        first, end = m.first, m.last
        if first >= end - 1 or doc[first].lower_ != "the" or doc[first].dep_ != "det":
            continue
        head = doc[first].head
        between = doc[end:head.i]
        if head.i >= end and _noun_after(head) and all(t.head.i >= first for t in doc[first:end]) and not any(
                t.dep_ in {"cc", "punct", "nummod"} or t.is_punct or t.like_num or "\n" in t.whitespace_ for t in between):
            m.span_start = first + 1
            if m.start == first:
                m.start = first + 1


def _noun_after(tok) -> bool:
    """Whether ``tok``, after a name, is the noun a "the" before the name can belong to: a common noun ("building",
    "staff") or an institution or office word ("the United States Congress", "the United Nations Secretary-General"),
    not another name ("the Netherlands Lotte Wilms" in an address list)."""
    if tok.pos_ == "NOUN" and tok.text.islower():
        return True
    return tok.pos_ == "PROPN" and (tok.text in ORG_WORDS or tok.lower_ in INSTITUTION_WORDS or tok.text in lexicons().titles)
