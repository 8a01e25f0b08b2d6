"""Names of bodies built as "<body noun> of/for <Name>" that the model left unlabelled: "the Army of the Victorious
Sect", "the Association for Computational Linguistics", "the Fifty-Fourth Regiment of Massachusetts Volunteers".

The small model finds most such names ("the University of Chicago", "the Ministry of Defence"); the ones it misses
are mostly rarer groups or bodies, and each one the rule adds on the development sets is a gold organisation (4 of 4
on ``actors_large``, none on the small set; a place named in it is then marked nested, as GUM does).

The span runs from an optional "the" and capitalised words before the body noun to the last capitalised word of the
complement, through "and/of/the/for" between capitalised words (not into a second name after "and the" or "and <body
noun>"). Only where no actor entity covers any of its words: a name the model found keeps the model's span and type."""

from __future__ import annotations

from .actor_lexicons import ACTOR_LABELS, lexicons
from .docindex import doc_lowers, doc_words

#: Nouns that head the name of an organisation and take an "of/for" complement that names it ("Army of ...",
#: "Association for ..."); offices of one person ("Secretary of State") are titles, not bodies, and stay out.
BODY_NOUNS = {"Army", "Front", "Movement", "Party", "Council", "Committee", "Brigade", "Brigades", "Battalion", "Regiment",
              "Legion", "League", "Association", "Society", "Organisation", "Organization", "Federation", "Institute",
              "Department", "Ministry", "Bureau", "Agency", "Commission", "Court", "University", "College", "Academy",
              "Bank", "Church", "Corps", "Board", "Assembly", "Alliance", "Coalition", "Centre", "Center", "School",
              "Foundation", "Fund", "Authority", "Brotherhood", "Congress", "Union", "Guard", "Forces"}
LINKS = {"of", "for"}
INNER = {"and", "of", "the", "for", "&"}


def _name_word(tok) -> bool:
    """A capitalised word that can be part of a name (not a title word such as "Secretary")."""
    return tok.text[:1].isupper() and tok.is_alpha and not tok.is_space and tok.text not in lexicons().titles


def _second_name(links: list[str], word) -> bool:
    """Whether "and"/"&" before ``word`` starts another name rather than going on with this one ("... Vanguard and the
    Association for ...", "... and Council of ..."): after "and the", or before a body noun."""
    if not {"and", "&"} & set(links):
        return False
    return "the" in links or word.text in BODY_NOUNS


def body_names(doc, ents: list) -> list:
    """ORG spans for "<body noun> of/for <Name>" phrases that no actor entity touches, to add to ``ents``."""
    from spacy.tokens import Span

    n = len(doc)
    words, lowers = doc_words(doc), doc_lowers(doc)  # the scan makes no Token objects (docindex)
    # The words that can open a phrase, found in one pass over the strings; most articles have none, and then
    # neither the entities' tokens nor a loop step per word are needed.
    opens = [k for k in range(n - 2) if words[k] in BODY_NOUNS and lowers[k + 1] in LINKS]
    if not opens:
        return []
    taken = {i for e in ents if e.label_ in ACTOR_LABELS for i in range(e.start, e.end)}
    out = []
    i = 0
    for at in opens:
        if at < i:
            continue  # inside the phrase found last
        i = at
        j = i + 2
        if j < n and doc[j].lower_ == "the":
            j += 1
        if j >= n or not _name_word(doc[j]):
            i += 1
            continue
        end = j + 1
        while end < n:
            if _name_word(doc[end]):
                end += 1
                continue
            k = end
            while k < n and doc[k].lower_ in INNER:
                k += 1
            links = [t.lower_ for t in doc[end:k]]
            if k > end and k < n and _name_word(doc[k]) and not _second_name(links, doc[k]):
                end = k + 1
                continue
            break
        start = i
        while start > 0:
            if _name_word(doc[start - 1]) and doc[start - 1].pos_ in {"PROPN", "ADJ", "NUM"}:
                start -= 1
            elif start > 1 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_ \
                    and _name_word(doc[start - 2]):
                start -= 2  # "the Fifty-Fourth Regiment of ...": a hyphenated word is one
            else:
                break
        if start > 0 and doc[start - 1].lower_ == "the":
            start -= 1
        if any(k in taken for k in range(start, end)) or "\n" in doc[start:end].text:
            i = end
            continue
        out.append(Span(doc, start, end, label="ORG"))
        taken.update(range(start, end))
        i = end
    return out
