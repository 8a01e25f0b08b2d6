"""Definite noun phrases that stand for an actor named earlier, for the interaction stage.

"Hezbollah was founded in 1982. The group later attacked Israel." -> the group is Hezbollah, so the
second sentence yields Hezbollah oppose Israel (its evidence stays the sentence with the verb).

Rule (one, simple, documented): a **bare** definite phrase - "the", "this" or "that", optional
adjectives, and a head noun of the anaphor lexicon, with no possessor, no name, no "of"/"from"
complement and no apposition - refers to the **nearest actor mentioned before it** in the :data:`WINDOW`
sentences before its own (not in its own sentence), that it can describe; the nearest one that was a
clause subject comes first ("Chile signed a deal with Peru. The country also ..." -> Chile):

* group and state heads (``data/interactions_anaphors.csv``: "the group", "the militants", "the
  ministry", "the country"; "the town", "the city": a town, GPE of kind place): an actor of the listed type (and
  kind, when the row lists kinds);
* person heads (the title words that can stand for a person alone in ``data/actors_titles.csv``:
  "the minister", "the president", "the general"): a person whose role or rank holds the word;
* whatever the type, an actor the text itself calls by the head ("X is a militant group. The group ...",
  "X, an armed group, ..."): its subject of "is a <head>" or its apposition "a <head>" outranks a type
  the mention stage may have got wrong (a foreign group name read as a person).

Nested mentions (the state inside "Türkiye's Ambassador Güven Begeç") are not antecedents. Nothing
here uses a coreference model: the pipeline has none, and the rule stays explainable.
"""

from __future__ import annotations

from functools import lru_cache

from .actor_datelines import sentence_dateline_end
from .actor_lexicons import lexicons
from .actors import Actor, ActorSet
from .docindex import children, sent_of
from .interaction_titled import titled_antecedent
from ..paths import data_rows

#: Sentences before the phrase's own that are searched for its antecedent.
WINDOW = 2
DETERMINERS = {"the", "this", "that", "these", "those"}
SUBJECTS = {"nsubj", "nsubjpass"}


@lru_cache(maxsize=1)
def group_anaphors() -> dict[str, tuple[str, frozenset[str]]]:
    """Lower-case head noun -> (actor type, allowed kinds; empty: any), loaded once."""
    return {r["noun"]: (r["type"], frozenset(k for k in r["kinds"].split("|") if k)) for r in data_rows("interactions_anaphors.csv")}


@lru_cache(maxsize=1)
def person_anaphors() -> frozenset[str]:
    """Lower-case title words that can stand for a person alone ("minister", "president")."""
    return frozenset(w.lower() for w, (_, head) in lexicons().titles.items() if head and w.isalpha())


def is_bare_definite(tok) -> bool:
    """``tok`` heads "the/this/that (adjectives) noun" with nothing that names or restricts it further."""
    if tok.pos_ != "NOUN":
        return False
    det = False
    for c in children(tok):
        if c.dep_ == "det" and c.lower_ in DETERMINERS:
            det = True
        elif c.dep_ in {"amod", "punct", "advmod"} and c.pos_ in {"ADJ", "ADV", "PUNCT"} and c.ent_type_ == "":
            continue
        elif backer_participle(c):
            continue  # "the Iran-backed group": who backs it describes the group named before, it names no other
        elif c.dep_ in {"relcl", "acl", "cc", "conj"}:
            continue  # "the group, which ..." / "the group and its allies": the head is still bare
        else:
            return False  # possessor, compound, "of"/"from" complement, apposition, number ...
    return det


#: Participles that, glued by a hyphen to a state or body, say who stands behind a group ("Iran-backed",
#: "Moscow-funded"), not who the group is ("U.S.-led" names the leader of a coalition: not here).
BACKER_PARTICIPLES = frozenset({"backed", "supported", "funded", "sponsored", "armed", "trained", "financed",
                                "allied", "aligned", "affiliated", "linked", "inspired"})


def backer_participle(tok) -> bool:
    """``tok`` is the participle of a hyphenated backer modifier: "Iran-backed", "al Qaeda-linked"."""
    doc = tok.doc
    return tok.dep_ == "amod" and tok.lower_ in BACKER_PARTICIPLES and tok.i >= 2 and doc[tok.i - 1].text == "-" \
        and not doc[tok.i - 2].whitespace_ and not doc[tok.i - 1].whitespace_


