"""A plural title before names ("Senators Ada Roe and Bo Lin", "Presidents Carter and Ford") belongs to every name of
the list and to no one name alone: the model takes it into the first person's entity, so the actor is named
"Senators Ada Roe"; :func:`plural_title_lists` gives each listed person the title in the singular. The plural of a title
head word of the lexicon (data/actors_titles.csv; "Senators" of "Senator") at the start of a PERSON entity, before a
capitalised word, is cut off the entity, and ``actor_name_starts`` does not take it into the name the model began
after it. A plural the lexicon lists itself ("Ministers") is handled as a title."""

from __future__ import annotations

from spacy.tokens import Span

from .actor_lexicons import lexicons
from .actor_titles import Mention
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
