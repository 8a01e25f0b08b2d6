"""States named without their name (extract.identity_states, through extract.identity.resolve).

All names and articles here are made up for the tests.
"""

from __future__ import annotations

import pandas as pd

from newslab.extract.identity import resolve
from newslab.extract.identity_states import determiner_state, is_home_word, states_in_name


def table(rows: list[tuple]) -> pd.DataFrame:
    """(article_id, name, type[, iso3[, aliases]]) -> a corpus actors table."""
    out = []
    for i, r in enumerate(rows):
        art, name, typ, iso3, aliases = (tuple(r) + (None, None))[:5]
        out.append({"article_id": art, "actor_id": f"a{i}", "name": name, "type": typ,
                    "kind": "state" if iso3 else "place", "role": None, "rank": None, "affiliation": None,
                    "iso3": iso3, "aliases": aliases or [name], "mentions": [[10 * i, 10 * i + len(name)]]})
    return pd.DataFrame(out)


def keys(rows: list[tuple]) -> dict[tuple[str, str], str]:
    res = resolve(table(rows))
    return {(a, n): k for a, n, k in zip(res["article_id"], res["name"], res["corpus_key"])}


def test_a_state_name_after_a_determiner_is_the_state():
    assert determiner_state("these United States") == "USA"
    assert determiner_state("our Norway") == "NOR"
    assert determiner_state("United States") is None  # no determiner: the extractor's decision stands
    assert determiner_state("these Islands") is None
    got = keys([("d1", "These United States", "GPE"), ("d2", "United States", "GPE", "USA")])
    assert got[("d1", "These United States")] == got[("d2", "United States")] == "state:USA"


def test_a_state_named_in_full_without_iso3_is_the_state():
    got = keys([("d1", "the Democratic People’s Republic of Korea", "ORG"), ("d2", "North Korea", "GPE", "PRK"),
                ("d3", "Jordan", "ORG"), ("d4", "New Mexico", "GPE"), ("d5", "United Arab Emirates", "PERSON")])
    assert got[("d1", "the Democratic People’s Republic of Korea")] == got[("d2", "North Korea")] == "state:PRK"
    assert got[("d3", "Jordan")] == "name:jordan"  # one word: the extractor has decided
    assert got[("d4", "New Mexico")] == "name:new mexico"  # a US state
    assert not got[("d5", "United Arab Emirates")].startswith("state:")  # persons are left to the person rules


def test_home_country_words():
    assert is_home_word("Nation") and is_home_word("the Country's") and is_home_word("Homeland")
    assert not is_home_word("nation")  # lower case: any nation
    assert not is_home_word("Republic")  # often the Roman or Weimar Republic in history writing
    assert not is_home_word("Great Republic") and not is_home_word("Nation of Traders")


def test_a_home_country_word_is_the_articles_most_salient_state():
    got = keys([("d1", "Norway", "GPE", "NOR", ["Norway", "Norwegian"]), ("d1", "Chile", "GPE", "CHL"),
                ("d1", "Nation", "ORG"), ("d2", "Norway", "GPE", "NOR")])
    assert got[("d1", "Nation")] == got[("d2", "Norway")] == "state:NOR"


def test_actors_named_after_a_state_add_to_its_salience():
    got = keys([("d1", "Chile", "GPE", "CHL"), ("d1", "Peru", "GPE", "PER"), ("d1", "Chilean Senate", "ORG"),
                ("d1", "Country", "ORG")])
    assert got[("d1", "Country")] == "state:CHL"
    assert states_in_name("U.S. Senate") == {"USA"}


def test_a_home_country_word_with_no_clear_state_stays_in_its_article():
    got = keys([("d1", "Chile", "GPE", "CHL"), ("d1", "Peru", "GPE", "PER"), ("d1", "Country", "GPE"),
                ("d2", "Country", "GPE"), ("d3", "Nation", "ORG"), ("d3", "Peruvians", "NORP"), ("d4", "Nation", "ORG")])
    assert got[("d1", "Country")].startswith("local:d1")
    assert got[("d2", "Country")].startswith("local:d2")
    # a demonym alone does not make a home state: the article must name the state itself
    assert got[("d3", "Nation")] != got[("d4", "Nation")] and got[("d3", "Nation")].startswith("local:")


