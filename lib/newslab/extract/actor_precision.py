"""Actor mentions that name no actor, dropped before the mentions merge into actors (precision rules).

* A web address or an e-mail address ("Secunia.com", "the Example.org site", "jo@uni.edu Presented") names a
  site or a mailbox, not an actor: neither actor gold set marks one as a named actor (4 of 4 on the dev sets
  are unmarked or OTHER).
* A one-word "name" that is a whole utterance by itself, alone on its line or inside its quotation marks with
  only its closing '.', '!' or '?' ("Pardon?", "“Owwww!”", "Grazie!"), and that the article writes nowhere
  else, is a word said, not a name: speech, interviews and lists of a transcript. A name called out ("Nonna!")
  comes back in the article and stays.
* A span that ends in a word broken off ("Shobha-", "K- there is", "a B & B-") or in a dangling "&" ("Flora &
  fauna") is no name: speech repairs, grades and a heading cut at its "&", none of them gold names on the dev
  sets (a name the speaker repairs, "Nick Ro- Roberts", ends whole and stays).
* A "name" in a title-case heading line ("Method 2 of 2: From Cuttings", "Getting Ready to Dance", "Reducing
  Stress in the Chicken") whose every word the article writes in lower case inside its sentences and never
  capitalised there is a common word that the heading capitalised (how-to steps, textbook section titles).
  Compass words ("From the West - US-412 East") stay: a heading of directions names places.
* A name headed by a noun for a work, a document, an event or a product ("his First Symphony", "the Black Book", "the
  Sustainable Development Goals", "the Book of Revelation", "the Lantern Festival", "Ashton Liquid Lipstick";
  data/actors_precision.csv) names a thing, not an actor; a person named in one ("the Diary of General Ana Ruiz"
  read as a person) and a body named for one ("the Office of Protocol") stay.
* A name right before "language(s)" or "dialect(s)" ("the Eegimaa language", "speakers of Bainouk languages",
  "the Niger Congo language phylum") names a language, not an actor; one labelled a group (NORP) stays, as the
  re3d gold marks "the Northern Kurdish language" a group.
* A name right after an academic post or degree and its "of", "for" or "in" ("Professor of Nordic Studies", "a Ph.D. in
  Linguistics", "Dean for Graduate Education", "a Master of Arts in Art History") is a subject of study, not an actor;
  one that opens with "the" or holds an organisation's word ("Professor of the Church", "Chair of the Science
  Council", "Professor in the Department of X") stays.
* A one-word "organisation" the tagger reads as an adjective modifying the lower-case noun after it ("the Biblical
  sense", "a Salafist cell", "Spanish Colonial era buildings", "a Onetime friend") is a modifier, not a name, as
  adjectival demonyms are attributes: 4 such on actors_large, none a gold name; none on the small set. A name from the
  organisation lexicon keeps its kind and stays ("ISIL tactical units", read as an adjective, is the group).
* A name of an animal ("Rex, our golden retriever", "her dog Biscuit") is no person: extract/actor_animals.py."""

from __future__ import annotations

import re
from functools import lru_cache

from ..paths import data_rows
from .actor_animals import animal_mentions
from .actor_lexicons import ORG_NAME_ENDINGS, country_iso3, strip_poss, towns, us_states
from .actor_titles import Mention
from .actor_parse import is_alpha, is_punct
from .docindex import doc_lowers, doc_text, doc_words, token_chars

#: A web domain glued to a word ("Secunia.com", "bbc.co.uk") or an e-mail address.
WEB_ADDRESS = re.compile(r"@|\w\.(?:com|org|net|gov|edu|int|info|io|co\.uk|ac\.uk|org\.uk|gov\.uk)\b", re.IGNORECASE)
#: What may stand before a lone utterance: a line start, or an opening quotation mark.
_UTTERANCE_BEFORE = re.compile(r"(?:\A|\n|[\u201c\"]) ?\Z")
#: What may follow it: its end mark, then a closing quotation mark or the line end.
_UTTERANCE_AFTER = re.compile(r"[.!?]+ ?(?:[\u201d\"]|\n|\Z)")


def _web_address(text: str) -> bool:
    """Whether the mention's text holds a web or e-mail address."""
    return bool(WEB_ADDRESS.search(text))


