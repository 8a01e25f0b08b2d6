"""Batch reports: papermill runs of the notebooks for every seed, the manifest and the index page.

Also the CSV export of ``newslab analyze``. May import ``newslab.corpus``, ``newslab.extract``
and the base layer; nothing below imports it.
"""
