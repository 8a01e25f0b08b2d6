"""An object him/her is a person named before it in its own sentence, never its own verb's subject; written
sentences only."""

from interkit import edges as _edges


def _pairs(df):
    return set(zip(df["source"], df["target"]))


def test_object_pronoun_is_the_person_named_in_its_sentence(nlp):
    # "him" is no subject of its own verb (Ortiz), so not the previous sentence's subject (Hale) either
    df = _edges(nlp, "Tom Hale spoke first. Carlos Ortiz disagrees with Peter Grant on taxes but still supports him.")
    rows = set(zip(df["source"], df["kind"], df["target"]))
    assert ("Carlos Ortiz", "support", "Peter Grant") in rows, df[["source", "kind", "target"]]


def test_object_pronoun_after_a_possessor(nlp):
    # a possessor is a person of the clause too: "Hale's rival ... defeated him"
    df = _edges(nlp, "Tom Hale spoke first. After Peter Grant's loss in May, Carlos Ortiz endorsed him.")
    assert ("Carlos Ortiz", "Peter Grant") in _pairs(df), df[["source", "kind", "target"]]
