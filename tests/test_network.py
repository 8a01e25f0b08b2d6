"""Network: graph from analyses, summaries, figure, exports."""

import json
from pathlib import Path

import networkx as nx
import pytest

from newslab.corpus import network
from newslab.extract.analysis import analyze_many
from newslab.seeds import read_corpus, read_seed

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_e1690f5d3e6ec158.txt"
FIX = ROOT / "tests" / "fixtures" / "actors"


@pytest.fixture(scope="module")
def analyses(nlp):
    arts = [read_seed(SEED)] + read_corpus(FIX).articles
    return list(analyze_many(arts, nlp=nlp))


def test_graph_nodes_edges_and_evidence(analyses):
    g = network.build_graph(analyses)
    assert isinstance(g, nx.MultiDiGraph)
    n_inter = sum(len(a.interactions) for a in analyses)
    assert g.number_of_edges() == n_inter
    assert g.nodes["Türkiye"]["iso3"] == "TUR"
    assert g.nodes["Metin Gürak"]["role"] == "Chief of General Staff"
    for _, _, d in g.edges(data=True):
        assert d["sentence"] and d["article_id"] and d["kind"] in network.KIND_COLOURS


def test_nodes_merge_across_articles_by_name(analyses):
    one = network.build_graph(analyses[:1])
    two = network.build_graph([analyses[0], analyses[0]])
    assert two.number_of_nodes() == one.number_of_nodes()
    assert two.number_of_edges() == 2 * one.number_of_edges()
    assert two.nodes["Türkiye"]["articles"] == 2
    assert network.weighted_graph(two)["Egypt"]["Khalifa Haftar"]["weight"] == 2


def test_filters(analyses):
    g = network.build_graph(analyses, actor_types=["PERSON"])
    assert {d["type"] for _, d in g.nodes(data=True)} == {"PERSON"}
    g = network.build_graph(analyses, edge_kinds=["support"])
    assert {d["kind"] for _, _, d in g.edges(data=True)} == {"support"}
    full = network.build_graph(analyses)
    heavy = network.build_graph(analyses, min_edge_weight=2)
    assert heavy.number_of_edges() < full.number_of_edges()
    w = network.weighted_graph(heavy)
    assert all(d["weight"] >= 2 for _, _, d in w.edges(data=True))


def test_centrality_and_communities(analyses):
    g = network.build_graph(analyses[:1])
    cent = network.centrality(g)
    assert cent.iloc[0]["name"] == "Metin Gürak"
    comms = network.communities(g)
    members = [m for ms in comms["members"] for m in ms]
    assert sorted(members) == sorted(g.nodes)
    haftar = next(ms for ms in comms["members"] if "Khalifa Haftar" in ms)
    assert "Egypt" in haftar and "Metin Gürak" not in haftar


def test_figure_labels_do_not_overlap(analyses):
    import matplotlib

    matplotlib.use("Agg")
    g = network.build_graph(analyses)
    fig = network.draw_network(g, title="test")
    ax = fig.axes[0]
    renderer = fig.canvas.get_renderer()
    labels = [t for t in ax.texts if t.get_text() in g.nodes]
    assert len(labels) == min(g.number_of_nodes(), 40)  # draw_network keeps the 40 busiest actors
    boxes = [t.get_window_extent(renderer=renderer) for t in labels]
    overlaps = sum(1 for i, a in enumerate(boxes) for b in boxes[i + 1:] if a.overlaps(b))
    assert overlaps == 0
    assert ax.get_legend() is not None


def test_exports_roundtrip(analyses, tmp_path):
    g = network.build_graph(analyses)
    gexf, graphml = network.export_graph(g, tmp_path)
    for path, reader in ((gexf, nx.read_gexf), (graphml, nx.read_graphml)):
        h = reader(path)
        assert h.number_of_nodes() == g.number_of_nodes()
        assert h.number_of_edges() == g.number_of_edges()
    assert "lastmodifieddate" not in gexf.read_text(encoding="utf-8")
    first = gexf.read_bytes()
    network.export_graph(g, tmp_path)
    assert gexf.read_bytes() == first
    summ = network.summary(g, analyses)
    assert summ["edges"] == g.number_of_edges()
    json.dumps(summ, sort_keys=True)


def test_actor_edges_and_parse_list(analyses):
    g = network.build_graph(analyses[:1])
    df = network.actor_edges(g, "Khalifa Haftar")
    assert len(df) >= 4 and ((df["source"] == "Khalifa Haftar") | (df["target"] == "Khalifa Haftar")).all()
    assert network.parse_list("PERSON, ORG") == ["PERSON", "ORG"]
    assert network.parse_list("") == []


def test_fold_name_merges_spellings():
    assert network.fold_name("Recep Tayyip Erdoğan") == network.fold_name("Recep Tayyip Erdogan")
    assert network.fold_name("Muhammad al-Haddad") == network.fold_name("Muhammad Al-Haddad")
    assert network.fold_name("John Smith") != network.fold_name("Anna Smith")


def test_same_person_two_spellings_is_one_node(analyses):
    g = network.build_graph(analyses)
    erdogan = [n for n in g.nodes if network.fold_name(n).startswith("recep tayyip erdogan")]
    assert len(erdogan) == 1
