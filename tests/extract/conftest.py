"""Fixtures for the fact-extraction tests: the Stanza pipeline, for the tests that need it."""

from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "stanza: runs the Stanza models (KG_MODEL_DIR picks the folder)")


@pytest.fixture(scope="session")
def nlp():
    """The pipeline of `KG_MODEL_DIR` (default: the shipped models), loaded once; skips if absent."""
    from kg.nlp.models import from_environment
    from kg.nlp.pipeline import get_pipeline

    try:
        models = from_environment()
    except FileNotFoundError as exc:
        pytest.skip(f"no Stanza models: {exc}")
    return get_pipeline(models)
