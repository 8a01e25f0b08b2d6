"""Place names that open with a generic geographic word of another language: "Wadi Barada" (a valley), "Jabal
al-Zawiya" (a mountain), "Shatt al-Arab" (a river), "Meidan Emam" (a square), "Paseo de Montejo" (an avenue), "Anse
Bertrand" (a cove). The small English model reads them as a person's given name and surname; the first word says
they are places (LOC), as ``actor_lexicons.PLACE_PREFIXES`` does for "Fort Lee" and "Mount Hood"."""

from __future__ import annotations

#: Generic words that open a place name, by language (GeoNames feature terms; Arabic as news transliterates it).
#: Left out as also given names or surnames: Ras (Ras Baraka), Rio (Rio Ferdinand), Sierra, Costa, Monte, Rue; and
#: "Tell" (the English verb opens sentences: "Tell Harry ...").
PLACE_GENERICS = frozenset({
    # Arabic and Persian: valley, mountain, river bank, square, gate-less generics
    "Wadi", "Jabal", "Jebel", "Djebel", "Shatt", "Meidan", "Meydan", "Maidan", "Bahr", "Nahr", "Birkat",
    # Spanish, Portuguese, Italian: avenue, street, square, beach, island, hill, lake, gulf, point
    "Paseo", "Calle", "Avenida", "Rua", "Plaza", "Praça", "Piazza", "Playa", "Isla", "Cerro", "Lago", "Golfo", "Punta",
    # French: cove, hill, point, bay, island, lake
    "Anse", "Morne", "Pointe", "Baie", "Île", "Lac",
})
#: Particles between the generic word and the name ("Paseo de Montejo", "Jabal al-Zawiya" is one hyphenated word).
_PARTICLES = {"de", "del", "della", "di", "do", "da", "des", "du", "la", "el", "al", "à"}


def place_generic_name(e) -> bool:
    """Whether the span ``e`` is a generic place word then a capitalised name, maybe after a particle ("Wadi Barada",
    "Paseo de Montejo"), with no gazetteer identity."""
    words = [t for t in e if t.lower_ != "the"]
    if len(words) < 2 or e.kb_id_ or words[0].text not in PLACE_GENERICS:
        return False
    k = 1
    while k < len(words) - 1 and words[k].lower_ in _PARTICLES:
        k += 1
    return words[k].text[:1].isupper()
