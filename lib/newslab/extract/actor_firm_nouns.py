"""A name the text calls a firm, a website or a service is an organisation, not a person: "the brokerage firm Cushman
& Wakefield", "the political data outfit L2", "Eventbrite, the online service it uses".

The small model reads a company's short name as a person's (a surname, a word it does not know). News says what the
company is with a lower-case noun right before the name or in an apposition after it; a person's name after such a
noun is rarer and comes with a verb of its own ("the company John Smith founded"), so the parser must join the noun and
the name (a compound or an apposition). A person entity then joined by "&" to a name right after it ("Cushman & Wakefield") is one
organisation with it.
"""

from __future__ import annotations

from spacy.tokens import Span

from .actor_lexicons import any_given_names, country_iso3, strip_poss, towns, us_states
from .actor_parse import span_text
from .docindex import doc_words

#: Lower-case nouns for a company, a publication or an online service, written right before its name.
FIRM_NOUNS = {"firm", "firms", "company", "companies", "outfit", "startup", "start-up", "brand", "retailer", "website",
              "app", "platform", "newspaper", "magazine", "brokerage", "automaker", "carmaker", "chipmaker",
              "drugmaker", "airline", "conglomerate", "subsidiary", "consultancy", "supplier", "suppliers",
              "manufacturer", "manufacturers", "insurer", "lender", "supermarket", "chain", "carrier", "broadcaster",
              "daily", "tabloid", "channel"}
#: Firm nouns that also name a person's trade: a given name after them opens a person's name ("the broadcaster David
#: Attenborough", not "the broadcaster Yle").
TRADE_NOUNS = {"broadcaster"}
#: In an apposition after the name also "service" ("Eventbrite, the online service"; before a name it is a
#: person's: "his kinsman in the Russian service Alexander Gordon") and the nouns of a party or a group ("Georgian
#: Dream, the ruling party founded by ...").
APPOSITION_NOUNS = FIRM_NOUNS | {"service", "party", "group", "movement", "coalition", "alliance", "bloc", "union",
                                 "association", "organization", "organisation", "charity", "agency"}


#: Plural nouns of firms that "X and other ..." counts X among ("Morgan Stanley and other banks").
OTHER_FIRMS = {"banks", "lenders", "insurers", "airlines", "automakers", "carmakers", "retailers", "carriers",
               "brokerages", "publishers", "studios", "networks", "funds", "chipmakers", "drugmakers", "startups"}


def called_a_firm(doc, words: list[str], e) -> bool:
    """Whether a firm noun modifies the name, or stands in apposition to it, or the name is one of "other" firms after it
    (word strings first: the parse is read only where a firm noun stands next to the name)."""
    if e.start > 0 and words[e.start - 1] in FIRM_NOUNS and not (words[e.start - 1] == "carrier" and (
            e.start > 1 and words[e.start - 2] == "aircraft" or words[e.start] in any_given_names())) \
            and not (words[e.start - 1] in TRADE_NOUNS and words[e.start] in any_given_names()):
        prev = doc[e.start - 1]  # ("the aircraft carrier Nimitz", "the carrier Dwight D. Eisenhower": ships)
        if e.start <= prev.head.i < e.end or e.root.head.i == prev.i:
            return True  # "the brokerage firm Cushman", or the name in apposition to the noun
    if e.end + 2 < len(doc) and words[e.end] in ("and", "or") and words[e.end + 1] == "other" \
            and (words[e.end + 2] in FIRM_NOUNS or words[e.end + 2] in OTHER_FIRMS):
        return True  # "loans from Morgan Stanley and other banks": one of the banks, no person
    # an apposition right after the name and its comma ("Eventbrite, the online service"), not one the parser hangs
    # on a person across a longer phrase ("Mujtaba Rahman of the Eurasia Group, a consulting company")
    if e.end + 1 >= len(doc) or words[e.end] != "," or not any(w in APPOSITION_NOUNS for w in words[e.end + 1:e.end + 6]):
        return False
    if e.end - e.start >= 2 and words[e.start] in any_given_names():
        return False  # "Maria Gomez, a dress manufacturer": a person's full name, described by trade
    return any(c.dep_ == "appos" and c.left_edge.i == e.end + 1 and c.text in APPOSITION_NOUNS for c in e.root.children)


def unlabelled_firms(doc, ents: list) -> list:
    """``ents`` with the name right after a firm noun that the model gave no entity ("to buy cybersecurity firm Wiz")
    as an organisation: one to three capitalised proper nouns the parser hangs the noun on, not opening with a given
    name ("the company John Smith founded") nor inside an entity."""
    words = doc_words(doc)
    nouns = [i for i in range(1, len(words)) if words[i - 1] in FIRM_NOUNS]
    if not nouns:
        return ents
    taken = {i for e in ents for i in range(e.start, e.end)}
    given = any_given_names()
    out = list(ents)
    for i in nouns:
        if i in taken or doc[i].pos_ != "PROPN" or not words[i][:1].isalpha() or words[i] in given \
                or not any(ch.isupper() for ch in words[i]):
            continue
        j = i + 1
        while j < len(words) and j - i < 3 and j not in taken and doc[j].pos_ == "PROPN" and words[j][:1].isupper():
            j += 1
        if i <= doc[i - 1].head.i < j and j not in taken:
            out.append(Span(doc, i, j, label="ORG"))
            taken.update(range(i, j))
    return sorted(out, key=lambda e: e.start)


