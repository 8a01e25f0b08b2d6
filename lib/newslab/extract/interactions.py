"""Interactions: typed actor-to-actor edges read off the dependency parse.

Vocabulary: ``data/interactions_verbs.csv`` (lemma, VERB/NOUN, kind, CAMEO code, the
preposition that introduces the other actor, symmetric or not). Kinds: meet, communicate,
visit, attend, support, oppose, agree, plus ``member`` (not a verb: a person's
affiliation read from its title, "Türkiye's Ambassador to Libya Güven Begeç" -> Begeç member
Türkiye; CAMEO has no code for it), and ``control`` (a standing relation with no CAMEO code: the
subject leads, commands or holds an organisation or a place, "ISIL has had control of Mosul").

Rules, per trigger word of the vocabulary:

* **verbs**: subjects (``nsubj``; a relative pronoun stands for the noun its clause modifies;
  a verb without subject inherits it from the verb or the possessor it hangs off) against
  objects (``dobj``, and the vocabulary's preposition: "met with", "message to"). Passives turn
  round: the ``by`` agent is the source ("Haftar, who was backed by Egypt, France, the UAE and
  Russia" -> four support edges). Coordination is followed everywhere ("X and Y discussed" ->
  X–Y when there is no object). A subject that is not an actor takes the actor among its
  modifiers ("a NATO-backed revolt toppled Gadhafi" -> NATO oppose Gadhafi). An infinitive
  under an adjective takes the copula's subject ("a U.S.-Iraq partnership is critical to finish
  ISIL"); a participle after a comma that the parser hangs off a noun takes the subject of the
  clause before the comma ("news that X liberated Dabiq, aided by support from Turkey").
* **nouns**: the possessor is the source and the preposition's object the target
  ("Türkiye's support for the Tripoli government"; "conveyed President Erdoğan's message to
  Prime Minister Dbeibeh" -> Erdoğan communicate Dbeibeh, besides the conveyer's own edge); a
  symmetric noun with no participants of its own links the coordinated subjects of its clause
  ("Türkiye and Libya ... after the signing of pacts").
* **attend**: "X, Y and Z also attended the meeting" links each attendee to the participants
  of the last meeting reported before (or, with none, the attendees to each other).
* **objects behind nouns**: an oppose/support verb whose object is not an actor reaches the actor
  that owns it ("condemned Iran's attack", "condemned the attack by ISIL", "shelled positions held
  by the YPG"); verbs of approval about an actor's act are ``support`` ("welcomed Japan's
  decision"); "X bombed Idlib with the support of Russia" -> Russia support X; feeling verbs turn
  the passive round ("I am appalled by the attack by Assad's regime" -> I oppose the regime).
* **membership**: "X, a senior member of Y", "X is a member of Y", "X joined Y" (an
  organisation), "appointed X (as) the commander for Y" -> ``member``; "X heads/leads/commands Y",
  "X has control of Y" -> ``control``; "liberate/retake X from Y" -> Y ``control`` X (whoever liberates).
* **nominal events**: the possessor or the "by" phrase is the doer ("the killing of X by Y"); a
  violence noun's bare possessor is the victim ("Khashoggi's murder"); "in support of X" makes the
  clause's subject (above any relative clause) a supporter; an event noun taken or received "from"
  someone has that someone as doer ("took orders from X"); a relation noun in apposition or after
  "is" describes its actor ("Turkey, a key ally of the United States"); two actors in a symmetric
  noun's own modifiers are its parties ("the Kenya-Uganda alliance").
* **fifth round**: a passive violence verb with no agent takes the doer of the event it happened in ("X was
  killed in a raid by Y"); "with the aid of Z" in a passive clause: Z supports the "by" doer; a partner noun
  before a name links it to the possessor ("Russia's ally Syria"; "our" is the statement's author when its
  "I" is in the sentence); "a general in the army" -> member; a town or capital before a meeting noun is the
  venue ("the Paris meeting on Syria"); a map position ("33°47′N") is never an edge end.
* **seventh round**: who takes part in another actor's effort does what it is for ("the role X can play in
  Iraq's efforts to destroy Y"); a body of people stands for the actor its "of" phrase names ("a group of
  supporters of Y", "joined the ranks of Y"); "X fell to Y" is a town taken ("the town" may stand for one named
  before); a fight's toll is its doer's ("captured by Y after fighting that saw X killed").
* **places**: a town, region or building (LOC, FAC, GPE of kind ``place``) is never an end of a
  meet, communicate, visit, attend, support or agree edge (:data:`PEER_KINDS`); it can be fought
  over or held.
* **pronouns**: he/she/him/her -> the person subject (active or passive) of the clause or of the
  previous sentence (a subject "he"/"she" there passes on its own person, up to three sentences back), else
  the closest person before; it/its/they/their -> the organisation or state
  subject of a clause above ("The Kremlin denied that it had supplied weapons to the Taliban"), else
  of the previous sentence ("The Kremlin denied the report. It accused Kyiv of ..."; a subject "it" may
  also be the building the sentence before was about: "X Hospital is ... It is run by the Ministry"); a possessive
  its/their with neither -> the last organisation or state named before it in its sentence.
  A person whose courtesy title or given name shows the other gender is never what he/she/him/her/his stands for
  (:mod:`.interaction_gender`: "she" skips a "Mr." or a "Ted" and goes on to the next candidate).
* **descriptions**: "the group", "the country", "the minister" -> :mod:`.interaction_anaphora` ("the Ohio governor":
  the person the article gave that office and place, :mod:`.interaction_titled`); "the two
  leaders", "both ministers" -> the two people of the last meet or communicate edge of this or the previous
  sentence ("X met Y in Baghdad, where the two leaders discussed ...").
* ``negated`` is set when the trigger or its verb has a ``neg`` child. ``date`` stays empty:
  the chronology stage fills it.

Same-sentence co-mention (:func:`extract_cooccurrences`) is a separate, untyped layer.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from .actor_datelines import dateline_appos, sentence_dateline_end
from .actor_clubs import RESULT_VERBS, result_sentence
from .actor_parse import apposed_to
from .actor_lexicons import PLACE_NOUNS, PRONOUN_GENDER, ROLE_NOUNS, country_iso3, lexicons
from .actors import AUTHOR, Actor, ActorSet
from .group_actors import member_roles
from .interaction_anaphora import backer_participle, group_anaphors, nominal_antecedent, person_anaphors
from .quotes import quotes_of
from .interaction_gender import person_genders
from .interaction_modality import hypothetical, intended
from .sent_spans import doc_sents
from .tables import make_table
from .docindex import char_token_range, children, doc_lemma_lowers, doc_lowers, doc_pos, doc_text, doc_words, sent_of
from ..paths import data_rows
from ..seeds import Article

PARTICLES = {"back", "off", "down", "out", "up"}
#: Nouns of number or lot whose "of" object is the thing itself ("hundreds of drones", "a shipment of arms").
QUANTITY_HEADS = frozenset({"hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "million", "millions",
                            "batch", "shipment", "consignment", "number", "package", "lot", "supply", "tranche"})
#: Nouns whose "of" complement names the actor ("leaders of Germany", "representatives of the EU").
GROUP_HEADS = {"leader", "leaders", "head", "heads", "representative", "representatives", "delegation", "delegations",
               "envoy", "envoys", "minister", "ministers", "official", "officials", "forces", "troops", "government",
               "commander", "commanders", "chief", "spokesman", "spokeswoman", "spokesperson", "director", "chairman",
               "president", "ambassador", "secretary", "governor", "mayor", "fighters", "militants", "soldiers",
               "members", "supporters", "units", "gunmen", "jets", "aircraft", "warplanes",
               # a body of people named through its own "of" phrase: "belonged to the first group of supporters of
               # X", "joined the ranks of X" (the chain is followed: "group" -> "supporters" -> X)
               "group", "groups", "ranks"}
#: Arms of a state or group that act for it after its possessive ("its artillery shelled ...", "their navy").
ARMS_NOUNS = frozenset({"artillery", "army", "navy", "military", "drones", "missiles", "tanks", "gunboats",
                        "warships", "helicopters", "police"})
#: Object nouns for a body of people that stand for the actor their "of" phrase names ("joined the ranks of X").
BODY_OF = {"group", "groups", "ranks"}
PRONOUNS = {"he", "she", "him", "her", "his"}
#: Object pronouns and the links that make them one ("her" as a possessive is another matter).
OBJECT_PRONOUNS = {"him", "her"}
OBJECT_DEPS = {"dobj", "dative", "pobj"}
#: How many sentences back a chain of subject pronouns is followed ("He ... He ... he had ...").
PRONOUN_CHAIN = 3
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
GROUP_PRONOUNS = {"it", "its", "they", "their", "them"}
SUBJECTS = {"nsubj", "nsubjpass"}


@dataclass(frozen=True)
class Trigger:
    """One vocabulary entry."""

    lemma: str
    pos: str
    kind: str
    cameo: str
    prep: str
    symmetric: bool


@lru_cache(maxsize=1)
def vocabulary() -> dict[tuple[str, str], Trigger]:
    """The interaction vocabulary keyed by (lemma, VERB|NOUN), loaded once."""
    return {(r["lemma"], r["pos"]): Trigger(r["lemma"], r["pos"], r["kind"], r["cameo"] or None, r["prep"], r["symmetric"] == "1")
            for r in data_rows("interactions_verbs.csv")}


@lru_cache(maxsize=1)
def _phrasal_heads() -> frozenset[str]:
    """Every X such that a verb "X <particle>" or "X <object>" is in the vocabulary (each word-boundary prefix of a
    multi-word verb lemma), so :func:`_trigger` walks a verb's children only where one may match."""
    return frozenset(lemma[:k] for lemma, pos in vocabulary() if pos == "VERB"
                     for k, ch in enumerate(lemma) if ch == " ")


@lru_cache(maxsize=1)
def _trigger_words() -> frozenset[str]:
    """Every lemma of the vocabulary and every phrasal verb's first words (see :func:`_may_trigger`)."""
    return frozenset(lemma for lemma, _ in vocabulary()) | _phrasal_heads()


def _may_trigger(lower: str, lemma: str) -> bool:
    """False where :func:`_trigger` surely finds nothing: neither the token's word nor its lemma
    (``lemma``: lower-cased, as spaCy gives it; nor that lemma mended) is a vocabulary entry or
    starts a phrasal verb. Most tokens, which then need no Token properties or children."""
    words = _trigger_words()
    return lemma in words or lower in words or LEMMA_FIXES.get(lemma) in words


#: Coarse tags a trigger can have (see :func:`_trigger`).
_CAN_TRIGGER = frozenset({"VERB", "AUX", "NOUN", "PROPN", "ADJ"})


#: Past forms the lemmatizer leaves as they are ("retook" -> "retook"): the verb they are a form of.
LEMMA_FIXES = {"retook": "retake", "retaken": "retake", "overran": "overrun", "outfought": "outfight", "fin": "fine"}


def lemma_of(tok) -> str:
    """The token's lower-case lemma, with the lemmatizer's misses on irregular past forms mended."""
    lemma = tok.lemma_.lower()
    return LEMMA_FIXES.get(lemma, lemma) if tok.pos_ in {"VERB", "AUX"} else lemma


def _trigger(tok) -> tuple[Trigger | None, str]:
    vocab = vocabulary()
    lemma = lemma_of(tok)
    infinitive_adj = tok.pos_ == "ADJ" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children(tok))
    if tok.tag_ == "VBG" and (tok.lower_, "NOUN") in vocab and any(c.dep_ == "prep" and c.lower_ == "between" for c in children(tok)) \
            and (tok.dep_ in {"nsubj", "nsubjpass"} or not any(c.dep_ in {"nsubj", "nsubjpass"} for c in children(tok))):
        # "Fighting between X and Y killed 30", "as fighting between X and Y intensified" (the parser's clause with no
        # subject): the gerund is a noun
        return vocab[(tok.lower_, "NOUN")], tok.text
    if tok.pos_ in {"VERB", "AUX"} or infinitive_adj:  # "fought to free Dabiq": the tagger calls "free" an adjective
        # the particle is looked for only where the vocabulary has a phrasal verb of this lemma: most have none
        if lemma in _phrasal_heads():
            prt = next((c.lower_ for c in children(tok) if c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ in PARTICLES)),
                       None)
            if prt and (f"{lemma} {prt}", "VERB") in vocab:
                return vocab[(f"{lemma} {prt}", "VERB")], f"{tok.text} {prt}"
            # "cut ties with", "upgraded relations with": a verb that is a trigger only with this object
            obj = next((c for c in children(tok) if c.dep_ in ("dobj", "nsubjpass")), None)
            if obj is not None and obj.lemma_.lower() in QUANTITY_HEADS:
                # "delivered hundreds of drones", "sent a shipment of arms": the thing is the "of" object
                of = next((c for c in children(obj) if c.dep_ == "prep" and c.lower_ == "of"), None)
                obj = next((g for g in children(of) if g.dep_ == "pobj"), obj) if of is not None else obj
            if obj is not None and (f"{lemma} {lemma_of(obj)}", "VERB") in vocab:
                return vocab[(f"{lemma} {lemma_of(obj)}", "VERB")], f"{tok.text} {obj.text}"
        return vocab.get((lemma, "VERB")), tok.text
    if tok.pos_ in {"NOUN", "PROPN"}:
        return vocab.get((lemma, "NOUN")) or vocab.get((tok.lower_, "NOUN")), tok.text
    return None, tok.text


