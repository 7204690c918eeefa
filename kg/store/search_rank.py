"""Ranked name lookup in the search index: exact names, then names the query's words start, then
clitic readings; within each tier the most mentioned entity first.

Apart from `kg.store.search_index` (which writes and owns the SQLite file) because ranking is a
policy of its own, read on one connection: `ranked_hits` runs the three tiers as SQL over the
`entity`, `name` and `name_fts` tables, with a walk over the most mentioned entities for queries of
one- or two-letter words, where an FTS prefix would gather and sort thousands of rows.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from kg.store.search_records import fold, fts_term, readings

#: Queries whose words are all this short walk the most mentioned entities (`_collect_by_rank`).
SHORT_WORD = 2
RANK_WINDOW = 3000


@dataclass(frozen=True)
class Hit:
    """One search result: an entity, its display names and how often the news mention it."""

    iri: str
    label: str | None
    label_en: str | None
    #: The most specific kg class (a full IRI), e.g. `…/ontology#Person`.
    type: str | None
    wikidata: str | None
    mentions: int
    #: 0: a name equals the query; 1: the query's words start a name's words; 2: through a clitic reading.
    tier: int
    #: Every kg class it has, as a `TYPE_BITS` mask (`type_names` lists them).
    types: int = 0

    def as_json(self) -> dict[str, Any]:
        return {"id": self.iri, "label": self.label, "label_en": self.label_en, "type": self.type,
                "wikidata": self.wikidata, "mentions": self.mentions}


def ranked_hits(conn: sqlite3.Connection, text: str, mask: int, limit: int, offset: int) -> list[Hit]:
    """Entities whose names match `text`, best first; `mask` (a `TYPE_BITS` mask, 0 for any) filters."""
    key = fold(text)
    words = [w for w in key.split() if any(c.isalnum() for c in w)]
    key = " ".join(words)
    if not words or limit <= 0:
        return []
    want = offset + limit
    found: dict[int, Hit] = {}
    whole = {key} | {r + key[len(words[0]):] for r in readings(words[0])}
    plain = " AND ".join(fts_term(w) for w in words)
    reread = " AND ".join("(" + " OR ".join(fts_term(r) for r in readings(w)) + ")" for w in words)
    marks = ",".join("?" * len(whole))
    _collect(conn, found, 0, f"SELECT entity FROM name WHERE key IN ({marks})", sorted(whole), mask, want)
    if all(len(w) <= SHORT_WORD for w in words) and len(found) < want:
        _collect_by_rank(conn, found, words, mask, want)
    for tier, match in ((1, plain), (2, reread)):
        if len(found) >= want:
            break
        _collect(conn, found, tier, "SELECT n.entity FROM name n WHERE n.id IN "
                 "(SELECT rowid FROM name_fts WHERE name_fts MATCH ?)", [match], mask, want)
    return list(found.values())[offset:want]


def _collect(conn: sqlite3.Connection, found: dict[int, Hit], tier: int, candidates: str,
             params: list[Any], mask: int, want: int) -> None:
    sql = ("SELECT id, iri, label, label_en, type, wikidata, mentions, types FROM entity "
           f"WHERE id IN ({candidates}) AND types != 0" + (" AND (types & ?) != 0" if mask else "")
           + " ORDER BY mentions DESC, length(label), label LIMIT ?")
    for row in conn.execute(sql, [*params, *([mask] if mask else []), want]):
        if row[0] not in found:
            found[row[0]] = Hit(row[1], row[2], row[3], row[4], row[5], int(row[6]), tier, int(row[7]))

def _collect_by_rank(conn: sqlite3.Connection, found: dict[int, Hit], words: list[str], mask: int,
                     want: int) -> None:
    """Tier 1 for queries of one- or two-letter words: walk entities most mentioned first.

    A one-letter prefix matches a name in most entities, so the FTS route would gather and
    sort thousands; the most mentioned entities hold enough matches in their first rows.
    Rows are read until `want` matches are found and the mention count drops below the
    last one's (so ties are ordered as the FTS route orders them); if `RANK_WINDOW` rows
    are not enough, the FTS route fills the rest.
    """
    sql = ("SELECT e.id, e.iri, e.label, e.label_en, e.type, e.wikidata, e.mentions, e.types, "
           "(SELECT group_concat(n.tokens, ' ') FROM name n WHERE n.entity = e.id) FROM entity e "
           "WHERE e.types != 0" + (" AND (e.types & ?) != 0" if mask else "")
           + " ORDER BY e.mentions DESC LIMIT ?")
    matches: list[tuple] = []
    floor = None
    for row in conn.execute(sql, [*([mask] if mask else []), RANK_WINDOW]):
        if floor is not None and row[6] < floor:
            break
        tokens = (row[8] or "").split()
        if row[0] not in found and all(any(t.startswith(w) for t in tokens) for w in words):
            matches.append(row)
            if floor is None and len(found) + len(matches) >= want:
                floor = row[6]
    if floor is None:
        return  # not enough in the window: the FTS route decides (it re-finds these in order)
    matches.sort(key=lambda r: (-r[6], len(r[2] or ""), r[2] or ""))
    for row in matches[: want - len(found)]:
        found[row[0]] = Hit(row[1], row[2], row[3], row[4], row[5], int(row[6]), 1, int(row[7]))
