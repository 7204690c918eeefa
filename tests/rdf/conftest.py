"""Fixtures for the RDF stage tests (the records themselves are in rdf_fixtures.py)."""

from __future__ import annotations

import pytest
from rdf_fixtures import RUN, make_linked

from kg.rdf.iris import Iris
from kg.types import LinkedDocument, RunInfo


@pytest.fixture
def linked() -> LinkedDocument:
    return make_linked()


@pytest.fixture
def iris() -> Iris:
    return Iris()


@pytest.fixture
def run() -> RunInfo:
    return RUN