class _Sentence:
    """Token -> actor map for the outermost actor mentions of one sentence."""

    def __init__(self, sent, actors: ActorSet, persons: dict[int, Actor] | None = None,
                 person_tokens: dict[int, Actor] | None = None, genders: dict[str, str] | None = None,
                 mentions: list[tuple[Actor, tuple[int, int]]] | None = None):
        self.sent = sent
        self.owner: dict[int, Actor] = {}
        self.persons = persons or {}
        self.persons_any = person_tokens or {}
        #: actor_id -> "m"/"f" where the text shows it (:mod:`.interaction_gender`): a veto on he/she links
        self.genders = genders or {}
        self.roles = [a for a in actors.actors if a.type == "PERSON" and a.role and " " in a.role]
        #: (actor, first token, end token) of each pronoun or description resolved to an actor in this sentence
        self.reached: list[tuple[Actor, int, int]] = []
        #: the two people of the last meeting or exchange reported (this sentence or before): "the two leaders"
        self.pair: list[Actor] = []
        #: the two states or bodies of the last meeting, exchange, agreement or fight reported: "both sides"
        self.sides: list[Actor] = []
        #: character spans of the article's quotations (:func:`.quotes.quotes_of`), set by the caller
        self.quotes: list[tuple[int, int]] = []
        #: a possessive "its"/"their" is being resolved (actors_of must not start another such look-up)
        self.resolving = False
        self.actors = actors
        doc = sent.doc
        if mentions is None:  # (given: the sentence's share of _mentions_by_sentence)
            mentions = actors.mentions_in(sent.start_char, sent.end_char)
        for actor, (s, e) in mentions:
            tokens = char_token_range(doc, s, e)  # doc.char_span(s, e, "expand"), without the Span
            if tokens is None:
                continue
            for i in range(*tokens):
                self.owner.setdefault(i, actor)
        for i in range(sent.start, sentence_dateline_end(sent)):
            self.owner.pop(i, None)  # "Washington (AFP) – Clinton said ...": the byline place and agency take no part

    def in_quotes(self, tok) -> bool:
        """Whether ``tok`` stands inside one of the article's quotations."""
        return any(s <= tok.idx < e for s, e in self.quotes)

    def role_holder(self, tok) -> Actor | None:
        """The person whose role phrase starts at ``tok`` ("head of the Libyan Presidential Council")."""
        phrase = tok.doc[tok.i: tok.right_edge.i + 1].text.lower()
        for a in self.roles:
            role = a.role.lower()
            if role.split()[0] == tok.lower_ and (phrase.startswith(role) or role.startswith(phrase)):
                return a
            if tok.lower_ in role.split() and f", {a.name.lower()}" in phrase:
                return a  # "The U.N. envoy for Syria, Geir Pedersen, met": the name in apposition inside the phrase
        return None

    def resolve_pronoun(self, tok, depth: int = 0) -> Actor | None:
        """he/she/him/her -> the closest person mentioned before it in this or the previous sentence;
        it/its/they/their -> the organisation, state or group that is the subject of this clause or of the
        previous sentence ("The Kremlin denied that it had supplied weapons to the Taliban"). A previous
        sentence's subject that is itself "he"/"she" passes on what it stands for ("X was arrested. He told the
        court ... He admitted that he had ..."), a few sentences back at most."""
        if tok.lower_ in GROUP_PRONOUNS:
            return self.resolve_group_pronoun(tok)
        if tok.lower_ == "our":
            return self.author_here()
        if tok.lower_ not in PRONOUNS:
            return None
        doc = tok.doc
        root = self.sent.root
        bound = self.own_clause_subject(tok)
        if bound is not False and (bound is None or self.fits(bound, tok)):
            return bound
        if tok.lower_ in OBJECT_PRONOUNS and tok.dep_ in OBJECT_DEPS:
            here = self.named_before_object(tok)
            if here is not None:  # "Reyes met Hale and thanked him": him is Hale, not the last sentence's subject
                return here
        excluded = None
        for c in children(root):  # the clause subject first: "During his visit to Libya, Gürak conveyed ..."
            if c.dep_ in SUBJECTS and c.i != tok.i and self.owner.get(c.i) is None and c.tag_ in {"NN", "NNS"} \
                    and (c.lower_ in ENTOURAGE_NOUNS or c.tag_ == "NNS" and c.lemma_.lower() in ROLE_NOUNS):
                # "Abadi's office said he had spoken with Biden", "Trump's aides said he would ...": the possessor
                owner = next((self.owner[x.i] for x in children(c) if x.dep_ == "poss" and x.i in self.owner), None)
                if owner is not None and owner.type == "PERSON" and self.fits(owner, tok):
                    return owner
            if c.dep_ in SUBJECTS and c.i != tok.i and self.owner.get(c.i) is not None and self.owner[c.i].type == "PERSON":
                if tok.lower_ in OBJECT_PRONOUNS and tok.dep_ in OBJECT_DEPS and tok.head.i == root.i:
                    # "Starmer accused him of ...": an object pronoun is never its own verb's subject
                    excluded = self.owner[c.i]
                    continue
                if self.in_quotes(tok) and not self.in_quotes(c):
                    # '"I think she is trying to distance herself," Hassan said': the speaker says "I", not "she"
                    excluded = self.owner[c.i]
                    continue
                if not self.other_gender_between(c.i, tok) and self.fits(self.owner[c.i], tok):
                    return self.owner[c.i]
                excluded = self.owner[c.i]  # "X said she was appalled that he would ...": "she" is X, "he" is not
        start = self.sent.start
        if excluded is not None:
            # the subject is the other person of the sentence: "Ayotte clashed with Trump, saying she was appalled
            # that he would ...": "he" is the one named beside her, not the previous sentence's subject
            here = next((self.persons[i] for i in range(tok.i - 1, start - 1, -1) if i in self.persons
                         and self.persons[i] is not excluded and self.fits(self.persons[i], tok)), None)
            if here is not None:
                return here
        prev = sent_of(doc[start - 1]).start if start > 0 else start
        chained = None
        if start > 0:  # then the subject of the previous sentence: "Zelensky later met ... He did not meet ..."
            for c in children(sent_of(doc[start - 1]).root):
                if c.dep_ in SUBJECTS:  # a passive subject too: "Ruiz was elected in May. He then ..."
                    a = self.persons_any.get(c.i)
                    if a is not None and a is not excluded and self.fits(a, tok):
                        return a
                    if chained is None and depth < PRONOUN_CHAIN and PRONOUN_GENDER.get(c.lower_) is not None \
                            and PRONOUN_GENDER.get(c.lower_) == PRONOUN_GENDER.get(tok.lower_):
                        chained = _Sentence(sent_of(doc[start - 1]), self.actors, self.persons, self.persons_any,
                                            self.genders).resolve_pronoun(c, depth + 1)
        if chained is not None:
            # a person named before the pronoun in its own sentence still comes first ("the object of X's
            # admiration, Putin, has used his invasions")
            return next((self.persons[i] for i in range(tok.i - 1, start - 1, -1) if i in self.persons
                         and self.persons[i] is not excluded and self.fits(self.persons[i], tok)), chained)
        for i in range(tok.i - 1, prev - 1, -1):
            a = self.persons.get(i)
            if a is not None and a is not excluded and self.fits(a, tok):
                return a
        return None

    def counterpart(self, tok) -> Actor | None:
        """"his Turkish counterpart" -> the one person of the article who holds an office for that state, preferring the
        owner's office ("Putin thanked his Turkish counterpart": President Erdogan); None when the text says no more."""
        if tok.lower_ != "counterpart":
            return None
        iso = next((country_iso3(c.text) for c in children(tok) if c.dep_ in ("amod", "compound")), None)
        if iso is None:
            return None
        holders = [a for a in self.actors.actors if a.type == "PERSON" and a.role and a.affiliation
                   and country_iso3(a.affiliation) == iso]
        if len(holders) > 1:
            owner = next((self.resolve_pronoun(c) for c in children(tok) if c.dep_ == "poss" and c.tag_ == "PRP$"), None)
            if owner is not None and owner.role:
                holders = [a for a in holders if a.role.lower() == owner.role.lower()]
        return holders[0] if len(holders) == 1 else None

    def named_before_object(self, tok) -> Actor | None:
        """An object him/her -> the nearest fitting person named before it in its own sentence who is not the
        subject of its own verb (an object pronoun is never its own clause's subject: "Reyes thanked him")."""
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        own = _subjects(verb, self) if verb.pos_ in {"VERB", "AUX"} else []
        doc = tok.doc
        for i in range(tok.i - 1, self.sent.start - 1, -1):
            a = self.persons.get(i)
            if a is None or a in own or not self.fits(a, tok) or _inside_noun_phrase(doc[i]):
                continue
            return a
        return None

    def fits(self, actor: Actor, tok) -> bool:
        """False when the text shows ``actor`` is of the other gender than the pronoun ``tok`` ("she" and a
        "Mr." or a "Ted"); a person of unknown gender fits any pronoun."""
        gender = self.genders.get(actor.actor_id)
        return gender is None or PRONOUN_GENDER.get(tok.lower_) in {None, gender}

    def own_clause_subject(self, tok):
        """A possessive his/her after its own clause's subject, when that subject is a person: the person
        ("Reyes criticized Hale after the Ohio governor threw his support behind Ortiz": the governor's
        support, not Reyes's). An actor, or the actor a bare "the governor" stands for, or None for a person
        description with no antecedent; False when the clause has no such subject."""
        if tok.dep_ != "poss" or tok.lower_ not in {"his", "her"}:
            return False
        verb = tok.head
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
        for c in children(verb):
            if c.dep_ in SUBJECTS and c.i < tok.i and c.pos_ != "PRON":
                a = self.owner.get(c.i)
                if a is not None:
                    return a if a.type == "PERSON" else False
                if c.lower_ in person_anaphors():
                    return nominal_antecedent(c, self.actors)
        return False

    def other_gender_between(self, start: int, tok) -> bool:
        """Whether a subject pronoun of the other gender than ``tok`` stands between ``start`` and ``tok``."""
        gender = PRONOUN_GENDER.get(tok.lower_)
        return any(t.dep_ in SUBJECTS and PRONOUN_GENDER.get(t.lower_) not in {None, gender}
                   for t in tok.doc[start + 1: tok.i])

    def author_here(self) -> Actor | None:
        """The statement's author ("the author", :mod:`.actors`) when an "I" of this sentence is theirs: "I thank
        our ally Turkey" -> the author's ally. Without it, "our" may be anyone's (a quote, a joint statement)."""
        author = self.actors.by_name(AUTHOR)
        if author is None or author.kind != "speaker":
            return None
        s, e = self.sent.start_char, self.sent.end_char
        return author if any(s <= ms < e for ms, _ in author.mentions) else None

    def resolve_group_pronoun(self, tok) -> Actor | None:
        types = {"ORG", "GPE"} if tok.lower_ in {"it", "its"} else {"ORG", "GPE", "NORP"}
        node = tok.head
        while node.head.i != node.i:  # the subjects of the clauses above the pronoun, innermost first
            if node.pos_ in {"VERB", "AUX"}:
                for c in children(node):
                    if c.dep_ == "nsubj" and c.i != tok.i and c.i < tok.i:
                        a = self.owner.get(c.i) or self.spoken_for(c, tok)
                        if a is not None and a.type in types:
                            return a
            node = node.head
        for c in children(node):
            if c.dep_ == "nsubj" and c.i != tok.i and c.i < tok.i:
                a = self.owner.get(c.i) or self.spoken_for(c, tok)
                if a is not None and a.type in types:
                    return a
                if a is None and c.pos_ != "PRON" and self.actors_of(c, modifiers=True):
                    return None  # "the Sanders campaign keeps up its attacks": the subject's modifier acts
                return self.nearest_before(tok, types)
        # A subject "it" may also stand for the building or body the sentence before was about ("X Hospital is one of
        # the largest in Syria. It was founded in 1988 and is run by the Ministry").
        prev_types = types | {"FAC"} if tok.lower_ == "it" and tok.dep_ in SUBJECTS else types
        return self.previous_subject(prev_types) or self.nearest_before(tok, types)

    def spoken_for(self, subject, tok) -> Actor | None:
        """"The leader of the rebels said they would ...": "they"/"their" in what a group's leader or spokesman
        says is the group the subject's own "of" phrase names (an organisation or people, not a state)."""
        if tok.lower_ not in {"they", "them", "their"} or subject.lower_ not in MEMBERSHIP_NOUNS or subject.i in self.owner:
            return None
        groups = [a for a in _prep_objects(subject, {"of", "for"}, self) if a.type in {"ORG", "NORP"}]
        return groups[0] if len(groups) == 1 else None

    def nearest_before(self, tok, types: set[str]) -> Actor | None:
        """For a possessive its/their only: the last organisation or state (not a town) mentioned before ``tok`` in
        its own sentence ("He was a member of ISIL's war council and took part in their retaking of
        the town"). A subject "it" or "they" is too often not an actor at all ("it is too soon", "they would travel")."""
        if tok.lower_ not in {"its", "their"}:
            return None
        best = None
        for actor, _ in self.actors.mentions_in(self.sent.start_char, tok.idx):
            if actor.type in types and not (actor.type == "GPE" and actor.kind == "place"):
                best = actor
        return best

    def previous_subject(self, types: set[str]) -> Actor | None:
        """The actor of one of ``types`` that is the subject of the previous sentence's main verb ("ISIL seized
        the dam. It then attacked ...")."""
        start = self.sent.start
        if start == 0:
            return None
        doc = self.sent.doc
        for c in children(sent_of(doc[start - 1]).root):
            if c.dep_ in {"nsubj", "nsubjpass"}:
                a = self.actors.at(c.idx, c.idx + len(c.text))
                if a is None and c.pos_ == "NOUN" and c.lower_ in group_anaphors():
                    # "the umbrella organization known as X announced ...": the previous sentence's owners, built
                    # only for a noun that can stand for a group (named_as checks it again, cheaply)
                    a = _Sentence(sent_of(c), self.actors).named_as(c)
                if a is not None and a.type in types:
                    return a
        return None

    def expand(self, tok) -> list:
        """The token and its conjuncts/appositions (recursively)."""
        out, stack = [], [tok]
        while stack:
            t = stack.pop()
            if t in out:
                continue
            out.append(t)
            # Follow coordination and apposition, and any link between two tokens of actor mentions:
            # dense title phrases ("X, Libyan Chief of General Staff Y and Libya's Deputy ... Z") parse badly.
            # An apposition is followed from an actor only into another actor ("Sarraj, the head of the
            # government": the head is Sarraj, not the government).
            stack.extend(c for c in children(t) if (c.dep_ == "conj" or (c.dep_ == "appos" and (c.i in self.owner or t.i not in self.owner)
                                                                        and not self.across_semicolon(t, c))
                         or (c.i in self.owner and t.i in self.owner and not self.affiliation_in_title(c, t)
                             and not self.possessor_of_person(c, t)))
                         and not self.role_towards(c) and not (c.dep_ == "appos" and self.describes_person(c, t)))
            # past a description the parser may hang the next conjunct on it ("Graham, a Republican, and Coons")
            stack.extend(x for c in children(t) if c.dep_ == "appos" and self.describes_person(c, t)
                         for x in children(c) if x.dep_ == "conj")
            stack.extend(_as_well_as(t))
            stack.extend(_along_with(t))
        return out

    def across_semicolon(self, tok, other) -> bool:
        """A semicolon stands between the two tokens: no apposition, a clause of its own ("Cruz suspends campaign; Trump
        presumptive nominee": the parser's apposition of "nominee" to "campaign"; a list "A, the mayor; B, ..." may
        still coordinate across one)."""
        lo, hi = sorted((tok.i, other.i))
        return ";" in doc_words(tok.doc)[lo + 1:hi]

    def describes_person(self, tok, head) -> bool:
        """``tok`` heads an apposition that says what a person is: a party member or a people's ("Chuck Schumer, a New
        York Democrat,", "the top Marine"), no second actor of the person's act."""
        owner, other = self.owner.get(head.i), self.owner.get(tok.i)
        return owner is not None and owner.type == "PERSON" and other is not None and other is not owner \
            and other.type == "NORP"

    def affiliation_in_title(self, tok, head) -> bool:
        """``tok`` is another actor's name compounded into a person's title phrase ("Clinton campaign chairman John
        Podesta", "Ohio Gov. X"): whom the person works for, not a second participant of the person's act."""
        owner = self.owner.get(head.i)
        return tok.dep_ == "compound" and owner is not None and owner.type == "PERSON" \
            and self.owner.get(tok.i) is not owner and not self.coordinated_names(tok, head)

    def possessor_of_person(self, tok, head) -> bool:
        """``tok`` is a state or body in the possessive before a person's name: "Brazil's Lula meets ...", whose side
        the person is on, not a second participant."""
        owner = self.owner.get(head.i)
        return tok.dep_ == "poss" and owner is not None and owner.type == "PERSON" \
            and self.owner.get(tok.i) is not owner and self.owner[tok.i].type in ("GPE", "ORG", "NORP")

    def coordinated_names(self, tok, head) -> bool:
        """The mention around ``tok`` ends right before an "and" that opens the mention around ``head``: "met Israeli
        Prime Minister Benjamin Netanyahu and Defense Minister Yoav Gallant", which the parser may compound."""
        first, second = self.owner.get(tok.i), self.owner.get(head.i)
        end, start = tok.i, head.i
        while self.owner.get(end + 1) is first:
            end += 1
        while self.owner.get(start - 1) is second:
            start -= 1
        between = tok.doc[end + 1:start]
        return end < start and any(t.dep_ == "cc" or t.lower_ in ("and", "or") for t in between) \
            and all(t.dep_ == "cc" or t.lower_ in ("and", "or", ",") for t in between)

    def role_towards(self, tok) -> bool:
        """``tok`` is a title word whose own "to/for" phrase names the actor it is credited to ("X, the Special
        Advisor to Ambassador Y": the advisor is X; Y is whom X advises, not a second subject)."""
        owner = self.owner.get(tok.i)
        if owner is None or tok.pos_ not in {"NOUN", "PROPN"}:
            return False
        return any(p.dep_ == "prep" and p.lower_ in {"to", "for"} and
                   any(self.owner.get(x.i) is owner for x in p.subtree) for p in children(tok))

    def named_as(self, tok) -> Actor | None:
        """The actor a common noun is named by in its own participle ("the umbrella organization known as X",
        "a group called X"), or None. The noun must be one that can stand for that actor
        (``data/interactions_anaphors.csv``: not "a competition called X", "songs named X")."""
        if tok.lower_ not in group_anaphors():
            return None
        for c in children(tok):
            if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in {"know", "call", "name", "dub"}:
                for x in children(c):
                    if x.dep_ == "oprd" or (x.dep_ == "prep" and x.lower_ == "as"):
                        for y in ([x] if x.dep_ == "oprd" else [p for p in children(x) if p.dep_ == "pobj"]):
                            if y.i in self.owner:  # any type: the tagger often calls a little-known group a person
                                return self.owner[y.i]
        return None

    def repeated_name(self, tok) -> tuple[Actor, int] | None:
        """(actor, first token) when the proper-noun phrase headed by ``tok`` repeats, word for word, the name
        of an actor of the article that the mention stage left unmarked here ("The Haditha Dam lies on the
        Euphrates. ... the Haditha Dam was captured by Y"), or None. Two words at least: a lone word may be
        part of another name."""
        if tok.pos_ != "PROPN" or any(t.i in self.owner for t in tok.subtree):
            return None
        first = tok
        while first.i > 0 and first.doc[first.i - 1].dep_ == "compound" and first.doc[first.i - 1].head.i == tok.i \
                and first.doc[first.i - 1].pos_ == "PROPN":
            first = first.doc[first.i - 1]
        if first.i == tok.i:
            return None
        actor = self.actors.by_name(tok.doc[first.i: tok.i + 1].text)
        return (actor, first.i) if actor is not None else None

    def state_of_demonym(self, x, noun) -> Actor | None:
        """The article's state actor a demonym modifying ``noun`` stands for ("a Canadian diplomat", "the Israeli
        raid": CAMEO codes the person or act by its state), or None when the article names no such state."""
        if x.dep_ != "amod" or x.head.i != noun.i or x.ent_type_ != "NORP":
            return None
        iso = country_iso3(x.text)
        return next((a for a in self.actors.actors if iso and a.iso3 == iso), None)

    def actors_of(self, tok, modifiers: bool = False) -> list[Actor]:
        """Actors named by ``tok`` and its conjuncts; with ``modifiers``, a non-actor noun yields the actors in
        its pre-modifiers ("NATO-backed revolt", "Haftar's forces")."""
        found: list[Actor] = []
        for t in self.expand(tok):
            a = self.owner.get(t.i)
            two: list[Actor] = []
            if a is None and _names_a_pair(t):
                # "the two leaders": two people; "both countries": two states or bodies; "both sides": either
                two = self.pair if t.lower_ in PAIR_HEADS else self.sides or (self.pair if t.lower_ in EITHER_HEADS else [])
            if len(two) == 2:
                for p in two:  # "Carter met Abadi, and the two leaders discussed ...": both of them
                    if p not in found:
                        found.append(p)
                    self.reached.append((p, t.left_edge.i, t.i + 1))
                continue
            if a is None:
                a = self.resolve_pronoun(t) or nominal_antecedent(t, self.actors) or self.counterpart(t)
                if a is not None and t.tag_ != "PRP$":  # "he", "the group": a mention of the actor reached (reached_mentions)
                    self.reached.append((a, t.left_edge.i if t.pos_ == "NOUN" else t.i, t.i + 1))
            if a is None and (again := self.repeated_name(t)) is not None:
                a = again[0]
                self.reached.append((a, again[1], t.i + 1))
            if a is None and t.pos_ == "NOUN":
                a = self.named_as(t)  # "a militia known as X", "a group called X": X
            if a is None and modifiers and t.pos_ == "NOUN" and (listed := [
                    x for c in children(t) if c.dep_ == "prep" and c.lower_ == "including"
                    for p in children(c) if p.dep_ == "pobj" for x in self.actors_of(p)]):
                found += [x for x in listed if x not in found]  # "its foreign enemies, including the US and Israel"
                continue
            if a is None and modifiers and (named := _described_actor(t, self)) is not None:
                # "X, a Clinton confidant who heads Y", "the party leader, X, voiced support": the noun describes X;
                # the actor in its modifiers is whom X is described by, not who acts
                if named is not True and named not in found:
                    found.append(named)
                continue
            if a is None and modifiers:
                # "his Miami relatives", "their Gaza homes": after a possessive pronoun a town says where, not whose;
                # "the Vermont senator", "the Texas governor": a town or region before one office holder is where they
                # serve, not who acts (a state stays: "the Iraqi leader"; so do plural officers: "Cook County
                # prosecutors" act for the county)
                personal = any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in t.lefts) or t.tag_ == "NN" and (
                    t.lemma_.lower() in ROLE_NOUNS or lexicons().titles.get(t.text.capitalize(), ("", False))[1])
                holder = self.role_holder(t) if t.pos_ == "NOUN" and t.lower_ in GROUP_HEADS else None
                if holder is not None and holder.name.lower() in t.doc[t.i:t.right_edge.i + 1].text.lower():
                    # "The U.N. envoy for Syria, Geir Pedersen, met": the person named in the phrase, not its body
                    if holder not in found:
                        found.append(holder)
                    continue
                for left in t.lefts:
                    if (t.lower_ in group_anaphors() or t.lemma_.lower() in group_anaphors()) and backer_participle(left):
                        continue  # "Iran-backed militias attacked ...": the backer is not the one who acts
                    if left.dep_ == "poss" and left.lower_ in ("its", "their") and (t.lower_ in GROUP_HEADS or t.lower_ in ARMS_NOUNS) \
                            and not self.resolving:
                        # "Turkey said its artillery had shelled ISIL targets": the state or body the pronoun stands for
                        self.resolving = True  # (the pronoun's own look-up reads subjects' modifiers: no loop back here)
                        try:
                            owner = self.resolve_group_pronoun(left)
                        finally:
                            self.resolving = False
                        if owner is not None and owner not in found:
                            found.append(owner)
                        continue
                    for x in left.subtree:  # every actor of the modifier: "a Kenya-Uganda partnership"
                        if x.i in self.owner and self.owner[x.i] not in found \
                                and not (personal and _is_place(self.owner[x.i])) and not _for_or_against(x):
                            found.append(self.owner[x.i])
                if holder is not None:
                    # "met with the head of the Libyan Presidential Council, Mohamed al-Menfi": the head is the person.
                    if holder not in found:
                        found.append(holder)
                elif t.pos_ == "NOUN" and t.lower_ in GROUP_HEADS and not any(c.dep_ == "appos" for c in children(t)):
                    # "Leaders of Germany, Russia and Turkey met": the states stand for their leaders;
                    # "fighters from the Islamic State", "forces loyal to President Hadi".
                    for c in children(t):
                        if c.dep_ == "amod" and c.lemma_.lower() in {"loyal", "allied", "affiliated"}:
                            found += [x for x in _prep_objects(c, {"to", "with"}, self) if x not in found]
                        if c.dep_ == "prep" and c.lower_ in {"of", "from"}:
                            for p in children(c):
                                if p.dep_ != "pobj":
                                    continue
                                named = [self.owner[a.i] for a in children(p) if a.dep_ == "appos" and a.i in self.owner
                                         and self.owner[a.i].type == "PERSON"]
                                if named:  # "the head of the European Commission, Ursula von der Leyen" (appos misattached)
                                    found += [x for x in named if x not in found]
                                else:  # "a group of supporters of X": one more group head, followed on
                                    chain = p.pos_ == "NOUN" and p.lower_ in GROUP_HEADS and p.i not in self.owner
                                    found += [x for x in self.actors_of(p, modifiers=chain) if x not in found]
            elif a is not None and a not in found:
                found.append(a)
        return found