def _compatible(actor: Actor, noun: str) -> bool:
    groups = group_anaphors()
    if noun in groups:
        typ, kinds = groups[noun]
        return actor.type == typ and (not kinds or actor.kind in kinds)
    if noun in person_anaphors() and actor.type == "PERSON":
        words = f"{actor.role or ''} {actor.rank or ''}".lower().replace("-", " ").split()
        return noun in words or noun.rstrip("s") in words
    return False


def described_as(span, noun: str) -> bool:
    """The mention ``span`` is called a ``noun`` by its own clause: the subject of "is (a) <noun>" or
    apposed "a <noun>" ("X is a militant group", "X, an armed group,")."""
    root = span.root
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":
        attrs = [c for c in children(root.head) if c.dep_ == "attr"]
    else:
        attrs = [c for c in children(root) if c.dep_ == "appos"]
    return any(a.lower_ == noun or a.lemma_.lower() == noun for a in attrs)


def nominal_antecedent(tok, actors: ActorSet) -> Actor | None:
    """The actor a bare definite phrase headed by ``tok`` refers to (see the module rule), or None."""
    noun = tok.lower_
    if noun not in group_anaphors() and noun not in person_anaphors():
        return None
    if not is_bare_definite(tok):
        # "the Wisconsin governor": a person the article gave that office and place (interaction_titled)
        return titled_antecedent(tok, actors, person_anaphors())
    doc = tok.doc
    sent = sent_of(tok)
    if sent.start == 0:
        return None
    start = sent
    for _ in range(WINDOW):
        if start.start == 0:
            break
        start = sent_of(doc[start.start - 1])
    # Only the sentences before: within its own sentence a phrase like "the terrorist group" is rarely a
    # repeat of an actor just named there ("the coalition's efforts to destroy the terrorist group").
    end = sent.start_char
    nearest = subject = None
    for actor, (s, e) in actors.mentions_in(start.start_char, end):
        span = doc.char_span(s, e, alignment_mode="expand")
        if not _compatible(actor, noun) and not (span is not None and described_as(span, noun)):
            continue
        if span is not None and span.start < sentence_dateline_end(sent_of(span[0])):
            continue  # "LONDON (Reuters) - Shell said ... criticised the company": the wire's name is no antecedent
        if noun in WHOLE_GOVERNMENT and any(_named_by(actor, w) for w in OTHER_BODIES):
            continue  # "the government" is no police force or parliament named just before ("Police fired tear gas")
        nearest = actor  # text order: the last compatible one is the nearest
        if span is not None and span.root.dep_ in SUBJECTS:
            subject = actor
    if subject or nearest:
        return subject or nearest
    own = _main_subject(tok, actors, noun)
    if own is not None:
        return own
    # Further back only the one actor the article has named with that very noun (a name holding it, or a person's
    # role or rank): "Sudan's army said ... (three sentences) ... accused the army of shelling" (one sense per
    # discourse). Not by type alone ("the regime" is no earlier government body the article named), and with two
    # that fit, no guess.
    earlier = {id(a): a for a, _ in actors.mentions_in(0, start.start_char) if _compatible(a, noun) and _named_by(a, noun)}
    return next(iter(earlier.values())) if len(earlier) == 1 else None


def _main_subject(tok, actors: ActorSet, noun: str) -> Actor | None:
    """The actor named as its own sentence's main subject, for a phrase in a clause of its own below it ("Shell said
    ..., a day after the minister criticised the company": the sentences before are a dateline's pieces), where the
    noun can stand for it; None otherwise (not within the main clause itself: "the coalition's efforts to destroy the
    terrorist group")."""
    sent = sent_of(tok)
    root = sent.root
    clause = tok.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    if clause.i == root.i:
        return None
    for c in children(root):
        if c.dep_ in SUBJECTS and c.i < tok.i:
            found = actors.at(c.idx, c.idx + len(c.text))
            if found is not None and _compatible(found, noun) and any(s <= c.idx < e for s, e in found.mentions):
                return found
    return None


#: Nouns for a state's whole executive, and the bodies of a state they do not stand for (a police force, a chamber, a
#: court or an army named just before "the government" is not it).
WHOLE_GOVERNMENT = frozenset({"government", "regime", "administration", "cabinet"})
OTHER_BODIES = frozenset({"police", "parliament", "congress", "senate", "assembly", "court", "army", "military", "navy"})


def _named_by(actor: Actor, noun: str) -> bool:
    """Whether the actor's name, role or rank holds ``noun`` ("Sudanese army" for "the army")."""
    words = f"{actor.name} {actor.role or ''} {actor.rank or ''}".lower().replace("-", " ").split()
    return noun in words or noun.rstrip("s") in words
