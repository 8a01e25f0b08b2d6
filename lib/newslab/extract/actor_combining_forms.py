"""A compound adjective led by a combining form of a region or people ("Euro-Atlantic integration", "Anglo-American
settlers", "Sino-Soviet relations", "Afro-Cuban music") is a modifier of the noun after it, no actor: the model
reads it as an organisation, a group or a person, and neither gold marks it (the noun phrase it opens is at most a
nominal mention). Alone ("the Indo-Pacific is vast") such a compound may name a region, so it stays."""

from __future__ import annotations

from .docindex import doc_words

#: Combining forms of regions and peoples that only lead a hyphenated compound (English dictionaries' "Anglo-",
#: "Euro-", "Sino-" ...); "Arab-", "North-" and the like are words of their own and are left out.
COMBINING_FORMS = {"Anglo", "Euro", "Afro", "Sino", "Indo", "Franco", "Judeo", "Greco", "Graeco", "Austro", "Russo",
                   "Italo", "Hispano", "Luso", "Germano", "Turco", "Irano", "Serbo", "Balto", "Nordo", "Celto"}


def combining_form_modifier(doc, e) -> bool:
    """Whether ``e`` (after a leading "the") is "<combining form>-<Capitalised word>" and a lower-case noun or
    adjective follows it: the compound modifies that noun ("the Anglo-American settlers")."""
    texts = doc_words(doc)  # word strings first: this runs for every entity
    if not any(texts[i] in COMBINING_FORMS for i in range(e.start, e.end)):
        return False  # most entities: no Token for their words
    words = [t for t in e if t.lower_ != "the"]
    if len(words) != 3 or words[0].text not in COMBINING_FORMS or words[1].text != "-" \
            or words[0].whitespace_ or words[1].whitespace_ or not words[2].text[:1].isupper():
        return False
    nxt = doc[e.end] if e.end < len(doc) else None
    return nxt is not None and nxt.text.islower() and nxt.is_alpha and nxt.pos_ in {"NOUN", "ADJ"}
