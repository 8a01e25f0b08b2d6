"""``corpus_actor_id`` in the JSON Lines export: hold the records back until every actor is known.

An actor's corpus id depends on the whole corpus (a later article can make a surname
ambiguous), so no record can be printed before the last article is analysed. The records are
spooled to an unnamed temporary file as they arrive (on disk, about the size of the export);
only the resolver's columns of each actor stay in memory, as plain column lists (roughly
150 bytes per actor: about 150 MB for 100,000 articles of ten actors each). Once the run ends,
the ids are resolved and the records streamed out again with ``corpus_actor_id`` added as the
last field of each actor. Lines are otherwise byte-identical (same serialiser, same key order).
"""

from __future__ import annotations

import json
import tempfile
from typing import Iterable, Iterator

from .engine import ChunkResult
from ..extract.analysis import dumps_record

#: Actor fields the resolver reads.
ID_FIELDS = ("actor_id", "name", "type", "kind", "role", "iso3", "aliases")
#: Records per chunk when streaming the spooled records back out.
BATCH = 500


def with_corpus_actor_ids(results: Iterable[ChunkResult]) -> Iterator[ChunkResult]:
    """The same results with ``corpus_actor_id`` on every actor of every line.

    Failures are passed on as their chunk arrives (so they are reported while the run goes);
    the lines follow, in the original order, after the last chunk.
    """
    import pandas as pd

    from ..extract.identity import id_map, resolve

    columns: dict[str, list] = {k: [] for k in ("article_id", *ID_FIELDS)}
    with tempfile.TemporaryFile("w+", encoding="utf-8") as spool:
        for result in results:
            for line in result.lines:
                spool.write(line + "\n")
                rec = json.loads(line)
                for actor in rec.get("actors", []):
                    columns["article_id"].append(rec["id"])
                    for key in ID_FIELDS:
                        columns[key].append(actor.get(key))
            yield ChunkResult(index=result.index, size=result.size, done=result.done, failures=result.failures,
                              model=result.model)
        ids = id_map(resolve(pd.DataFrame(columns)))
        del columns
        spool.seek(0)
        batch: list[str] = []
        for line in spool:
            rec = json.loads(line)
            for actor in rec.get("actors", []):
                actor["corpus_actor_id"] = ids[(rec["id"], str(actor["actor_id"]))]
            batch.append(dumps_record(rec))
            if len(batch) >= BATCH:
                yield ChunkResult(index=-1, size=0, lines=batch)
                batch = []
        if batch:
            yield ChunkResult(index=-1, size=0, lines=batch)
