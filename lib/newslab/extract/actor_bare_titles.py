"""A capitalised title standing alone as a complement or in address is a person mention: "was proclaimed Emperor",
"My brother was Mayor later", "the impeachment of a President", "But where, Sir, ...", "Gorbachev, President".

``actor_titles.title_only`` takes a title after "the", "this", "our" or "as"; GUM marks the capitalised title as a
named person wherever it stands for its holder, also without those words. Here a title word of the lexicon that can
end a title (with the title words right before it: "Vice President", "Assistant Professor"), in title case, not the
first word of its sentence, outside every mention (this runs after the other title and office rules), after no
capitalised word or entity ("NASA Administrator" is an office's), and followed by no capitalised name, "of", "for"
or possessive (those make a title phrase of a named person or office), becomes a person mention; an "a"/"an"
before it belongs to it. Plural titles ("Ministers") are groups, not one holder; abbreviations ("Prof.") follow
names.
"""

from __future__ import annotations

from .actor_lexicons import CONNECTORS, POSSESSIVE, Lexicons
from .actor_titles import Mention, hyphen_title_parts
from .docindex import doc_words


def bare_titles(doc, covered: set[int], lex: Lexicons) -> list[Mention]:
    """PERSON mentions (key ``("TITLE", role)``) of capitalised titles standing alone."""
    out = []
    n = len(doc)
    words = doc_words(doc)
    compound = hyphen_title_parts(doc, words, lex)  # "Commander-in-Chief", "Commander in Chief": one title
    # strings first, Tokens for titles and the first words of hyphenated titles only
    for i in [i for i, w in enumerate(words) if (w in lex.titles or i + 1 in compound) and i not in compound]:
        t = doc[i]
        word = t.text
        if (word not in lex.titles or not lex.titles[word][1]) and i + 1 not in compound or not t.is_title \
                or word.endswith(".") or t.i in covered or t.is_sent_start or t.tag_ == "NNPS":
            continue
        end = t.i + 1
        while end in compound:
            end += 1
        word = words[end - 1] if words[end - 1] in lex.titles else word  # the kind of the compound's head
        nxt = doc[end] if end < n else None
        if nxt is not None and ((nxt.is_title and nxt.pos_ == "PROPN") or (nxt.is_upper and nxt.is_alpha)
                                or nxt.lower_ in CONNECTORS or nxt.text in lex.titles or nxt.text in POSSESSIVE):
            continue
        start = t.i
        while start > 0 and doc[start - 1].text in lex.titles and doc[start - 1].is_title and start - 1 not in covered \
                and not doc[start - 1].is_sent_start:
            start -= 1
        prev = doc[start - 1] if start > 0 else None
        if prev is not None and not doc[start].is_sent_start and (prev.is_title or prev.is_upper or prev.ent_type_):
            continue  # "NASA Administrator", "International President", "The Shadow": a longer name or title_only's
        role = doc[start:end].text
        span_start = start - 1 if start > 0 and doc[start - 1].lower_ in {"a", "an"} else start
        kind = lex.titles[word][0]
        out.append(Mention(start, end, "PERSON", ("TITLE", role.lower()), role, kind=kind, role=role,
                           span_start=span_start))
        covered.update(range(span_start, end))
    return out
