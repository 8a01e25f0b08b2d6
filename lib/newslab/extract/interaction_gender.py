"""A person's gender as the text shows it, so that the interaction stage never links "she" to a man.

Two signals, both read off the article, no model:

* a courtesy title right before one of the person's mentions ("Mr. Trump", "Mrs. Clinton", "Ms. Ayotte");
* a given name that is a man's or a woman's only (``data/actors_given_name_genders.csv``), the first word of the
  person's name or of a longer alias ("Ted Cruz" -> m).

Signals that disagree cancel out: the person has no gender, and nothing is vetoed. A name absent from the list
(most names outside it, and every name used for both) gives no gender either: the veto only fires on evidence.
"""

from __future__ import annotations

from .actor_lexicons import TITLE_GENDER, given_name_genders
from .actors import ActorSet
from .docindex import char_token_range, doc_lowers


def person_genders(doc, actors: ActorSet) -> dict[str, str]:
    """``actor_id`` -> "m" or "f" for each person whose title or given name says it (see the module rule)."""
    names = given_name_genders()
    lowers = doc_lowers(doc)
    out: dict[str, str] = {}
    for a in actors.actors:
        if a.type != "PERSON":
            continue
        seen = set()
        for name in (a.name, *a.aliases):
            words = name.split()
            if len(words) > 1 and words[0] in names:
                seen.add(names[words[0]])
        for s, e in a.mentions:
            tokens = char_token_range(doc, s, e)
            if tokens is None:
                continue
            first = tokens[0]
            for i in (first - 1, first):  # the title before the mention, or opening it
                if 0 <= i < len(lowers) and lowers[i] in TITLE_GENDER:
                    seen.add(TITLE_GENDER[lowers[i]])
        if len(seen) == 1:
            out[a.actor_id] = seen.pop()
    return out
