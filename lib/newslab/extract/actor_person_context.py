"""A one-word name the model called a place that its article shows to be a person: the subject of a verb of saying
or thinking ("Santa said", "Newton considered"), or the owner of a relative, a body part or a view ("Santa's first
wife", "Street's argument"). Cities speak for their governments in news ("Moscow said", "Moscow's view"), so a big
city or a town that is no given name needs a relative or a body part."""

from __future__ import annotations

from .actor_lexicons import POSSESSIVE, any_given_names, big_cities, city_given_names, country_iso3, given_names, strip_poss, towns
from .actor_parse import span_text
from .docindex import doc_words

#: Verbs whose subject is a person speaking or thinking.
SPEAKER_VERBS = {"say", "tell", "ask", "reply", "answer", "shout", "whisper", "think", "feel", "remember", "realize",
                 "realise", "wonder", "laugh", "smile", "sigh", "nod", "consider", "argue", "believe", "hope", "write"}
#: What only a person owns ("Santa's wife", "Newton's hand").
KIN_BODY_NOUNS = {"wife", "husband", "son", "daughter", "father", "mother", "brother", "sister", "parents", "widow",
                  "family", "friend", "friends", "birth", "death", "childhood", "life", "hand", "hands", "face", "eyes",
                  "head", "voice"}
#: What a thinker owns, and a city's government too ("Newton's concept", "Moscow's view").
THINKER_NOUNS = {"argument", "arguments", "view", "views", "theory", "concept", "idea", "ideas", "claim"}


def _owned_noun(doc, tok):
    """The noun after "X's", or None."""
    i = tok.i + 1
    if i + 1 < len(doc) and doc[i].text in POSSESSIVE:
        k = i + 1
        while k < len(doc) - 1 and doc[k].pos_ == "ADJ":
            k += 1  # "Santa's first wife"
        return doc[k].lower_
    return None


def person_evidence(doc, names: set[str]) -> set[str]:
    """Those of ``names`` (one-word, no state) that the article shows to be a person at least once."""
    out = set()
    for i, word in enumerate(doc_words(doc)):  # a Token only where a name is written
        if word not in names or country_iso3(word):
            continue
        t = doc[i]
        if t.ent_iob_ == "I" or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in t.children):
            continue  # the last word of a longer name speaks for it: "NHS England said" is the body, not a person
        city = (t.text in big_cities() or t.text in towns()) and t.text not in city_given_names()
        owned = _owned_noun(doc, t)
        if owned in KIN_BODY_NOUNS or not city and (
                owned in THINKER_NOUNS or t.dep_ == "nsubj" and t.head.lemma_ in SPEAKER_VERBS) \
                or t.text in any_given_names() and _described_as_person(doc, i):
            out.add(t.text)
    return out


#: Nouns that describe a person in an apposition ("Santiago, a farmer,", "Victoria, a retired nurse,"): kinship,
#: age groups and the trades and roles news gives the people it quotes; hand-typed.
PERSON_NOUNS = {"man", "woman", "boy", "girl", "child", "teenager", "student", "pupil", "mother", "father", "grandmother",
                "grandfather", "widow", "widower", "wife", "husband", "son", "daughter", "sister", "brother", "farmer",
                "teacher", "nurse", "doctor", "driver", "worker", "resident", "refugee", "migrant", "soldier", "veteran",
                "pensioner", "retiree", "shopkeeper", "vendor", "trader", "fisherman", "mechanic", "engineer", "lawyer",
                "activist", "journalist", "photographer", "artist", "singer", "actor", "actress", "writer", "priest",
                "owner", "employee", "volunteer", "survivor", "mom", "dad", "friend", "neighbor", "neighbour",
                # trades of the media and the arts, of the people news quotes on them
                "producer", "presenter", "anchor", "author", "novelist", "poet", "composer", "historian", "curator",
                "designer", "chef", "consultant", "strategist", "pollster"}


def _described_as_person(doc, i: int) -> bool:
    """Whether the name at token ``i`` is followed by an apposition of age (", 42,") or of a person noun (", a
    retired teacher,", ", a mother of four"), as news introduces the people it quotes."""
    n = len(doc)
    if i + 3 >= n or doc[i + 1].text != ",":
        return False
    nxt = doc[i + 2]
    if nxt.text.isdigit() and 1 <= int(nxt.text) <= 110 and doc[i + 3].text in {",", "."}:
        return True  # "Santiago, 42, said": an age
    if nxt.lower_ not in {"a", "an"}:
        return False
    for k in range(i + 3, min(n, i + 10)):
        tok = doc[k]
        if tok.pos_ == "NOUN" and (k + 1 == n or doc[k + 1].pos_ != "NOUN" and doc[k + 1].text != "-"):
            return tok.lower_ in PERSON_NOUNS  # the head of "a 19-year-old student", "a port city"
        if tok.pos_ not in {"ADJ", "NUM", "NOUN", "PUNCT", "ADV"} or tok.text == ",":
            return False
    return False


