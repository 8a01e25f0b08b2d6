"""US states written as postal codes after a town, on sentences written for these tests."""

from newslab.extract.actor_postal import postal_states
from newslab.extract.actor_titles import Mention


def _town(doc, i):
    return Mention(i, i + 1, "GPE", ("GPE", doc[i].lower_), doc[i].text, kind="place", span_start=i)


def test_postal_code_after_a_town_is_the_state(nlp):
    doc = nlp.make_doc("The shop moved from Farrowdale, NJ to Bramwell, OK.")
    words = [t.text for t in doc]
    mentions = [_town(doc, words.index("Bramwell")), _town(doc, words.index("Farrowdale"))]
    nj = words.index("NJ")
    mentions.append(Mention(nj, nj + 1, "ORG", ("ORG", "nj"), "NJ", kind="organisation", span_start=nj))  # the model's guess
    new = postal_states(doc, mentions)
    assert [(m.name, m.label, doc[m.start].text) for m in new] == [("Oklahoma", "GPE", "OK")]
    assert (mentions[2].label, mentions[2].key) == ("GPE", ("GPE", "new jersey"))


def test_code_in_capitals_or_without_a_town_stays(nlp):
    doc = nlp.make_doc("WE DROVE TO BRAMWELL, OK AND SLEPT. It went fine, OK.")
    words = [t.text for t in doc]
    assert postal_states(doc, [_town(doc, words.index("BRAMWELL"))]) == []
    assert postal_states(doc, []) == []


def test_town_mention_runs_over_the_code(nlp):
    from newslab.extract.actors import extract_actors

    text = "Wilhelmina Strand grew up near Coalgate, OK, or so she says."

    class A:  # the stage only reads the Doc
        body = text

    spans = {(a.type, text[s:e]) for a in extract_actors(nlp(text), A()).actors for s, e in a.mentions}
    assert ("GPE", "OK") in spans  # the state keeps its own mention
    assert any(t in {"GPE", "LOC"} and m == "Coalgate, OK" for t, m in spans)  # not cut at the list-like comma after it
