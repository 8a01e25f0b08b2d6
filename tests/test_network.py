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
    fig.canvas.get_renderer()
    labels = {t.get_text() for t in ax.texts if t.get_text() in g.nodes}
    kept, _ = network.figure_actors(g, 40)  # draw_network keeps the 40 busiest actors
    footer = " ".join(t.get_text() for t in fig.texts)
    # Each kept actor is labelled, or named in the footer when its label would overlap something.
    assert all(n in labels or n in footer.split("No room for the label of:")[-1] for n in kept)
    assert len(labels) >= len(kept) - 3 and labels <= set(kept)
    assert ax.get_legend() is not None
    _check_labels(fig, set(g.nodes))


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


# ---------------------------------------------------------------------------------------------
# From corpus tables, and the figure at scale (hand-made tables, no spaCy)


def _tables(n_actors: int = 160, n_inter: int = 1500, seed: int = 3):
    """A made-up corpus: actors named "Actor 001" ..., interactions skewed so a few are hubs, and
    a few actors that never interact."""
    import random

    import pandas as pd

    rnd = random.Random(seed)
    names = [f"Actor {i:03d} of the Long Name Council" if i % 7 == 0 else f"Actor {i:03d}" for i in range(n_actors)]
    types = ["PERSON", "ORG", "GPE"]
    actors = [{"article_id": f"art{i % 50}", "name": n, "type": types[i % 3], "mentions": [[0, 1]] * (1 + i % 4)}
              for i, n in enumerate(names)]
    actors += [{"article_id": "art1", "name": "Lonely Actor", "type": "PERSON", "mentions": [[0, 1]]}]
    kinds = sorted(network.KIND_COLOURS)
    inter = []
    for j in range(n_inter):
        a = names[min(int(rnd.paretovariate(1.2)) - 1, n_actors - 1)]
        b = names[rnd.randrange(n_actors)]
        if a != b:
            inter.append({"article_id": f"art{j % 50}", "source": a, "target": b, "kind": kinds[j % len(kinds)],
                          "verb": "met", "sentence": "s", "span": [0, 1]})
    return pd.DataFrame(actors), pd.DataFrame(inter)


def test_graph_from_tables_equals_build_graph(analyses):
    from newslab.extract.analysis import corpus_table

    g1 = network.build_graph(analyses)
    g2 = network.graph_from_tables(corpus_table(analyses, "actors"), corpus_table(analyses, "interactions"))
    assert sorted(g1.nodes) == sorted(g2.nodes)
    assert g1.number_of_edges() == g2.number_of_edges()
    assert dict(g1.nodes(data=True)) == dict(g2.nodes(data=True))


def test_unconnected_actors_are_listed():
    actors, inter = _tables()
    g = network.graph_from_tables(actors, inter)
    assert "Lonely Actor" not in g
    table = network.unconnected_actors(actors, inter)
    assert "Lonely Actor" in set(table["name"])
    assert not set(table["name"]) & set(g.nodes)


def test_figure_actors_top_n_all_tied():
    actors, inter = _tables()
    g = network.graph_from_tables(actors, inter)
    kept, left = network.figure_actors(g, 25)
    assert len(kept) == 25 and len(left) == g.number_of_nodes() - 25
    h = network.weighted_graph(g).subgraph(kept)
    assert all(h.degree(n) > 0 for n in kept)
    wd = dict(network.weighted_graph(g).degree(weight="weight"))
    assert max(wd, key=lambda n: (wd[n], n)) in kept  # the busiest actor is always shown


def _check_labels(fig, names):
    ax = fig.axes[0]
    renderer = fig.canvas.get_renderer()
    labels = [t for t in ax.texts if t.get_text() in names]
    boxes = [t.get_window_extent(renderer=renderer) for t in labels]
    assert not [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:] if a.overlaps(b)]
    frame = ax.get_window_extent(renderer=renderer)
    title = ax.title.get_window_extent(renderer=renderer)
    legend = ax.get_legend().get_window_extent(renderer=renderer)
    for b in boxes:
        assert frame.x0 - 1 <= b.x0 and b.x1 <= frame.x1 + 1 and frame.y0 - 1 <= b.y0 and b.y1 <= frame.y1 + 1
        assert not b.overlaps(title) and not b.overlaps(legend)
    return labels


