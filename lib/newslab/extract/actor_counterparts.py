"""A counterpart holds the same office for another side: "Defence Minister Rajnath Singh spoke to his Chinese
counterpart, Wei Fenghe", "Wang Yi met his Indian counterpart S. Jaishankar", "Modi's Chinese counterpart, Xi Jinping".
Diplomatic news names the second office only so; the person apposed to "counterpart" takes the role and kind of the
counterpart's owner (the possessor's person, or for "his"/"her" the person heading the clause), and the state of the
demonym before "counterpart" as affiliation. Left alone: an owner with no role, "counterparts" (a list), a counterpart
with no owner ("the counterpart, X")."""

from __future__ import annotations

from .actor_lexicons import country_iso3
from .actor_titles import Mention

#: The verb links walked from "counterpart" up to the clause whose subject "his"/"her" stands for.
_UP_DEPS = frozenset({"pobj", "dobj", "prep", "conj", "nsubjpass", "attr"})


def _clause_subject(tok, by_token: dict[int, Mention]) -> Mention | None:
    """The person heading the clause of ``tok``: the subject of the first verb above it."""
    node = tok
    for _ in range(4):
        if node.dep_ not in _UP_DEPS or node.head.i == node.i:
            break
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            subj = next((c for c in node.children if c.dep_ == "nsubj"), None)
            return by_token.get(subj.i) if subj is not None else None
    return None


def counterparts(doc, mentions: list[Mention], lex) -> None:
    """Give each person apposed to "<owner's> [demonym] counterpart" the owner's role and kind, in place (see the
    module)."""
    persons = [m for m in mentions if m.label == "PERSON" and m.key[0] == "PERSON"]
    if not persons:
        return
    by_token = {i: m for m in persons for i in range(m.start, m.end)}
    for m in persons:
        if m.role:
            continue
        root = next((doc[i] for i in range(m.start, m.end) if not m.start <= doc[i].head.i < m.end), None)
        if root is not None and root.dep_ == "appos" and root.head.lower_ == "counterpart":
            noun = root.head
        elif m.start >= 2 and doc[m.start - 1].text == "," and doc[m.start - 2].lower_ == "counterpart":
            noun = doc[m.start - 2]  # the parser may hang the apposed name elsewhere ("spoke to his counterpart, X, in")
        else:
            continue
        poss = next((c for c in noun.children if c.dep_ == "poss"), None)
        if poss is None:
            continue
        owner = _clause_subject(noun, by_token) if poss.tag_ == "PRP$" else by_token.get(poss.i)
        if owner is None or owner is m or not owner.role:
            continue
        m.role, m.kind = owner.role, owner.kind
        iso = next((country_iso3(c.text) for c in noun.children if c.dep_ in {"amod", "compound"} and c.i > poss.i
                    and country_iso3(c.text)), None)
        if iso:
            m.affiliation, m.affiliation_name = ("GPE", iso), lex.preferred.get(iso, iso)