def _for_or_against(tok) -> bool:
    """``tok`` follows "pro-" or "anti-" ("a pro-Trump mob", "anti-Kremlin protesters"): whom the group is for or
    against, not who acts."""
    doc = tok.doc
    i = tok.i
    while i > 0 and not doc[i - 1].whitespace_ and doc[i - 1].text not in ("(", '"', "“"):
        i -= 1  # the first piece of the hyphenated word ("Anti-Ortiz", a person's mention for the model)
    return doc[i].lower_ in ("pro", "anti") and i + 1 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_


def _hyphen_backer(tok, S: "_Sentence") -> list[Actor]:
    """The state or organisation glued by a hyphen before a participle ("Iran-backed", "NATO-supported"): its actor,
    also where the whole phrase is one actor's mention ("Iran-backed Houthi rebels" holds "Iran"), else none."""
    doc = tok.doc
    i = tok.i - 2
    if i < S.sent.start or doc[i + 1].text != "-" or doc[i].whitespace_ or doc[i + 1].whitespace_:
        return []
    own = S.owner.get(i)
    if own is not None and S.owner.get(tok.head.i) is not own:
        return [own]
    iso = country_iso3(doc[i].text)
    state = next((a for a in S.actors.actors if iso and a.iso3 == iso), None)
    return [state] if state is not None else []


def _misattached_apposition(verb, obj, S: "_Sentence") -> list[Actor]:
    """The person named right after the comma that closes a role-noun object ("met Qatar's emir, Sheikh Tamim bin Hamad
    Al Thani,"), where the parser hung the name on the verb (npadvmod, dobj ...) rather than on the noun; else none."""
    if obj.lemma_.lower() not in ROLE_NOUNS and obj.lower_ not in ROLE_NOUNS:
        return []
    comma = obj.right_edge.i + 1
    if comma + 1 >= S.sent.end or obj.doc[comma].text != ",":
        return []
    named = S.owner.get(comma + 1)
    if named is None or named.type != "PERSON":
        return []
    root = next((c for c in children(verb) if c.i > comma and S.owner.get(c.i) is named), None)
    return [named] if root is not None and root.dep_ in {"npadvmod", "dobj", "appos", "conj", "attr", "oprd"} else []


def _described_actor(tok, S: "_Sentence"):
    """For a common noun that is no actor: the actor it is in apposition to ("X, a Clinton confidant"), True when an
    actor is in apposition to it ("the party leader, X": expand already reached X), else None."""
    if tok.pos_ != "NOUN":
        return None
    if tok.dep_ == "appos" and tok.head.i in S.owner:
        return S.owner[tok.head.i]
    if any(c.dep_ == "appos" and c.i in S.owner for c in children(tok)):
        return True
    return None


#: Plural heads that "the two ..." or "both ..." make a reference to two people named before ("the two leaders").
PAIR_HEADS = {"leaders", "men", "women", "ministers", "presidents", "officials", "counterparts", "diplomats",
              "heads", "envoys", "premiers", "generals"}
#: Heads of "the two sides", "both countries": two states or bodies of the last edge between them (or two people).
SIDES_HEADS = {"sides", "parties", "countries", "nations", "governments", "states", "neighbours", "neighbors"}
#: Heads of SIDES_HEADS that may stand for two people too ("both sides" of a debate).
EITHER_HEADS = {"sides", "parties"}


#: Edge kinds whose two states or bodies "both sides" / "the two countries" may stand for afterwards.
SIDES_KINDS = {"meet", "communicate", "agree", "oppose"}


def _names_a_pair(tok) -> bool:
    """``tok`` heads "the two leaders", "both ministers" (two people) or "both sides", "the two countries" (two
    states or bodies), with nothing else that names them."""
    if tok.lower_ not in PAIR_HEADS and tok.lower_ not in SIDES_HEADS or tok.pos_ != "NOUN":
        return False
    kids = {c.lower_ for c in children(tok) if c.dep_ in {"nummod", "det", "predet", "amod"}}
    return ("two" in kids or "both" in kids) and not any(c.dep_ in {"prep", "poss", "compound", "appos"} for c in children(tok))


def _along_with(tok) -> list:
    """Actors joined to ``tok`` by "along with" or "together with" ("Hezbollah, along with Iran, supports X")."""
    out = []
    for c in children(tok):
        if c.dep_ != "prep":
            continue
        if c.lower_ in {"along", "together"}:
            withs = [w for w in children(c) if w.dep_ == "prep" and w.lower_ == "with"]
        elif c.lower_ == "with" and any(a.lower_ in {"along", "together"} and a.dep_ == "advmod" for a in children(c)):
            withs = [c]
        else:
            continue
        out += [p for w in withs for p in children(w) if p.dep_ == "pobj"]
    return out


def _as_well_as(tok) -> list:
    """The noun "as well as" adds to the object ``tok`` when the parser reads it as a new clause's subject
    ("X met with Y, as well as local Z focused on ...": "Z focused" becomes a clause conjoined to "met").
    "as well as" joins phrases, seldom clauses, so that subject is one more object of the verb."""
    if tok.dep_ not in {"dobj", "pobj"}:
        return []
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok.head
    if verb.pos_ not in {"VERB", "AUX"} or tok.i > verb.right_edge.i:
        return []
    out = []
    for cc in children(verb):
        if not (cc.dep_ == "cc" and cc.lower_ == "as" and cc.i > tok.i and cc.i >= 2
                and tok.doc[cc.i - 1].lower_ == "well" and tok.doc[cc.i - 2].lower_ == "as"):
            continue
        for conj in children(verb):
            if conj.dep_ == "conj" and conj.i > cc.i and conj.pos_ in {"VERB", "AUX"}:
                subj = next((c for c in children(conj) if c.dep_ in {"nsubj", "nsubjpass"}), None)
                # only when the "subject" opens the phrase right after "as well as" (modifiers between)
                if subj is not None and subj.left_edge.i == cc.i + 1 and subj.pos_ in {"NOUN", "PROPN"}:
                    out.append(subj)
    return out


#: Verbs whose object does what their infinitive says ("urged Y to ...", "asked Y to ...": object control, as
#: grammars of English list them; hand-typed, the verbs of requests, permission and causing in news).
OBJECT_CONTROL = {"ask", "urge", "tell", "force", "persuade", "encourage", "press", "pressure", "invite", "allow",
                  "permit", "order", "nominate", "convince", "push", "implore", "beg", "instruct", "authorize",
                  "authorise", "enable", "inspire", "prompt", "require", "warn", "call", "challenge", "dare",
                  "expect", "want", "need", "choose", "select", "appoint", "elect", "hire"}


def _antecedent(noun, S: _Sentence) -> list[Actor]:
    """The actors a relative clause on ``noun`` is about. A party or people word in apposition to a person is
    what that person is ("X, a Tennessee Republican who has met Y": X met Y, not the Republicans)."""
    head = noun.head
    if noun.dep_ == "appos" and head.i in S.owner and S.owner[head.i].type == "PERSON" \
            and noun.i in S.owner and S.owner[noun.i].type != "PERSON":
        return [S.owner[head.i]]
    return S.actors_of(noun, modifiers=True)


def _inside_noun_phrase(tok) -> bool:
    """A name in a noun's "of"/"to" phrase ("the loss to Obama"): no participant of a clause, so no antecedent an
    object pronoun would pick over the clause's own people. A possessor stays one ("Sanders' win ... defeated him")."""
    return tok.dep_ == "pobj" and tok.head.head.pos_ in {"NOUN", "PROPN"}


