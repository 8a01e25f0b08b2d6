"""Extraction: one spaCy pass per article and the rule stages that turn it into tables.

Holds the pipeline loader, the per-article stages (actors, interactions, time expressions,
events, quotes, attributions) and the ``Analysis`` seam. May import only ``newslab.seeds``,
``newslab.paths``, ``newslab.errors`` and ``newslab.files`` (the base layer).
"""
