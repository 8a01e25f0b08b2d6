"""Names in a title-case headline cut to the name the body gives, on headlines written for these tests (the model's
over-long name is set by hand)."""

from actorkit import span_of

from newslab.extract.actor_headlines import headline_names


def _cut(nlp, text, glued, label="PERSON"):
    doc = nlp(text)
    ents = [span_of(doc, glued, label)] + [e for e in doc.ents if e.start > len(glued.split()) + 5]
    return [(e.text, e.label_) for e in headline_names(doc, ents) if e.end < 12]


def test_headline_verb_is_cut_off(nlp):
    text = ("Maria Lopez Stunned Voters With Her Final Debate Answer.\n\n"
            "Maria Lopez spoke for ten minutes on Tuesday. Her rival answered briefly.")
    assert _cut(nlp, text, "Maria Lopez Stunned") == [("Maria Lopez", "PERSON")]


def test_names_and_plain_lines_are_left(nlp):
    # a word the body writes with a capital is part of the name
    text = ("Maria Lopez Stunned Voters With Her Final Debate Answer.\n\n"
            "Maria Lopez spoke for ten minutes. Her brother, Stunned Lopez, smiled.")
    assert ("Maria Lopez Stunned", "PERSON") in _cut(nlp, text, "Maria Lopez Stunned")
    # no title-case headline: a sentence in plain case
    text = "Maria Lopez Stunned voters with her final answer on the debate stage.\n\nMaria Lopez spoke for ten minutes."
    assert ("Maria Lopez Stunned", "PERSON") in _cut(nlp, text, "Maria Lopez Stunned")
