"""Group actors: people named by what they are, acting together ("coalition forces", "the rebels", "police",
"120 Iraqi soldiers").

News reports much of what happens between such groups ("insurgents attacked coalition forces"), and the
interaction stage can only link actors. A noun phrase whose head is a group noun of ``data/group_roles.csv``
(plural, or a collective like "police", "the navy", "a delegation": a singular entry) becomes an ORG actor of
the project's ORG kinds (``military``, ``armed_group``, ``government``, ``media``, ``group``) with the CAMEO
role code (MIL, REB, COP, CVL, GOV, ...) in its ``role`` field. The group keeps its own words as its name ("coalition forces"; "Iraqi soldiers", whose
demonym makes the state its affiliation); the same words in one article are one actor.

Aircraft and drones with a side ("coalition aircraft", "Russian warplanes"; rows of ``data/group_roles.csv`` that
need a side) are the armed force that flies them (MIL), as CAMEO codes them.

Member groups (:func:`member_group_mentions`, ``data/group_members.csv``): a plural people-noun with an
organisation of its own ("students of X University", "some members of the X Society") is a group actor named
"students of X University", affiliated to X; the interaction stage makes it a member of X. Alone such nouns
stay no actors ("students marched").

Left to other rules (no group actor):

* a phrase inside a named entity or already an actor ("the Syrian Democratic Forces", "Iraqi security
  forces" from the institutions rule, "ISIL fighters", whose actor modifier stands for them);
* a group with its own "of/from" actor or "loyal to" phrase ("fighters from the Islamic State", "forces
  loyal to Hadi"): the interaction rules read the named actor through it;
* a bare "the militants" after an organisation of a kind it can stand for: the description rule of
  :mod:`.interaction_anaphora` links it to that organisation.
"""

from __future__ import annotations

from functools import lru_cache

from .actor_lexicons import country_iso3, lexicons
from .actor_titles import Mention
from .actor_parse import chunks_with_roots
from .docindex import children, doc_lowers
from ..paths import data_rows

#: Determiners, quantity words and quotation marks that are no part of a group's name ("the", "some", "120",
#: 560 "terrorists").
_NOT_NAME = {"DET", "NUM", "PRON", "PUNCT"}
_DEFINITE = {"the", "this", "that", "these", "those"}
#: Words that make "forces" a side in a conflict ("coalition forces", "government forces", "anti-coalition forces");
#: hand-typed from the force designations of news on armed conflict.
SIDES = {"coalition", "government", "security", "enemy", "opposition", "rebel", "insurgent", "allied", "foreign",
         "ground", "special", "armed", "military", "regime", "militia", "federal", "pro-government", "occupation",
         "peacekeeping", "naval", "police", "border"}
#: Quantity adjectives that are no part of a member group's name ("several employees of X").
_QUANTITY = {"several", "many", "few", "some", "most", "all", "other", "numerous", "various", "dozens", "hundreds", "thousands"}
#: What may stand before a group head in its phrase ("the 120 front-line Iraqi", "anti-coalition").
_MODIFIER_POS = {"DET", "NUM", "PRON", "ADJ", "NOUN", "PROPN", "PUNCT", "ADV", "PART"}


@lru_cache(maxsize=1)
def group_roles() -> dict[str, tuple[str, str, bool]]:
    """Group head (lower case, as written) -> (CAMEO role code, ORG kind, whether the head alone is a group), loaded once."""
    return {r["noun"]: (r["role"], r["kind"], r["bare"] == "1") for r in data_rows("group_roles.csv")}


@lru_cache(maxsize=1)
def group_words() -> tuple[frozenset[str], frozenset[str]]:
    """(the CAMEO role codes of group actors, every word of a group head or side): what names a group alone."""
    roles = group_roles()
    words = {w for noun in roles for w in noun.split()} | SIDES
    return frozenset(r for r, _kind, _bare in roles.values()), frozenset(words)


@lru_cache(maxsize=1)
def _anaphor_kinds() -> dict[str, frozenset[str]]:
    """Head -> the organisation kinds a bare "the <head>" can stand for (``data/interactions_anaphors.csv``, the
    lexicon of :mod:`.interaction_anaphora`, read here because that module imports this one's caller)."""
    return {r["noun"]: frozenset(r["kinds"].split("|")) for r in data_rows("interactions_anaphors.csv") if r["type"] == "ORG"}


