"""Put a stand-in in place of one of a pipeline's components, under the same name and at the same place."""

from __future__ import annotations


def swap_component(nlp, name: str, factory: str, make) -> None:
    """Replace component ``name`` by what ``make(nlp, name)`` builds (registered as spaCy factory
    ``factory`` on first use; ``make`` may read the old component, which is still there when it runs)."""
    from spacy.language import Language

    if not Language.has_factory(factory):
        Language.factory(factory, func=make)
    nlp.add_pipe(factory, name=f"{name}__newslab", after=name)
    nlp.remove_pipe(name)
    nlp.rename_pipe(f"{name}__newslab", name)
