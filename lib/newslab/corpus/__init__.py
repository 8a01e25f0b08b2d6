"""The corpus: what many articles say together.

Networks, timelines, source mixes and the corpus overview, built from many ``Analysis``
objects or from corpus tables; change over time (``periods``, ``changes``, ``dynamic``); and the
per-article analysis cache. May import ``newslab.extract`` and the base layer.
"""
