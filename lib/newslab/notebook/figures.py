"""Figures written deterministically, so the same data gives the same bytes."""

from __future__ import annotations

import io
from pathlib import Path

from ..files import atomic_write_bytes


def save_figure(fig, path: str | Path, dpi: int = 110) -> Path:
    """Save a matplotlib figure as PNG (or SVG by suffix) with no timestamps or software tags."""
    import matplotlib

    path = Path(path)
    buf = io.BytesIO()
    fmt = path.suffix.lstrip(".") or "png"
    metadata = {"Software": None} if fmt == "png" else {"Date": None, "Creator": None} if fmt in {"svg", "pdf"} else None
    with matplotlib.rc_context({"svg.hashsalt": "newslab"}):
        fig.savefig(buf, format=fmt, dpi=dpi, bbox_inches="tight", metadata=metadata)
    atomic_write_bytes(path, buf.getvalue())
    return path
