"""Buildings the model read as organisations or people: "the Cleveland Museum of Art", "Henga Lodge", "the National
Archives", "Paramount Theaters", "the Rock and Roll Hall of Fame and Museum". Both actor gold sets mark a museum, a
lodge, an archive building or a theatre the text names as a place (GUM ``place``; the gold LOC), so a name headed by
such a word is a facility (FAC, scored as a place) -- as ``actor_lexicons.FACILITY_WORDS`` already does for a name's
last word ("Tabqa Dam", "Shandao Station"). The head of a name with "of" is the word before its first "of" ("the
Museum of Modern Art", "the Hall of Fame"), which ``FACILITY_WORDS`` alone did not read."""

from __future__ import annotations

from functools import lru_cache

from ..paths import data_json
from .actor_lexicons import FACILITY_WORDS, POSSESSIVE
from .docindex import doc_lowers, doc_words

#: Heads of building names beyond FACILITY_WORDS (on actors_large: 13 ORG/PERSON mentions headed so, all gold places;
#: none on the small set). Left out: "Exchange" (a stock exchange acts in news), "House" (the House of Representatives,
#: the White House), "Church" (a church as a body), "Library" (gold ORG 5 of 5).
BUILDING_HEADS = frozenset({"Museum", "Museums", "Lodge", "Archives", "Tube", "Opera", "Theaters", "Theatres", "Zoo",
                            "Aquarium"})


def facility_named(e) -> bool:
    """Whether the ORG/PERSON span ``e`` is a building's name: headed by a BUILDING_HEADS word (its last word, or the word
    before its first "of"), or by a FACILITY_WORDS word before "of" ("the Palace of Westminster"). A lone head word is a
    name only after "the" or where the model called it an organisation ("the Lodge", "Hotel"), not a person ("Lodge")."""
    label = e.label_
    if label not in {"ORG", "PERSON"} or e.kb_id_:
        return False
    return facility_at(doc_words(e.doc), doc_lowers(e.doc), e.start, e.end, label)


def facility_at(texts: list[str], lowers: list[str], start: int, end: int, label: str) -> bool:
    """:func:`facility_named` of an ORG/PERSON entity without gazetteer identity at tokens ``start`` to ``end``, from
    the document's word lists (the gazetteer asks for every entity)."""
    words = [i for i in range(start, end) if texts[i] not in POSSESSIVE]
    the = bool(words) and lowers[words[0]] == "the"
    words = words[1:] if the else words
    if not words or not all(texts[i][:1].isupper() or lowers[i] in {"of", "and", "&"} for i in words):
        return False
    of = next((k for k, i in enumerate(words) if lowers[i] == "of"), None)
    if of is not None:
        return of > 0 and texts[words[of - 1]] in (BUILDING_HEADS | FACILITY_WORDS)
    if texts[words[-1]] not in BUILDING_HEADS:
        return False
    return len(words) > 1 or the or label == "ORG"


@lru_cache(maxsize=1)
def _speech_verbs() -> frozenset[str]:
    """The speech verbs of ``data/attribution_cues.json`` (the attribution stage's list, read from the data file: the
    actor stage sits below the attribution modules and does not import them)."""
    return frozenset(data_json("attribution_cues.json")["speech_verbs"])


def speaking_facility(e) -> bool:
    """Whether the FAC span ``e`` is the subject of a speech verb ("The White Helmets, a rescue group, said ...", "The
    National Hurricane Center said ..."): a building does not speak, the body in it does (an organisation)."""
    root = e.root
    head = root.head
    return root.dep_ == "nsubj" and head.pos_ == "VERB" and head.lemma_.lower() in _speech_verbs()
