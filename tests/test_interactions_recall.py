"""Interaction recall rules of issue 12 (session 5): vocabulary by category, nominal events, anaphora.

Every sentence here is written for the test; none comes from an evaluation set."""

import pytest

from interkit import edges as _edges, has as _has


@pytest.mark.parametrize("text,edge", [
    # a violence noun: "of" names the victim, "by" the doer
    ("The killing of Omar Haddad by the Taliban shocked the country.", ("Taliban", "Omar Haddad", "oppose", True)),
    # "in support of": the clause's subject supports the "of" object
    ("Germany sent engineers in support of Ukraine.", ("Germany", "Ukraine", "support", True)),
    # an event noun taken or received "from" someone: that someone is the doer
    ("Ghani took orders from his superior, Ahmad Massoud.", ("Ahmad Massoud", "Ghani", "communicate", True)),
    ("Ukraine received military support from Germany.", ("Germany", "Ukraine", "support", True)),
    # vocabulary grown by category
    ("Macron's trip to China ended on Friday.", ("Macron", "China", "visit", True)),
    ("The Iqra Foundation belongs to the Muslim Brotherhood.", ("Iqra Foundation", "Muslim Brotherhood", "member", True)),
    ("Hungary sided with Russia in the vote.", ("Hungary", "Russia", "support", True)),
    ("Qatar paid $5 million to Hamas.", ("Qatar", "Hamas", "support", True)),
    ("Russia promised Serbia more gas.", ("Russia", "Serbia", "support", True)),
    # the verb's own preposition hung off its object by the parser: "pledged <amount> to X"
    ("Norway pledged 40 million kroner to Malawi.", ("Norway", "Malawi", "support", True)),
    # a symmetric noun after a light verb whose subjects are coordinated: they do it together
    ("Chile and Peru held talks in Lima on Tuesday.", ("Chile", "Peru", "meet", False)),
    ("Senator Ana Ruiz and Governor Paul Hart had several conversations last week.", ("Ana Ruiz", "Paul Hart", "communicate", False)),
    ("Governor Ruth Kane assailed Senator Tom Ford over the budget.", ("Ruth Kane", "Tom Ford", "oppose", True)),
    ("Senator Alan Price will throw his support behind Maria Lopez.", ("Alan Price", "Maria Lopez", "support", True)),
    # a symmetric noun whose own modifiers name both parties
    ("The Kenya-Uganda alliance has deep roots.", ("Kenya", "Uganda", "agree", False)),
    ("A strong Japan-India partnership is vital for the region.", ("Japan", "India", "agree", False)),
    # a relation noun in apposition or after "is" takes the actor it describes as its subject
    ("Turkey, a key ally of the United States, closed its border.", ("Türkiye", "United States", "support", False)),
    ("Iran is the main backer of Hezbollah.", ("Iran", "Hezbollah", "support", True)),
])
def test_nominal_and_vocabulary_rules(nlp, text, edge):
    df = _edges(nlp, text)
    assert _has(df, *edge), df[["source", "kind", "target"]]


def test_in_support_of_skips_a_relative_clause(nlp):
    df = _edges(nlp, "Norway's jets bombed Hamas bunkers, which include a depot in support of Fatah units, officials said.")
    assert _has(df, "Norway", "Fatah", "support", directed=True), df[["source", "kind", "target"]]
    assert not _has(df, "Hamas", "Fatah", "support", directed=False)


@pytest.mark.parametrize("text,edge", [
    # an appointment's object predicate names the post: the appointed person is a member of its organisation
    ("The Taliban appointed Mullah Omar the chief commander for Hezbollah's finances in 2004.",
     ("Mullah Omar", "Hezbollah", "member", True)),
    ("In March the shareholders appointed Ana Silva as president of Siemens.", ("Ana Silva", "Siemens", "member", True)),
])
def test_appointed_to_a_post(nlp, text, edge):
    df = _edges(nlp, text)
    assert _has(df, *edge), df[["source", "kind", "target"]]


def test_possessor_of_a_violence_noun_is_the_victim(nlp):
    df = _edges(nlp, "Sweden condemned the murder of Lars Nilsson by Hezbollah.")
    assert _has(df, "Hezbollah", "Lars Nilsson", "oppose", directed=True), df
    assert not _has(df, "Sweden", "Lars Nilsson", "oppose", directed=False)


