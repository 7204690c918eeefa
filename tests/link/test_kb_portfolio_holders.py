"""The ministers' table (`scripts/kb_portfolio_holders.py`) maps only clear English ministry titles to kg's
portfolio codes."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"
sys.path.insert(0, str(SCRIPTS))
_spec = importlib.util.spec_from_file_location("kb_portfolio_holders", SCRIPTS / "kb_portfolio_holders.py")
mod = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(mod)  # type: ignore[union-attr]


def test_a_ministry_title_gives_each_field_it_names_a_portfolio():
    assert mod.portfolios("Minister of Health", "SA") == ("health",)
    assert mod.portfolios("Minister of the Interior", "FR") == ("interior",)
    assert mod.portfolios("Minister of Energy, Industry and Mineral Resources", "SA") == ("energy", "industry")
    assert mod.portfolios("Minister of Higher Education and Scientific Research", "TN") == ("education",)
    assert mod.portfolios("Minister of Media", "SA") == ("information",)


def test_deputies_ministers_of_state_and_unknown_fields_are_not_mapped():
    assert mod.portfolios("Deputy Minister of Health", "SA") == ()
    assert mod.portfolios("Minister of State for Foreign Affairs", "AE") == ()
    assert mod.portfolios("Minister without portfolio", "IL") == ()
    assert mod.portfolios("Minister of Cabinet Affairs", "AE") == ()
    assert mod.portfolios("Prime Minister", "EG") == ()


def test_secretaries_are_ministers_only_where_the_country_calls_them_so():
    assert mod.portfolios("Secretary of Health and Human Services", "US") == ("health",)
    assert mod.portfolios("Secretary of State", "US") == ("foreign",)
    assert mod.portfolios("Secretary of State", "ES") == ()
    assert mod.portfolios("Secretary of State for Health and Social Care", "GB") == ("health",)
    assert mod.portfolios("Attorney General", "US") == ("justice",)
    assert mod.portfolios("Attorney General", "SA") == ()
