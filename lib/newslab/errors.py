"""newslab's own exception types: one line each, naming the file and the problem."""

from __future__ import annotations


class NewslabError(Exception):
    """Base class for every error newslab raises on purpose."""


class SeedError(NewslabError):
    """A seed file that cannot be read as an article (CONTRACT.md section 1)."""

    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")


class PipelineError(NewslabError):
    """The spaCy pipeline cannot be loaded."""
