"""Shared fixtures: the real shipped Stanza pipeline (loaded once per test session) and the seeds."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"

#: `installed` and `demo`: a third-party kg plugin in tmp_path (tests/plugin_fixtures.py).
pytest_plugins = ["plugin_fixtures"]


@pytest.fixture(scope="session")
def pipeline():
    from kg.nlp.pipeline import get_pipeline

    return get_pipeline()


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}