def _subjects(tok, S: _Sentence) -> list[Actor]:
    """Actors doing what the verb ``tok`` says (relative clauses, conjoined and infinitival verbs included)."""
    has_subject = False
    for c in children(tok):
        if c.dep_ in {"nsubj", "csubj"}:
            if c.lower_ in RELATIVE_PRONOUNS and tok.dep_ == "relcl":
                return _antecedent(tok.head, S)
            found = S.actors_of(dateline_appos(c) or c, modifiers=True)  # "DES MOINES — Sen. Lee said": Lee
            if not found and c.pos_ == "NOUN" and getattr(_trigger(c)[0], "kind", None) == "oppose":
                # "An Israeli airstrike destroyed the consulate": the demonym's state strikes (CAMEO codes the act
                # by its state, as for objects)
                found = [st for x in c.lefts if (st := S.state_of_demonym(x, c)) is not None]
            if found:
                return found
            has_subject = True  # a second subject is a dateline the parser ran in: "Washington (AFP) – X said"
    if has_subject:
        return []
    if tok.dep_ == "xcomp" and lemma_of(tok.head) in OBJECT_CONTROL:
        objs = [c for c in children(tok.head) if c.dep_ == "dobj"]
        if objs:  # "X urged Y to criticize Z", "may nominate Y to run against Z": Y does it, not X
            return S.actors_of(objs[0], modifiers=True)
    if tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.pos_ in {"VERB", "AUX"} \
            and not any(c.dep_ == "agent" for c in children(tok.head)):
        # "He was elected to the Senate in 1976, defeating X": the one elected did the defeating
        passive = [a for c in children(tok.head) if c.dep_ == "nsubjpass" for a in S.actors_of(c, modifiers=True)]
        if passive:
            return passive
    if tok.dep_ in {"conj", "xcomp", "advcl"} and tok.head.pos_ in {"VERB", "AUX"} and tok.head.i != tok.i:
        return _subjects(tok.head, S)
    if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.lower_ in TIME_PREPS and tok.head.head.pos_ in {"VERB", "AUX"} \
            and tok.head.head.i != tok.head.i:
        return _subjects(tok.head.head, S)  # "After meeting Putin, Erdogan flew to Tehran": the clause's subject meets
    if tok.dep_ == "xcomp" and tok.head.pos_ == "ADJ" and tok.head.dep_ in {"acomp", "ROOT", "conj"} and tok.head.head.i != tok.head.i:
        # "X is ready to support Y", "a U.S.-Iraq partnership is critical to finish ISIL": the copula's subject.
        return _subjects(tok.head.head, S)
    if tok.dep_ in {"acl", "relcl"} and tok.head.pos_ in {"NOUN", "PROPN"}:
        poss = [c for c in children(tok.head) if c.dep_ == "poss"]
        if poss:
            # "the role X can play in Iraq's efforts to destroy Y": who takes part in the effort does it too
            owners = S.actors_of(poss[0])
            return owners + [a for a in _partakers(tok.head, S) if a not in owners]
    to = next((c for c in children(tok) if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is not None and to.i > 0:
        # "Türkiye's aid to help ...": an infinitive right after a possessed noun has the possessor as subject.
        noun = tok.doc[to.i - 1]
        poss = [c for c in children(noun) if c.dep_ == "poss"]
        if noun.pos_ == "NOUN" and poss:
            return S.actors_of(poss[0])
    return []


#: Prepositions before a gerund whose doer is the subject of the clause the phrase hangs on ("after meeting X",
#: "by defeating Y"); not "without" (not done) or "instead of".
TIME_PREPS = frozenset({"after", "before", "while", "since", "by", "upon", "on", "despite", "following"})


#: Verbs of taking part in someone else's effort ("play a role in", "take part in", "joined Iraq's efforts"), with
#: the word that introduces the effort ("dobj": the verb's object).
PARTAKE_VERBS = {"play": "in", "take": "in", "participate": "in", "assist": "in", "help": "in", "engage": "in",
                 "contribute": "to", "join": "dobj"}


def _partakers(noun, S: _Sentence) -> list[Actor]:
    """Actors taking part in the effort ``noun`` ("the United States can play a role in Iraq's efforts to ...",
    "Jordan took part in the coalition's campaign to ..."): the subjects of the verb of taking part. "play" needs
    its "role"/"part", "take" its "part"."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head if noun.dep_ == "dobj" else None
    lemma = lemma_of(verb) if verb is not None else None
    if verb is None or verb.pos_ != "VERB" or PARTAKE_VERBS.get(lemma) != (noun.head.lower_ if noun.dep_ == "pobj" else "dobj"):
        return []
    if lemma in {"play", "take"}:
        needs = {"role", "part"} if lemma == "play" else {"part"}
        own = {c.lemma_.lower() for c in children(verb) if c.dep_ == "dobj"}
        if verb.dep_ == "relcl":  # "the role X can play in ...": the noun the clause modifies
            own.add(verb.head.lemma_.lower())
        if not own & needs:
            return []
    return _subjects(verb, S)


#: Contests a support is given "for" ("for the GOP nomination"): their modifiers say where the contest is held.
CONTEST_NOUNS = {"nomination", "presidency", "election", "reelection", "re-election", "primary", "caucus", "seat", "race"}


def _prep_objects(tok, preps: set[str], S: _Sentence) -> list[Actor]:
    out: list[Actor] = []
    for c in children(tok):
        if c.dep_ in {"prep", "dative"} and c.lower_ in preps:
            for p in children(c):
                if p.dep_ == "pobj" and c.lower_ == "for" and p.i not in S.owner and p.lemma_.lower() in CONTEST_NOUNS:
                    # "threw his support behind Y for the GOP nomination": the party holds the contest, it is not
                    # whom the support is for; a possessor or an "of" still is ("support for X's nomination")
                    out += [S.owner[x.i] for x in children(p) if x.dep_ == "poss" and x.i in S.owner and S.owner[x.i] not in out]
                    out += [a for a in _prep_objects(p, {"of"}, S) if a not in out]
                elif p.dep_ == "pobj":
                    out += [a for a in S.actors_of(p, modifiers=True) if a not in out]  # "from ISIL control"
    return out


#: Words whose infinitive or object did not happen ("refused to endorse X", "declined to criticize X", "her refusal to
#: disavow X", "canceled a planned summit with X").
NEGATING = {"refuse", "decline", "fail", "refusal", "failure",
            # a meeting or deal called off does not take place ("Jordan canceled a planned summit with X")
            "cancel", "postpone", "scrap", "abandon", "cancellation", "postponement"}


#: Verbs that let or make someone do what their clause says ("let X run", "allowed X to join").
CAUSATIVES = frozenset({"let", "allow", "permit", "make"})


def _negated(tok, chain: bool = True) -> bool:
    """The trigger is denied: its own "not", or up a chain of infinitives and the verb a noun or "against" hangs on
    ("did not want to attack X", "would not recommend charges against X", "refused to endorse X", "Neither X nor Y
    is inclined to attack Z"). Without ``chain`` (a membership, a standing tie: "hadn't received an endorsement from
    any members of X") only the trigger's own "not" counts."""
    if any(c.dep_ == "neg" for c in children(tok)) or (tok.pos_ == "NOUN" and any(c.dep_ == "neg" for c in children(tok.head))):
        return True
    node = tok
    for _ in range(4 if chain else 0):
        if (node.dep_ in {"xcomp", "acomp", "acl", "dobj", "pobj", "prep"}
                or node.dep_ == "ccomp" and node.head.lemma_.lower() in CAUSATIVES) and node.head.i != node.i:
            node = node.head  # ("refused to let Modi run India": the run hangs on "let" as a clause)
        else:
            return False
        if node.lemma_.lower() in NEGATING or any(c.dep_ == "neg" for c in children(node)) or any(
                c.dep_ in SUBJECTS and any(p.dep_ in {"preconj", "det"} and p.lower_ == "neither" for p in children(c))
                for c in children(node)):
            return True
        if node.pos_ in {"VERB", "AUX"} and node.dep_ not in {"xcomp", "acomp"}:
            return False  # a clause of its own: "X, who did not attend, said Y attacked Z" stays positive
    return False


def _mentions_by_sentence(actors: ActorSet, sents) -> list[list[tuple[Actor, tuple[int, int]]]]:
    """``actors.mentions_in(sent.start_char, sent.end_char)`` for every sentence of ``sents``
    (:class:`.sent_spans.Sents`), from one pass over the mentions: each is put in the sentences
    that hold it (found by bisect) instead of every sentence testing every mention."""
    starts, ends = sents.start_chars, sents.end_chars
    spans: list[list[tuple[int, int, Actor]]] = [[] for _ in starts]
    for a in actors.actors:
        for s, e in a.mentions:
            k = bisect_right(starts, s) - 1  # the last sentence starting at or before the mention
            while k >= 0 and e <= ends[k]:  # (an earlier one too only for an empty mention at a boundary)
                spans[k].append((s, e, a))
                k -= 1
    out = []
    for sp in spans:
        # as ActorSet.mentions_in (outermost): text order, longest first, nested mentions dropped
        sp.sort(key=lambda x: (x[0], -(x[1] - x[0])))
        out.append([(a, (s, e)) for s, e, a in sp
                    if not any(s2 <= s and e <= e2 and (s2, e2) != (s, e) for s2, e2, _ in sp)])
    return out


def extract_interactions(doc, article: Article, actors: ActorSet, reached: list | None = None) -> pd.DataFrame:
    """Typed interactions (meet, communicate, visit, attend, support, oppose, agree).

    ``reached``, when given, receives ``(actor name, (start, end))`` for each pronoun or description that is the
    end of an edge ("He" in "He met Abadi"): a mention of that actor the actors table can add
    (:func:`newslab.extract.interaction_mentions.with_reached_mentions`)."""
    rows: list[dict] = []
    seen: set[tuple] = set()
    last_meeting: list[Actor] = []
    pair: list[Actor] = []  # the two people of the last meet/communicate edge (_Sentence.pair)
    pair_sent = [-1]  # first token of its sentence
    sides: list[Actor] = []  # the two states or bodies of the last edge between them (_Sentence.sides)
    sides_sent = [-1]
    prev_start = -1

    def emit(src: Actor, tgt: Actor, trig: Trigger, verb: str, tok, sent) -> None:
        if src is tgt or src.name == tgt.name or _is_coordinate(src) or _is_coordinate(tgt):
            return
        if trig.kind in PEER_KINDS and (_is_place(src) or _is_place(tgt)):
            return  # "travelled to Paris", "the Paris meeting on Syria": a town is where, not who
        if trig.kind != "member" and hypothetical(tok):
            return  # "unless the party renounces X", "if elected, she would ask Y": supposed, not done
        if trig.kind == "control" and intended(tok):
            return  # "plans to buy X", "withdrew its offer to acquire X": aimed at, not held
        if trig.symmetric and src.name > tgt.name:
            src, tgt = tgt, src
        key = (src.name, tgt.name, trig.kind, sent.start)
        if key in seen:
            return
        seen.add(key)
        if trig.kind in {"meet", "communicate"} and src.type == "PERSON" and tgt.type == "PERSON":
            pair[:] = [src, tgt]
            pair_sent[0] = sent.start
        if trig.kind in SIDES_KINDS and src.type != "PERSON" and tgt.type != "PERSON" \
                and not _is_place(src) and not _is_place(tgt):
            sides[:] = [src, tgt]
            sides_sent[0] = sent.start
        rows.append({
            "source": src.name, "target": tgt.name, "kind": trig.kind, "cameo": trig.cameo, "verb": verb,
            "negated": _negated(tok, chain=trig.kind != "member"), "date": None,
            "sentence": doc_text(tok.doc)[sent.start_char:sent.end_char].strip(),  # sent.text without re-joining its tokens
            "span": [tok.idx, tok.idx + len(tok.text)],
        })

    persons: dict[int, Actor] = {}  # last token of each person mention -> person
    person_tokens: dict[int, Actor] = {}  # every token of a person mention -> person
    for a in actors.actors:
        if a.type == "PERSON":
            for s, e in a.mentions:
                tokens = char_token_range(doc, s, e)  # doc.char_span(s, e, "expand"), without the Span
                if tokens is not None:
                    persons[tokens[1] - 1] = a
                    for i in range(*tokens):
                        person_tokens[i] = a
    genders = person_genders(doc, actors)
    pos, lowers, lemmas = doc_pos(doc), doc_lowers(doc), doc_lemma_lowers(doc)
    sents = doc_sents(doc)
    # quotations: a he/she inside one is not its speaker ('"I think she is ...," Hassan said')
    quote_spans = [q.span for q in quotes_of(article.body)]
    for sent, mentions in zip(sents.spans, _mentions_by_sentence(actors, sents)):
        if pair and pair_sent[0] not in {sent.start, prev_start}:
            pair.clear()  # "the two leaders" looks back one sentence at most
        if sides and sides_sent[0] not in {sent.start, prev_start}:
            sides.clear()
        prev_start = sent.start
        S = _Sentence(sent, actors, persons, person_tokens, genders, mentions)
        S.pair = pair  # the same list: an edge emitted earlier in this sentence counts
        S.sides = sides
        S.quotes = quote_spans
        if not S.owner and not last_meeting and not sides and not pair:
            continue  # (a sentence naming no actor may still say "the two leaders" of the pair just met)
        first_row = len(rows)
        for i in range(sent.start, sent.end):
            # tag, word and lemma from the per-document lists: spaCy's Token properties cost a
            # string-store look-up each, and most tokens pass none of the tests below
            p, low, lem = pos[i], lowers[i], lemmas[i]
            if p not in _CAN_TRIGGER and low not in {"against", "alongside", "one", "among", "within"}:
                continue  # no rule below fires on it: _trigger needs one of these tags, membership a NOUN
            tok = doc[i]
            if low == "against" and tok.dep_ == "prep":
                _against_edges(tok, S, emit)
            if low == "within" and tok.dep_ == "prep":
                _within(tok, S, emit)
            if low == "alongside" and tok.dep_ == "prep":
                _alongside_edges(tok, S, emit)
            if p == "NOUN" and i not in S.owner and (lem in MEMBERSHIP_NOUNS or any(
                    c.dep_ == "compound" and c.lower_ == "member" for c in children(tok))):  # "a member state of Y"
                _membership_phrase(tok, S, emit)
            if (low == "one" and p == "NUM") or low == "among":
                _one_of(tok, S, emit)
            if i in S.owner and low in member_roles():
                _member_group(tok, S, emit)
            if p == "VERB":
                if lem in DIE_VERBS:
                    _died_in(tok, S, emit)
                if lem == "fall":
                    _fell_to(tok, S, emit)
                if lem == "hold":
                    _holds_place(tok, S, emit)
                if lem in TOLL_VERBS and tok.dep_ == "relcl":
                    _toll_of(tok, S, emit)
            trig, verb = _trigger(tok) if _may_trigger(low, lem) else (None, "")
            if trig is None or (trig.pos == "NOUN" and tok.i in S.owner):
                continue  # a trigger noun inside an actor's name ("Consumer Rights Alliance") is not an event
            if lem in RESULT_VERBS and result_sentence(doc, sent):
                continue  # "City beat Villa 3-1", "hosted Chelsea": a match result, no political event
            if trig.pos == "VERB":
                _verb_edges(tok, trig, verb, S, emit, last_meeting)
                if lemma_of(tok) in TAKEN_FROM:
                    _held_by(tok, S, emit)
            else:
                _noun_edges(tok, trig, verb, S, emit)
        if reached is not None and S.reached:
            ends = {n for r in rows[first_row:] for n in (r["source"], r["target"])}
            for a, i, j in S.reached:
                if a.name in ends and (a.name, (doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text))) not in reached:
                    reached.append((a.name, (doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text))))
        meets = [r for r in rows if r["kind"] == "meet" and r["span"][0] >= sent.start_char and r["span"][1] <= sent.end_char]
        if meets:
            names = []
            for r in meets:
                names += [r["source"], r["target"]]
            last_meeting[:] = [a for a in actors.actors if a.name in names]
    rows += _membership_rows(doc, actors, {(r["source"], r["target"]) for r in rows})
    return make_table("interactions", rows)


#: Verbs of approval: about an actor's act ("welcomed Japan's decision"), they mean support (CAMEO 051 praise/endorse).
APPROVAL_VERBS = {"welcome", "praise", "commend", "applaud", "hail", "salute"}
APPROVE = Trigger("approve", "VERB", "support", "051", "", False)
TOPIC_PREPS = {"about", "over", "regarding", "concerning", "on"}
#: Verbs of feeling whose passive subject is the one who reacts ("appalled by", "outraged by").
EXPERIENCER_VERBS = {"appal", "appall", "outrage", "horrify", "disgust", "dismay", "sadden", "shock", "alarm", "anger"}
AGAINST = Trigger("against", "ADP", "oppose", "190", "against", False)
#: "against" after words of no force ("a lawsuit against", "voted against", "a procedure against"): CAMEO 110
#: disapprove; 190 (conventional military force) only after a word of fighting (:data:`FORCE_WORDS` or an attack
#: trigger of the vocabulary).
AGAINST_DISAPPROVE = Trigger("against", "ADP", "oppose", "110", "against", False)
FORCE_WORDS = frozenset({"war", "fight", "battle", "offensive", "counteroffensive", "operation", "strike", "airstrike",
                         "attack", "raid", "assault", "bombing", "bombardment", "insurgency", "uprising", "rebellion",
                         "jihad", "violence", "force", "weapon", "missile", "rocket", "troop", "soldier", "combat",
                         "mission", "push", "advance", "counterattack", "shelling"})
#: Modifiers that make a noun one of fighting ("a military campaign against", "air operations against").
FORCE_MODIFIERS = frozenset({"military", "air", "armed", "naval", "ground", "bombing"})
PROTECT_FROM = {"defend", "protect", "shield", "save"}


def _against_edges(prep, S: "_Sentence", emit) -> None:
    """"X ... against Y" (a fight, campaign, use of weapons, sanctions against Y): X oppose Y, where X is
    the subject of the nearest verb above, or the possessor of the noun the preposition hangs off."""
    targets: list[Actor] = []
    for p in children(prep):
        if p.dep_ == "pobj":
            targets += S.actors_of(p, modifiers=True)
    if not targets:
        return
    head = prep.head
    sources: list[Actor] = []
    if head.pos_ in {"NOUN", "PROPN"}:
        sources = [a for c in children(head) if c.dep_ == "poss" for a in S.actors_of(c)]
        if head.i in S.owner:
            return  # "forces against" inside an actor's own name
    node = head
    while not sources and node.dep_ not in {"ROOT"} and node.pos_ not in {"VERB", "AUX"}:
        if node.dep_ == "pobj" and node.head.lower_ in TOPIC_PREPS:
            return  # "spoke about the next fixture against Liverpool": the speaker is not the opponent
        node = node.head
    if not sources and node.pos_ in {"VERB", "AUX"}:
        sources = _subjects(node, S)
        if not sources and _trigger(node)[0] is None:
            # "Abu Jandal was involved in the use of ... against the SDF"
            sources = [a for c in children(node) if c.dep_ == "nsubjpass" for a in S.actors_of(c, modifiers=True)]
    # against an armed group or an army it is fighting whatever the noun ("the campaign against Daesh")
    trig = AGAINST if _of_force(prep.head, node) or any(t.kind in {"armed_group", "military"} for t in targets) \
        else AGAINST_DISAPPROVE
    for s in sources:
        for t in targets:
            emit(s, t, trig, "against", prep, S.sent)


def _of_force(head, verb) -> bool:
    """Whether "against" hangs on fighting: a word of force or an attack trigger from the preposition's head up to
    the verb above it ("the offensive against", "fought against", "launched strikes against")."""
    node = head
    for _ in range(6):
        trig = _trigger(node)[0]
        if lemma_of(node) in FORCE_WORDS or trig is not None and trig.kind == "oppose" \
                and (trig.cameo or "")[:2] in ATTACK_CODES:
            return True
        if any(c.dep_ in ("compound", "amod") and lemma_of(c) in FORCE_WORDS | FORCE_MODIFIERS for c in children(node)):
            return True  # "a bombing campaign against", "an air campaign against"
        if node is verb or node.dep_ == "ROOT":
            return any(lemma_of(c) in FORCE_WORDS for c in children(node) if c.dep_ in ("dobj", "nsubj", "nsubjpass"))
        node = node.head
    return False


#: Verbs after which "alongside Y" makes the subject Y's comrade in arms ("fought alongside the army"); not
#: "was buried alongside", "sat alongside". CAMEO 062: cooperate militarily.
ALONGSIDE_VERBS = {"fight", "battle", "serve", "operate", "deploy", "patrol", "train", "stand", "advance", "attack"}
ALONGSIDE = Trigger("alongside", "ADP", "support", "062", "alongside", False)


def _alongside_edges(prep, S: "_Sentence", emit) -> None:
    """"X fought alongside Y" (a verb of :data:`ALONGSIDE_VERBS`): X support Y."""
    verb = prep.head
    if verb.pos_ not in {"VERB", "AUX"} or lemma_of(verb) not in ALONGSIDE_VERBS:
        return
    partners = [a for p in children(prep) if p.dep_ == "pobj" for a in S.actors_of(p)]
    for s in _subjects(verb, S):
        for t in partners:
            emit(s, t, ALONGSIDE, "alongside", prep, S.sent)


#: Verbs of taking a place or people out of someone's hands: "liberate X from Y" says Y held X.
TAKEN_FROM = {"liberate", "free", "capture", "seize", "retake", "recapture", "wrest", "reclaim"}
HELD = Trigger("held", "VERB", "control", None, "from", False)


def _held_by(tok, S: "_Sentence", emit) -> None:
    """"the campaign to liberate Mosul from ISIL", "Kandahar was retaken from the Taliban" -> ISIL control Mosul
    (the standing relation the sentence states, whoever does the liberating)."""
    holders = _prep_objects(tok, {"from"}, S)
    if not holders:
        return
    held = [a for c in children(tok) if c.dep_ in {"dobj", "nsubjpass"} for a in S.actors_of(c)]
    for h in holders:
        for x in held:
            if h.type in {"ORG", "GPE", "PERSON"}:
                emit(h, x, HELD, tok.text, tok, S.sent)


MEMBER = Trigger("member", "NOUN", "member", None, "of", False)
#: ORG kinds a membership noun's "in" phrase makes the member's body ("a general in the army").
IN_BODY_KINDS = {"military", "armed_group", "government", "party"}
#: Nouns that state a person's or unit's place in an organisation or state: "X, a senior member of Y",
#: "X is a commander of Y".
#: Nouns whose organisation compounded into them is the body the noun's holder belongs to ("a NATO member", "an
#: al-Qaeda affiliate", "a Hamas offshoot"); officers' nouns are left out ("a Hamas leader" is the title rule's).
ORG_PARTS = frozenset({"member", "affiliate", "offshoot", "branch", "wing", "faction", "franchise", "subsidiary"})
MEMBERSHIP_NOUNS = {"member", "leader", "head", "chief", "commander", "founder", "official", "spokesman",
                    "spokeswoman", "spokesperson", "fighter", "militant", "director", "chairman", "chairwoman",
                    "representative", "officer", "employee", "executive", "ambassador", "envoy", "part",
                    "chair", "president", "deputy", "adviser", "advisor", "coordinator", "general", "colonel",
                    "captain", "lieutenant", "sergeant", "admiral",
                    # an organisation's place in another ("X, an offshoot of al-Qaeda", "X is the armed wing of Y")
                    "affiliate", "offshoot", "branch", "wing", "faction", "franchise", "subsidiary",
                    # a unit of a force or group ("X, a unit of the Iraqi Army", "X, the foreign arm of Y")
                    "arm", "unit", "division", "component", "brigade", "battalion", "regiment", "cell"}


def _membership_phrase(tok, S: "_Sentence", emit) -> None:
    """"X, a senior member of Y" (apposition), "X is a member of Y" (copula) and "appointed X (as) head of Y"
    (object predicate) -> X member Y."""
    groups = [a for a in _prep_objects(tok, {"of"}, S) if a.type in {"ORG", "GPE", "NORP"}]
    # "appointed X the commander for ISIL's logistics": "for" names the organisation (not a state: "the envoy
    # for Syria" is sent to it, not part of it).
    groups += [a for a in _prep_objects(tok, {"for"}, S) if a.type == "ORG" and a not in groups]
    # "a commander in the navy", "an official in the ministry": "in" an armed force or a government body (not a
    # place, nor a company: "an officer in Failaka", "a director in the firm" say where, not whose).
    groups += [a for a in _prep_objects(tok, {"in"}, S) if a.type == "ORG" and a.kind in IN_BODY_KINDS and a not in groups]
    # "X, al-Qaeda's affiliate in Somalia", "X, Hamas's commander in Gaza": a named possessor is the body (a
    # pronoun is left out: "its leader" is the title rule's, and "his adviser" is no body at all). Not with a
    # compound of its own: "France's National Front party leader" leads the party, the state is where.
    if not any(c.dep_ == "compound" for c in children(tok)):
        groups += [S.owner[c.i] for c in children(tok) if c.dep_ == "poss" and c.i in S.owner
                   and S.owner[c.i].type in {"ORG", "GPE", "NORP"} and S.owner[c.i] not in groups]
    if not groups and (tok.lemma_.lower() in ORG_PARTS or any(c.dep_ == "compound" and c.lower_ == "member"
                                                                for c in children(tok))):
        # "Germany, a NATO member,", "Poland, an EU member state": the organisation compounded into the noun
        mods = [c for c in children(tok) if c.dep_ == "compound"]
        mods += [g for c in mods if c.lower_ == "member" for g in children(c) if g.dep_ == "compound"]
        groups = [S.owner[c.i] for c in mods if c.i in S.owner and S.owner[c.i].type == "ORG"]
    if groups:
        _emit_members(tok, _post_holders(tok, S), groups, S, emit)


def _emit_members(tok, members: list[Actor], groups: list[Actor], S: "_Sentence", emit) -> None:
    for m in members:
        for g in groups:
            if m.affiliation and m.affiliation in {g.name, *g.aliases}:
                continue  # the title already says it: the member row from the title carries the whole role
            emit(m, g, MEMBER, tok.text, tok, S.sent)


def _post_holders(tok, S: "_Sentence") -> list[Actor]:
    """The actors a post or part phrase headed by ``tok`` is said of: its apposition's head, the subject of
    "is (a) <tok>", the object put in it ("named X (as) <tok>"), the person apposed to it."""
    if tok.dep_ == "appos":
        members = S.actors_of(tok.head)
    elif tok.dep_ == "attr" and (tok.head.lemma_ == "be" or tok.head.lemma_ in {"become", "remain"} and not any(
            c.dep_ in {"aux", "neg"} and c.lower_ in {"to", "not", "n't", "never"} for c in children(tok.head))):
        members = _subjects(tok.head, S)  # "Sweden became a NATO member" (not "will not allow X to become president")
    elif tok.dep_ == "oprd" or (tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.dep_ == "prep"):
        # "Y appointed X the commander for Z", "X was named as head of Z": the person put in the post.
        verb = tok.head if tok.dep_ == "oprd" else tok.head.head
        if verb.pos_ not in {"VERB", "AUX"}:
            return []
        succession = lemma_of(verb) in SUCCESSION_VERBS
        members = [] if succession else [a for c in children(verb) if c.dep_ in {"dobj", "nsubjpass"} for a in (
            # "X, who is described by Z as a leader of Y": the relative pronoun is the noun it hangs on
            S.actors_of(verb.head) if c.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl" else S.actors_of(c))]
        if succession or not members and not any(c.dep_ in {"dobj", "nsubjpass"} for c in children(verb)):
            # "X served / worked / acted as commander of Y": with no object, the subject holds the post.
            members = [a for a in _subjects(verb, S) if a.type == "PERSON"]
        # The post names the person put in it ("appointed X as the army commander for Z": "the army
        # commander" is X; ACE marks such a nominal as a mention of X): a mention reached, as "he" is.
        S.reached += [(m, tok.left_edge.i, tok.i + 1) for m in members if m.type == "PERSON"]
    elif any(c.dep_ == "appos" for c in children(tok)):
        # "the leader of the rebels, X, said ...": the person named in apposition to the post holds it
        members = [a for c in children(tok) if c.dep_ == "appos" for a in S.actors_of(c) if a.type == "PERSON"]
    else:
        return []
    return members


#: A person's entourage or bureau as a subject ("Abadi's office said he ..."): "he" is the person it belongs to. Plural
#: role nouns count too ("his aides", "Trump's lawyers"); a single spokesman or lawyer may be "he" himself.
ENTOURAGE_NOUNS = frozenset({"office", "campaign", "team", "staff", "camp", "family", "administration", "government",
                             "entourage", "cabinet", "spokespeople"})


#: Verbs of taking over someone's post: "X succeeded Y as head of Z" puts the subject in the post, not the object.
SUCCESSION_VERBS = frozenset({"succeed", "replace"})


#: Plural nouns for the parts an organisation is made of: "X is one of its constituent groups".
PART_NOUNS = {"group", "member", "faction", "unit", "brigade", "organisation", "organization", "party",
              "affiliate", "constituent", "component", "state", "militia"}


def _one_of(tok, S: "_Sentence", emit) -> None:
    """"X was announced as one of its constituent groups", "X is one of the factions of Y", "X is among the
    member states of Y": X member Y, the organisation whose parts they are (possessor or "of" phrase; an
    organisation only: "one of Syria's parties" says where). A possessive "its" so resolved is a mention of Y.
    Who else is one of them too ("..., along with A, B and C") is a member as well."""
    if tok.lower_ == "among":
        parts = [p for p in children(tok) if p.dep_ == "pobj"] if tok.dep_ == "prep" and tok.head.lemma_ == "be" else []
    else:
        parts = [p for prep in children(tok) if prep.dep_ == "prep" and prep.lower_ == "of"
                 for p in children(prep) if p.dep_ == "pobj"]
    for p in parts:
        if p.tag_ != "NNS" or p.lemma_.lower() not in PART_NOUNS or p.i in S.owner:
            continue  # a member group ("the first members of X") has its own member edge
        groups = [a for a in _prep_objects(p, {"of"}, S) if a.type == "ORG"]
        owners = [(c, S.owner.get(c.i) or S.resolve_pronoun(c)) for c in children(p) if c.dep_ == "poss"]
        groups += [a for _, a in owners if a is not None and a.type == "ORG" and a not in groups]
        members = _subjects(tok.head, S) if tok.lower_ == "among" else _post_holders(tok, S)
        groups = [g for g in groups if g not in members]  # "X is one of its groups": "its" is not X
        if not groups:
            continue
        S.reached += [(a, c.i, c.i + 1) for c, a in owners if a in groups and c.i not in S.owner]
        verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "as" else tok.head
        if members and tok.dep_ in {"pobj", "attr"} and verb.pos_ in {"VERB", "AUX"}:
            members += [a for t in _along_with(verb) + _list_tail(verb) for a in S.actors_of(t) if a not in members]
        _emit_members(tok, members, groups, S, emit)


def _list_tail(verb) -> list:
    """The rest of an "along with A, B, C" list the parser split off: names hung on the verb as "dep" right
    after the "along with" phrase and a comma ("announced ..., along with A, B, C and D": B with C and D
    as its conjuncts)."""
    out = []
    for w in _along_with(verb):
        nxt = w.right_edge.i + 1
        doc = verb.doc
        if nxt + 1 < len(doc) and doc[nxt].text == ",":
            out += [c for c in children(verb) if c.dep_ == "dep" and c.left_edge.i == nxt + 1 and c.pos_ == "PROPN"]
    return out


#: ORG kinds that a state, party or person can be "within" as a member ("Turkey within NATO").
WITHIN_KINDS = {"igo", "party", "government", "military", "armed_group"}


def _within(prep, S: "_Sentence", emit) -> None:
    """"Turkey within NATO", "working with Turkey within NATO", "Hungary, isolated within the EU": X member Y,
    when Y is an alliance, party, government body or armed force (a town or state is where, not whose)."""
    bodies = [a for p in children(prep) if p.dep_ == "pobj" for a in S.actors_of(p)
              if a.type == "ORG" and a.kind in WITHIN_KINDS]
    if not bodies:
        return
    head = prep.head
    if head.i in S.owner:
        members = S.actors_of(head)
    elif head.pos_ == "VERB" and head.dep_ == "acl" and head.tag_ == "VBN":
        members = S.actors_of(head.head)  # "X, isolated within the EU"
    elif head.pos_ == "VERB":
        members = _prep_objects(head, {"with"}, S)  # "working with X within NATO": the partner is in it too
    else:
        return
    for m in members:
        if not _is_place(m):
            for b in bodies:
                emit(m, b, MEMBER, prep.text, prep, S.sent)


def _member_group(tok, S: "_Sentence", emit) -> None:
    """"students of X University", "some members of the X Society" (a member group, :mod:`.group_actors`):
    the group is part of the organisation its own "of/at" phrase names."""
    group = S.owner[tok.i]
    if group.type != "ORG" or not group.affiliation or f"{tok.lower_} of " not in group.name.lower():
        return  # "Kenyan students" of a state, or a name that only holds the word
    org = S.actors.by_name(group.affiliation)
    if org is not None and org.type == "ORG":
        emit(group, org, MEMBER, tok.text, tok, S.sent)


def _membership_rows(doc, actors: ActorSet, taken: set) -> list[dict]:
    """``member`` edges from a person's affiliation ("Türkiye's Ambassador ...",
    "an ISIL gang leader"), with the sentence of the first mention that states it as evidence."""
    rows = []
    for a in actors.actors:
        if a.type != "PERSON" or not a.affiliation or a.affiliation == a.name:
            continue  # an institution's state ("the Iraqi government" -> Iraq) is part of its name, not news
        target = actors.by_name(a.affiliation)
        if target is None or (a.name, target.name) in taken:
            continue
        s, e = min(a.mentions)
        span = doc.char_span(s, e, alignment_mode="expand")
        sent = sent_of(span) if span is not None else None
        rows.append({
            "source": a.name, "target": target.name, "kind": "member", "cameo": None,
            "verb": a.role or a.kind or "of", "negated": False, "date": None,
            "sentence": sent.text.strip() if sent is not None else "", "span": [s, e],
        })
    return rows


def _names_its_object(tok, trig: Trigger) -> bool:
    """"called her a liar", "called the group abhorrent": a verb of speech with an object predicate (``oprd``) says
    what the object is, to others; nobody is addressed ("called Obama" and "called on X" still are)."""
    return trig.kind == "communicate" and any(c.dep_ == "oprd" for c in children(tok))


def _dismissed(tok, S: _Sentence) -> bool:
    """"fired Lowry", "Lowry was fired", "fired its coach": "fire" whose object (or passive subject) is a person, or a
    role noun, with nothing fired "at" anyone: a dismissal, no use of force (CAMEO 190 is for weapons)."""
    if lemma_of(tok) != "fire" or any(c.dep_ == "prep" and c.lower_ in {"at", "on", "into"} and not any(
            g.dep_ == "pobj" and g.ent_type_ in {"DATE", "TIME"} for g in children(c)) for c in children(tok)):
        return False  # (a day after "on" is when: "fired Lowry on Friday")
    for c in children(tok):
        if c.dep_ in {"dobj", "nsubjpass"}:
            # (the person itself, or one the parser compounded into a time after it: "fired [Lowry weeks] after")
            heads = [c] + [g for g in children(c) if g.dep_ == "compound"]
            if any(S.owner.get(h.i) is not None and S.owner[h.i].type == "PERSON" for h in heads) \
                    or c.lemma_.lower() in ROLE_NOUNS:
                return True
    return False


def _verb_edges(tok, trig: Trigger, verb: str, S: _Sentence, emit, last_meeting: list[Actor]) -> None:
    if _names_its_object(tok, trig) or _dismissed(tok, S):
        return
    sent = S.sent
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in children(tok)) or (tok.dep_ in {"acl", "amod"} and tok.tag_ == "VBN") \
        or (tok.dep_ == "conj" and tok.tag_ == "VBN" and any(c.dep_ == "nsubjpass" for c in children(tok.head)))
    preps = {p for p in (trig.prep, "with" if trig.symmetric else "") if p}
    if trig.kind == "oppose" and (trig.cameo or "")[:2] in ATTACK_CODES:
        preps.add("into")  # "fired rockets into Israel", "shelled into the town": the one attacked
    if trig.prep and " " in trig.lemma and trig.lemma.split()[-1] not in PARTICLES:
        preps.add("to")  # a verb-object trigger: "withhold aid to Ukraine", "recalled its ambassador to Serbia"
    if passive:
        agents = []
        for c in children(tok):
            if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
                for p in children(c):
                    if p.dep_ == "pobj":
                        found = S.actors_of(p, modifiers=True)
                        if not found:  # "aided by strong support from our ally Turkey", "appalled by an attack by X"
                            found = _prep_objects(p, {"from", "of", "by"}, S)
                        agents += found
        if not agents and trig.kind == "oppose":
            agents = _event_doers(tok, S)  # "X was killed in a raid by Y"
        if not agents and tok.dep_ in {"amod", "compound"} and trig.kind == "support":
            agents = _hyphen_backer(tok, S)  # "Iran-backed Houthi rebels" (not "British-owned": an owner is no state)
        patients = []
        for c in children(tok):
            if c.dep_ == "nsubjpass":
                patients = _antecedent(tok.head, S) if c.lower_ in RELATIVE_PRONOUNS and tok.dep_ == "relcl" else S.actors_of(c, modifiers=True)
        if not patients and tok.dep_ in {"acl", "amod"}:
            patients = S.actors_of(tok.head)
            if not patients and tok.head.dep_ == "appos" and tok.head.head.i in S.owner:
                patients = [S.owner[tok.head.head.i]]  # "Al Mourabitoun, a group led by X,": the group named before
        if not patients and tok.dep_ == "xcomp" and tok.head.pos_ in {"VERB", "AUX"} and agents:
            # "Twitter agreed to be bought by Musk": the one who agreed is the one bought
            patients = [a for a in _subjects(tok.head, S) if a not in agents]
        if not patients and tok.dep_ == "conj" and tok.head.pos_ in {"VERB", "AUX"}:
            # "It was founded by X in 1989, and was later headed by Y": the second passive shares the first's subject
            patients = [a for c in children(tok.head) if c.dep_ == "nsubjpass" for a in S.actors_of(c, modifiers=True)]
        if not patients and (tok.dep_ == "advcl" or tok.dep_ == "pcomp" and tok.head.lower_ in TIME_PREPS) and tok.tag_ == "VBN":
            # "X liberated Dabiq, aided by support from Turkey", "After being attacked by Hamas, Israel ..."
            patients = _subjects(tok.head if tok.dep_ == "advcl" else tok.head.head, S)
        if not patients and tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.i > 0 and tok.doc[tok.i - 1].text == ",":
            # "... news that X liberated Dabiq, aided by support from Turkey": the parser hangs the participle off
            # a noun; the clause before the comma is what was aided.
            for v in reversed(list(tok.doc[S.sent.start: tok.i - 1])):
                if v.pos_ in {"VERB", "AUX"} and any(c.dep_ == "nsubj" for c in children(v)):
                    patients = _subjects(v, S)
                    break
        if not patients and lemma_of(tok) in THIRD_PARTY_VERBS and tok.dep_ == "acl" \
                and not _prep_objects(tok, preps | {"between"}, S):
            # "Israel and Hamas agreed to a truce brokered by Egypt", "signed a deal mediated by Qatar": the sides
            # are the subjects of the verb the brokered thing hangs on
            noun = tok.head
            verb_ = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head if noun.dep_ == "dobj" else None
            if verb_ is not None and verb_.pos_ in {"VERB", "AUX"}:
                patients = _subjects(verb_, S)
        if trig.kind == "member" and not agents:
            # "X is affiliated with Y", "a militia affiliated with Y": a standing tie of the subject, no doer
            for p in patients:
                for o in _prep_objects(tok, preps, S):
                    emit(p, o, trig, verb, tok, sent)
            return
        patients += [a for a in _prep_objects(tok, preps, S) if a not in patients]
        for a in agents:
            for p in patients:
                if tok.lemma_.lower() in EXPERIENCER_VERBS:
                    emit(p, a, trig, verb, tok, sent)  # "I am appalled by X's attack": the appalled one opposes X
                else:
                    emit(a, p, trig, verb, tok, sent)
        by_phrase = any(c.dep_ == "agent" for c in children(tok))
        if trig.symmetric and not agents and not by_phrase and len(patients) >= 2:
            # (not "X and Y, accompanied by one of the family's lawyers,": someone else went with them)
            _pairwise(patients, trig, verb, tok, sent, emit)
        if trig.symmetric and not patients and len(agents) >= 2:
            _pairwise(agents, trig, verb, tok, sent, emit)  # "the agreement signed by Kenya and Ethiopia"
        return
    subjects = _subjects(tok, S)
    objects: list[Actor] = []
    message_sources: list[Actor] = []
    approved: list[Actor] = []
    noun_trig: Trigger | None = None
    for c in children(tok):
        if c.dep_ in {"dobj", "dative"}:
            # "wrote his Dumky Trio", "wrote a book on X": what is written is no addressee ("wrote to X", "wrote him")
            objs = [] if c.dep_ == "dobj" and lemma_of(tok) == "write" else S.actors_of(c)
            if not objs and c.dep_ == "dobj" and c.lower_ in RELATIVE_PRONOUNS and tok.dep_ == "relcl" \
                    and c.i < tok.i:
                objs = _antecedent(tok.head, S)  # "Carter, whom Vance backed in 1980": Vance backed Carter
            if not objs and c.lower_ in BODY_OF and any(p.dep_ == "prep" and p.lower_ == "of" for p in children(c)):
                objs = S.actors_of(c, modifiers=True)  # "joined the ranks of X", "met a group of leaders of X"
            if not objs and c.dep_ == "dobj":
                objs = _misattached_apposition(tok, c, S)  # "met Qatar's emir, Sheikh Tamim,"
            if objs:
                objects += [a for a in objs if a not in objects]
            else:
                sub, _ = _trigger(c)
                owners = [a for p in children(c) if p.dep_ == "poss" for a in S.actors_of(p)]
                if not owners and _is_amount(c):
                    # "fined Apple 1.8 billion euros": the parser hangs the one fined or paid on the amount
                    owners = [a for p in children(c) if p.dep_ == "nmod" and p.i in S.owner for a in S.actors_of(p)]
                if _is_victim_noun(c):  # "condemned Khashoggi's murder by Saudi agents": the agents, not the victim
                    owners = _prep_objects(c, {"by"}, S)
                if not owners:  # "expelled a Canadian diplomat", "condemned the Israeli raid": the demonym's state
                    owners = [st for x in c.lefts if (st := S.state_of_demonym(x, c)) is not None]
                if sub is not None and sub.kind == "support" == trig.kind and owners and _prep_objects(c, {"for", "to"}, S):
                    # "pledged Tehran's support for Lebanon": the possessor gives the support the noun says it gives
                    # (the noun's own edge); the verb's doer is not for the possessor
                    pass
                elif trig.kind in {"oppose", "support"} or tok.lemma_.lower() in APPROVAL_VERBS:
                    # "condemned Iran's attack", "praised Egypt's efforts": the verb is about the possessor.
                    found = list(owners)
                    if not owners:  # "condemned the attack by ISIL", "welcomed the decision by Japan"
                        found += _prep_objects(c, {"by"}, S)
                    if trig.kind in {"oppose", "support"}:
                        objects += [a for a in found if a not in objects]
                    else:  # "welcomed Japan's decision": approval, not a meeting
                        approved += [a for a in found if a not in approved]
                    if not owners and sub is None and c.lower_ not in PLACE_NOUNS and trig.kind in {"oppose", "support"}:
                        # "shelled positions of the YPG", "shelled positions held by the YPG": the holder.
                        objects += [a for a in _prep_objects(c, {"of"}, S) if a not in objects]
                        # "struck Hamas targets", "shelled ISIL positions": the compound names the holder; a town,
                        # region or building names where ("struck Raqqa targets", "slamming the Texas senator").
                        objects += [S.owner[x.i] for x in _left_compounds(c) if x.i in S.owner
                                    and S.owner[x.i] not in objects and not _is_place(S.owner[x.i])]
                        for g in children(c):
                            if g.dep_ == "acl" and g.tag_ == "VBN":
                                objects += [a for a in _prep_objects(g, {"by"}, S) if a not in objects]
                                objects += [a for a in _agents_of(g, S) if a not in objects]
                        if not objects and lemma_of(c) in TARGET_NOUNS and (trig.cameo or "")[:2] in ATTACK_CODES:
                            # "struck targets in Gaza", "shelled positions inside Syria": with no holder named, the
                            # place the targets are in is the one attacked (not "near": beside it, not in it)
                            objects += [a for a in _prep_objects(c, {"in", "inside"}, S) + _prep_objects(tok, {"in", "inside"}, S)
                                        if a.type in {"GPE", "LOC", "FAC"} and a not in objects]
                elif sub is not None:
                    # "conveyed Erdoğan's message to Dbeibeh": the possessor of a message noun is a source too.
                    noun_trig = sub
                    message_sources += owners
                if sub is not None:
                    # "signed an agreement with Siemens": the noun's own "with" names the partner; so does the
                    # verb's own preposition hung on an object of the same kind ("pledged allegiance to X"; not
                    # "paid a visit to X", a visit).
                    own = {trig.prep} & {sub.prep} - {""} if sub.kind == trig.kind else set()
                    if lemma_of(tok) in THIRD_PARTY_VERBS:
                        own.add("between")  # "Qatar hosted talks between X and Y": the host meets both sides
                    if trig.prep and trig.lemma.endswith(" " + lemma_of(c)):
                        # "withheld aid from Ukraine": the verb-object trigger's own preposition, and "to" ("withheld
                        # aid to Ukraine", "recalled its ambassador to Serbia")
                        own |= {trig.prep, "to"}
                    objects += [a for a in _prep_objects(c, {"with"} | own, S) if a not in objects]
                elif trig.prep and c.dep_ == "dobj" and (trig.prep != "with" or lemma_of(c) in RELATION_NOUNS
                                                         or trig.lemma.endswith(" " + lemma_of(c))):
                    # "pledged 50 million euros to Egypt", "severed ties with Iran": the parser hangs the verb's own
                    # preposition off its object ("with" only off ties: "struck the town with rockets")
                    # (and "to" off the object of a verb-object trigger: "recalled its ambassador to Spain")
                    own = {trig.prep, "to"} if trig.lemma.endswith(" " + lemma_of(c)) else {trig.prep}
                    objects += [a for a in _prep_objects(c, own, S) if a not in objects]
                    if _is_amount(c):  # "pledged 500 million euros in aid to Ukraine": the amount's own "in" noun
                        objects += [a for p in children(c) if p.dep_ == "prep" and p.lower_ == "in" for n in children(p)
                                    if n.dep_ == "pobj" for a in _prep_objects(n, {trig.prep}, S) if a not in objects]
        if c.dep_ in {"ccomp", "xcomp"} and trig.kind == "support":
            # "help the government push back X": the helped actor is the subject of the complement verb.
            for g in children(c):
                if g.dep_ == "nsubj":
                    objects += [a for a in S.actors_of(g) if a not in objects]
    objects += [a for a in _prep_objects(tok, preps | ({"to"} if trig.kind == "communicate" else set()), S) if a not in objects]
    if not objects and trig.kind == "oppose" and (trig.cameo or "")[:2] in ATTACK_CODES:
        # "fired rockets at an Israeli army base", "struck Russian positions": the state of the target's demonym
        objects += [st for c in children(tok) if c.dep_ == "prep" and c.lower_ in preps for p in children(c)
                    if p.dep_ == "pobj" and p.i not in S.owner for x in p.lefts
                    if (st := S.state_of_demonym(x, p)) is not None and st not in objects]
    if trig.kind == "control" and not objects and tok.lemma_.lower() not in APPOINT_VERBS | PURCHASE_VERBS and not any(
            c.dep_ == "dobj" and c.lower_ in RACE_NOUNS for c in children(tok)):  # "who heads the Red Cross delegation"
        # (not "nominate Supreme Court justices": an appointment is of a person, not of the modifier's body;
        # not "leading the GOP field": a race, not a body; not "bought 60 Boeing aircraft": a product, not its maker)
        objects = [a for c in children(tok) if c.dep_ == "dobj" for a in S.actors_of(c, modifiers=True)]
    if trig.kind == "control" and _no_command(tok):
        # "Clinton leads Sanders by six points": a lead in a race; "dismissed X as a poor leader": a judgment
        objects = [o for o in objects if o.type != "PERSON"] if tok.lemma_.lower() == "lead" else []
    if trig.kind == "attend" and objects and all(o.type in {"ORG", "GPE"} for o in objects) \
            and not any(c.dep_ == "dobj" and _trigger(c)[0] is not None for c in children(tok)):
        # "joined the Free Syrian Army": joining an organisation, not a meeting.
        for s_ in subjects:
            for o in objects:
                emit(s_, o, MEMBER, verb, tok, sent)
        return
    if lemma_of(tok) == "work" and (employers := [a for a in _prep_objects(tok, {"for", "at"}, S) if a.type == "ORG"]):
        # "worked for Google", "works at the BBC": employment, not cooperation ("worked with X" stays)
        for s_ in subjects:
            for o in employers:
                emit(s_, o, MEMBER, verb, tok, sent)
        return
    if trig.kind == "attend" and not objects and lemma_of(tok) == "join" and any(
            c.dep_ == "dobj" and _trigger(c)[0] is None for c in children(tok)):
        return  # "joining the family company", "joined the team": no meeting joined, no one met
    if trig.kind == "attend" and not objects:
        attendees = subjects
        if last_meeting:
            for a in attendees:
                for b in last_meeting:
                    if a not in last_meeting:
                        emit(a, b, trig, verb, tok, sent)
        elif len(attendees) >= 2:
            _pairwise(attendees, trig, verb, tok, sent, emit)
        return
    if lemma_of(tok) in ABDUCT_VERBS:
        # people are taken, not places: "abducted schoolgirls from Chibok" names where they were, while "kidnapped
        # two engineers from the Red Cross" names the body they belong to
        objects = [o for o in objects if o.type not in {"GPE", "LOC", "FAC"}]
    if lemma_of(tok) in FREE_VERBS:
        # "freed the town from ISIL" fights ISIL; "freed five Americans", "freed Barghouti" releases people (CAMEO 0841,
        # no attack on them)
        freed = [a for c in children(tok) if c.dep_ == "dobj" for a in S.actors_of(c) if a.type in {"PERSON", "NORP"}]
        objects = [o for o in objects if o not in freed]
    if tok.lemma_.lower() in CLEAR_OF and not objects:
        objects = _cleared_of(tok, S)
    if len(subjects) >= 2:
        # "Poland and Hungary banned imports to protect their farmers": "their" is both subjects', no partner of either
        objects = [o for o in objects if o not in subjects]
    for s in subjects:
        for o in objects:
            emit(s, o, trig, verb, tok, sent)
    if tok.lemma_.lower() in PROTECT_FROM:
        # "defend the Syrian people from Assad's inhumanity": the defender opposes the threat.
        for threat in _prep_objects(tok, {"from", "against"}, S):
            for s in subjects:
                emit(s, threat, AGAINST, verb, tok, sent)
    for m in message_sources:
        for o in objects:
            emit(m, o, noun_trig or trig, verb, tok, sent)
    for s_ in subjects:
        for o in approved:
            emit(s_, o, APPROVE, verb, tok, sent)
    if trig.symmetric and not objects and len(subjects) >= 2 and not _has_partner(tok, preps):
        _pairwise(subjects, trig, verb, tok, sent, emit)
    elif not trig.symmetric and not objects and len(subjects) >= 2 and (
            _reciprocal_object(tok) or " " in trig.lemma and trig.lemma.split()[-1] in RELATION_NOUNS):
        # "India and Pakistan accused each other": each did it to the other; "Saudi Arabia and Iran restored
        # relations": each with the other
        for s_ in subjects:
            for o in subjects:
                if o is not s_:
                    emit(s_, o, trig, verb, tok, sent)


def _left_compounds(noun) -> list:
    """The compounds before ``noun``, and those of a modifier between ("a senior FARC dissident commander": "FARC"
    hangs on "dissident")."""
    out = []
    for x in noun.lefts:
        if x.dep_ == "compound":
            out.append(x)
        elif x.dep_ == "amod":
            out += [g for g in x.lefts if g.dep_ == "compound"]
    return out


def _reciprocal_object(verb) -> bool:
    """Whether the verb's object is "each other" or "one another" ("blamed each other", "fought one another")."""
    return any(c.dep_ in {"dobj", "pobj"} and (
        c.lower_ in {"other", "another"} and any(g.lower_ in {"each", "one"} for g in c.lefts)
        or c.lower_ == "one" and any(g.lower_ == "another" for g in c.rights)) for c in children(verb))


def _has_partner(verb, preps: set[str]) -> bool:
    """The verb names a partner of its own that is no actor ("X and Y talked with him", "met with them"): the
    subjects met that partner, not each other ("met with each other" still links them)."""
    return any(c.dep_ == "prep" and c.lower_ in preps and any(p.dep_ == "pobj" and p.lower_ not in {"other", "another"}
                                                              for p in children(c)) for c in children(verb))


#: Objects a candidate leads in a race ("leading the GOP field"): no body is led.
RACE_NOUNS = {"field", "race", "pack", "poll", "polls", "primary", "primaries", "contest", "count", "ballot"}


def _no_command(tok) -> bool:
    """A control verb used for a race or a judgment: "lead" (a person led is a rival in a race: "Clinton led Sanders
    by 20 points", "leading Trump in the polls"; a person leads a body, a force or a place), "dismiss X as ..."."""
    lemma = tok.lemma_.lower()
    if lemma == "lead":
        return True
    return lemma == "dismiss" and any(c.dep_ == "prep" and c.lower_ == "as" for c in children(tok))


#: Verbs of dying: "X died in an attack by Y" is Y's violence against X (CAMEO 19, conventional force).
DIE_VERBS = {"die", "perish"}
KILLED_IN = Trigger("die", "VERB", "oppose", "190", "", False)


def _died_in(tok, S: _Sentence, emit) -> None:
    """"X died in an attack by Y", "two soldiers died in a raid carried out by Y": Y opposes X."""
    doers = _event_doers(tok, S)
    for victim in _subjects(tok, S) if doers else []:
        for d in doers:
            emit(d, victim, KILLED_IN, tok.text, tok, S.sent)


def _agents_of(verb, S: _Sentence) -> list[Actor]:
    """Actors of a passive verb's "by" agent ("was captured by Y"), in order, repeats kept."""
    return [a for c in children(verb) if c.dep_ == "agent" for p in children(c) if p.dep_ == "pobj" for a in S.actors_of(p)]


#: "Kismayo fell to the rebels": a town taken (CAMEO 192, occupy territory); the taker is the source.
FELL_TO = Trigger("fall", "VERB", "oppose", "192", "to", False)


def _fell_to(tok, S: _Sentence, emit) -> None:
    """"The town fell to Kenyan troops", "Kabul fell to the Taliban": the "to" actor took the place. Only a place or
    a state falls this way ("prices fell to 5%", "the task fell to the minister" have no place subject)."""
    if any(c.dep_ in {"attr", "oprd", "acomp", "dobj", "npadvmod"} for c in children(tok)):
        return  # "fell victim to X's politics", "fell prey to", "fell silent": not a town taken
    takers = [a for a in _prep_objects(tok, {"to"}, S) if not _is_place(a)]
    if not takers:
        return
    for c in children(tok):
        if c.dep_ == "nsubj":
            for x in S.actors_of(c):
                if x.type == "GPE" or _is_place(x):
                    for t in takers:
                        emit(t, x, FELL_TO, tok.text, tok, S.sent)


#: "ISIL held Mosul", "the rebels held on to Homs": a place held (a standing relation, as "control of").
HOLDS = Trigger("hold", "VERB", "control", None, "", False)


def _holds_place(tok, S: _Sentence, emit) -> None:
    """"ISIL held Mosul until 2017", "the rebels held on to Homs", "Homs, held by the rebels": the holder controls
    the place. Only a town, region or building is held this way ("held talks", "held X responsible", "held the
    suspect" are other senses)."""
    if any(c.dep_ in {"oprd", "acomp", "ccomp", "xcomp", "attr"} for c in children(tok)):
        return  # "held X responsible", "held that ..."
    on = any(c.lower_ in {"on", "onto"} for c in children(tok) if c.dep_ in {"prt", "prep"})
    if any(c.dep_ in {"nsubjpass", "auxpass", "agent"} for c in children(tok)) or (tok.dep_ == "acl" and tok.tag_ == "VBN" and not on):
        holders = _agents_of(tok, S)
        held = [a for c in children(tok) if c.dep_ == "nsubjpass" for a in S.actors_of(c)] or (
            S.actors_of(tok.head) if tok.dep_ == "acl" else [])
    else:
        # "The rebels held on to Homs": the parser may hang the verb off its subject as a clause of the noun
        holders = S.actors_of(tok.head) if tok.dep_ == "acl" else _subjects(tok, S)
        held = [a for c in children(tok) if c.dep_ == "dobj" for a in S.actors_of(c)]
        if on:
            held += _prep_objects(tok, {"to", "onto"}, S)
            held += [a for c in children(tok) if c.dep_ == "prep" and c.lower_ == "on" for a in _prep_objects(c, {"to"}, S)]
    for h in holders:
        for x in held:
            if _is_place(x) and not _is_place(h) and h is not x:
                emit(h, x, HOLDS, tok.text, tok, S.sent)


#: Verbs that state a fight's toll in a relative clause ("fighting that saw X killed", "clashes that left X dead"),
#: and the words for the toll.
TOLL_VERBS = {"see", "leave"}
TOLL_WORDS = {"kill", "killed", "dead", "wound", "wounded", "injure", "injured", "die", "captured", "capture"}
TOLL = Trigger("kill", "VERB", "oppose", "190", "", False)


def _toll_of(tok, S: _Sentence, emit) -> None:
    """"captured by Y after days of fighting that saw X killed", "Y seized the town after clashes that left X dead":
    the fight's doer (its own "by" or possessor, else the doer of the clause the fight is in) opposes X."""
    noun = tok.head
    trig, _ = _trigger(noun)
    if trig is None or trig.pos != "NOUN" or trig.kind != "oppose" or noun.i in S.owner:
        return
    if not any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS for c in children(tok)):
        return
    victims: list[Actor] = []
    word = None  # the toll word, the edge's evidence ("killed", "dead")
    toll = next((g for g in children(tok) if g.dep_ in {"oprd", "acomp"} and g.lemma_.lower() in TOLL_WORDS), None)
    for c in children(tok):
        if c.dep_ in {"ccomp", "xcomp"} and c.lemma_.lower() in TOLL_WORDS:  # "saw X killed"
            victims += [a for g in children(c) if g.dep_ in SUBJECTS for a in S.actors_of(g)]
            word = c
        if c.dep_ == "dobj" and toll is not None:  # "left X dead"
            victims += S.actors_of(c)
            word = toll
    if not victims or word is None:
        return
    doers = [a for c in children(noun) if c.dep_ == "poss" for a in S.actors_of(c)] or _prep_objects(noun, {"by"}, S)
    if not doers:
        clause = noun
        while clause.dep_ in {"pobj", "prep"} and clause.head.i != clause.i:
            clause = clause.head
        if clause.pos_ in {"VERB", "AUX"}:
            if any(c.dep_ == "auxpass" for c in children(clause)):  # "was captured by Y after ..."
                doers = _agents_of(clause, S)
            else:
                doers = _subjects(clause, S)
    for d in doers:
        for v in victims:
            if d is not v:
                emit(d, v, TOLL, word.text, word, S.sent)


#: Verbs of removing someone from a place: "cleared the village of Y".
CLEAR_OF = {"clear", "rid"}


def _cleared_of(tok, S: _Sentence) -> list[Actor]:
    """Who is removed in "cleared the village of Taliban fighters", "cleared 20 percent of the city of enemy
    forces": the actor at the end of the object's chain of "of" phrases (not a place: that is where)."""
    node = next((c for c in children(tok) if c.dep_ == "dobj"), None)
    last = None
    while node is not None:
        prep = next((c for c in children(node) if c.dep_ == "prep" and c.lower_ == "of"), None)
        node = next((c for c in children(prep) if c.dep_ == "pobj"), None) if prep is not None else None
        if node is not None:
            last = node
    if last is None:
        return []
    return [a for a in S.actors_of(last, modifiers=True) if not _is_place(a)]


def _event_doers(tok, S: _Sentence) -> list[Actor]:
    """The doers of a violent event the passive verb ``tok`` happened in: "X was killed in a raid by Y", "wounded
    during an attack carried out by Y" (the event noun's own "by", or the agent of a participle on it)."""
    out: list[Actor] = []
    for c in children(tok):
        if c.dep_ != "prep" or c.lower_ not in {"in", "during"}:
            continue
        for p in children(c):
            t, _ = _trigger(p)
            if p.dep_ != "pobj" or t is None or t.pos != "NOUN" or t.kind != "oppose" or p.i in S.owner:
                continue
            out += [a for a in _prep_objects(p, {"by"}, S) if a not in out]
            for g in children(p):
                if g.dep_ == "acl" and g.tag_ == "VBN":  # "a raid conducted by Y"
                    out += [a for x in children(g) if x.dep_ == "agent" or (x.dep_ == "prep" and x.lower_ == "by")
                            for q in children(x) if q.dep_ == "pobj" for a in S.actors_of(q) if a not in out]
    return out


#: Nouns for an actor's standing partner or opponent, which may precede that actor's name ("its ally Hezbollah").
PARTNER_NOUNS = {"ally", "partner", "backer", "sponsor", "enemy", "rival"}


def _apposed_actor(tok, S: _Sentence):
    """The actor a partner noun is in apposition to ("the United States, Israel's closest ally,", "Poland, one of
    Ukraine's allies,"), or None."""
    head = apposed_to(tok)
    return S.owner.get(head.i) if head is not None else None


def _noun_edges(tok, trig: Trigger, verb: str, S: _Sentence, emit) -> None:
    sent = S.sent
    if trig.kind == "support" and tok.dep_ == "pobj" and tok.head.lower_ in {"with", "thanks"} and not any(
            c.dep_ == "poss" for c in children(tok)):
        # "X bombed Idlib with the support of Russia": Russia supports X.
        helpers = _prep_objects(tok, {"of", "from"}, S)
        clause = tok.head.head
        while clause.pos_ not in {"VERB", "AUX"} and clause.dep_ != "ROOT" and clause.head.i != clause.i:
            clause = clause.head
        if helpers and clause.pos_ in {"VERB", "AUX"}:
            helped = _subjects(clause, S)
            if any(c.dep_ == "auxpass" for c in children(clause)):
                # "X was captured by Y with the aid of Z": Z helped the doer Y, not X
                helped = _agents_of(clause, S)
            for h in helpers:
                for x in helped:
                    emit(h, x, trig, verb, tok, sent)
            return
    if trig.kind == "support" and tok.dep_ == "pobj" and tok.head.lower_ == "in" and not any(
            c.dep_ == "poss" for c in children(tok)):
        # "The coalition struck ISIL in support of the SDF": the clause's subject supports the "of" object.
        supported = _prep_objects(tok, {"of", "with"}, S)
        clause = _clause_verb(tok.head)
        if supported and clause is not None:
            for x in _subjects(clause, S):
                for t in supported:
                    emit(x, t, trig, verb, tok, sent)
            return
    if tok.lemma_.lower() in PARTNER_NOUNS and tok.i + 1 < len(tok.doc):
        # "Russia's ally Syria", "its partner France", "I thank our ally Turkey": the name after the noun is the
        # possessor's ally (for a backer or sponsor, the name is the one who backs).
        nxt = tok.doc[tok.i + 1]
        named = S.owner.get(nxt.i) if nxt.i in S.owner and (nxt.head.i in {tok.i, tok.head.i} or tok.head.i == nxt.i or nxt.dep_ in {
            "appos", "npadvmod"}) else None
        owners = [a for c in children(tok) if c.dep_ == "poss" for a in S.actors_of(c)]
        if named is None:
            named = _apposed_actor(tok, S)  # "Poland, one of Ukraine's strongest allies,"
            if named is not None and not owners:  # "Nabih Berri, a Hezbollah ally,", "a close French partner"
                owners = [S.owner[c.i] for c in children(tok) if c.dep_ == "compound" and c.i in S.owner] \
                    + [st for c in children(tok) if (st := S.state_of_demonym(c, tok)) is not None]
                owners = [o for o in owners if o is not named]
        if named is not None and owners:
            for o in owners:
                emit(named, o, trig, verb, tok, sent)
            return
    victim = _is_victim_noun(tok)
    sources: list[Actor] = []
    patients: list[Actor] = []
    for c in children(tok):
        if c.dep_ == "poss":
            # "Khashoggi's murder": the possessor of a violence noun with no "of" victim is the victim.
            (patients if victim else sources).extend(S.actors_of(c))
        if c.dep_ == "compound" and c.i in S.owner and not (trig.kind in {"meet", "attend", "agree"} and _is_city(S.owner[c.i])):
            # not "the Paris meeting on Syria", "the Vienna talks", "the Oslo accords": a city is the venue
            sources.append(S.owner[c.i])
    if not sources:
        # "the killing of X by Y", "the visit by Macron to Beijing": the "by" phrase names the doer.
        sources = _prep_objects(tok, {"by"}, S)
    if not sources and tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.lemma_.lower() in {
            "responsibility", "credit"} and tok.head.head.dep_ == "dobj" and tok.head.head.head.pos_ in {"VERB", "AUX"}:
        sources = _subjects(tok.head.head.head, S)  # "X claimed responsibility for the attack on Y": X did it
    described: list[Actor] = []
    if not sources and tok.dep_ == "appos" and tok.head.i in S.owner:
        described = S.actors_of(tok.head)  # "Turkey, a key ally of the United States"
    elif not sources and tok.dep_ == "attr" and tok.head.lemma_ == "be":
        described = _subjects(tok.head, S)  # "Turkey is a key ally of the United States"
    light_verb = _light_verb(tok)
    light = light_verb is not None
    if light and sources and any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in children(tok)):
        # "South Korea and Japan held their first summit": "their" is the light verb's subjects, all of them
        reached = len(S.reached)
        subjects = _subjects(light_verb, S)
        if len(subjects) > len(sources) and all(a in subjects for a in sources):
            sources = subjects
        else:
            del S.reached[reached:]  # only a look: the subjects reached are no mentions unless they are the sources
    receiver = tok.head if tok.dep_ == "dobj" and tok.head.lemma_.lower() in RECEIVE_VERBS else \
        tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "under" and tok.head.head.lemma_.lower() == "come" else None
    if not sources and receiver is not None:
        # "Ghani took orders from Massoud", "Kyiv received support from Berlin", "Johnson faced criticism from Paris",
        # "the town came under attack from rebels": the "from" actor is the doer, the subject the one it is done to.
        givers = _prep_objects(tok, {"from"}, S) + _prep_objects(receiver, {"from"}, S)
        if givers:
            for g in givers:
                for x in _subjects(receiver, S):
                    emit(g, x, trig, verb, tok, sent)
            return
    if not sources and light:
        sources = _subjects(light_verb, S)  # "Putin held talks with Erdogan", "Israel launched airstrikes on Gaza"
    state_of = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in {"at", "in"} else None
    if not sources and state_of is not None and state_of.lemma_ == "be" and trig.prep == "with" \
            and _prep_objects(tok, {"with"}, S):
        # "Russia has been at war with Ukraine", "Kyiv is in talks with Warsaw": the state the subject is in
        sources = _subjects(state_of, S)
    purpose = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in MEETING_PREPS else None
    if not sources and purpose is not None and purpose.pos_ in {"VERB", "AUX"} and purpose.lemma_ != "be" \
            and trig.kind in {"meet", "communicate"} and trig.prep == "with" and _prep_objects(tok, {"with"}, S):
        # "will visit Washington next week for talks with Biden", "said on Monday, after talks with the crown prince",
        # "thanked Germany after a phone call with Merz": the clause's subject is at the talks or on the call
        sources = _subjects(purpose, S)
    preps = {trig.prep, "with", "between", "for", "to", "against", "on", "behind"} - {""}  # "threw its support behind X"
    targets = [a for a in _prep_objects(tok, preps, S) if a not in sources]
    targets += [a for a in patients if a not in sources and a not in targets]
    if described and targets:  # only with a partner of its own: "the Francis versus Trump dynamic is a clash"
        sources = described
        targets = [a for a in targets if a not in sources]
    if light:  # the preposition often hangs off the light verb instead of the noun
        targets += [a for a in _prep_objects(light_verb, preps, S) if a not in sources and a not in targets]
    for c in children(tok):
        if c.dep_ in {"acl", "relcl"} and not any(g.dep_ == "neg" for g in children(c)):  # not "a ban, which does
            # not cover Afghanistan"
            for g in children(c):
                if g.dep_ in {"dobj", "nsubj", "ccomp"}:
                    targets += [a for a in S.actors_of(g) if a not in targets and a not in sources]
    if trig.symmetric and not targets:
        # "the Kenya-Uganda alliance", "U.S.-Iraqi talks": two actors named in the noun's own modifiers.
        paired: list[Actor] = []
        for left in tok.lefts:
            if left.dep_ in {"compound", "amod", "nmod"}:
                paired += [S.owner[x.i] for x in left.subtree if x.i in S.owner and S.owner[x.i] not in paired]
        if len(paired) >= 2:
            _pairwise(paired, trig, verb, tok, sent, emit)
            return
    verb_handles = tok.dep_ == "dobj" and _trigger(tok.head)[0] is not None  # "attended the meeting"
    between = any(c.dep_ == "prep" and c.lower_ == "between" for c in children(tok))
    if between and not sources:
        # "the conflict between X and Y": the named parties themselves, not actors inside their modifiers.
        parties = [a for c in children(tok) if c.dep_ == "prep" and c.lower_ == "between"
                   for p in children(c) if p.dep_ == "pobj" for a in S.actors_of(p, modifiers=True)]
        parties = [a for i, a in enumerate(parties) if a not in parties[:i]]
        if len(parties) >= 2:
            _pairwise(parties, trig, verb, tok, sent, emit)
            return
    for s in sources:
        for t in targets:
            emit(s, t, trig, verb, tok, sent)
    if trig.symmetric and not targets and len(sources) >= 2 and light:
        # "Russia and Ukraine held talks in Istanbul": the light verb's subjects do it together.
        _pairwise(sources, trig, verb, tok, sent, emit)
    if not sources and not targets and trig.symmetric and not verb_handles:
        # "Türkiye and Libya have seen closer ties ... after the signing of pacts": the clause's subjects.
        head = tok.head
        while head.dep_ in {"prep", "pobj", "pcomp"} and head.head.i != head.i:
            head = head.head
        if head.pos_ in {"VERB", "AUX"}:
            subjects = _subjects(head, S)
            if len(subjects) >= 2:
                _pairwise(subjects, trig, verb, tok, sent, emit)


