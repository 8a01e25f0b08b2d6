"""The person a prize or plan is named after is a mention of that person: "Nobel" in "the Nobel Peace Prize",
"Marshall" in "the Marshall Plan", "Pulitzer" in "a Pulitzer Prize".

GUM marks the eponym as a person nested in the prize's name (the prize itself is no actor). A one-word proper noun
in title case, or one followed by "Peace" or "Memorial", right before "Prize", "Plan", "Doctrine" or "Lecture(s)"
is taken, when no capitalised word or acronym comes before it (the eponym starts the name: not "the ICT Master Plan") and it is no state, demonym, town,
gazetteer organisation, institution word or acronym. "Award" is left out: its names are as often brands or bodies
("Academy Award", "Grammy Award", "Emmy Award") as people. A person mention the model made of the whole name ("Marshall
Plan") shrinks to the eponym.
"""

from __future__ import annotations

from .actor_lexicons import ORG_WORDS, Lexicons, big_cities, country_iso3, us_states
from .actor_name_starts import NOT_NAME_WORDS
from .actor_titles import Mention
from .docindex import doc_words

#: Head nouns of names given after a person.
EPONYM_HEADS = {"Prize", "Prizes", "Plan", "Doctrine", "Lecture", "Lectures"}
#: Words that may stand between the eponym and the head ("the Nobel Peace Prize").
MIDDLE_WORDS = {"Peace", "Memorial"}


def _eponym(tok, lex: Lexicons) -> bool:
    text = tok.text
    return (tok.pos_ == "PROPN" and tok.is_title and text.replace("'", "").replace("\u2019", "").isalpha() and len(text) > 2
            and tok.ent_type_ not in {"GPE", "LOC", "NORP", "ORG", "FAC"} and text not in lex.demonyms
            and country_iso3(text) is None and text not in big_cities() and text not in us_states()
            and text not in lex.orgs and text not in ORG_WORDS and text not in NOT_NAME_WORDS and text not in lex.titles)


def eponym_mentions(doc, mentions: list[Mention], lex: Lexicons) -> list[Mention]:
    """PERSON mentions of the people prizes and plans are named after; a PERSON mention of the whole name shrinks."""
    out = []
    for head in (doc[i] for i, w in enumerate(doc_words(doc)) if w in EPONYM_HEADS):  # Tokens for the heads only
        i = head.i - 1
        if i >= 0 and doc[i].text in MIDDLE_WORDS:
            i -= 1
        if i < 0 or not _eponym(doc[i], lex) or (i > 0 and (doc[i - 1].is_title or doc[i - 1].is_upper)
                                                  and doc[i - 1].lower_ not in {"the", "a"} and not doc[i - 1].is_sent_start):
            continue
        around = [m for m in mentions if m.start <= head.i and i < m.end]
        if any(m.label != "PERSON" or m.start != i or m.end != head.i + 1 for m in around):
            continue  # inside an organisation's name, or a person mention of another shape: leave it
        for m in around:  # "Marshall Plan" as a person: the person is "Marshall"
            mentions.remove(m)
        name = doc[i].text
        out.append(Mention(i, i + 1, "PERSON", ("PERSON", name.lower()), name, kind="person", span_start=i))
    return out
