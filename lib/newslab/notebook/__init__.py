"""Helpers the notebooks import: ipywidgets controls and views, deterministic figures, teaching checks.

May import ``newslab.corpus``, ``newslab.extract`` and the base layer; nothing in the package
imports it except the notebooks themselves.
"""