#: Prepositions that put a meeting noun beside what its clause's subject does ("visited Paris for talks with X").
MEETING_PREPS = frozenset({"for", "after", "during", "following", "before", "ahead"})


#: Nouns of a run of acts whose "of" phrase is the act itself ("launched a wave of strikes on Kyiv").
SERIES_NOUNS = frozenset({"wave", "series", "barrage", "spate", "string", "round", "volley", "salvo", "flurry", "number",
                          "couple", "handful", "dozen", "dozens", "hundreds", "set"})


def _light_verb(tok):
    """The verb that carries a nominal trigger as its object and is no trigger itself ("held talks with", "launched
    airstrikes on"), also through a series noun ("launched a wave of strikes on", "carried out a series of raids
    on") or an amount ("approved $5 million in aid to"); None otherwise."""
    obj = tok
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in SERIES_NOUNS:
        obj = tok.head.head
    elif tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.dep_ == "dobj" and _is_amount(tok.head.head):
        obj = tok.head.head  # "approved 50 billion euros in aid to Ukraine": an amount of the act
    if obj.dep_ == "dobj" and obj.head.pos_ in {"VERB", "AUX"} and _trigger(obj.head)[0] is None \
            and obj.head.lemma_.lower() not in ABOUT_VERBS:
        return obj.head
    return None