@pytest.mark.parametrize("text,edge", [
    # he/she: the subject of the previous sentence, a passive one too
    ("Maria Costa was received by Pedro Alves in Lisbon. Later she met Jorge Dias in Porto.",
     ("Maria Costa", "Jorge Dias", "meet", False)),
    # its/their with no organisation as clause subject: the last organisation named before it
    ("Vladimir Petrov was a senior commander of Hezbollah and took part in their attack on Haifa.",
     ("Hezbollah", "Haifa", "oppose", True)),
    # a bare definite phrase: the nearest compatible actor of the sentences before, a subject first
    ("Hezbollah was founded in 1982. The group later attacked Israel.", ("Hezbollah", "Israel", "oppose", True)),
    ("Chile signed a trade deal with Peru in May. The country also signed a pact with Bolivia.",
     ("Chile", "Bolivia", "agree", False)),
    ("Foreign Minister Angela Weber arrived in Warsaw on Monday. Later the minister met Donald Tusk.",
     ("Angela Weber", "Donald Tusk", "meet", False)),
])
def test_anaphora(nlp, text, edge):
    df = _edges(nlp, text)
    assert _has(df, *edge), df[["source", "kind", "target"]]
    # the evidence is the sentence with the trigger, and the span is the trigger's
    row = df[(df["source"].isin(edge[:2])) & (df["target"].isin(edge[:2]))].iloc[0]
    s, e = row["span"]
    assert text[s:e] in row["sentence"] and row["sentence"] in text
    assert not ("." in row["sentence"][:-1] and row["sentence"].index(".") < len(row["sentence"]) - 1)


def test_nominal_anaphor_needs_a_compatible_antecedent(nlp):
    # "the group" is not a government; "the minister" needs a minister; and the Bolivia of "The country" is not
    # taken from its own sentence.
    df = _edges(nlp, "Rebels attacked the Iraqi government in March. Angela Weber met the group in June.")
    weber = df[(df["source"] == "Angela Weber") | (df["target"] == "Angela Weber")]
    assert not any("Iraq" in n for n in set(weber["source"]) | set(weber["target"])), df
    df = _edges(nlp, "Mayor Ana Lopes arrived in Warsaw on Monday. Later the minister met Donald Tusk.")
    assert not _has(df, "Ana Lopes", "Donald Tusk", "meet", directed=False), df


def test_a_town_does_not_meet_or_host_a_visit(nlp):
    df = _edges(nlp, "Foreign Minister Angela Weber travelled to Lyon, visited France and met Emmanuel Macron.")
    ends = set(df["source"]) | set(df["target"])
    assert "Lyon" not in ends, df[["source", "kind", "target"]]
    assert _has(df, "Angela Weber", "France", "visit", directed=True)
    # a town can still be fought over or held
    df = _edges(nlp, "Hezbollah fighters seized Qusayr in June.")
    assert any(k == "oppose" for k in df["kind"]), df
    # a capital stands for the government seated there
    df = _edges(nlp, "Officials said Washington and Beijing agreed on Tuesday to resume trade talks.")
    assert _has(df, "Washington", "Beijing", "agree", directed=False), df[["source", "kind", "target"]]


def test_the_person_a_title_is_towards_is_not_a_second_subject(nlp):
    df = _edges(nlp, "Jon Ellis, the Special Advisor to Ambassador Ruiz for Refugees in the Near East, will travel to "
                     "Jordan on Monday.")
    assert _has(df, "Jon Ellis", "Jordan", "visit", directed=True), df[["source", "kind", "target"]]
    assert not _has(df, "Ruiz", "Jordan", "visit", directed=False)


@pytest.mark.parametrize("text", [
    "The army launched a campaign to liberate Kandahar from the Taliban.",
    "Kandahar was retaken from the Taliban in May.",
])
def test_taken_from_says_who_held_it(nlp, text):
    # "liberate X from Y": Y held X, whoever does the liberating
    df = _edges(nlp, text)
    assert _has(df, "Taliban", "Kandahar", "control", directed=True), df[["source", "kind", "target"]]


def test_second_passive_shares_the_subject(nlp):
    df = _edges(nlp, "The Nairobi Chess Union was founded by Omar Haddad in 1990, and was later headed by his brother Sami Haddad.")
    assert _has(df, "Sami Haddad", "Nairobi Chess Union", "control", directed=True), df[["source", "kind", "target"]]


def test_subject_it_can_stand_for_a_building(nlp):
    df = _edges(nlp, "Nairobi General Hospital is one of the largest hospitals in Kenya. It was founded in 1988 and is run by "
                     "the Ministry of Health.")
    assert _has(df, "Ministry of Health", "Nairobi General Hospital", "control", directed=True), df[["source", "kind", "target"]]


@pytest.mark.parametrize("text,expect", [
    ("Foreign Minister Omar Haddad met with Prime Minister Sami Nasser in Cairo, where the two leaders discussed "
     "the campaign against the Taliban.", True),
    ("Omar Haddad called Sami Nasser on Monday. Both leaders condemned the attack by the Taliban.", True),
    # "the two leaders" looks back one sentence at most
    ("Omar Haddad called Sami Nasser on Monday. It rained. Heavy snow fell in Cairo. Both leaders condemned the "
     "attack by the Taliban.", False),
])
def test_the_two_leaders_are_the_last_pair(nlp, text, expect):
    df = _edges(nlp, text)
    assert _has(df, "Sami Nasser", "Taliban", "oppose", directed=True) is expect, df[["source", "kind", "target"]]
