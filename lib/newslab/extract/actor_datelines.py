"""The town of a wire dateline is a place: "DAR ES SALAAM, Tanzania (AP) _", "WASHINGTON, March 12 (Xinhua) --",
"DES MOINES - The ...", and so is each of two towns joined by a slash ("MOSCOW/KYIV, Feb 24 (Reuters) -").

The small model reads a town in capitals as an acronym (ORG) or nothing, and the all-caps ORG rule of the place vote
keeps it an organisation. Taken: one to three words in capitals at the start of the text or of a paragraph, followed
by the dateline's end: "(" (the agency), a dash, or a comma, then a region and/or a date in title case and only then
"(" or a dash. After a bare dash (no agency, no region) the town must be in the gazetteer, as a heading in capitals
("UPDATE - ...") ends the same way. A known organisation ("UNITED NATIONS (AP)") is left as it is. Counted on samples
of the news folders (attribution_large, chronology_large) before adoption: see the commit message.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from .actor_lexicons import lexicons, towns
from .docindex import doc_words

#: Tokens that end a dateline ("(AP) _", "(Xinhua) --", "DES MOINES - The ...", "WASHINGTON — Sen. ...").
DASHES = {"_", "-", "--", "—", "–"}
#: Longest town name in capitals ("DAR ES SALAAM", "ADDIS ABABA").
MAX_WORDS = 3
#: Longest stretch between the town and the dateline's end (", Mass., Dec. 11").
MAX_AFTER = 8


def in_capitals(word: str) -> bool:
    """A word in capitals: letters, no lower case ("SALAAM", "O'SMACH"); "MO." and "N.Y." count too."""
    return any(c.isalpha() for c in word) and not any(c.islower() for c in word)


def _end(word: str) -> bool:
    return word in DASHES or word.startswith("(")


@lru_cache(maxsize=1)
def _town_keys() -> frozenset[str]:
    return frozenset(n.lower() for n in towns())


def _dateline_end(words: list[str], j: int) -> str | None:
    """How the dateline ends after its town at word ``j``: "agency" ("(AP)"), "region" (", Tanzania ... -"), "dash"
    (a bare dash), or None when no dateline ends there."""
    if j >= len(words):
        return None
    if words[j].startswith("("):
        return "agency"
    if words[j] in DASHES:
        return "dash"
    if words[j] != ",":
        return None
    for k in range(j + 1, min(len(words), j + 1 + MAX_AFTER)):
        w = words[k]
        if _end(w):
            return "region"
        if not (w in {",", "."} or w.isdigit() or w[:1].isupper()):
            return None  # a lower-case word: a sentence, no dateline
    return None


def dateline_places(doc, ents: list[Span]) -> list[Span]:
    """``ents`` with the dateline's town (the first word in capitals after a paragraph break) as a GPE entity: a model
    entity on those words is replaced, a missing one added."""
    words = doc_words(doc)
    starts = [0] + [i + 1 for i, w in enumerate(words) if "\n" in w and not w.strip()]
    n = len(words)
    for i in starts:
        towns_at = []  # "MOSCOW/KYIV, Feb 24 (Reuters) -": towns joined by slashes
        j = i
        while True:
            k = j
            while j < n and j - k < MAX_WORDS and in_capitals(words[j]) and words[j].replace("'", "").replace(".", "").isalpha():
                j += 1
            if j == k or not words[k].isalpha() or len(words[k]) < 2:
                j = towns_at[-1][1] if towns_at else j  # (back before a slash that led to no town)
                break
            towns_at.append((k, j))
            if j + 1 < n and words[j] == "/" and in_capitals(words[j + 1]):
                j += 1
                continue
            break
        if not towns_at:
            continue
        how = _dateline_end(words, j)
        name = " ".join(words[i:towns_at[0][1]])
        if how is None or how == "dash" and name.lower() not in _town_keys():
            continue
        if name.title() in lexicons().orgs or name in lexicons().orgs:
            continue  # "UNITED NATIONS (AP)": an organisation's seat
        for k, e_ in towns_at:
            place = Span(doc, k, e_, label="GPE")
            ents = sorted([e for e in ents if e.end <= k or e.start >= e_] + [place], key=lambda e: e.start)
        if how == "region":
            # and the region after the comma: "MANCHESTER, England (AP)" (a team, an organisation for the model)
            end = next(k for k in range(j + 1, n) if _end(words[k]))
            ents = [Span(doc, e.start, e.end, label="GPE") if j < e.start and e.end <= end and e.label_ in {"ORG", "PERSON"}
                    and e.text not in lexicons().orgs else e for e in ents]
    return ents


def capitals_dateline_end(doc, start: int, limit: int = MAX_WORDS + MAX_AFTER + 1) -> int | None:
    """The token after the dash of a dateline in capitals that opens the text or a paragraph at token ``start``
    ("HARTFORD — ", "DES MOINES, Iowa — "): words in capitals or title case, numbers, commas and dots, then a spaced
    dash within ``limit`` tokens; None where there is none."""
    words = doc_words(doc)
    if start >= len(words) or not in_capitals(words[start]) or start > 0 and "\n" not in words[start - 1]:
        return None
    for k in range(start + 1, min(len(words), start + limit)):
        w = words[k]
        if w in DASHES and doc[k].whitespace_:
            return k + 1
        if not (in_capitals(w) or w in {",", "."} or w[:1].isupper() or w.isdigit()):
            return None
    return None


def sentence_dateline_end(sent) -> int:
    """The token after a dateline at the start of ``sent`` ("PLACE (AGENCY) –"), else ``sent.start``: a short
    parenthesis closed right before a dash among the first tokens. Only the first dozen tokens are looked at.
    (:func:`dateline_places` finds the town of a dateline in capitals at a paragraph's start; this one also finds
    "Washington (AFP) –" run into the sentence, whatever its case; both end at the same dashes.)"""
    words = doc_words(sent.doc)[sent.start: min(sent.end, sent.start + 12)]  # strings: no Token objects per sentence
    for k in range(2, len(words) - 1):
        if words[k] == ")" and words[k + 1] in DASHES and "(" in words[max(0, k - 4): k]:
            return sent.start + k + 2
    # "HARTFORD — Sen. Lee said", "DES MOINES, Iowa — ...": a town in capitals opening a paragraph, then a dash
    return capitals_dateline_end(sent.doc, sent.start, min(sent.end, sent.start + 12) - sent.start) or sent.start


def dateline_appos(tok):
    """The subject the parser hung on a dateline's town as an apposition ("TALLAHASSEE — Rep. Ann Lee on Friday
    criticised ...", "DES MOINES, Iowa — Sen. Lee said": the town is the verb's subject, Lee its apposition), or None:
    the apposition right after the dash of a dateline in capitals (:func:`capitals_dateline_end`) that holds ``tok``."""
    end = capitals_dateline_end(tok.doc, tok.left_edge.i)
    if end is None or tok.i >= end:
        return None
    return next((a for a in tok.children if a.dep_ == "appos" and a.left_edge.i == end), None)