def test_the_republic_is_the_articles_state_unless_the_article_names_another_republic():
    got = keys([("d1", "Ghana", "GPE", "GHA"), ("d1", "Republic", "GPE"), ("d2", "Ghana", "GPE", "GHA"),
                ("d3", "Italy", "GPE", "ITA"), ("d3", "Roman Republic", "GPE"), ("d3", "the Republic", "GPE"),
                ("d4", "Italy", "GPE", "ITA")])
    assert got[("d1", "Republic")] == got[("d2", "Ghana")] == "state:GHA"
    assert got[("d3", "the Republic")].startswith("local:d3")  # the Roman Republic, not Italy
    got = keys([("d5", "Mexico", "GPE", "MEX"), ("d5", "Republic of the Rio Bravo", "GPE"), ("d5", "Republic", "GPE")])
    assert got[("d5", "Republic")].startswith("local:d5")
    assert not is_home_word("Republic")  # not a home word on its own: only with the guard


def test_a_home_country_word_after_great_is_the_articles_state():
    # speeches praise their own country: "the Great Republic", "this great Nation"
    got = keys([("d1", "Kenya", "GPE", "KEN"), ("d1", "Great Republic", "GPE"), ("d2", "Kenya", "GPE", "KEN"),
                ("d2", "great Nation", "ORG"), ("d3", "Peru", "GPE", "PER"), ("d3", "Islamic Republic", "GPE"),
                ("d4", "Chile", "GPE", "CHL"), ("d4", "Great Nation", "ORG"), ("d4", "Lakota Nation", "ORG")])
    assert got[("d1", "Great Republic")] == got[("d2", "great Nation")] == "state:KEN"
    assert not got[("d3", "Islamic Republic")].startswith("state:")  # another adjective: maybe another state
    assert got[("d4", "Great Nation")].startswith("local:d4")  # the article names a namesake


def test_the_states_alone_is_the_usa_where_the_article_is_about_the_usa():
    usa = ("United States", "GPE", "USA", ["United States", "U.S."])
    got = keys([("d1", *usa), ("d1", "States", "GPE"), ("d2", *usa),
                ("d3", *usa), ("d3", "United Nations", "ORG"), ("d3", "States", "GPE"),
                ("d4", *usa), ("d4", "Member States", "GPE"), ("d4", "the States", "GPE"),
                ("d5", "Peru", "GPE", "PER"), ("d5", "States", "GPE"), ("d6", "States", "PERSON")])
    assert got[("d1", "States")] == got[("d2", "United States")] == "state:USA"
    # UN style: "States" are sovereign states, not the USA
    assert got[("d3", "States")] != "state:USA" and got[("d4", "the States")] != "state:USA"
    assert got[("d5", "States")] != "state:USA"  # an article about Peru: "the States" is no Peru either
    assert not got[("d6", "States")].startswith("state:")


def test_a_home_country_word_is_the_namesake_its_article_names():
    # "the Nation" in an article on the Navajo Nation is that nation, not the article's state
    got = keys([("d1", "Chile", "GPE", "CHL"), ("d1", "Oruka Nation", "ORG"), ("d1", "Nation", "ORG"),
                ("d2", "Chile", "GPE", "CHL"), ("d2", "Nation", "ORG")])
    assert got[("d1", "Nation")].startswith("local:d1")
    assert got[("d2", "Nation")] == "state:CHL"


