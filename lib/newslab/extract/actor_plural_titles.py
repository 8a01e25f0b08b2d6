"""A plural title before names ("Senators Ada Roe and Bo Lin", "Presidents Carter and Ford") belongs to every name of
the list and to no one name alone: the model takes it into the first person's entity, so the actor is named
"Senators Ada Roe"; :func:`plural_title_lists` gives each listed person the title in the singular. The plural of a title
head word of the lexicon (data/actors_titles.csv; "Senators" of "Senator") at the start of a PERSON entity, before a
capitalised word, is cut off the entity, and ``actor_name_starts`` does not take it into the name the model began
after it. A plural the lexicon lists itself ("Ministers") is handled as a title."""

from __future__ import annotations

from spacy.tokens import Span

from .actor_lexicons import ROLE_NOUNS, lexicons
from .actor_titles import Mention, _set_role
from .docindex import doc_words


def plural_title(word: str, titles: dict) -> bool:
    """Whether ``word`` is the plural of a title head word ("Senators", "Justices") that the lexicon lacks."""
    return word.endswith("s") and word not in titles and titles.get(word[:-1], ("", False))[1] \
        and titles[word[:-1]][0] != "honorific"


def without_plural_titles(doc, ents: list[Span]) -> list[Span]:
    """``ents`` with a leading plural title cut off each PERSON entity (see the module)."""
    words = doc_words(doc)
    titles = lexicons().titles
    out = []
    for e in ents:
        if e.label_ == "PERSON" and len(e) >= 2 and plural_title(words[e.start], titles) and words[e.start + 1][:1].isupper():
            e = Span(doc, e.start + 1, e.end, label=e.label_, kb_id=e.kb_id_)
        out.append(e)
    return out


def _singular(word: str, titles: dict) -> str | None:
    """The title a plural title stands for ("Senators" -> "Senator", "Sens." -> "Sen."), or None."""
    if plural_title(word, titles):
        return word[:-1]
    if word.endswith("s.") and word[:-2] + "." in titles:
        return word[:-2] + "."
    return None


def _listed_after(doc, prev: Mention, nxt: Mention) -> bool:
    """Whether only commas, "and" and bracketed tags stand between two names of one list ("Sens. Ted Cruz (R-Texas),
    Marco Rubio (R-Fla.) and ...")."""
    depth = 0
    for t in doc[prev.end:nxt.first]:
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth -= 1
        elif depth == 0 and t.text not in {",", "and", "&"}:
            return False
    return depth == 0 and nxt.first > prev.end


def plural_title_lists(doc, mentions: list[Mention], lex) -> None:
    """Give each person of a list after a plural title that title in the singular ("Sens. Tom Carper and Chris Coons",
    "Presidents Jimmy Carter and Gerald Ford"), in place: the title belongs to every name of the list, not to the first
    alone (nor to none, when the model left it out of every name)."""
    persons = sorted((m for m in mentions if m.label == "PERSON" and m.key[0] == "PERSON"), key=lambda m: m.first)
    for i, m in enumerate(persons):
        plural = m.role if m.role and " " not in m.role else (doc[m.first - 1].text if m.first else None)
        single = _singular(plural, lex.titles) if plural else None
        if single is None:
            continue
        kind = lex.titles[single][0] if single in lex.titles else m.kind
        group = [m]
        for n in persons[i + 1:]:
            if not _listed_after(doc, group[-1], n):
                break
            group.append(n)
        for x in group:
            if x.role in (None, plural):
                x.role, x.kind = single, kind


def _list_groups(doc, persons: list[Mention]) -> list[list[Mention]]:
    """The runs of two or more persons listed one after another ("A, B and C")."""
    groups, i = [], 0
    while i < len(persons):
        group = [persons[i]]
        while i + len(group) < len(persons) and _listed_after(doc, group[-1], persons[i + len(group)]):
            group.append(persons[i + len(group)])
        if len(group) > 1:
            groups.append(group)
        i += len(group)
    return groups


def _plural_role_noun(doc, first: Mention, titles: dict):
    """The plural role noun the list opening with ``first`` belongs to: its apposition ("The foreign ministers, A and
    B,") or its premodifier ("Foreign ministers A and B"); None if there is none."""
    comma = first.first >= 2 and doc[first.first - 1].text == ","
    k = first.first - 2 if comma else first.first - 1
    if k < 0:
        return None
    noun = doc[k]
    root = next((doc[i] for i in range(first.start, first.end) if not first.start <= doc[i].head.i < first.end), None)
    lemma = noun.lemma_.lower()
    if noun.tag_ != "NNS" or root is None or not (lemma in ROLE_NOUNS or titles.get(lemma.capitalize(), ("honorific",))[0]
                                                  != "honorific"):
        return None
    tied = root.dep_ == "appos" and root.head.i == k if comma else noun.dep_ == "compound" and noun.head.i == root.i
    return noun if tied else None


def plural_role_lists(doc, mentions: list[Mention], lex) -> None:
    """Give each person of a list that a plural role noun describes that role in the singular, in place: "The foreign
    ministers, S. Jaishankar and Wang Yi," (apposition), "Foreign ministers Sergei Lavrov and Antony Blinken"
    (premodifier), "Two senators, Tom Carper and Chris Coons,". The noun's own modifiers belong to the role ("foreign
    minister"); an owner or a number does not. No affiliation is given: a list may hold several states' officers."""
    persons = sorted((m for m in mentions if m.label == "PERSON" and m.key[0] == "PERSON"), key=lambda m: m.first)
    for group in _list_groups(doc, persons):
        if any(m.role for m in group):
            continue
        noun = _plural_role_noun(doc, group[0], lex.titles)
        if noun is None:
            continue
        left = noun.i
        while left - 1 >= 0 and doc[left - 1].head.i == noun.i and doc[left - 1].dep_ in {"amod", "compound"} \
                and not doc[left - 1].ent_type_:
            left -= 1
        role = " ".join([doc[x].text for x in range(left, noun.i)] + [noun.lemma_.lower()])
        single = noun.lemma_.capitalize()
        for m in group:
            _set_role(doc, m, left, noun.i + 1, lex)
            m.role, m.affiliation, m.affiliation_name = role, None, None
            if single in lex.titles and lex.titles[single][0] != "honorific":
                m.kind = lex.titles[single][0]
