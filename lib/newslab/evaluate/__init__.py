"""``newslab evaluate``: score extraction against gold annotations (CONTRACT.md section 3).

Shared scoring helpers (``scoring``), one scorer per task, and the suite that runs them.
May import ``newslab.extract`` and the base layer.
"""
