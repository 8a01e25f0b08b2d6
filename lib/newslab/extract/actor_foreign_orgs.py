"""Organisations named in another language: "Vrije Universiteit Amsterdam", "Koninklijke Bibliotheek", "Universidad
Nacional de Educación a Distancia", "Partido Popular". The small English model reads an unknown foreign name as a
person or a place; a word for a university, school, library, institute, ministry, party, bank, foundation or society
at its start says it is an organisation (ORG), as ``actor_lexicons.ORG_NAME_ENDINGS`` does for English names' last
words ("Trinity College")."""

from __future__ import annotations

from .docindex import doc_lowers, doc_words

#: Words for organisations in Dutch, French, German, Italian, Portuguese and Spanish (hand-typed). Left out: words
#: that also name places ("Centro", a town centre), buildings ("Museo", "Musée": places in the gold, see
#: actor_facilities) or people ("Junta").
FOREIGN_ORG_WORDS = frozenset({
    "Universiteit", "Hogeschool", "Bibliotheek", "Koninklijke", "Stichting", "Vereniging",
    "Université", "Institut", "École", "Bibliothèque", "Ministère", "Banque", "Société", "Fondation", "Conseil", "Parti",
    "Universität", "Hochschule", "Bibliothek", "Ministerium", "Gesellschaft", "Stiftung", "Verein", "Partei",
    "Università", "Istituto", "Biblioteca", "Ministero", "Banca", "Società", "Fondazione", "Partito",
    "Universidade", "Instituto", "Escola", "Faculdade", "Fundação", "Associação", "Sociedade", "Laboratório",
    "Universidad", "Escuela", "Facultad", "Colegio", "Ministerio", "Banco", "Sociedad", "Fundación", "Asociación",
    "Partido", "Laboratorio", "Universitat",
})


#: Transliterated Arabic, Persian, Urdu and Pashto words that open the names of movements, parties, councils and armed
#: groups: front (Jabhat, "Jabhat al-Nusra"), supporters (Ansar, "Ansar al-Sharia"), movement (Harakat, Tehrik), party
#: (Hizb), army (Jaish, Jaysh, Lashkar), brigade (Liwa), battalions (Kataib), companies (Saraya), organisation (Tanzim),
#: society (Jamaat, Jemaah), free men (Ahrar), leagues (Asaib), soldiers (Jund), council (Majlis) and corps (Sepah).
#: Spellings as in the names on the US State Department's list of Foreign Terrorist Organizations and in English
#: Wikipedia's articles on these groups; none is a given name or a place in English news.
GROUP_NAME_WORDS = frozenset({
    "Jabhat", "Jabhah", "Ansar", "Harakat", "Harakat-ul", "Tehrik", "Tehreek", "Hizb", "Hizbul", "Jaish", "Jaysh",
    "Lashkar", "Liwa", "Kataib", "Kata'ib", "Saraya", "Tanzim", "Jamaat", "Jama'at", "Jemaah", "Ahrar", "Asaib",
    "Asa'ib", "Jund", "Majlis", "Sepah",
})


def foreign_org_named(e) -> bool:
    """Whether the span ``e`` (a person or a place to the model) opens with a foreign organisation word, as its first or
    second word ("Universidad de Chile", "Vrije Universiteit", "Jaish al-Adl", not "Suilen Alvarado Laboratorio ...": a person first)."""
    return not e.kb_id_ and foreign_org_at(doc_words(e.doc), doc_lowers(e.doc), e.start, e.end)


def foreign_org_at(texts: list[str], lowers: list[str], start: int, end: int) -> bool:
    """:func:`foreign_org_named` of tokens ``start`` to ``end`` (no gazetteer identity) from the document's word lists."""
    words = [texts[i] for i in range(start, end) if lowers[i] != "the"]
    return any(w in FOREIGN_ORG_WORDS or w in GROUP_NAME_WORDS for w in words[:2])
