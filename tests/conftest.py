"""Shared fixtures: the real shipped Stanza pipeline (loaded once per test session) and the seeds;
the hypothesis profiles."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# Property-based and fuzz tests (hypothesis): the same examples in every run unless asked
# otherwise, so CI is reproducible and a failure reruns as it failed. Each test bounds its own
# number of examples (the fuzz suites scale it by KG_FUZZ_SCALE). KG_HYPOTHESIS=explore draws
# fresh examples each run: `KG_HYPOTHESIS=explore KG_FUZZ_SCALE=10 pytest -k fuzz`.
settings.register_profile("ci", derandomize=True, database=None, deadline=None, print_blob=True)
settings.register_profile("explore", derandomize=False, database=None, deadline=None, print_blob=True,
                          max_examples=1_000)
settings.load_profile(os.environ.get("KG_HYPOTHESIS", "ci"))

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
