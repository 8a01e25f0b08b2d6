"""The people an organisation is named for, at the end of its name, are a person mention nested in it: "Magicians" in
"the International Brotherhood of Magicians", "Refugees" in "the High Commissioner for Refugees", "Volunteers" in
"the Fifty-Fourth Regiment of Massachusetts Volunteers".

GUM marks that group of people as a person mention inside the organisation's name (all 6 entities of the two dev
sets that end so: "Magicians", "Refugees", "Engineers" twice, "Linguists", "Volunteers"). A last word names people when it is a capitalised plural of an agent or
member noun: it ends in "-ers", "-ors", "-ists", "-ians", "-ees", "-ants" or "-ents" ("Engineers", "Linguists",
"Immigrants"); "Affairs", "Appeals", "Representatives" or "Fisheries" do not. The words from after the name's last
"of" / "for" to its end make the mention.
"""

from __future__ import annotations

from .actor_titles import Mention
from .docindex import doc_ents

#: Endings of plural agent and member nouns.
PEOPLE_ENDINGS = ("ers", "ors", "ists", "ians", "ees", "ants", "ents")
#: Labels of the names looked into.
OUTER_LABELS = {"ORG", "FAC", "EVENT"}


def member_groups(doc, mentions: list[Mention]) -> list[Mention]:
    """PERSON mentions of the plural people's noun phrase that ends an organisation's name after "of"/"for"."""
    out = []
    taken = {i for m in mentions if m.label != "ORG" or m.kind == "group" for i in range(m.start, m.end)}
    for ent in doc_ents(doc):
        if ent.label_ not in OUTER_LABELS or len(ent) < 3:
            continue
        last = ent[-1]
        if not (last.is_title and last.tag_ in {"NNPS", "NNS"} and last.text.endswith(PEOPLE_ENDINGS)):
            continue
        k = ent.end - 1
        while k - 1 > ent.start and doc[k - 1].is_title and doc[k - 1].lower_ not in {"of", "for", "the"}:
            k -= 1
        if doc[k - 1].lower_ not in {"of", "for"} or any(i in taken for i in range(k, ent.end)):
            continue
        name = doc[k:ent.end].text
        out.append(Mention(k, ent.end, "PERSON", ("PERSON", name.lower()), name, kind="group", span_start=k))
        taken.update(range(k, ent.end))
    return out