#: Verbs whose object is an act someone else did, which the subject looks into, tells of, watches or marks ("the
#: committee investigating the attack on the Capitol", "witnessed the shelling of Kharkiv", "marked the anniversary of
#: the invasion"): no light verb, whose subject would be the act's doer. Not "survive" ("help it survive a war with the
#: West": a side of the war).
ABOUT_VERBS = frozenset({"investigate", "probe", "examine", "review", "study", "document", "discuss", "debate",
                         "describe", "recount", "recall", "remember", "witness", "watch", "see", "film", "mark",
                         "commemorate", "mourn", "cover", "predict", "expect", "fear", "ignore"})


def _is_amount(tok) -> bool:
    """An amount ("50 billion euros", "$5 million", "200"): a number, a money or cardinal entity, or a counted noun."""
    return tok.like_num or tok.ent_type_ in {"MONEY", "CARDINAL"} or any(c.dep_ == "nummod" for c in children(tok))


#: Verbs of taking people away (CAMEO 181): their "from" names the victims' body, never a place.
ABDUCT_VERBS = frozenset({"abduct", "kidnap"})
#: Verbs of freeing: a place freed is fought over, people freed are released (see the vocabulary's "free").
FREE_VERBS = frozenset({"free", "liberate"})

#: Verbs of a third party to others' talks (CAMEO 043 host, 045 mediate): it meets each side named after "between".
THIRD_PARTY_VERBS = frozenset({"host", "mediate", "broker"})

