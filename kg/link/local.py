"""Local entities: mentions with the same normalized name and kind are one entity.

The key depends only on the name and the kind, never on the order articles are read in,
so the same corpus always mints the same entity IRIs.
"""

from __future__ import annotations

import re

from kg.nlp.normalize import normalize_token
from kg.types import KIND_BY_NER, AnnotatedDocument, Entity, LinkedDocument

_SPACE = re.compile(r"\s+")


def match_key(label: str) -> str:
    """The spelling-insensitive form of a name used to decide that two names are the same."""
    text = normalize_token(_SPACE.sub(" ", label.strip()))
    return text.replace("ة", "ه")


def link_local(annotated: AnnotatedDocument) -> LinkedDocument:
    entities = []
    for m in annotated.mentions:
        kind = KIND_BY_NER.get(m.ner_type, "Thing")
        entities.append(Entity(key=f"{kind}:{match_key(m.label)}", kind=kind, label=m.label.strip()))
    return LinkedDocument(annotated, tuple(entities))