def test_a_states_body_named_with_the_state_is_one_actor():
    got = keys([("d1", "U.S. Senate", "ORG"), ("d2", "Senate of the United States", "ORG"), ("d3", "Senate", "ORG"),
                ("d4", "the Chilean Parliament", "ORG"), ("d5", "Parliament of Chile", "ORG"), ("d6", "Chile's Parliament", "ORG"),
                ("d7", "Peruvian Parliament", "ORG"), ("d8", "Parliament", "ORG"), ("d9", "University of Chile", "ORG"),
                ("d10", "Chilean Senate", "ORG")])
    assert got[("d1", "U.S. Senate")] == got[("d2", "Senate of the United States")] == got[("d3", "Senate")] == "body:USA|senate"
    assert got[("d4", "the Chilean Parliament")] == got[("d5", "Parliament of Chile")] == got[("d6", "Chile's Parliament")]
    assert got[("d4", "the Chilean Parliament")] != got[("d7", "Peruvian Parliament")]
    assert got[("d8", "Parliament")].startswith("local:")  # a bare institution word stays in its article
    assert got[("d9", "University of Chile")] == "name:university of chile"  # a proper name, not a state body
    assert got[("d10", "Chilean Senate")] != got[("d3", "Senate")]


def test_a_former_name_the_lexicons_lack_is_the_state():
    got = keys([("d1", "Siam", "GPE"), ("d2", "Thailand", "GPE", "THA"), ("d3", "old Siam", "GPE")])
    assert got[("d1", "Siam")] == got[("d2", "Thailand")] == "state:THA"
    assert got[("d3", "old Siam")] != "state:THA"  # only the name itself


def test_state_rules_do_not_depend_on_row_order():
    rows = [("d1", "Norway", "GPE", "NOR", ["Norway", "Norwegian"]), ("d1", "Chile", "GPE", "CHL"), ("d1", "Nation", "ORG"),
            ("d2", "these United States", "GPE"), ("d2", "U.S. Senate", "ORG"), ("d3", "Senate", "ORG"), ("d3", "Siam", "GPE"),
            ("d4", "Country", "GPE"), ("d4", "Peru", "GPE", "PER"), ("d4", "Chile", "GPE", "CHL")]
    base = resolve(table(rows))
    for seed in range(4):
        shuffled = resolve(table(rows).sample(frac=1, random_state=seed))
        merged = base.merge(shuffled, on=["article_id", "name"], suffixes=("", "_s"))
        assert len(merged) == len(base) and (merged["corpus_actor_id"] == merged["corpus_actor_id_s"]).all()


def test_salience_without_an_aliases_column():
    res = resolve(table([("d1", "Chile", "GPE", "CHL"), ("d1", "Nation", "ORG")]).drop(columns=["aliases"]).assign(type="GPE"))
    assert set(res["corpus_key"]) == {"state:CHL"}


def test_a_body_whose_head_has_of_in_it():
    got = keys([("d1", "House of Representatives of Chile", "ORG"), ("d2", "Chilean House of Representatives", "ORG")])
    assert got[("d1", "House of Representatives of Chile")] == got[("d2", "Chilean House of Representatives")] == "body:CHL|house of representatives"


def test_a_us_states_body_is_not_the_countrys():
    got = keys([("d1", "Georgia Senate", "ORG"), ("d2", "Senate of Georgia", "ORG"), ("d3", "Georgian Parliament", "ORG")])
    assert got[("d1", "Georgia Senate")] == "name:georgia senate"
    assert got[("d3", "Georgian Parliament")] == "body:GEO|parliament"


def test_a_bare_us_body_after_a_party_word_is_the_us_body():
    got = keys([("d1", "Congress", "ORG"), ("d2", "the Democratic Congress", "ORG"), ("d3", "Senate", "ORG"),
                ("d4", "Republican-controlled Senate", "ORG"), ("d5", "Democratic Party", "ORG"),
                ("d6", "Republican Parliament", "ORG")])
    assert got[("d1", "Congress")] == got[("d2", "the Democratic Congress")]
    assert got[("d3", "Senate")] == got[("d4", "Republican-controlled Senate")]
    # a party itself, or a head with no bare state, is not a US body
    assert not got[("d5", "Democratic Party")].startswith("body:")
    assert not got[("d6", "Republican Parliament")].startswith("body:")
