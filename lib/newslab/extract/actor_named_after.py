"""The person a building, bridge or foundation is named after is a mention of that person: "George Washington" in
"the George Washington Bridge", "Emperor Norton" in "the Emperor Norton Bridge", "Trump" in "Trump Tower" when
the article names a Trump.

GUM marks the eponym as a person nested in the building's name (the building is a place of its own), as it does for
prizes and plans (extract/actor_eponyms.py). A name is only taken when its words show a person, since most one-word
names before "Tower" or "Hall" are places, firms or families ("Union Station", "Ford Field", "Carnegie Hall" gives no
evidence): the run of title-case words right before a building head (the head words of
``actor_lexicons.FACILITY_WORDS`` and ``actor_facilities.BUILDING_HEADS`` without street words, plus "Foundation",
"Mansion" and "Telescope") must

* open with a given name and a surname ("the Will Rogers Turnpike", "the James Webb Space Telescope"): the person
  is the given name, initials and the surname, plus "Jr."; or
* open with a royal, religious or honorific title and a name ("the King Fahd Causeway", "the Sheikh Zayed Mosque"):
  the person is the title and the name; or
* be one word that is the last word of a person's name the article gives elsewhere ("Bartram Building" after
  "John K. Bartram").

A run that is a town ("St. Louis Airport", "Elizabeth Station"), that holds a word the article names as a place or
a body elsewhere ("the Taj Socotra Hotel" on Socotra), or that comes after a capitalised word (inside a longer
name: "the Port Authority George Washington Bus Station") is left alone, and so is a street named after a person
("Georges Mandel Boulevard"): the gold leaves those unmarked.
"""

from __future__ import annotations

from .actor_facilities import BUILDING_HEADS
from .actor_lexicons import FACILITY_WORDS, ORG_WORDS, city_given_names, given_names, towns, us_states
from .actor_titles import Mention
from .docindex import doc_words

#: Street words: a street named after a person is no mention of the person in the gold ("bd Georges Mandel").
STREET_WORDS = {"Street", "Road", "Avenue", "Boulevard", "Ave", "Blvd", "Alley", "Place", "Terrace"}
#: Heads of names given after a person.
HEADS = (FACILITY_WORDS - STREET_WORDS) | BUILDING_HEADS | {"Foundation", "Mansion", "Telescope"}
#: Titles that open a person's name in a building's name.
TITLES = {"Saint", "St.", "Sheikh", "Emperor", "Empress", "King", "Queen", "Sultan", "Prince", "Princess", "Emir",
          "Imam", "Ayatollah", "Pope", "Madame", "Sir", "Lord", "Lady", "Dame", "President", "General"}
#: Words that stand between a person's name and the head ("the James Webb Space Telescope"); they end the name.
MIDDLE_WORDS = {"Space", "Memorial", "Peace", "International", "National", "Regional", "Municipal", "Executive",
                "Office", "Bus", "Community", "Medical", "Royal", "Grand", "Performing", "Art", "Arts", "Music",
                "Presidential", "Library", "Fort", "Park", "Center", "Centre", "Ferry", "Train"}
#: Suffixes and initials that belong to the name.
SUFFIXES = {"Jr.", "Jr", "Sr.", "Sr", "II", "III"}


def _name_word(tok) -> bool:
    text = tok.text
    return tok.is_title and text.replace("'", "").replace("\u2019", "").replace("-", "").replace(".", "").isalpha() \
        and text not in MIDDLE_WORDS and text not in HEADS and text not in ORG_WORDS


def _run_start(doc, head: int) -> int:
    """First token of the run of name words (and middle words) right before ``head``."""
    i = head
    while i > 0 and (_name_word(doc[i - 1]) or doc[i - 1].text in MIDDLE_WORDS or doc[i - 1].text in SUFFIXES) \
            and not doc[i - 1].is_sent_start:
        i -= 1
    if i > 0 and doc[i - 1].is_sent_start and _name_word(doc[i - 1]):
        i -= 1  # the run opens the sentence
    return i


def _name_end(doc, start: int, head: int) -> int:
    """End of the person's name that opens the run at ``start``: name words, then suffixes."""
    k = start
    while k < head and _name_word(doc[k]):
        k += 1
    while k < head and doc[k].text in SUFFIXES:
        k += 1
    return k


def named_after_mentions(doc, mentions: list[Mention]) -> list[Mention]:
    """PERSON mentions of the people buildings, bridges and foundations are named after; a town mention inside such a
    name, or a shorter person mention ("the Sheikh"), is dropped from ``mentions``."""
    words = doc_words(doc)
    heads = [i for i, w in enumerate(words) if w in HEADS]
    if not heads:
        return []
    first_names, places = given_names() | city_given_names(), towns() | us_states()
    surnames = {words[m.end - 1] for m in mentions if m.label == "PERSON" and m.end - m.start > 1}
    runs = [(_run_start(doc, head), head) for head in heads]
    in_runs = {i for start, head in runs for i in range(start, head)}
    # Words the article names as places or bodies outside these names ("Socotra" beside "Taj Socotra Hotel",
    # "Phoenix" beside "Phoenix Sky Harbor International Airport"): a name holding one is a place's, not a person's.
    place_words = {w for m in mentions if m.label != "PERSON" and in_runs.isdisjoint(range(m.start, m.end))
                   for w in words[m.start:m.end]}
    out = []
    for start, head in runs:
        if start >= head or (start > 0 and (doc[start - 1].is_title or doc[start - 1].is_upper)
                             and doc[start - 1].lower_ not in {"the", "a"} and not doc[start].is_sent_start):
            continue  # no name, or inside a longer name
        first = words[start]
        if first in TITLES and start + 1 < head and _name_word(doc[start + 1]):
            end = _name_end(doc, start + 1, head)
        elif first in first_names and start + 1 < head and _name_word(doc[start + 1]):
            end = _name_end(doc, start + 1, head)
        elif head == start + 1 and first in surnames:
            end = head
        else:
            continue
        name = doc[start:end].text
        if name in places or name.replace("St.", "Saint") in places or end - start > 4 \
                or any(w in place_words for w in words[start:end]):
            continue
        inside = [m for m in mentions if start <= m.start and m.end <= end and (m.label in {"GPE", "LOC"}
                  or (m.label == "PERSON" and (m.start, m.end) != (start, end)))]
        if any(m.label == "PERSON" and m.start < end and start < m.end and m not in inside for m in mentions + out):
            continue  # the model found the person already
        for m in inside:
            mentions.remove(m)  # "Washington" in "George Washington", "the Sheikh" in "Sheikh Zayed": part of the name
        out.append(Mention(start, end, "PERSON", ("PERSON", name.lower()), name, kind="person", span_start=start))
    return out
