"""Group names that stand for a described set of people, on sentences written for these tests."""

from newslab.extract.actor_group_people import described_people


def _group(doc, word, the=False):
    i = next(t.i for t in doc if t.text == word)
    return (i - 1 if the else i), i + 1


def test_described_sets_of_people(nlp):
    doc = nlp("Rural Canadians and 30,000 Norwegians crossed the river, and the Democrats of Springvale cheered.")
    assert described_people(doc, *_group(doc, "Canadians"))  # a modifier before the noun
    assert described_people(doc, *_group(doc, "Norwegians"))  # a number
    assert described_people(doc, *_group(doc, "Democrats", the=True))  # a place after it


def test_the_and_an_adjective_for_a_people(nlp):
    doc = nlp("In the spring the Dutch sailed home.")
    assert described_people(doc, *_group(doc, "Dutch", the=True))


def test_bare_group_nouns_stay(nlp):
    doc = nlp("All Norwegians voted, some Canadians stayed away, and the Danes who waited were angry.")
    start, end = _group(doc, "Norwegians")
    assert not described_people(doc, start - 1, end)  # "All Norwegians"
    start, end = _group(doc, "Canadians")
    assert not described_people(doc, start - 1, end)  # "some Canadians"
    assert not described_people(doc, *_group(doc, "Danes", the=True))  # a relative clause is left alone


def test_group_mention_label_in_the_actors_table(nlp):
    import datetime

    from newslab.extract.actors import extract_actors
    from newslab.seeds import Article

    text = "Young Norwegians marched in Oslo on Monday. Norwegians are proud of the fjords."
    doc = nlp(text)
    table = extract_actors(doc, Article(id="t", body=text, date=datetime.date(2024, 5, 6), sha256="", path="")).table()
    labels = {text[s:e] + f"@{s}": lab for r in table.to_dict(orient="records")
              for (s, e), lab in zip(r["mentions"], r["mention_labels"])}
    assert labels.get("Norwegians@6") == "PERSON"
    assert labels.get("Norwegians@44") == "NORP"
