"""Companies and online platforms of the organisation gazetteer, on sentences written for these tests."""

from newslab.extract.actor_lexicons import lexicons


def test_companies_are_gazetteer_organisations():
    orgs = lexicons().orgs
    assert orgs["Airbnb"] == ("Airbnb", "organisation")
    assert orgs["Aramco"] == ("Saudi Aramco", "organisation")
    assert "Amazon" not in orgs and "Apple" not in orgs  # a river, a fruit: no gazetteer name


def test_company_the_model_mistypes_is_an_organisation(nlp):
    doc = nlp("Lorna Hefti said OpenAI and Starbucks hired more staff, and TikTok agreed.")
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels["OpenAI"] == labels["Starbucks"] == labels["TikTok"] == "ORG"
    assert labels["Lorna Hefti"] == "PERSON"
