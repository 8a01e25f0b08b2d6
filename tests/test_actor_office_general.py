""""General" after a civil office word is part of the office, not a name or a rank; sentences written for these
tests."""

from actorkit import one_sentence_doc, span_of

from newslab.extract.actor_office_general import without_office_generals


def test_a_lone_office_general_is_no_person_name(nlp):
    doc = one_sentence_doc(nlp, "The report of the Inspector General reached the board .")
    assert without_office_generals(doc, [span_of(doc, "General", "PERSON")]) == []


def test_the_whole_office_called_an_organisation_is_dropped_for_the_title_pass(nlp):
    doc = one_sentence_doc(nlp, "Later the Attorney General wrote to the mayor .")
    assert without_office_generals(doc, [span_of(doc, "the Attorney General", "ORG")]) == []


def test_a_general_with_a_name_and_an_office_outside_the_lexicon_stay(nlp):
    doc = one_sentence_doc(nlp, "General Ana Varga met the Surgeon General .")
    ents = [span_of(doc, "General Ana Varga", "PERSON"), span_of(doc, "the Surgeon General", "ORG")]
    assert without_office_generals(doc, ents) == ents


def test_attorney_general_is_the_role_not_a_rank(nlp):
    from newslab.extract.actors import extract_actors

    text = "Attorney General Miriam Oduya opened an inquiry into the water board on Tuesday."

    class Article:
        body = text

    (a,) = [a for a in extract_actors(nlp(text), Article()).actors if "Oduya" in a.name]
    assert (a.role, a.rank) == ("Attorney General", None)


def test_secretary_director_and_governor_general_unhyphenated_are_one_office(nlp):
    from newslab.extract.actors import extract_actors

    text = ("Alliance Secretary General Piet Hollander met Director General Amara Osei, and Governor General "
            "Claire Dupuis joined them on Friday.")

    class Article:
        body = text

    got = {a.name: (a.role, a.rank) for a in extract_actors(nlp(text), Article()).actors if a.type == "PERSON"}
    assert got["Piet Hollander"] == ("Secretary General", None)
    assert got["Amara Osei"] == ("Director General", None)
    assert got["Claire Dupuis"] == ("Governor General", None)


def test_the_office_alone_is_a_person_named_by_its_title(nlp):
    from actorkit import typed_mentions

    assert ("PERSON", "The Inspector General") in typed_mentions(
        nlp, "The city hired a new auditor in March. The Inspector General later wrote to the mayor about the fees.")


def test_a_department_word_before_the_office_is_part_of_the_role_not_the_affiliation(nlp):
    from newslab.extract.actors import extract_actors

    text = "Defence Secretary Tom Ashby met Interior Minister Lena Brandt and Belgian Defence Minister Eva Claes."

    class Article:
        body = text

    got = {a.name: (a.role, a.affiliation) for a in extract_actors(nlp(text), Article()).actors if a.type == "PERSON"}
    assert got["Tom Ashby"] == ("Defence Secretary", None)
    assert got["Lena Brandt"] == ("Interior Minister", None)
    assert got["Eva Claes"] == ("Defence Minister", "Belgium")


def test_a_lower_case_title_before_the_name_is_the_role(nlp):
    from newslab.extract.actors import extract_actors

    text = ("Kenyan opposition leader Joseph Mwangi met party chairman Ben Ross and Major general Tomas Reyes. "
            "Hilda Varga, the director of the port authority, met campaign manager Jon Pike.")

    class Article:
        body = text

    got = {a.name: (a.role, a.rank, a.affiliation) for a in extract_actors(nlp(text), Article()).actors if a.type == "PERSON"}
    assert got["Joseph Mwangi"] == ("opposition leader", None, "Kenya")
    assert got["Jon Pike"][0] == "campaign manager"
    assert got["Tomas Reyes"][0] is None  # "general" after "Major" is a rank, not a role
    assert got["Hilda Varga"][0].startswith("director of")  # the apposition's role, as before
    more = ("Later, UN secretary general Amira Haddad met vice-president Ann Orr and Syrian rebel commander Abu Sami.")

    class Second:
        body = more

    got = {a.name: (a.role, a.affiliation) for a in extract_actors(nlp(more), Second()).actors if a.type == "PERSON"}
    assert got["Amira Haddad"] == ("secretary general", "United Nations")
    assert got["Ann Orr"][0] == "vice-president"
    assert got["Abu Sami"] == ("rebel commander", "Syria")