#: Nouns for a body, before a comma and its name in apposition ("the industry's main lobbying group, PhRMA,").
BODY_NOUNS = APPOSITION_NOUNS | {"lobby", "nonprofit", "network", "body"}


def body_before_comma(doc, words: list[str], e) -> bool:
    """Whether the name follows "<body noun>," as its apposition ("its lobbying group, PhRMA, said")."""
    k = e.start - 2
    return k >= 0 and words[k + 1] == "," and words[k] in BODY_NOUNS and e.root.dep_ == "appos" and e.root.head.i == k


def unknown_place(e) -> bool:
    """A place name no gazetteer knows: no state, US state or town (the model's guess for an unseen word)."""
    text = strip_poss(span_text(e))
    return not e.kb_id_ and text not in towns() and text not in us_states() and not country_iso3(text)


def _which_heads(doc, words: list[str]) -> set[int]:
    """Tokens a relative clause with "which" hangs on, with the names listed with them ("Eli Lilly, Novo Nordisk and
    Sanofi, which make most of the insulin"): "which" is never said of a person, who takes "who"."""
    out: set[int] = set()
    for i in (i for i, w in enumerate(words) if w == "which"):
        tok = doc[i]
        clause = tok.head
        end = clause.right_edge.i + 1
        if tok.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "relcl" or i != clause.left_edge.i \
                or i < 2 or words[i - 1] != "," or end >= len(words) or words[end] != ",":
            continue  # only a clause set in the sentence by commas: ", which surprised everyone." may be the event's
        group, todo = set(), [clause.head]
        while todo:
            t = todo.pop()
            group.add(t.i)
            todo += [c for c in t.children if c.dep_ in ("conj", "appos")]
        if i - 2 in group:  # the name right before ", which" is one of them ("..., the head of General Motors, which")
            out |= group
    return out


def firms_by_noun(doc, ents: list) -> list:
    """``ents`` with each person entity the text calls a firm or a service made an organisation (with a name joined by
    "&" right after it), and each one a ", which" clause describes (with the names listed with it)."""
    ents = sorted(ents, key=lambda e: e.start)
    words = doc_words(doc)
    which = _which_heads(doc, words) if "which" in words else set()
    out = []
    drop = set()
    for k, e in enumerate(ents):
        if e.label_ == "GPE" and (body_before_comma(doc, words, e) or called_a_firm(doc, words, e)) and unknown_place(e):
            out.append(Span(doc, e.start, e.end, label="ORG"))
            continue
        if e.label_ != "PERSON" or e.kb_id_ or not (called_a_firm(doc, words, e) or e.end - 1 in which
                                                     or body_before_comma(doc, words, e)):
            out.append(e)
            continue
        end = e.end
        nxt = ents[k + 1] if k + 1 < len(ents) else None
        if nxt is not None and end + 1 == nxt.start and doc[end].text == "&" and nxt.label_ in {"PERSON", "ORG"}:
            end = nxt.end  # "Cushman & Wakefield": the second name belongs to the firm's
            drop.add(k + 1)
        out.append(Span(doc, e.start, end, label="ORG"))
    return [e for k, e in enumerate(out) if k not in drop] if drop else out


def ampersand_names(doc, ents: list) -> list:
    """``ents`` with two names joined by "&" one organisation ("Deloitte & Touche", "Simon & Schuster": the model reads
    two persons or places): news writes "&" inside the names of firms, not between two people it reports on."""
    words = doc_words(doc)
    if "&" not in words:
        return ents
    ents = sorted(ents, key=lambda e: e.start)
    pairs = [(k, e, ents[k + 1]) for k, e in enumerate(ents[:-1])
             if e.end + 1 == ents[k + 1].start and words[e.end] == "&" and doc[e.end - 1].whitespace_
             and e.label_ in _JOINED and ents[k + 1].label_ in _JOINED and e.end - e.start <= 3
             and ents[k + 1].end - ents[k + 1].start <= 3
             and all(w[:1].isupper() for w in words[e.start:ents[k + 1].end] if w != "&")]
    # authors cited anywhere in the article stay persons everywhere ("Carrano & Biewener [7]" ... "In Carrano &
    # Biewener's study")
    cited = {tuple(words[e.start:n.end]) for _, e, n in pairs if _cited(words, e.start, n.end)}
    joined = {k: n for k, e, n in pairs if tuple(words[e.start:n.end]) not in cited}
    out: list = []
    k = 0
    while k < len(ents):
        e = ents[k]
        if k in joined:
            out.append(Span(doc, e.start, joined[k].end, label="ORG"))
            k += 2
            continue
        out.append(e)
        k += 1
    return out


def _cited(words: list[str], start: int, end: int) -> bool:
    """Whether the names at ``start`` to ``end`` are authors cited with a year or a reference number ("(Baron &
    Beresford, 2012)", "Dye & Kirriemuir (2009)", "Carrano & Biewener [7]"): a citation joins its authors with "&"."""
    after = words[end:end + 3]
    return start > 0 and words[start - 1] in {"(", ";"} or len(after) >= 2 and after[0] in {",", "(", "["} \
        and after[1][:4].isdigit() or bool(after) and after[0][:1] == "[" and after[0][1:2].isdigit()


#: Labels of the two names "&" joins into a firm's (not places: "east to Tempe & Mesa").
_JOINED = frozenset({"PERSON", "ORG"})
