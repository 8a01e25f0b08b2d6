"""A one-word name the model called a place that its article shows to be a person: the subject of a verb of saying
or thinking ("Santa said", "Newton considered"), or the owner of a relative, a body part or a view ("Santa's first
wife", "Street's argument"). Cities speak for their governments in news ("Moscow said", "Moscow's view"), so a big
city or a town that is no given name needs a relative or a body part."""

from __future__ import annotations

from .actor_lexicons import POSSESSIVE, big_cities, city_given_names, country_iso3, towns

#: Verbs whose subject is a person speaking or thinking.
SPEAKER_VERBS = {"say", "tell", "ask", "reply", "answer", "shout", "whisper", "think", "feel", "remember", "realize",
                 "realise", "wonder", "laugh", "smile", "sigh", "nod", "consider", "argue", "believe", "hope", "write"}
#: What only a person owns ("Santa's wife", "Newton's hand").
KIN_BODY_NOUNS = {"wife", "husband", "son", "daughter", "father", "mother", "brother", "sister", "parents", "widow",
                  "family", "friend", "friends", "birth", "death", "childhood", "life", "hand", "hands", "face", "eyes",
                  "head", "voice"}
#: What a thinker owns, and a city's government too ("Newton's concept", "Moscow's view").
THINKER_NOUNS = {"argument", "arguments", "view", "views", "theory", "concept", "idea", "ideas", "claim"}


def _owned_noun(doc, tok):
    """The noun after "X's", or None."""
    i = tok.i + 1
    if i + 1 < len(doc) and doc[i].text in POSSESSIVE:
        k = i + 1
        while k < len(doc) - 1 and doc[k].pos_ == "ADJ":
            k += 1  # "Santa's first wife"
        return doc[k].lower_
    return None


def person_evidence(doc, names: set[str]) -> set[str]:
    """Those of ``names`` (one-word, no state) that the article shows to be a person at least once."""
    out = set()
    for t in doc:
        if t.text not in names or country_iso3(t.text):
            continue
        city = (t.text in big_cities() or t.text in towns()) and t.text not in city_given_names()
        owned = _owned_noun(doc, t)
        if owned in KIN_BODY_NOUNS or not city and (
                owned in THINKER_NOUNS or t.dep_ == "nsubj" and t.head.lemma_ in SPEAKER_VERBS):
            out.add(t.text)
    return out
