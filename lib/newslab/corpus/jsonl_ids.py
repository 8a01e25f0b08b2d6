"""``corpus_actor_id`` in the JSON Lines export: hold the records back until every actor is known.

An actor's corpus id depends on the whole corpus (a later article can make a surname
ambiguous), so no record can be printed before the last article is analysed. The records are
spooled to an unnamed temporary file as they arrive (on disk, about the size of the export);
only the resolver's columns of each actor stay in memory, as plain column lists (roughly
150 bytes per actor: about 150 MB for 100,000 articles of ten actors each). Once the run ends,
the ids are resolved and the records streamed out again with ``corpus_actor_id`` added as the
last field of each actor. Lines are otherwise byte-identical (same serialiser, same key order),
and the chunks come out as they went in (same lines, done ids and failures per chunk), only later.
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import replace
from typing import Iterable, Iterator

from .engine import ChunkResult
from ..extract.analysis import dumps_record

#: Actor fields the resolver reads.
ID_FIELDS = ("actor_id", "name", "type", "kind", "role", "iso3", "aliases")


def with_corpus_actor_ids(results: Iterable[ChunkResult]) -> Iterator[ChunkResult]:
    """The same results, chunk for chunk, with ``corpus_actor_id`` on every actor of every line;
    they all come once the last chunk has arrived."""
    import pandas as pd

    from ..extract.identity import id_map, resolve

    columns: dict[str, list] = {k: [] for k in ("article_id", *ID_FIELDS)}
    shells: list[tuple[ChunkResult, int]] = []  # each chunk without its lines, and how many it had
    with tempfile.TemporaryFile("w+", encoding="utf-8") as spool:
        for result in results:
            shells.append((replace(result, lines=[]), len(result.lines)))
            for line in result.lines:
                spool.write(line + "\n")
                rec = json.loads(line)
                for actor in rec.get("actors", []):
                    columns["article_id"].append(rec["id"])
                    for key in ID_FIELDS:
                        columns[key].append(actor.get(key))
        ids = id_map(resolve(pd.DataFrame(columns)))
        del columns
        spool.seek(0)
        for shell, count in shells:
            for _ in range(count):
                rec = json.loads(spool.readline())
                for actor in rec.get("actors", []):
                    actor["corpus_actor_id"] = ids[(rec["id"], str(actor["actor_id"]))]
                shell.lines.append(dumps_record(rec))
            yield shell
