"""The actor profile's picker (``06_actor_profile`` with ``interactive=True``).

A dropdown of the corpus's most central actors and two date pickers; each change rebuilds the
profile from the store (only the chosen actor's articles are read) and shows its tables.
"""

from __future__ import annotations

from ..corpus.profile import build_profile, central_actors, plot_appearances

#: Actors offered in the dropdown (the most central ones).
PICKER_ACTORS = 50
#: Rows shown per table under the picker.
PICKER_ROWS = 10


def actor_picker(store, actor_id: str | None = None, date_from=None, date_to=None, limit: int = PICKER_ACTORS):
    """An ipywidgets box: pick an actor and a date range, see its profile (summary, partners,
    what it said and what was said about it, articles per month)."""
    import ipywidgets as w
    import matplotlib.pyplot as plt
    from IPython.display import display

    top = central_actors(store, limit)
    options = [(f"{n} ({int(a)} articles, degree {int(d)})", cid)
               for cid, n, d, a in zip(top.corpus_actor_id, top.name, top.degree, top.articles)]
    if actor_id and actor_id not in set(top.corpus_actor_id):
        name = store.table("corpus_actors", columns=["name"], where={"corpus_actor_id": actor_id}).name
        options.insert(0, (str(name.iloc[0]) if len(name) else actor_id, actor_id))
    span = store.sql("SELECT min(date) AS lo, max(date) AS hi FROM articles")
    pick = w.Dropdown(options=options, value=actor_id or (options[0][1] if options else None), description="actor",
                      layout=w.Layout(width="480px"))
    start = w.DatePicker(value=date_from or span.lo.iloc[0], description="from")
    end = w.DatePicker(value=date_to or span.hi.iloc[0], description="to")

    def show(actor, date_from, date_to) -> None:
        if actor is None:
            print("no actors in this store")
            return
        p = build_profile(store, actor, date_from, date_to)
        display(p.summary())
        for title, table in (("partners", p.partners), ("what it said", p.said),
                             ("what others said about it", p.said_about), ("events", p.events)):
            print(f"{title}: {len(table)} rows")
            display(table.head(PICKER_ROWS))
        fig = plot_appearances(p)
        display(fig)
        plt.close(fig)

    # interactive_output (as the other notebooks' views) re-renders its Output on every change
    out = w.interactive_output(show, {"actor": pick, "date_from": start, "date_to": end})
    return w.VBox([w.HBox([pick, start, end]), out])
