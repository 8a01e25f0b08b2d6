"""Actor mentions that name no actor, dropped before the mentions merge into actors (precision rules).

* A web address or an e-mail address ("Secunia.com", "the Example.org site", "jo@uni.edu Presented") names a
  site or a mailbox, not an actor: neither actor gold set marks one as a named actor (4 of 4 on the dev sets
  are unmarked or OTHER).
* A one-word "name" that is a whole utterance by itself, alone on its line or inside its quotation marks with
  only its closing '.', '!' or '?' ("Pardon?", "“Owwww!”", "Grazie!"), and that the article writes nowhere
  else, is a word said, not a name: speech, interviews and lists of a transcript. A name called out ("Nonna!")
  comes back in the article and stays.
* A span that ends in a word broken off ("Shobha-", "K- there is", "a B & B-") or in a dangling "&" ("Flora &
  fauna") is no name: speech repairs, grades and a heading cut at its "&", none of them gold names on the dev
  sets (a name the speaker repairs, "Nick Ro- Roberts", ends whole and stays)."""

from __future__ import annotations

import re

from .actor_titles import Mention
from .docindex import doc_text

#: A web domain glued to a word ("Secunia.com", "bbc.co.uk") or an e-mail address.
WEB_ADDRESS = re.compile(r"@|\w\.(?:com|org|net|gov|edu|int|info|io|co\.uk|ac\.uk|org\.uk|gov\.uk)\b", re.IGNORECASE)
#: What may stand before a lone utterance: a line start, or an opening quotation mark.
_UTTERANCE_BEFORE = re.compile(r"(?:\A|\n|[\u201c\"]) ?\Z")
#: What may follow it: its end mark, then a closing quotation mark or the line end.
_UTTERANCE_AFTER = re.compile(r"[.!?]+ ?(?:[\u201d\"]|\n|\Z)")


def _web_address(text: str) -> bool:
    """Whether the mention's text holds a web or e-mail address."""
    return bool(WEB_ADDRESS.search(text))


def _lone_utterance(doc, m: Mention, text: str) -> bool:
    """Whether the one-word mention ``m`` is a whole utterance by itself that the article writes only once."""
    if m.end - m.start != 1 or m.label == "NORP" or not doc[m.start].is_alpha:
        return False
    s, e = doc[m.start].idx, doc[m.start].idx + len(doc[m.start])
    if not (_UTTERANCE_BEFORE.search(text[max(0, s - 2):s]) and _UTTERANCE_AFTER.match(text, e)):
        return False
    word = doc[m.start].text
    return len(re.findall(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text)) == 1


def _cut_off(span: str) -> bool:
    """Whether the mention text ``span`` ends in a word broken off or a dangling '&'."""
    return span.endswith(("-", "\u2013", "&"))


def precise_mentions(doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without those that name no actor (the rules of this module; called once, before merging)."""
    text = doc_text(doc)
    out = []
    for m in mentions:
        start = m.span_start if m.span_start is not None else m.start
        span = doc[start:m.end].text
        if _web_address(span) or _lone_utterance(doc, m, text) or _cut_off(span):
            continue
        out.append(m)
    return out
