"""Fixtures of the link tests: the kb-sources folder in ../shared (issue 18, item 5)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

KB_SOURCES = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "kb-sources"


@pytest.fixture(scope="session")
def kb_sources() -> Path:
    """../shared/data/kb-sources; skipped where absent, but a failure when `CI` is set."""
    if not (KB_SOURCES / "dr5hn-countries-states-cities" / "cities_extract.tsv").exists():
        reason = f"{KB_SOURCES} is not available"
        if os.environ.get("CI"):
            pytest.fail(f"{reason} (CI is set: the KB checks must run here)")
        pytest.skip(reason)
    return KB_SOURCES


@pytest.fixture(scope="module")
def linker():
    """A linker with the shipped knowledge base, for the tests that link composed sentences (a test module's own
    `linker` fixture wins over this one)."""
    from kg.link.resolve import Linker

    return Linker()
