"""An office the model read as an organisation: "the United Nations High Commissioner for Refugees", "Rector of the
university", "the Secretary of State". The whole phrase names the person who holds the office, as the gold marks it
(a PERSON mention with the title's head), so the gazetteer retypes it (:func:`office_named`)."""

from __future__ import annotations

from .actor_lexicons import FACILITY_WORDS, INSTITUTION_WORDS, ORG_NAME_ENDINGS, lexicons
from .docindex import doc_lowers

#: Determiners an office phrase may open with.
_DETERMINERS = {"the", "a", "an", "its", "his", "her", "their", "our", "my", "your"}


def office_named(e) -> bool:
    """Whether the span ``e`` is "<capitalised words> <head title> of/for <complement>": the words before the first
    "of"/"for" end in a title that can stand for its holder (data/actors_titles.csv, head 1: "High Commissioner",
    "Rector", "Secretary"), none of them and not the last word of the span an organisation word ("the Office of the
    High Commissioner", "the Prince of Wales Hospital" stay organisations)."""
    lowers = doc_lowers(e.doc)
    if not any(lowers[i] in {"of", "for"} for i in range(e.start, e.end)):
        return False  # most entities: no "of"/"for", no Token per word
    words = [t for t in e]
    k = next((i for i, t in enumerate(words) if t.lower_ in {"of", "for"}), None)
    if k is None or k == 0 or k == len(words) - 1:
        return False
    head = words[k - 1]
    titles = lexicons().titles
    if head.text not in titles or not titles[head.text][1]:
        return False
    before = words[:k]
    if before[0].lower_ in _DETERMINERS:
        before = before[1:]
    if not all(t.is_title or t.is_upper or t.text == "-" for t in before):
        return False
    last = words[-1].text
    return not any(t.text in ORG_NAME_ENDINGS or t.lower_ in INSTITUTION_WORDS for t in before) \
        and last not in ORG_NAME_ENDINGS and last not in FACILITY_WORDS