def _lone_utterance(doc, m: Mention, text: str) -> bool:
    """Whether the one-word mention ``m`` is a whole utterance by itself that the article writes only once."""
    if m.end - m.start != 1 or m.label == "NORP" or not is_alpha(doc)[m.start]:
        return False
    starts, ends = token_chars(doc)
    s, e = starts[m.start], ends[m.start]
    if not (_UTTERANCE_BEFORE.search(text[max(0, s - 2):s]) and _UTTERANCE_AFTER.match(text, e)):
        return False
    word = doc_words(doc)[m.start]
    return len(re.findall(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text)) == 1


#: A word of a heading or name (letters first, then letters, digits, apostrophes or hyphens).
_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
#: Small words a title-case heading leaves in lower case ("of", "the"): no evidence either way.
_HEADING_SMALL_WORDS = {"the", "of", "and", "a", "an", "for", "in", "to", "on", "at", "by", "with", "from"}
_COMPASS = {"north", "south", "east", "west"}
#: What stands before a word that opens a sentence, a line, a quotation or a bracket (capitalised anyway).
_OPENS = re.compile(r"(?:\A|[.!?:;\n\"\u201c\u2018(\u2014]) ?[\"\u201c\u2018(]? ?\Z")


def _line(text: str, start: int, end: int) -> str:
    """The line of ``text`` that holds ``[start, end)``."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    return text[ls:len(text) if le < 0 else le]


@lru_cache(maxsize=1024)
def _title_case_heading(line: str) -> bool:
    """Whether ``line`` reads as a heading: 2-14 words, every word of four letters or more capitalised, no end mark.
    (Cached: every mention of a paragraph asks about the same line.)"""
    words = _WORD.findall(line)
    long_words = [w for w in words if len(w) >= 4]
    return 2 <= len(words) <= 14 and bool(long_words) and all(w[0].isupper() for w in long_words) \
        and not line.rstrip().endswith((".", "?", "!", ":", ",", ";"))


def _lower_in_sentences(text: str, word: str) -> bool:
    """Whether the article writes ``word`` in lower case inside a sentence and never capitalised there (openers,
    headings, addresses such as 'jo.word@' left out)."""
    lower = False
    for m in re.finditer(r"(?<![\w.@/])" + re.escape(word) + r"(?![\w@]|\.\w)", text, re.IGNORECASE):
        if _OPENS.search(text[max(0, m.start() - 3):m.start()]) or _title_case_heading(_line(text, m.start(), m.end())):
            continue
        if not m.group()[0].islower():
            return False
        lower = True
    return lower


def _heading_word(text: str, start: int, end: int) -> bool:
    """Whether the mention at ``[start, end)`` sits in a title-case heading and is made of common lower-case words."""
    if not _title_case_heading(_line(text, start, end)):
        return False
    words = [w for w in _WORD.findall(text[start:end]) if w.lower() not in _HEADING_SMALL_WORDS]
    if not words or any(w.lower() in _COMPASS for w in words):
        return False
    return all(_lower_in_sentences(text, w) for w in words)


@lru_cache(maxsize=1)
def work_nouns() -> frozenset[str]:
    """Nouns that head the name of a work, a document or an event, not an actor (``data/actors_precision.csv``)."""
    return frozenset(r["word"] for r in data_rows("actors_precision.csv")
                     if r["category"] in {"work", "document", "event"})


@lru_cache(maxsize=1)
def product_nouns() -> frozenset[str]:
    """Kinds of product that end a brand name ("Liquid Lipstick"): ``data/actors_precision.csv``, category product."""
    return frozenset(r["word"] for r in data_rows("actors_precision.csv") if r["category"] == "product")


def _work_name(m: Mention, start: int, texts: list[str], lowers: list[str], punct: list[int]) -> bool:
    """Whether the mention is headed by a work or document noun: its last word, not after 'of' ('the Office of
    Protocol' is a body), or, not a person, the word before its first 'of' ('the Book of Revelation'). ``texts``,
    ``lowers`` and ``punct`` are the document's word lists (read once for all mentions: no Token per word)."""
    words = [k for k in range(start, m.end) if not (punct[k] or lowers[k] in {"'s", "\u2019s"})]
    if not words:
        return False
    if texts[words[-1]].strip("'\u2019") in product_nouns():
        return True
    works = work_nouns()
    of = next((i for i, k in enumerate(words) if lowers[k] == "of"), None)
    if of and texts[words[of - 1]] in ORG_NAME_ENDINGS:
        return False  # "the Government of National Accord", "the Party of the Revolution": a body's name
    if texts[words[-1]] in works and (len(words) < 2 or lowers[words[-2]] != "of"):
        return True
    return bool(of) and (m.mention_label or m.label) != "PERSON" and texts[words[of - 1]] in works


LANGUAGE_NOUNS = {"language", "languages", "dialect", "dialects"}


def _language_name(m: Mention, lowers: list[str]) -> bool:
    """Whether the mention, not a group, stands right before 'language(s)' or 'dialect(s)' (``lowers``: the document's
    lower-case words)."""
    return (m.mention_label or m.label) != "NORP" and m.end < len(lowers) and lowers[m.end] in LANGUAGE_NOUNS


#: Academic posts whose "of"/"for"/"in" names a subject ("Professor of Linguistics", "Dean for Undergraduate Education").
ACADEMIC_POSTS = {"Professor", "professor", "Lecturer", "lecturer", "Reader"}
#: A dean's "of" is often a place or a church ("the Dean of Westminster"): only "for" names a subject.
DEAN_WORDS = {"Dean", "dean"}
#: Degrees whose "in" names a subject ("a Ph.D. in Linguistics", "his master's degree in Greek").
DEGREE_WORDS = {"degree", "degrees", "Ph.D.", "PhD", "Ph.D", "doctorate", "BA", "B.A.", "MA", "M.A.", "BSc", "MSc",
                "B.Sc.", "M.Sc.", "diploma", "major", "majored", "minor", "minored"}
#: Degree titles before "of <Field> in" ("a Bachelor of Science in Psychology").
DEGREE_TITLES = {"Bachelor", "Master", "Doctor"}


def _subject_of_study(m: Mention, start: int, words: list[str]) -> bool:
    """Whether the mention names a subject after an academic post or degree ("Professor of Nordic Studies", "a Ph.D. in
    Linguistics", "a Master of Arts in Art History"); not one opening with "the", holding an organisation's word or
    naming a known place ("a degree in Paris"). ``words``: the document's words."""
    if start < 2 or words[start].lower() == "the" or any(w in ORG_NAME_ENDINGS for w in words[start:m.end]):
        return False
    prep, cue = words[start - 1], words[start - 2]
    if not (prep in {"of", "for", "in"} and cue in ACADEMIC_POSTS or prep == "for" and cue in DEAN_WORDS
            or prep == "in" and (cue in DEGREE_WORDS or start >= 4 and words[start - 3] == "of"
                                 and words[start - 4] in DEGREE_TITLES and cue[:1].isupper())):
        return False
    text = strip_poss(" ".join(words[start:m.end]))
    return not (country_iso3(text) or text in towns() or text in us_states())


def _cut_off(span: str) -> bool:
    """Whether the mention text ``span`` ends in a word broken off or a dangling '&'."""
    return span.endswith(("-", "\u2013", "&"))


def _adjective_organisation(doc, m: Mention, texts: list[str]) -> bool:
    """Whether ``m`` is a one-word ORG with no lexicon kind that the tagger reads as an adjective before the lower-case
    noun it modifies ("a Salafist cell")."""
    if m.label != "ORG" or m.end - m.start != 1 or m.kind not in (None, "organisation") or m.end >= len(doc):
        return False
    t = doc[m.start]
    nxt = texts[m.end]
    return t.pos_ == "ADJ" and t.dep_ == "amod" and t.head.i >= m.end and nxt.isalpha() and nxt.islower()


def precise_mentions(doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without those that name no actor (the rules of this module; called once, before merging)."""
    text = doc_text(doc)
    animals = animal_mentions(doc, mentions)  # "Rex, our golden retriever": extract/actor_animals.py
    starts, ends = token_chars(doc)  # offsets as lists: no Token per mention
    texts, lowers, punct = doc_words(doc), doc_lowers(doc), is_punct(doc)  # word lists, read once for all mentions
    out = []
    for i, m in enumerate(mentions):
        if i in animals:
            continue
        start = m.span_start if m.span_start is not None else m.start
        span = text[starts[start]:ends[m.end - 1]] if m.end > start else ""  # span_text(doc[start:m.end]), no Span
        if _web_address(span) or _lone_utterance(doc, m, text) or _cut_off(span) or _work_name(m, start, texts, lowers, punct) \
                or _language_name(m, lowers) or _subject_of_study(m, start, texts) \
                or _heading_word(text, starts[start], ends[m.end - 1]) or _adjective_organisation(doc, m, texts):
            continue
        out.append(m)
    return out
