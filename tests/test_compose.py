"""docker-compose.yml and Dockerfile, checked without a Docker engine: structure, not behaviour."""

from __future__ import annotations

import re
import shlex
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

yaml = pytest.importorskip("yaml")

ROOT = Path(__file__).resolve().parents[1]
COMPOSE = ROOT / "docker-compose.yml"
DOCKERFILE = ROOT / "Dockerfile"
CI_RUN = ROOT / ".ci" / "run"
TORCH_PIN = re.compile(r"torch==([0-9][0-9A-Za-z.+]*)")

BUILD = "kg build seeds/ --store /data/kg"
SERVE = "kg serve --store /data/kg --host 0.0.0.0 --port 8000"


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def kg(compose: dict) -> dict:
    return compose["services"]["kg"]


def as_shell(command: str | list[str]) -> str:
    """The shell line a service runs, whether written as a string or as ["sh", "-c", line]."""
    if isinstance(command, str):
        return command
    if command[:2] == ["sh", "-c"]:
        return command[2]
    return shlex.join(command)


def test_kg_service_builds_the_image_and_runs_by_default(kg: dict) -> None:
    assert kg["build"] in (".", {"context": "."})
    assert "profiles" not in kg


def test_command_builds_then_serves(kg: dict) -> None:
    line = " ".join(as_shell(kg["command"]).split())
    assert BUILD in line and SERVE in line
    assert line.index(BUILD) < line.index(SERVE)
    # Serve only after a successful build, never next to a half-built store.
    between = line[line.index(BUILD) + len(BUILD) : line.index(SERVE)]
    assert between.strip() in ("&&", "&& exec")


def test_port_8000_is_published(kg: dict) -> None:
    published = [str(p) for p in kg["ports"]]
    assert any(p.split(":")[-2:] == ["8000", "8000"] for p in published), published


def test_data_is_a_named_volume(compose: dict, kg: dict) -> None:
    mounts = [str(v).split(":") for v in kg["volumes"]]
    named = [source for source, target, *_ in mounts if target == "/data"]
    assert len(named) == 1
    assert not named[0].startswith((".", "/", "~")), "a bind mount, not a named volume"
    assert named[0] in compose["volumes"]


def test_healthcheck_asks_the_sparql_endpoint(kg: dict) -> None:
    check = kg["healthcheck"]
    test = check["test"]
    assert test[0] in ("CMD", "CMD-SHELL")
    urls = re.findall(r"https?://[^\s'\"]+", " ".join(test[1:]))
    assert len(urls) == 1
    url = urlsplit(urls[0])
    assert (url.hostname, url.port, url.path) == ("127.0.0.1", 8000, "/sparql")
    assert parse_qs(url.query)["query"] == ["ASK{}"]
    assert {"interval", "timeout", "retries", "start_period"} <= check.keys()


def test_virtuoso_is_optional_behind_a_profile(compose: dict) -> None:
    virtuoso = compose["services"]["virtuoso"]
    assert virtuoso["image"].split(":")[0] == "openlink/virtuoso-opensource-7"
    assert virtuoso["profiles"] == ["virtuoso"]
    assert "DBA_PASSWORD" in virtuoso["environment"]
    assert any(str(p).endswith("8890:8890") for p in virtuoso["ports"])
    # a healthcheck, so kg-virtuoso starts only once Virtuoso answers
    assert virtuoso["healthcheck"]["test"][0] in ("CMD", "CMD-SHELL")


def test_kg_virtuoso_builds_into_virtuoso_and_serves(compose: dict, kg: dict) -> None:
    """The second kg reaches Virtuoso through KG_STORE, parsed here by kg's own store code."""
    from kg.store.registry import parse_location
    from kg.store.sparql_http import parse_endpoints

    remote = compose["services"]["kg-virtuoso"]
    assert remote["profiles"] == ["virtuoso"]
    assert remote["build"] == kg["build"] and remote["image"] == kg["image"]
    assert remote["depends_on"]["virtuoso"]["condition"] == "service_healthy"
    env = remote["environment"]
    scheme, rest = parse_location(env["KG_STORE"])
    assert scheme in ("sparql+http", "sparql+https", "http", "https")
    endpoints = parse_endpoints(f"{scheme.removeprefix('sparql+')}:{rest}")
    url = urlsplit(endpoints.query)
    assert (url.hostname, url.port) == ("virtuoso", 8890)
    assert "@" not in env["KG_STORE"], "credentials belong in KG_STORE_USER / KG_STORE_PASSWORD"
    assert env["KG_STORE_USER"] == "dba"
    # the same secret as the Virtuoso service's dba password, not a second copy
    assert env["KG_STORE_PASSWORD"] == compose["services"]["virtuoso"]["environment"]["DBA_PASSWORD"]
    line = " ".join(as_shell(remote["command"]).split())
    build, serve = "kg build seeds/", "kg serve --host 0.0.0.0 --port 8000"
    assert build in line and serve in line and line.index(build) < line.index(serve)
    assert "--store" not in line, "the store comes from KG_STORE"
    published = [str(p).split(":")[-2] for p in remote["ports"]]
    assert published and "8000" not in published, "must not clash with the kg service"


def test_compose_has_comments() -> None:
    assert "--profile virtuoso" in COMPOSE.read_text(encoding="utf-8")


def dockerfile_instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) pairs, with continuation lines joined and comments dropped."""
    text = re.sub(r"\\\n", " ", DOCKERFILE.read_text(encoding="utf-8"))
    lines = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    return [(ln.split(None, 1)[0].upper(), ln.split(None, 1)[1]) for ln in lines]


def test_dockerfile_base_and_install_order() -> None:
    steps = dockerfile_instructions()
    assert steps[0] == ("FROM", "python:3.11-slim")
    runs = [args for instruction, args in steps if instruction == "RUN"]
    torch = next(i for i, r in enumerate(runs) if TORCH_PIN.search(r))
    package = next(i for i, r in enumerate(runs) if re.search(r"pip install (\S+ )*\.(\s|$)", r))
    assert torch < package, "torch (CPU) must be installed before the package, or pip fetches the CUDA build"
    assert "--index-url https://download.pytorch.org/whl/cpu" in runs[torch]


def test_dockerfile_torch_pin_matches_ci() -> None:
    pins = set(TORCH_PIN.findall(DOCKERFILE.read_text(encoding="utf-8")))
    assert len(pins) == 1, f"Dockerfile should pin torch once, found {pins}"
    if not CI_RUN.is_file():
        pytest.skip(".ci/run not present")
    ci_pins = set(TORCH_PIN.findall(CI_RUN.read_text(encoding="utf-8", errors="replace")))
    if not ci_pins:
        pytest.skip(".ci/run pins no torch version")
    assert pins == ci_pins, f"Dockerfile pins torch {pins}, .ci/run pins {ci_pins}"
