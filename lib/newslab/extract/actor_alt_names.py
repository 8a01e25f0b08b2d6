"""A person's other names in the bracket after the name, as an encyclopedia writes them: "Jens Jespersen (Danish:
[ˈjɛsb̥ɐsn̩]; 16 July 1860 – ...)", "Jerome (/ dʒəˈroʊm /; Latin: Eusebius Hieronymus; c. 347 – 420)".

The GUM gold marks each spelled or pronounced form of the name there as a mention of the person (11 on actors_large,
in six biographies). A form is a part of the bracket between semicolons that is not a date: the text between
the slashes of a pronunciation and a respelling after it ("/ d(ə)ˈvɔːrʒɑːk / d(ə)-VOR-zha(h)k"), or what follows
a language label ("Czech: [...]", "French pronunciation: [...]"), without its square brackets. Only words in
Latin, IPA or Greek letters are taken: the gold leaves the Arabic-script form out and marks its transliteration
("Arabic: زها حديد Zahā Ḥadīd"), and re3d marks neither ("Abu Ghadiya (Arabic: أبو غادية)"). Post-nominal
letters may stand between the name and the bracket ("Daniel Bernoulli FRS (", "Zaha Hadid DBE RA (").
"""

from __future__ import annotations

import re
import unicodedata

from .actor_titles import Mention
from .docindex import char_token_range, doc_text, doc_words

#: A language label opening a part of the bracket ("Czech: ", "German pronunciation: ").
LABEL = re.compile(r"[A-Z][a-z]+(?: [a-z]+)?: ")
QUOTES = {'"', "\u201c", "\u201d"}
#: Opening quotation marks before a nickname ("known as \"El Chapo\"").
OPEN_QUOTE_WORDS = {'"', "\u201c", "'", "\u2018", "``"}
#: Post-nominal letters after a name ("FRS", "DBE RA").
POST_NOMINAL = re.compile(r"(?: [A-Z]{2,4}){0,2} \(")


def _script_ok(word: str) -> bool:
    """Whether every letter of ``word`` is Latin (with "Ḥ", "ā"), IPA or Greek: no Hebrew, Arabic or CJK."""
    return any(ch.isalpha() for ch in word) and all(
        ord(ch) < 0x590 or unicodedata.name(ch, "").startswith(("LATIN", "GREEK")) for ch in word if ch.isalpha())


def _close(text: str, i: int) -> int | None:
    """Index of the ")" closing the "(" at ``i`` (brackets inside a pronunciation nest: "d(ə)"), None if none."""
    depth = 0
    for k in range(i, min(len(text), i + 400)):
        if text[k] == "(":
            depth += 1
        elif text[k] == ")":
            depth -= 1
            if depth == 0:
                return k
    return None


