"""Which BLAS multiplies spaCy's matrices, and on how many threads.

thinc's CPU ops send every matrix product of the pipeline's networks to the BLIS library bundled
with it (``cython-blis``). numpy's OpenBLAS does the same products, and on this project's
machines (AMD EPYC, AVX2) it does them much faster: the whole ``en_core_web_sm`` pass ran 1.48x
as fast on 500 short generated articles and 1.63x on 150 PolNeAR news articles, by CPU time, with
the same tags, parses and entities on all 650 (``benchmarks/bench_blas.py`` measures both again).
So newslab runs the loaded pipeline on thinc's ``NumpyOps(use_blis=False)``; ``NEWSLAB_BLAS=blis``
keeps thinc's default.

OpenBLAS starts one thread per core for these products. newslab's batch runs put one pipeline on
every core themselves, and a second BLAS thread on a core already busy doubles the CPU spent for a
tenth less wall time, so :func:`one_thread` holds BLAS to one thread while a batch of articles is
analysed. A matrix product's result does not depend on its thread count (OpenBLAS splits the output,
not the sums), so outputs do not either.
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from typing import Iterator

from ..errors import PipelineError

#: ``NEWSLAB_BLAS`` values: numpy's BLAS (the default) or thinc's bundled BLIS.
BACKENDS = ("numpy", "blis")


def backend() -> str:
    """The BLAS backend named by ``$NEWSLAB_BLAS`` (default ``numpy``); a one-line error for another value."""
    name = (os.environ.get("NEWSLAB_BLAS") or BACKENDS[0]).strip().lower()
    if name not in BACKENDS:
        raise PipelineError(f"NEWSLAB_BLAS={name!r}: expected one of {', '.join(BACKENDS)}")
    return name


def use_backend(nlp) -> str:
    """Put every network of ``nlp`` on numpy's BLAS unless :func:`backend` says ``blis`` (then leave
    thinc's default ops alone); returns the backend's name."""
    name = backend()
    if name == "numpy":
        from thinc.api import NumpyOps

        ops = NumpyOps(use_blis=False)
        for _, component in nlp.components:
            model = getattr(component, "model", None)
            if model is not None and hasattr(model, "walk"):
                for node in model.walk():
                    node.ops = ops
    return name


@contextmanager
def one_thread() -> Iterator[None]:
    """BLAS limited to one thread in this process while the block runs (restored after)."""
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=1, user_api="blas"):
        yield
