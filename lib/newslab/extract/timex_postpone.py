"""A date an event was put off to lies ahead: "postponed the vote until Christmas", "delayed to March".

The governing verb of such a date is past ("was postponed"), which would send a month or a holiday
without a year back to the last one; but the new date is later than the decision, so it is the next
one (TimeML values a relative date by when its event happens, here the postponed vote).
"""

from __future__ import annotations

from .timexes import lexicon

_PREPS = ("until", "till", "to")
#: "pushed back to", "put off until": these verbs postpone only with their particle.
_NEED_PARTICLE = {"push": ("back",), "put": ("off", "back")}


def postponed_to(span) -> bool:
    """Whether ``span`` follows "until/till/to" hanging off a verb that moves an event later."""
    if span.start == 0:
        return False
    prep = span.doc[span.start - 1]
    if prep.lower_ not in _PREPS:
        return False
    verb = prep.head
    if verb.pos_ in ("ADV", "ADP") and verb.dep_ in ("prt", "advmod"):
        verb = verb.head  # "pushed back to March": "to" may hang off the particle
    lemma = verb.lemma_.lower()
    if verb.pos_ not in ("VERB", "AUX") or lemma not in lexicon()["postpone_verbs"]:
        return False
    need = _NEED_PARTICLE.get(lemma)
    return need is None or any(c.lower_ in need for c in verb.children if c.dep_ in ("prt", "advmod"))