@lru_cache(maxsize=1)
def _head_last_words() -> frozenset[str]:
    """The last word of every group head: a chunk whose root is none of them has no head (no lookup needed)."""
    return frozenset(noun.rsplit(" ", 1)[-1] for noun in group_roles())


def _head_entry(doc, root) -> tuple[int, tuple[str, str, bool]] | None:
    """(first token of the head, lexicon entry) when ``root`` ends a group head ("forces", "service members")."""
    if doc_lowers(doc)[root.i] not in _head_last_words():
        return None  # most chunks: neither lookup below can match
    roles = group_roles()
    pair = roles.get(f"{doc[root.i - 1].lower_} {root.lower_}") if root.i > 0 else None
    if pair is not None:
        return root.i - 1, pair
    entry = roles.get(root.lower_)
    if entry is None or root.pos_ not in {"NOUN", "PROPN"}:
        return None
    if root.tag_ not in {"NNS", "NNPS"} and root.lower_.endswith("s"):
        return None  # a plural head the tagger calls singular; a singular entry is a collective ("police", "the navy")
    if root.tag_ not in {"NNS", "NNPS"} and root.text[:1].isupper() and not root.is_sent_start:
        return None  # "the Army of the Victorious Sect", "the Navy": a capital makes it a name, not the collective
    return root.i, entry


def _is_side(tok) -> bool:
    """``tok`` says whose a group is: a side word ("coalition", "government", "enemy") or a demonym ("Kenyan")."""
    return tok.lower_ in SIDES or tok.ent_type_ == "NORP" or bool(country_iso3(tok.text))


def _has_own_actor(root, covered: set[int]) -> bool:
    """The head has an "of/from/loyal to" phrase naming an actor ("fighters from ISIL", "forces loyal to Hadi")."""
    for c in children(root):
        if c.dep_ == "prep" and c.lower_ in {"of", "from", "with"} or c.dep_ == "amod" and c.lemma_.lower() in {
                "loyal", "allied", "affiliated", "backed"}:
            if any(t.i in covered for t in c.subtree):
                return True
    return False


#: Members that keep a military collective military ("a coalition of 60 countries", "a coalition of Arab states").
_ARMED_MEMBERS = {"countries", "nations", "states", "allies", "partners", "governments", "armies", "militaries",
                  "militias"}


def _civil_members(root) -> bool:
    """A singular military collective whose own "of" phrase names members that are no armed force or state
    ("a coalition of labor unions", "an army of lawyers"); "a coalition of forces" or "of 60 countries" stays."""
    words = group_words()[1]
    for c in children(root):
        if c.dep_ == "prep" and c.lower_ == "of":
            for p in children(c):
                if p.dep_ == "pobj" and p.pos_ in {"NOUN", "PROPN"} and not p.ent_type_:
                    # "rebel groups", "armed factions": a side word among the member's own words keeps it armed
                    own = [p] + [m for m in children(p) if m.dep_ in {"compound", "amod"}]
                    return p.lower_ not in _ARMED_MEMBERS and not any(t.lower_ in words for t in own)
    return False


def _hyphen_participle(tok) -> bool:
    """A participle joined by a hyphen to the word before it ("led" in "Saudi-led coalition warplanes"): a modifier."""
    return tok.tag_ == "VBN" and tok.i > 0 and tok.doc[tok.i - 1].text == "-" and not tok.doc[tok.i - 1].whitespace_