def people_named_like_places(doc, ents: list) -> list:
    """A two-word place or facility made of a given name and a word the article calls a person on its own is that
    person's full name ("Sharon Street" beside "Street argues"; the model reads "<name> Street" as a road)."""
    from spacy.tokens import Span

    alone = {strip_poss(span_text(e)) for e in ents if e.label_ == "PERSON" and " " not in strip_poss(span_text(e))}
    out = []
    texts = doc_words(doc)  # word strings: no Token per word of every entity
    for e in ents:
        words = [texts[i] for i in range(e.start, e.end) if texts[i] not in POSSESSIVE]
        if e.label_ in {"FAC", "LOC", "GPE"} and not e.kb_id_ and len(words) == 2 and words[0] in given_names() \
                and words[1] in alone and words[0] not in alone:
            e = Span(doc, e.start, e.end, label="PERSON")
        out.append(e)
    return out


#: Nouns of wealth and business that news writes before a person's name ("billionaire Bidzina Ivanishvili").
MONEY_PERSON_NOUNS = {"billionaire", "millionaire", "businessman", "businesswoman", "tycoon", "oligarch", "magnate",
                      "entrepreneur", "investor", "banker", "philanthropist", "financier", "mogul"}


def people_by_noun(doc, ents: list) -> list:
    """``ents`` with an organisation or place of two or three capitalised words right after a lower-case person noun
    that the parser joins to it ("founded by billionaire Bidzina Ivanishvili", "the activist Ana Lind") made a person.
    Not gazetteer hits, known organisations, states or names ending in an organisation's word."""
    from spacy.tokens import Span

    from .actor_lexicons import ORG_NAME_ENDINGS, lexicons

    nouns = PERSON_NOUNS | MONEY_PERSON_NOUNS
    texts = doc_words(doc)
    out = []
    for e in ents:
        if e.label_ in {"ORG", "GPE", "NORP"} and not e.kb_id_ and 2 <= len(e) <= 3 and e.start > 0 \
                and texts[e.start - 1] in nouns and all(texts[i].istitle() for i in range(e.start, e.end)) \
                and texts[e.end - 1] not in ORG_NAME_ENDINGS and span_text(e) not in lexicons().orgs \
                and not country_iso3(span_text(e)):
            noun = doc[e.start - 1]
            if e.start <= noun.head.i < e.end or e.root.head.i == noun.i:
                e = Span(doc, e.start, e.end, label="PERSON")
        elif e.label_ in {"ORG", "GPE", "LOC", "NORP", "FAC"} and not e.kb_id_ and 2 <= len(e) <= 4 and e.start >= 3 \
                and texts[e.start - 1] == "," and texts[e.start - 2] in PERSON_NOUNS \
                and texts[e.start - 3].lower() in ("his", "her", "their", "my", "our", "its") \
                and texts[e.start] in given_names() and all(texts[i].istitle() or texts[i] == "-" for i in range(e.start, e.end)):
            # "His daughter, Margaret Vance-Hill, said": a relative or a trade named in apposition (a place for the model)
            e = Span(doc, e.start, e.end, label="PERSON")
        out.append(e)
    return out


def people_by_list(doc, ents: list) -> list:
    """``ents`` with each organisation or place of two or three capitalised words that stands in a list whose other
    names are all people, two or more ("Elisha Cuthbert, Chad Michael Murray, and Paris Hilton"), made a person: a list
    joins names of one kind (the mirror of ``actor_place_context.places_by_list``). Not gazetteer hits, known
    organisations or names ending in an organisation's word ("Durham University")."""
    from spacy.tokens import Span

    from .actor_lexicons import ORG_NAME_ENDINGS, lexicons
    from .actor_place_context import list_members

    out = []
    for e in ents:
        if e.label_ not in {"ORG", "GPE", "LOC", "FAC"} or not 2 <= len(e) <= 4 or e.kb_id_ or not _listed(doc, e):
            out.append(e)  # the cheap tests first
            continue
        words = [t for t in e if t.text not in POSSESSIVE]
        if 2 <= len(words) <= 3 \
                and all(t.is_title for t in words) and words[-1].text not in ORG_NAME_ENDINGS \
                and strip_poss(e.text) not in lexicons().orgs:
            others = list_members(doc, e, ents)
            if len(others) >= 2 and all(x.label_ == "PERSON" for x in others):
                e = Span(doc, e.start, e.end, label="PERSON")
        out.append(e)
    return out


def given_names_beside_people(doc, ents: list) -> list:
    """``ents`` with a one-word entity of another label that is a known given name, joined by "and" / "or" right to
    a person, made a person ("Fatima and Yusuf waited": the model read "Yusuf" as a work of art). Not a word the
    article also writes in lower case."""
    from spacy.tokens import Span

    from .actor_lexicons import given_names

    given = given_names()
    out = list(ents)
    for k, e in enumerate(ents):
        if e.label_ == "PERSON" or len(e) != 1 or e.text not in given:
            continue
        left = e.start >= 2 and doc[e.start - 1].lower_ in ("and", "or") \
            and any(x.label_ == "PERSON" and x.end == e.start - 1 for x in ents)
        right = e.end + 1 < len(doc) and doc[e.end].lower_ in ("and", "or") \
            and any(x.label_ == "PERSON" and x.start == e.end + 1 for x in ents)
        if (left or right) and not any(t.lower_ == e.text.lower() and t.text.islower() for t in doc):
            out[k] = Span(doc, e.start, e.end, label="PERSON")
    return out


def _listed(doc, e) -> bool:
    """Whether a comma, "and" or "or" stands right before or after ``e``."""
    return e.start > 0 and doc[e.start - 1].lower_ in _LIST_JOINS or e.end < len(doc) and doc[e.end].lower_ in _LIST_JOINS


_LIST_JOINS = {",", "and", "or"}