def _forms(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Character spans of the name forms in ``text[start:end]`` (the bracket's inside)."""
    out = []
    pos = start
    for part in text[start:end].split(";"):
        s, e = pos, pos + len(part)
        pos = e + 1
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s >= e or any(ch.isdigit() or ch in QUOTES for ch in text[s:e]):
            continue  # a date ("c. 347 – 30 September 420"); a translation in quotation marks is no name form
        if text[s] == "/":
            close = text.find("/", s + 1, e)
            if close < 0:
                continue
            out.append((s + 1, close))
            out.append((close + 1, e))  # the respelling after the pronunciation
            continue
        label = LABEL.match(text, s, e)
        if label:
            out.append((label.end(), e))
    spans = []
    for s, e in out:
        while s < e and (text[s].isspace() or text[s] == "["):
            s += 1
        while e > s and (text[e - 1].isspace() or text[e - 1] == "]"):
            e -= 1
        words = list(re.finditer(r"\S+", text[s:e]))
        k = len(words)
        while k > 0 and _script_ok(words[k - 1].group(0)):
            k -= 1
        if k < len(words):  # the run of words in Latin, IPA or Greek letters at the end
            spans.append((s + words[k].start(), s + words[-1].end()))
    return spans


def alternative_names(doc, mentions: list[Mention], covered: set[int]) -> list[Mention]:
    """Mentions of a person's other name forms in the bracket right after a mention of the person."""
    text = doc_text(doc)
    out = []
    for m in [x for x in mentions if x.label == "PERSON" and x.key[0] == "PERSON"]:
        after = doc[m.end - 1].idx + len(doc[m.end - 1].text)
        post = POST_NOMINAL.match(text, after)
        if post is None:
            continue
        close = _close(text, post.end() - 1)
        if close is None:
            continue
        for s, e in _forms(text, post.end(), close):
            tokens = char_token_range(doc, s, e)  # doc.char_span(s, e, "expand"), without the Span
            if tokens is None or any(i in covered for i in range(*tokens)):
                continue
            out.append(Mention(tokens[0], tokens[1], "PERSON", m.key, m.name, kind=m.kind, span_start=tokens[0]))
            covered.update(range(*tokens))
    return out


def _place_of(tok, m: Mention) -> bool:
    """``tok`` is the place in the mention's own "in" phrase ("the U.N. peacekeeping force in northern Kivu, known as
    ...": the parser may hang the participle on the place, which is not what an acronym names)."""
    prep = tok.head
    return tok.ent_type_ in ("GPE", "LOC") and tok.dep_ == "pobj" and prep.lower_ == "in" and m.start <= prep.head.i < m.end


#: Adverbs that may stand before "known as" ("also known as", "better known as").
KNOWN_AS_ADVERBS = {"also", "better", "widely", "popularly", "commonly", "locally", "simply", "formerly", "previously"}


def known_as_names(doc, mentions: list[Mention]) -> None:
    """A person's or an organisation's other name after "known as" ("Mohamed Hamdan Dagalo, known as Hemedti",
    "Joaquín Guzmán, better known as El Chapo", "Jabhat Fateh al-Sham, formerly known as the Nusra Front"): the mention
    there (whatever the model called it) becomes one of the actor's, in place."""
    words = doc_words(doc)
    if "known" not in words:
        return
    starts = {m.first: m for m in mentions}
    for m in [x for x in mentions if x.label in {"PERSON", "ORG"} and x.key[0] == x.label]:
        k = m.end
        if k < len(words) and words[k] in {",", "("}:
            k += 1
        if k < len(words) and words[k].lower() in KNOWN_AS_ADVERBS:
            k += 1
        if k + 2 >= len(words) or words[k] != "known" or words[k + 1] != "as":
            # "The U.N. peacekeeping force in southern Lebanon, known as UNIFIL": past the noun's own phrase, the
            # participle the parser hangs on the mention's head
            k = next((i for i in range(m.end, min(m.end + 8, len(words) - 2)) if words[i] == "known"
                      and words[i + 1] == "as" and doc[i].dep_ == "acl" and words[i - 1] == ","
                      and (m.start <= doc[i].head.i < m.end or m.label == "ORG" and _place_of(doc[i].head, m))), None)
            if k is None:
                continue
        k += 2
        if words[k] in OPEN_QUOTE_WORDS:
            k += 1
        other = starts.get(k)
        if other is None and k < len(words) and words[k].lower() == "the":
            other = starts.get(k + 1)  # "known as the Nusra Front": the mention may start after the article
        if other is None or other is m or other.key == m.key or not words[other.start][:1].isupper():
            continue
        alias = words[other.start:other.end]
        if m.label == "ORG" and other.label == "ORG" and m.name.split()[-1].islower():
            # a body the text describes ("the United Nations peacekeeping force") and then names: the name is its name
            for x in mentions:
                if x.key == m.key and x is not other:
                    x.key, x.name = other.key, other.name
            other.kind = m.kind
            continue
        for x in mentions:  # the nickname again elsewhere in the article ("Hemedti later met ...")
            if x is other or x.key != m.key and x.end - x.start == len(alias) and words[x.start:x.end] == alias:
                x.label, x.key, x.name, x.kind = m.label, m.key, m.name, m.kind
                x.mention_label = None