#: CAMEO roots of force (18 assault, 19 fight, 20 mass violence): an attack lands on a place too.
ATTACK_CODES = frozenset({"18", "19", "20"})

#: What an attack strikes when no holder is named ("struck targets in Gaza"): the place they are in is attacked.
TARGET_NOUNS = frozenset({"target", "position", "base", "facility", "installation", "depot", "stronghold", "hideout",
                          "outpost", "infrastructure"})


#: Kinds whose two ends must both be able to act: a town, region or building can be fought over, held or taken
#: (oppose, control), but it does not meet, talk, agree, support or host a visit (CAMEO codes the host state).
PEER_KINDS = {"meet", "communicate", "visit", "attend", "support", "agree"}


def _is_coordinate(actor: Actor) -> bool:
    """A map position ("33°47′N 44°30′E"): a LOC mention where the gold marks one, but nobody acts on it (the
    parser often hangs a coordinate line off the sentence before it)."""
    return actor.type == "LOC" and "°" in actor.name


def _is_city(actor: Actor) -> bool:
    """A town or a capital (GPE): before a meeting noun it names the venue."""
    return actor.type == "GPE" and (actor.kind == "place" or actor.name in lexicons().capitals)


def _is_place(actor: Actor) -> bool:
    """A town, region or building, but not a capital: "talks between Kyiv and Moscow" are between
    the governments seated there (CAMEO codes a capital as its state's government)."""
    if actor.type == "GPE" and actor.name in lexicons().capitals:
        return False
    return actor.type in {"LOC", "FAC"} or (actor.type == "GPE" and actor.kind == "place")


