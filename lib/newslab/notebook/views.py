"""Notebook views: corpus figures under ipywidgets controls (shown once, static, when not interactive).

The figures and tables come from ``newslab.corpus``; this module only adds the controls.
"""

from __future__ import annotations

import json
from typing import Iterable, Sequence

from ..corpus import network
from ..corpus import timeline as tl
from ..extract.analysis import Analysis
from .widgets import evidence_html, explore


def article_network(analyses: list[Analysis], interactive: bool, actor_types: Iterable[str] = (),
                    edge_kinds: Iterable[str] = (), min_edge_weight: int = 1) -> None:
    """Notebook view: the figure filtered by actor type and edge kind, and one actor's edges with evidence.

    With ``interactive`` (JupyterLab), ipywidgets multi-selects filter the graph and a dropdown
    picks an actor; otherwise the figure and the most central actor's edges are shown once.
    """
    import matplotlib.pyplot as plt
    from IPython.display import HTML, display


    full = network.build_graph(analyses)
    bodies = {a.article.id: a.article.body for a in analyses}
    all_types = sorted({d.get("type") for _, d in full.nodes(data=True) if d.get("type")})
    all_kinds = sorted({d.get("kind") for _, _, d in full.edges(data=True)})

    def show(types, kinds, actor):
        g = network.build_graph(analyses, types or None, kinds or None, min_edge_weight)
        fig = network.draw_network(g)
        display(fig)
        plt.close(fig)
        if actor and actor in g:
            rows = network.actor_edges(g, actor)
            blocks = []
            for r in rows.to_dict(orient="records"):
                span = json.loads(r["span"]) if isinstance(r["span"], str) else r["span"]
                head = f"{r['source']} —{r['kind']} ({r['verb']})→ {r['target']} · {r['article_id']}"
                blocks.append(f"<div style='margin:4px 0'><b>{head}</b><br>{evidence_html(bodies[r['article_id']], span)}</div>")
            display(HTML(f"<h4>{actor}: {len(rows)} edge(s)</h4>" + "".join(blocks)))

    cent = network.centrality(full)
    first = cent["name"].iloc[0] if len(cent) else ""
    if not interactive:
        show(list(actor_types), list(edge_kinds), first)
        return
    import ipywidgets as w

    style = {"description_width": "initial"}
    t = w.SelectMultiple(options=all_types, value=tuple(x for x in actor_types if x in all_types), description="actor types", style=style)
    k = w.SelectMultiple(options=all_kinds, value=tuple(x for x in edge_kinds if x in all_kinds), description="edge kinds", style=style)
    a = w.Dropdown(options=[""] + sorted(full.nodes), value=first, description="actor", style=style)
    out = w.interactive_output(lambda types, kinds, actor: show(list(types), list(kinds), actor), {"types": t, "kinds": k, "actor": a})
    display(w.VBox([w.HBox([t, k, a]), w.HTML("<i>No selection = all types / kinds. Pick an actor to read its edges.</i>"), out]))


def timeline(analyses: list, interactive: bool, date_from: str = "", date_to: str = "", actor: str = "",
             max_events: int = 40):
    """The timeline figure under a date-range slider and an actor filter (static when not interactive)."""
    import matplotlib.pyplot as plt
    from IPython.display import display

    full = tl.corpus_timeline(analyses)
    years = sorted({s[:4] for s in full["start"]} | {e[:4] for e in full["end"]}) if not full.empty else ["2000"]
    names = sorted({a for names in full["actors"] for a in names}) if not full.empty else []

    def render(years_range=(years[0], years[-1]), who: str = ""):
        lo, hi = years_range
        df = tl.corpus_timeline(analyses, date_from=date_from or f"{lo}-01-01", date_to=date_to or f"{hi}-12-31",
                                actor=who or actor or None)
        fig = tl.plot_timeline(df, max_events=max_events)
        display(fig)
        plt.close(fig)

    if not interactive:
        render()
        return None
    import ipywidgets as w

    slider = w.SelectionRangeSlider(options=years, index=(0, len(years) - 1), description="years",
                                    continuous_update=False, layout=w.Layout(width="60%"))
    return explore(render, {"years_range": slider, "who": [("all actors", "")] + [(n, n) for n in names]}, interactive=True)


def corpus_network(analyses: Sequence, interactive: bool, actor_types: Sequence[str] = (), edge_kinds: Sequence[str] = (),
                   min_edge_weight: int = 1, max_nodes: int = 40):
    """The merged network figure, under actor-type / edge-kind / weight controls when ``interactive``."""
    import matplotlib.pyplot as plt
    from IPython.display import display

    def render(actor_type: str = "all", edge_kind: str = "all", weight: int = min_edge_weight):
        g = network.build_graph(analyses, actor_types=[actor_type] if actor_type != "all" else (actor_types or None),
                                edge_kinds=[edge_kind] if edge_kind != "all" else (edge_kinds or None), min_edge_weight=weight)
        fig = network.draw_network(g, title=f"{len(analyses)} articles: {g.number_of_nodes()} actors, {g.number_of_edges()} interactions",
                                   max_nodes=max_nodes)
        display(fig)
        plt.close(fig)

    full = network.build_graph(analyses)
    types = ["all"] + sorted({str(d.get("type")) for _, d in full.nodes(data=True)})
    kinds = ["all"] + sorted({str(d.get("kind")) for _, _, d in full.edges(data=True)})
    return explore(render, {"actor_type": types, "edge_kind": kinds, "weight": (1, 5)}, interactive,
                   defaults={"weight": min_edge_weight})
