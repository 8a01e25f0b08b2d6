"""newslab: read news the way analysts do — actors, chronology and sources."""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