def group_mentions(doc, mentions: list[Mention], covered: set[int]) -> list[Mention]:
    """Group actor mentions of the parsed article not already covered by another mention (see module docstring)."""
    lex = lexicons()
    out: list[Mention] = []
    for chunk, root in chunks_with_roots(doc):  # spans and roots made once per document
        found = _head_entry(doc, root)
        if found is None or any(i in covered for i in range(found[0], root.i + 1)) or root.ent_type_:
            continue
        head_start, (role, kind, bare) = found
        if any(t.i in covered for t in chunk if t.i < head_start) or _has_own_actor(root, covered):
            continue  # "ISIL fighters", "Haftar's forces", "fighters from ISIL": the named actor stands for the group
        if role == "MIL" and root.tag_ not in {"NNS", "NNPS"} and _civil_members(root):
            # "a coalition of labor unions", "an army of volunteers": the members say it is no armed force; a
            # group of people still, with no CAMEO role to give it
            role, kind = None, "group"
        start = chunk.start
        while start < head_start and (doc[start].pos_ in {"ADV", "CCONJ", "SCONJ", "PUNCT"} or doc[start].dep_ in {"poss", "case"}):
            start += 1  # "Later the rebels", "our troops": the possessor or adverb is no part of the group
        if not bare and not any(_is_side(t) for t in doc[start:head_start]):
            continue  # "the evolutionary forces", "bending forces": no side, no armed group
        if any(t.pos_ not in _MODIFIER_POS and not _hyphen_participle(t) for t in doc[start:head_start]):
            continue  # "people-smugglers transport migrants": a verb the parser left in the chunk
        words = [t for t in doc[start:root.i + 1] if t.pos_ not in _NOT_NAME and t.tag_ != "PRP$"]
        if not words:
            continue
        name = doc[words[0].i:root.i + 1].text  # as written: "anti-coalition forces"
        described = _anaphor_kinds().get(root.lower_)
        if described and len(words) == root.i + 1 - head_start and doc[start].lower_ in _DEFINITE and any(
                m.label == "ORG" and m.kind in described and m.start < start for m in mentions):
            continue  # "the militants" after "ISIL": a description of the organisation (interaction_anaphora)
        iso = next((country_iso3(t.text) for t in words[:-1] if t.ent_type_ == "NORP" and country_iso3(t.text)), None)
        m = Mention(words[0].i, root.i + 1, "ORG", ("ORG", "group", name.lower()), name, kind=kind, role=role,
                    span_start=start)
        if iso:
            m.affiliation = ("GPE", iso)  # "Iraqi soldiers" belong to Iraq
            m.affiliation_name = lex.preferred.get(iso, iso)
        out.append(m)
        covered.update(range(start, root.i + 1))
    return out + member_group_mentions(doc, mentions, covered)


@lru_cache(maxsize=1)
def member_roles() -> dict[str, str | None]:
    """Member-group head (lower case) -> CAMEO sector code or None (``data/group_members.csv``), loaded once."""
    return {r["noun"]: (r["role"] or None) for r in data_rows("group_members.csv")}


def organisation_of(root, mentions: list[Mention]) -> Mention | None:
    """The organisation mention an "of"/"at" phrase of ``root`` names ("students of X University")."""
    preps = list(children(root))
    if root.dep_ == "conj":
        # "alumni of British universities and students of X University": the parser hangs the phrase right after
        # the last conjunct on the first one
        preps += [c for c in children(root.head) if c.i == root.i + 1]
    for c in preps:
        if c.dep_ != "prep" or c.lower_ not in {"of", "at"}:
            continue
        for p in children(c):
            if p.dep_ != "pobj":
                continue
            org = next((m for m in mentions if m.label == "ORG" and m.start <= p.i < m.end), None)
            if org is not None:
                return org
    return None


def member_group_mentions(doc, mentions: list[Mention], covered: set[int]) -> list[Mention]:
    """Plural people-nouns of ``data/group_members.csv`` with an organisation of their own ("students of X
    University", "some members of the X Society"): a group actor named after it, one per organisation."""
    roles = member_roles()
    out: list[Mention] = []
    lowers = doc_lowers(doc)
    for chunk, root in chunks_with_roots(doc):  # spans and roots made once per document
        if lowers[root.i] not in roles or root.tag_ not in {"NNS", "NNPS"} or root.i in covered or root.ent_type_:
            continue
        org = organisation_of(root, mentions)
        if org is None:
            continue  # "students", "workers" alone are generic (group_members.csv header)
        start = chunk.start
        while start < root.i and (doc[start].pos_ in {"ADV", "CCONJ", "SCONJ", "PUNCT"} or doc[start].dep_ in {"poss", "case"}):
            start += 1
        if any(t.i in covered or t.pos_ not in _MODIFIER_POS for t in doc[start:root.i]):
            continue  # "ISIL members": the named actor stands for them
        words = [t for t in doc[start:root.i + 1] if t.pos_ not in _NOT_NAME and t.tag_ != "PRP$" and t.lower_ not in _QUANTITY]
        name = f"{doc[words[0].i:root.i + 1].text} of {org.name}"  # "employees of X", not "Several employees of X"
        out.append(Mention(words[0].i, root.i + 1, "ORG", ("ORG", "group", name.lower()), name, kind="group",
                           role=roles[root.lower_], affiliation=org.key, affiliation_name=org.name, span_start=start))
        covered.update(range(start, root.i + 1))
    return out
