"""Which independent sources confirm an entry's QID (issue 18, item 1).

Every QID fact of an entry is a `SourceRef` whose field is a QID field. Sources are
grouped by publisher, so two files of one project count once: the kb-sources folder
(dr5hn's `countries.json`, `states.csv` and `cities_extract.tsv` are one source), a GitHub
repository (`github:owner/repo`, any commit or file), a file of the public code index
(`github-index:<id>`), or a web host. A ref that gives another QID (note `gives Q…`) does
not confirm. An entry whose QID two or more sources give is `two-source`; one,
`single-source` (the linker scores those lower). Curated persons keep the confidence their
row states (the office-holder mining decides it from the lists it read).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urlparse

from kg.link.kb.model import SourceRef

QID_FIELDS = frozenset({"wikiDataId", "qid", "wikidata_id", "qid,name", "wikidataid"})


def source_key(source: str) -> str:
    """The publisher of a source string: the unit of independence."""
    if source.startswith("github:"):
        return re.sub(r"[@:].*$", "", source[len("github:"):]).join(("github:", ""))
    if source.startswith("github-index:"):
        return source
    if source.startswith(("http://", "https://")):
        return urlparse(source).netloc.removeprefix("www.")
    return source.split("/", 1)[0]


def confirming_sources(refs: Iterable[SourceRef]) -> list[str]:
    """The distinct publishers that give the entry's own QID."""
    keys = {source_key(r.source) for r in refs
            if r.field in QID_FIELDS and not (r.note or "").startswith("gives ")}
    return sorted(keys)


def confidence(refs: Iterable[SourceRef]) -> str:
    return "two-source" if len(confirming_sources(refs)) >= 2 else "single-source"
