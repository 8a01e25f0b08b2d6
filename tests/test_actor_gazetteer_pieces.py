"""A gazetteer name the model cut into pieces is one mention again; sentences written for these tests."""

import pytest

from newslab.extract.actors import extract_actors
from newslab.seeds import parse_seed_text


@pytest.mark.parametrize("text", [
    "The harbour town was shelled for weeks by the Islamic State of Iraq and the Levant.",
    "Villagers said the Islamic State of Iraq and the Levant had taken the bridge.",
])
def test_a_long_alias_split_by_the_model_is_one_actor_with_its_determiner(nlp, text):
    art = parse_seed_text(f"date 2021-03-04 {text}\n", "t")
    actors = {a.name: [art.body[s:e] for s, e in a.mentions] for a in extract_actors(nlp(art.body), art).actors}
    assert actors.get("Islamic State") == ["the Islamic State of Iraq and the Levant"], actors
    assert "Levant" not in actors
