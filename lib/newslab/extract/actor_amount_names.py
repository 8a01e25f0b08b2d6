"""A name the model read as the start of an amount: "fined Google 4.3 billion euros" gives one MONEY entity
"Google 4.3 billion" and no actor. The capitalised proper nouns before the number are a name of their own: a state
when they name one, a person when they open with a given name, else an organisation (what is fined, paid or
owed an amount in news is mostly a company or a body). The amount keeps the rest. The model also reads the
number into the name ("fined Apple 1.8 billion euros" gives an ORG "Apple 1.8 billion"): the number goes."""

from __future__ import annotations

from spacy.tokens import Span

from .actor_lexicons import CALENDAR_WORDS, country_iso3, given_names

#: Entity labels of amounts the model may start with a name.
AMOUNT_LABELS = frozenset({"MONEY", "CARDINAL", "QUANTITY", "PERCENT"})
#: Words before a number that belong to the amount: currency names and codes, months and days.
#: Words after a number that are still the number ("1.8 billion").
SCALE_WORDS = frozenset({"million", "billion", "trillion", "bn"})
#: Currency nouns written after an amount ("798 million euros").
CURRENCY_WORDS = frozenset({"euros", "euro", "dollars", "pounds", "yen", "yuan", "rupees", "francs", "rubles", "roubles",
                            "pesos", "won", "krona", "kronor", "kroner", "reais", "rand", "shillings", "naira", "lira"})
AMOUNT_WORDS = frozenset({"US", "U.S.", "HK", "NZ", "A", "C", "S", "R", "Rs", "Rs.", "Euro", "Euros", "Sterling"}) \
    | CALENDAR_WORDS


def names_before_amounts(doc, ents: list[Span]) -> list[Span]:
    """``ents`` with each amount that opens with up to three capitalised proper nouns split into that name and the
    amount ("Google 4.3 billion" -> ORG "Google" + MONEY "4.3 billion")."""
    out: list[Span] = []
    for e in ents:
        if e.label_ not in AMOUNT_LABELS:
            out += _number_tail_split(doc, e)
            continue
        k = e.start
        while k < e.end and k - e.start < 3 and doc[k].pos_ == "PROPN" and doc[k].is_alpha and doc[k].text[:1].isupper() \
                and doc[k].text not in AMOUNT_WORDS:
            k += 1
        if k == e.start or k == e.end or not doc[k].like_num:
            out.append(e)
            continue
        name = doc[e.start:k].text
        label = "GPE" if country_iso3(name) else "PERSON" if doc[e.start].text in given_names() and k - e.start > 1 else "ORG"
        out += [Span(doc, e.start, k, label=label), Span(doc, k, e.end, label=e.label_)]
    return out


def _number_tail_split(doc, e: Span) -> list[Span]:
    """A name entity that ends in a number of millions or more ("Apple 1.8 billion") as the name and the number
    (CARDINAL), or the amount with its currency ("Meta 798 million euros": MONEY); not a model or a mission number
    ("Boeing 737", "Apollo 11")."""
    end = e.end - 1 if doc[e.end - 1].lower_ in CURRENCY_WORDS else e.end
    if end <= e.start or doc[end - 1].lower_ not in SCALE_WORDS:
        return [e]
    k = end
    while k > e.start and (doc[k - 1].like_num or doc[k - 1].lower_ in SCALE_WORDS):
        k -= 1
    if k == end or k == e.start or not doc[k].like_num or doc[k - 1].pos_ != "PROPN" or not doc[k - 1].is_alpha \
            or doc[k - 1].text in AMOUNT_WORDS:
        return [e]
    return [Span(doc, e.start, k, label=e.label_), Span(doc, k, e.end, label="CARDINAL" if end == e.end else "MONEY")]
