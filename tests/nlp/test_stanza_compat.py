"""Stanza is patched only on the version the patches were written for; any other fails loudly."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.nlp import stanza_compat
from kg.nlp.stanza_compat import SUPPORTED_STANZA, StanzaVersionError, check_version

ROOT = Path(__file__).resolve().parents[2]


def test_the_supported_version_is_the_one_pyproject_pins():
    pins = re.findall(r'"stanza==([^"]+)"', (ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert pins == [SUPPORTED_STANZA]


def test_the_installed_stanza_passes_the_check():
    check_version()  # the environment installs the pinned version


@pytest.mark.parametrize("found", ["1.16.0", "1.14.2", None])
def test_another_stanza_version_is_refused_with_one_clear_line(found):
    with pytest.raises(StanzaVersionError) as err:
        check_version(found) if found else check_version("")
    message = str(err.value)
    assert "\n" not in message
    assert f"stanza=={SUPPORTED_STANZA}" in message and (found or "no stanza") in message


def test_no_patch_is_applied_on_another_version(monkeypatch):
    monkeypatch.setattr(stanza_compat, "installed_stanza", lambda: "9.9.9")

    class Untouched:
        trainers: list = []

    processor = Untouched()
    with pytest.raises(StanzaVersionError):
        stanza_compat.install_confidences(processor)
    with pytest.raises(StanzaVersionError), stanza_compat.without_optimizers():
        pass
    assert not hasattr(processor, "predict")
