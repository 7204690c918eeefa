"""The offline knowledge base: countries, cities, organisations, office holders, Arabic names.

Built from `/work/shared/data/kb-sources/` by `kg.link.kb.build.build_kb` and shipped as
`data/kb.jsonl.gz`; see `data/README.md` for contents, sources, licences and the rebuild
command. `default_kb()` loads it lazily, once per process.
"""

from kg.link.kb.model import (
    KINDS,
    ROLES,
    Derived,
    KBEntry,
    KnowledgeBase,
    Post,
    SourceRef,
    default_kb,
    load_kb,
    read_kb,
    read_kb_meta,
    shipped_kb_path,
)

__all__ = [
    "KINDS",
    "ROLES",
    "Derived",
    "KBEntry",
    "KnowledgeBase",
    "Post",
    "SourceRef",
    "default_kb",
    "load_kb",
    "read_kb",
    "read_kb_meta",
    "shipped_kb_path",
]
