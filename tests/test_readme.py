"""The README's two fresh-machine commands are the ones CI and users run."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _readme_commands() -> list[str]:
    section = ROOT.joinpath("README.md").read_text(encoding="utf-8").split("## On a fresh machine")[1]
    section = section.split("\n## ")[0]
    return re.findall(r"```\n(.+?)\n```", section)


def test_readme_has_exactly_two_fresh_machine_commands():
    commands = _readme_commands()
    assert len(commands) == 2
    assert "kg build seeds/" in commands[0] and "kg serve" in commands[0]
    assert "pytest" in commands[1]


def test_ci_runs_the_readme_test_command_verbatim():
    ci = ROOT.joinpath(".ci", "run").read_text(encoding="utf-8")
    assert _readme_commands()[1] in ci.splitlines()


def test_torch_is_pinned_before_the_package_everywhere():
    for command in _readme_commands():
        assert command.index("torch==2.13.0") < command.index("pip install -q -e")


def test_the_layout_map_shows_every_package():
    section = ROOT.joinpath("README.md").read_text(encoding="utf-8").split("## Layout")[1].split("\n## ")[0]
    packages = sorted(str(p.parent.relative_to(ROOT)) + "/" for p in ROOT.joinpath("kg").rglob("__init__.py"))
    assert [p for p in packages if p not in section and p != "kg/"] == []
