"""Settings once: `kg serve`'s options are generated from `ServerConfig`'s settings, default and help."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.server.config import SETTINGS, ServerConfig, default_workers

README = Path(__file__).resolve().parents[2] / "README.md"
#: ServerConfig fields that are not options: the token comes from KG_TOKEN (never a command line).
NOT_OPTIONS = {"token"}


def _serve_options() -> dict[str, object]:
    command = main.commands["serve"]
    return {p.name: p for p in command.params if p.name not in ("store_location", "help")}


def test_every_setting_is_a_serve_option_and_every_serve_option_a_setting():
    options = _serve_options()
    assert sorted(options) == sorted(s.name for s in SETTINGS)
    for s in SETTINGS:
        assert options[s.name].opts == [s.option]
        assert options[s.name].help.startswith(s.help)


def test_the_options_default_to_what_server_config_defaults_to():
    options, config = _serve_options(), ServerConfig()
    for s in SETTINGS:
        assert s.value() == getattr(config, s.name)
        if s.type not in (bool, tuple):
            assert options[s.name].default == s.default
    assert config.workers == default_workers()


def test_every_config_field_is_a_setting_but_the_token():
    fields = {f.name for f in dataclasses.fields(ServerConfig)}
    assert fields - {s.name for s in SETTINGS} == NOT_OPTIONS


def test_the_readme_serving_table_lists_every_option():
    section = README.read_text(encoding="utf-8").split("## Serving", 1)[1].split("\n## ", 1)[0]
    listed = set(re.findall(r"`(--[a-z-]+)", section))
    assert {s.option for s in SETTINGS} <= listed


def test_serve_hands_every_option_to_the_server_config(monkeypatch):
    seen = {}
    monkeypatch.setattr("kg.server.serve.serve", lambda location, config: seen.update(location=location, config=config))
    args = ["serve", "--store", "data/x", "--title", "desk", "--host", "0.0.0.0", "--port", "0", "--threads", "3",
            "--workers", "5", "--query-timeout", "2.5", "--max-results", "7", "--allow-service", "https://a.example/sparql",
            "--allow-service", "https://b.example/sparql", "--cors", "*", "--max-request-bytes", "2048",
            "--max-upload-bytes", "4096", "--max-nesting", "9", "--max-query-size", "99"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert seen["config"] == ServerConfig(
        title="desk", host="0.0.0.0", port=0, threads=3, workers=5, query_timeout=2.5, max_results=7,
        allow_service=("https://a.example/sparql", "https://b.example/sparql"), cors=("*",),
        max_request_bytes=2048, max_upload_bytes=4096, max_nesting=9, max_query_size=99)


def test_serve_without_options_uses_the_config_defaults(monkeypatch):
    seen = {}
    monkeypatch.setattr("kg.server.serve.serve", lambda location, config: seen.update(config=config))
    monkeypatch.delenv("KG_TITLE", raising=False)
    result = CliRunner().invoke(main, ["serve", "--store", "data/x"])
    assert result.exit_code == 0, result.output
    assert seen["config"] == ServerConfig()  # the title too: never the store's path on disk


def test_the_title_can_come_from_the_environment(monkeypatch):
    seen = {}
    monkeypatch.setattr("kg.server.serve.serve", lambda location, config: seen.update(config=config))
    monkeypatch.setenv("KG_TITLE", "مكتب الأخبار")
    assert CliRunner().invoke(main, ["serve", "--store", "data/x"]).exit_code == 0
    assert seen["config"].title == "مكتب الأخبار"


@pytest.mark.parametrize(("args", "message"), [
    (["--threads", "0"], "Invalid value for '--threads'"),
    (["--query-timeout", "0"], "Invalid value for '--query-timeout'"),
    (["--allow-service", "ftp://x"], "--allow-service takes http(s) URLs"),
])
def test_bad_values_are_usage_errors(args, message):
    result = CliRunner().invoke(main, ["serve", "--store", "data/x", *args])
    assert result.exit_code == 2 and message in result.output