def test_large_figure_reads(tmp_path):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    actors, inter = _tables()
    g = network.graph_from_tables(actors, inter)
    fig = network.draw_network(g, title="A long title that labels must not cover", max_nodes=30)
    kept, _ = network.figure_actors(g, 30)
    labels = _check_labels(fig, set(kept))
    assert len(labels) >= 0.8 * len(kept)  # most nodes are labelled; the rest are named in the footer
    sizes = fig.axes[0].collections[0].get_sizes()
    assert max(sizes) <= network.NODE_SIZE[1] and min(sizes) >= network.NODE_SIZE[0]
    footer = " ".join(t.get_text() for t in fig.texts)
    assert "30 of" in footer and "left out" in footer
    from newslab.notebook.figures import save_figure

    a = save_figure(fig, tmp_path / "a.png").read_bytes()
    plt.close(fig)
    fig = network.draw_network(g, title="A long title that labels must not cover", max_nodes=30)
    assert save_figure(fig, tmp_path / "b.png").read_bytes() == a
    plt.close(fig)


def test_figure_bytes_do_not_depend_on_the_hash_seed(tmp_path):
    """Set order changes with PYTHONHASHSEED; the drawn network must not (reproducible reports)."""
    import subprocess
    import sys

    code = (
        "import sys, matplotlib; matplotlib.use('Agg')\n"
        "import networkx as nx\n"
        "from newslab.corpus import network\n"
        "from newslab.notebook.figures import save_figure\n"
        "g = nx.MultiDiGraph()\n"
        "for group in ('ABCD', 'EF'):\n"  # two components; the small one is laid out as a subgraph
        "    names = [f'Actor {c}{i}' for c in group for i in range(4)]\n"
        "    for n in names: g.add_node(n, type='PERSON' if n.endswith(('1', '3')) else 'ORG')\n"
        "    for i, n in enumerate(names):\n"
        "        for j in (1, 3, 5):\n"
        "            if (i * j) % 5: g.add_edge(n, names[(i + j) % len(names)], kind='meet' if j == 1 else 'support', verb='met')\n"
        "save_figure(network.draw_network(g, title='t', max_nodes=25), sys.argv[1])\n"
    )
    outs = []
    for seed in ("1", "3"):
        path = tmp_path / f"net{seed}.png"
        env = {**__import__("os").environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-c", code, str(path)], check=True, env=env)
        outs.append(path.read_bytes())
    assert outs[0] == outs[1]


def test_centrality_of_a_large_graph_is_sampled_and_repeatable(monkeypatch):
    import networkx as nx

    from newslab.corpus import network

    g = nx.MultiDiGraph()
    for i in range(60):
        g.add_node(f"n{i}", type="PERSON")
    for i in range(59):
        g.add_edge(f"n{i}", f"n{i + 1}", kind="meet")
    exact = network.centrality(g)
    monkeypatch.setattr(network, "EXACT_NODES", 10)
    monkeypatch.setattr(network, "PIVOTS", 20)
    first, again = network.centrality(g), network.centrality(g)
    assert first.equals(again) and first["closeness"].isna().all()
    assert exact["closeness"].notna().all()
    middle = first.set_index("name").loc["n30", "betweenness"]
    assert middle > first.set_index("name").loc["n1", "betweenness"]  # the sample still ranks the middle above the end


def test_mention_counts_stand_in_for_the_spans():
    actors, inter = _tables()
    counted = actors.assign(mention_count=actors["mentions"].map(len)).drop(columns="mentions")
    g1, g2 = network.graph_from_tables(actors, inter), network.graph_from_tables(counted, inter)
    assert dict(g1.nodes(data=True)) == dict(g2.nodes(data=True))
    assert network.unconnected_actors(actors, inter).equals(network.unconnected_actors(counted, inter))


def test_collapsed_network_has_one_weighted_edge_per_pair_and_kind_and_reads_back(tmp_path):
    import networkx as nx
    import pandas as pd

    actors = pd.DataFrame([{"article_id": "a1", "name": "Ana Ruiz", "type": "PERSON", "role": "Interior Minister", "mentions": [[0, 8]]},
                           {"article_id": "a1", "name": "Norland", "type": "GPE", "role": None, "mentions": [[20, 27]]},
                           {"article_id": "a2", "name": "Norland", "type": "GPE", "role": None, "mentions": [[0, 7]]},
                           {"article_id": "a2", "name": "Ana Ruiz", "type": "PERSON", "role": None, "mentions": [[9, 13]]}])
    inter = pd.DataFrame([
        {"article_id": "a2", "source": "Ana Ruiz", "target": "Norland", "kind": "visit", "verb": "toured", "date": "2024-05-02",
         "sentence": "Ruiz toured Norland.", "span": [0, 20], "negated": False},
        {"article_id": "a1", "source": "Ana Ruiz", "target": "Norland", "kind": "visit", "verb": "visited", "date": "2024-04",
         "sentence": "Ana Ruiz visited Norland.", "span": [0, 25], "negated": False},
        {"article_id": "a1", "source": "Ana Ruiz", "target": "Norland", "kind": "oppose", "verb": "criticised", "date": None,
         "sentence": "Ruiz criticised Norland.", "span": [30, 54], "negated": True}])
    g = network.graph_from_tables(actors, inter)
    h = network.collapse(g)
    edges = {d["kind"]: d for _, _, d in h.edges(data=True)}
    assert h.number_of_edges() == 2 and g.number_of_edges() == 3
    visit = edges["visit"]
    assert (visit["weight"], visit["articles"], visit["first_date"], visit["last_date"]) == (2, 2, "2024-04", "2024-05-02")
    assert visit["article_id"] == "a1" and visit["sentence"] == "Ana Ruiz visited Norland."  # the first article's example
    assert edges["oppose"]["negated"] == 1 and edges["oppose"]["first_date"] is None
    gexf, graphml = network.export_graph(h, tmp_path)
    back = nx.read_gexf(gexf)  # a missing role (NaN in the table) must not make "role" a number
    assert back.nodes["Ana Ruiz"]["role"] == "Interior Minister" and "role" not in back.nodes["Norland"]
    assert sorted(d["weight"] for _, _, d in nx.read_graphml(graphml).edges(data=True)) == [1, 2]


def test_co_mention_layer_is_off_by_default_and_adds_only_untyped_pairs():
    import pandas as pd

    actors = pd.DataFrame([{"article_id": "a1", "name": n, "type": t, "mentions": [[0, 1]]}
                           for n, t in (("Ana Ruiz", "PERSON"), ("Norland", "GPE"), ("Tomas Berg", "PERSON"))])
    one = "Ana Ruiz met Tomas Berg in Norland."
    two = "Tomas Berg and Norland officials were seen at the summit."
    inter = pd.DataFrame([{"article_id": "a1", "source": "Ana Ruiz", "target": "Tomas Berg", "kind": "meet", "verb": "met",
                           "sentence": one, "span": [0, 35]}])
    cooc = pd.DataFrame([{"article_id": "a1", "source": a, "target": b, "sentence": s, "span": sp}
                         for a, b, s, sp in (("Ana Ruiz", "Tomas Berg", one, [0, 35]), ("Ana Ruiz", "Norland", one, [0, 35]),
                                             ("Tomas Berg", "Norland", two, [36, 94]))])
    plain = network.graph_from_tables(actors, inter)
    assert {d["kind"] for *_, d in plain.edges(data=True)} == {"meet"} and "Norland" not in plain
    g = network.graph_from_tables(actors, inter, cooccurrences=cooc)
    co = sorted((u, v, d["sentence"]) for u, v, d in g.edges(data=True) if d["kind"] == network.CO_MENTION)
    # the typed pair in its sentence is not repeated; the other two pairs come in, ends sorted
    assert co == [("Ana Ruiz", "Norland", one), ("Norland", "Tomas Berg", two)]
    assert network.graph_from_tables(actors, inter, edge_kinds=["meet"], cooccurrences=cooc).number_of_edges() == 1
    only = network.graph_from_tables(actors, inter, edge_kinds=[network.CO_MENTION], cooccurrences=cooc)
    assert only.number_of_edges() == 2 and {d["kind"] for *_, d in only.edges(data=True)} == {network.CO_MENTION}
    fig = network.draw_network(g)
    import matplotlib.pyplot as plt

    labels = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    plt.close(fig)
    assert network.CO_MENTION in labels
