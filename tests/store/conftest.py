"""Fixtures for the store tests: small real RDF with Arabic labels, as rdflib graphs and files."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from store_helpers import article, write_rdf_files


@pytest.fixture
def putin_article():
    """An article graph: one person with an Arabic label, plus the article's text hash."""
    return article("a1", "فلاديمير بوتين", text_hash="h1")


@pytest.fixture
def rdf_files(tmp_path: Path) -> dict[str, Path]:
    """The same small dataset as .ttl, .nt, .nq, .trig and gzipped variants."""
    files = write_rdf_files(tmp_path / "files")
    files["ttl.gz"] = tmp_path / "files" / "entities.ttl.gz"
    files["ttl.gz"].write_bytes(gzip.compress(files["ttl"].read_bytes()))
    files["nq.gz"] = tmp_path / "files" / "dataset.nq.gz"
    files["nq.gz"].write_bytes(gzip.compress(files["nq"].read_bytes()))
    return files
