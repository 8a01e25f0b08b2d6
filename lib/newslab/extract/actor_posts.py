"""A capitalised academic or public post named after a copula or "as" ("Dana Holt is Assistant Professor of
Botany", "was elected a Fellow of the Royal Academy", "as Members of Parliament"), or in apposition to a person's
name, after a comma or on the next line ("Dana Holt, Professor of Botany", a letter's signature): the post-holder, a
person mention, as a title phrase with a proper-noun head is named. Only the post's own words become the mention; the
body after "of"/"at"/"in" keeps its own entity ("the Royal Academy" stays an organisation)."""

from __future__ import annotations

from .actor_citations import overlay
from .docindex import doc_words

#: Capitalised posts that a person holds ("Professor of Botany", "a Fellow of the Royal Academy").
POSTS = {"Professor", "Professors", "Fellow", "Fellows", "Member", "Members", "Lecturer", "Dean", "Director",
         "Chair", "Chairman", "Chairwoman", "Reader"}
#: Words that name the holder of a post before it: a copula, "as", a verb of choosing.
CUES = {"is", "was", "are", "were", "became", "become", "becomes", "be", "been", "as", "elected", "made",
        "appointed", "named"}
#: What follows a post with a body or a field ("of Botany", "at the Academy", "in Linguistics", "Professor, Botany").
AFTER = {"of", "at", "in", "for", ","}
ARTICLES = {"a", "an", "the"}
MAX_MODIFIERS = 3  # "Postdoctoral Research Fellow", "Agassiz Professor"


def post_holders(doc, ents: list) -> list:
    """``ents`` with each capitalised post after a copula, "as" or a person's name a PERSON span (article and
    capitalised modifiers included); a model person over those words stays as it is, other entities there are
    dropped."""
    from spacy.tokens import Span

    words = doc_words(doc)  # the scan makes no Token objects (docindex)
    n = len(words)
    person_ends = {e.end for e in ents if e.label_ == "PERSON"}
    found = []
    for i, word in enumerate(words):
        if word not in POSTS or i + 1 >= n or words[i + 1] not in AFTER or i == 0:
            continue
        k = i
        while k > 0 and i - k < MAX_MODIFIERS and words[k - 1][:1].isupper() and words[k - 1][1:2].islower() \
                and words[k - 1].lower() not in CUES:
            k -= 1  # "Assistant Professor", "Agassiz Professor"
        if k > 0 and words[k - 1] in ARTICLES:
            k -= 1
        if k == 0 or words[k - 1] not in CUES and not (
                (words[k - 1] == "," or words[k - 1].isspace()) and k - 1 in person_ends):
            continue  # no copula, "as", or a person's name right before
        if any(e.label_ == "PERSON" and e.start < i + 1 and k < e.end for e in ents):
            continue  # the model read the post with its holder's name
        found.append(Span(doc, k, i + 1, label="PERSON"))
    return overlay(ents, found)