#: Control verbs whose object is the person put in a post or the thing held itself, never the body or place in
#: its modifiers ("nominate Supreme Court justices", "owns a Long Island repair shop").
APPOINT_VERBS = {"appoint", "nominate", "elect", "hire", "employ", "dismiss", "own", "manage"}
#: Verbs of buying: the body bought is the object itself, never a maker or owner in its modifiers ("bought 60
#: Boeing aircraft").
PURCHASE_VERBS = frozenset({"acquire", "buy", "purchase"})
#: Objects that are the relation itself: "severed ties with X", "restored relations with X" name the partner in their "with".
RELATION_NOUNS = {"tie", "relation", "relationship", "contact"}
#: Verbs of receiving, and of meeting with an act ("faced criticism from", "drew fire from"): with an event noun as
#: object, the "from" phrase is the actor of the event.
RECEIVE_VERBS = {"take", "receive", "get", "accept", "obtain", "face", "draw", "attract", "earn", "win"}
#: Violence and coercion nouns whose possessor, when no "of" phrase names a victim, is the victim
#: ("Khashoggi's murder", "the journalist's arrest"); for the others the possessor is the doer ("Iran's attack").
VICTIM_NOUNS = {"killing", "murder", "assassination", "execution", "beheading", "abduction", "kidnapping", "arrest",
                "detention", "expulsion", "deportation", "capture", "release", "torture"}


def _is_victim_noun(tok) -> bool:
    return (tok.lemma_.lower() in VICTIM_NOUNS or tok.lower_ in VICTIM_NOUNS) and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in children(tok))


def _clause_verb(tok):
    """The nearest verb at or above ``tok`` that is not a relative clause's (None at a verbless root): in "struck
    ISIL targets, which include a depot in support of the SDF", the support is the striker's, not the targets'."""
    node = tok
    while (node.pos_ not in {"VERB", "AUX"} or node.dep_ == "relcl") and node.head.i != node.i:
        node = node.head
    return node if node.pos_ in {"VERB", "AUX"} else None


def _pairwise(actors: list[Actor], trig: Trigger, verb: str, tok, sent, emit) -> None:
    for i, a in enumerate(actors):
        for b in actors[i + 1:]:
            emit(a, b, trig, verb, tok, sent)


def extract_cooccurrences(doc, article: Article, actors: ActorSet) -> pd.DataFrame:
    """Same-sentence co-mentions of two different actors: a separate, untyped layer."""
    rows = []
    text = doc_text(doc)
    sents = doc_sents(doc)
    starts, ends = sents.start_chars, sents.end_chars
    # Each mention marks the sentences it overlaps (start < sentence end, end > sentence start): a
    # run found by bisect, not a test of every mention against every sentence (quadratic on long news).
    present: list[set[str]] = [set() for _ in starts]
    for actor in actors.actors:
        for s, e in actor.mentions:
            j = bisect_right(ends, s)
            while j < len(starts) and starts[j] < e:
                present[j].add(actor.name)
                j += 1
    for sc, ec, names in zip(starts, ends, present):
        if len(names) < 2:
            continue
        names = sorted(names)
        for i, a in enumerate(names):
            for b in names[i + 1:]:
                rows.append({"source": a, "target": b, "sentence": text[sc:ec], "span": [sc, ec]})  # text[sc:ec] == sent.text
    return make_table("cooccurrences", rows)
