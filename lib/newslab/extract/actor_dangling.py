"""A name never ends on a linking word: the model's "the Institute of History and Philology of", "the Grand Lodge of",
"Theodore the", "the Berkman Centre for Internet and".

The small model sometimes stops a long name right after its "of", "for", "and" or "the", before the words that finish
it. Such an entity goes on over the capitalised words after it ("... of Academia Sinica", "Theodore the Sanctified"),
with more linking words between capitalised ones ("of the", "and"), up to a line break, a word in another entity or a
lower-case word. With no capitalised word after it ("a National Convention of all races"), the linking words are left
out: the name the model found stands alone. The entity keeps the model's label.
"""

from __future__ import annotations

from spacy.tokens import Span

from .actor_lexicons import ACTOR_LABELS, country_iso3

#: Lower-case words that link the parts of a name and never end one.
LINKS = {"of", "for", "and", "the", "&", "de", "du", "des", "del", "la", "le", "von", "van"}
#: Labels of a place an organisation's name may go on over after its "of" ("the Grand Lodge of" + "New York"); the
#: nested-place rules of the actor stage give the place its own mention again. An organisation after the "of" keeps its
#: entity ("the Institute of" + "Academia Sinica"): GUM marks it nested, and nothing would give it back; so does a state
#: ("the Office of President of" + "the United States": the office rules read the title and its state apart).
PLACE_LABELS = {"GPE", "LOC"}
#: Longest run of words taken after the linking word.
MAX_WORDS = 6


def _capitalised(tok) -> bool:
    return tok.text[:1].isupper() and not tok.is_punct


def mend_dangling_ends(doc, ents: list[Span]) -> list[Span]:
    """``ents`` with each actor entity that ends on a linking word carried over the name's capitalised words after
    it, or cut back to its last capitalised word when none follows."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    places = {e.start: e for e in ents if e.label_ in PLACE_LABELS and not e.kb_id_ and country_iso3(e.text) is None}
    n = len(doc)
    out, merged = [], set()
    for e in ents:
        if e.label_ not in ACTOR_LABELS or len(e) < 2 or doc[e.end - 1].lower_ not in LINKS \
                or not doc[e.end - 1].text.islower() and doc[e.end - 1].text != "&":
            out.append(e)
            continue
        end = k = e.end
        place = places.get(e.end)
        if place is not None and doc[e.end - 1].lower_ == "of" and e.label_ in {"ORG", "FAC"}:
            merged.add(place.start)  # "the Grand Lodge of" + "New York": the body's name goes on over the place
            end = k = place.end
        while k < n and k - e.end < MAX_WORDS and k not in taken and "\n" not in doc[k - 1].whitespace_:
            tok = doc[k]
            if _capitalised(tok):
                end = k = k + 1
            elif tok.lower_ in LINKS and tok.text.islower() or tok.text == "&":
                k += 1
            else:
                break
        if end == e.end:  # nothing to finish the name: leave the linking words out
            while end > e.start and (doc[end - 1].lower_ in LINKS or doc[end - 1].is_punct):
                end -= 1
            if not any(_capitalised(t) for t in doc[e.start:end]):
                out.append(e)
                continue
        out.append(Span(doc, e.start, end, label=e.label_, kb_id=e.kb_id_))
    return [e for e in out if e.start not in merged]
