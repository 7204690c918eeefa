"""The typed hand-offs: every entity kind the linker can produce has RDF types."""

from __future__ import annotations

from kg.link.kb.model import KINDS
from kg.rdf.article import ENTITY_TYPES
from kg.types import ENTITY_KINDS, KIND_BY_NER, NER_TYPES


def test_every_ner_type_gives_an_entity_kind():
    assert set(KIND_BY_NER) == set(NER_TYPES)
    assert set(KIND_BY_NER.values()) <= set(ENTITY_KINDS)


def test_every_kb_kind_is_an_entity_kind():
    assert set(KINDS) <= set(ENTITY_KINDS)


def test_every_entity_kind_has_rdf_types():
    assert set(ENTITY_KINDS) <= set(ENTITY_TYPES)
