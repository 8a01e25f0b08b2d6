"""The streamed GEXF writer gives the graph networkx's own writer gives, read back by networkx."""

from __future__ import annotations

import math

import networkx as nx
import numpy as np
import pytest

from newslab.corpus.gexf import write_gexf


def _static() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    g.add_node("Ana Kovač", type="PERSON", label="Ana Kovač", mentions=3, central=0.25)
    g.add_node("Valdoria", type="GPE", founded=np.int64(1921), share=np.float64(0.5))
    g.add_node("A & <B> \"C\"", type="ORG", listed=True)
    g.add_edge("Ana Kovač", "Valdoria", key="meet", kind="meet", weight=2, negated=False, sentence="She met <them> & left.")
    g.add_edge("Ana Kovač", "Valdoria", key="support", kind="support", weight=1, score=float("inf"))
    g.add_edge("Valdoria", "A & <B> \"C\"", key=0, kind="member", weight=1.5)
    return g


def _dynamic() -> nx.DiGraph:
    g = nx.DiGraph(mode="dynamic")
    g.add_node("Ana Kovač", label="Ana Kovač", start="2024-01-01", end="2024-03-31", type="PERSON")
    g.add_node("Valdoria", label="Valdoria", spells=[("2024-01-01", "2024-01-31"), ("2024-03-01", "2024-03-31")])
    g.add_edge("Ana Kovač", "Valdoria", weight=3, kinds="meet,support", start="2024-01-01", end="2024-03-31",
               interactions=[(1, "2024-01-01", "2024-01-31"), (2, "2024-03-01", "2024-03-31")])
    return g


def _read(path) -> tuple:
    g = nx.read_gexf(path)
    edges = g.edges(keys=True, data=True) if g.is_multigraph() else g.edges(data=True)
    return (g.graph, sorted(g.nodes(data=True), key=str), sorted(edges, key=str), g.is_directed(), g.is_multigraph())


@pytest.mark.parametrize("make", [_static, _dynamic, nx.MultiDiGraph])
def test_the_streamed_file_reads_back_as_the_networkx_file(tmp_path, make):
    g = make()
    theirs = tmp_path / "nx.gexf"
    nx.write_gexf(g, theirs)
    mine = write_gexf(g, tmp_path / "mine.gexf")
    assert _read(mine) == _read(theirs)
    text = mine.read_text(encoding="utf-8")
    assert "lastmodifieddate" not in text and text.startswith("<?xml")
    assert write_gexf(g, tmp_path / "again.gexf").read_bytes() == mine.read_bytes()


def test_values_keep_their_types_and_texts_are_escaped(tmp_path):
    back = nx.read_gexf(write_gexf(_static(), tmp_path / "g.gexf"))
    assert back.nodes["Valdoria"]["founded"] == 1921 and back.nodes["A & <B> \"C\""]["listed"] is True
    edge = back.edges["Ana Kovač", "Valdoria", "meet"]  # the multigraph key comes back as the key
    assert edge["sentence"] == "She met <them> & left." and edge["negated"] is False
    assert math.isinf(back.edges["Ana Kovač", "Valdoria", "support"]["score"])


def test_a_value_gexf_cannot_hold_is_refused(tmp_path):
    g = nx.DiGraph()
    g.add_node("x", bad=None)
    with pytest.raises(TypeError, match="NoneType"):
        write_gexf(g, tmp_path / "g.gexf")
    assert not (tmp_path / "g.gexf").exists()
