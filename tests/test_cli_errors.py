"""Every `kg` command, given a bad path, IRI, output, or a missing or locked store, says so in one line.

Issue 15, probe 5: `kg dump -o x.exe`, `-o /no/such/dir/x.nq` and `--graph 'not an iri'` printed
a Python traceback. A user can act on one line naming the input and the reason; a traceback
only hides it.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.store import open_store

ROOT = Path(__file__).resolve().parents[1]
DATA = '<https://kg.example.org/a> <https://kg.example.org/b> "c" .\n'


@pytest.fixture
def env(tmp_path) -> dict[str, str]:
    data = tmp_path / "d.nt"
    data.write_text(DATA, encoding="utf-8")
    with open_store(tmp_path / "kg") as store:
        store.load(data)
    (tmp_path / "bad.ttl").write_text("<x> <y> .\n", encoding="utf-8")
    (tmp_path / "q.rq").write_bytes(b"SELECT * { ?s ?p \xff }")
    return {"store": str(tmp_path / "kg"), "data": str(data), "tmp": str(tmp_path),
            "missing": str(tmp_path / "no-store"), "nodir": str(tmp_path / "no" / "such" / "dir")}


BAD = {
    "dump, a graph that is no IRI": ["dump", "--store", "{store}", "--graph", "not an iri"],
    "dump, a relative graph IRI": ["dump", "--store", "{store}", "--graph", "graph1"],
    "dump into a missing folder": ["dump", "--store", "{store}", "-o", "{nodir}/x.nq"],
    "dump to an unknown extension": ["dump", "--store", "{store}", "-o", "{tmp}/x.exe"],
    "dump in an unknown format": ["dump", "--store", "{store}", "--format", "xyz"],
    "dump over a folder": ["dump", "--store", "{store}", "-o", "{tmp}"],
    "dump of a missing store": ["dump", "--store", "{missing}"],
    "status of a missing store": ["status", "--store", "{missing}"],
    "status of an unknown scheme": ["status", "--store", "foo://x"],
    "query of a missing store": ["query", "--store", "{missing}", "ASK {}"],
    "query with a syntax error": ["query", "--store", "{store}", "SELEC"],
    "query from a missing .rq file": ["query", "--store", "{store}", "{nodir}/q.rq"],
    "query from a .rq file that is not UTF-8": ["query", "--store", "{store}", "{tmp}/q.rq"],
    "validate a missing store": ["validate", "--store", "{missing}"],
    "remove from a missing store": ["remove", "--store", "{missing}", "a1"],
    "remove, a bad base IRI": ["remove", "--store", "{store}", "--base-iri", "not an iri", "a1"],
    "load a missing file": ["load", "--store", "{store}", "{nodir}/x.nq"],
    "load a bad file": ["load", "--store", "{store}", "{tmp}/bad.ttl"],
    "load an unknown extension": ["load", "--store", "{store}", "{tmp}/q.rq"],
    "load into a graph that is no IRI": ["load", "--store", "{store}", "--graph", "not an iri", "{data}"],
    "load into a store under a file": ["load", "--store", "{data}/kg", "{data}"],
    "build a missing folder": ["build", "--store", "{store}", "{nodir}"],
    "build, a bad base IRI": ["build", "--store", "{store}", "--base-iri", "x", "{tmp}"],
    "build into a store under a file": ["build", "--store", "{data}/kg", "{tmp}/q.rq"],
    "link a missing store": ["link", "--store", "{missing}", "--drop"],
    "link, a bad base IRI": ["link", "--store", "{store}", "--drop", "--base-iri", "x"],
    "link without --online": ["link", "--store", "{store}"],
    "serve a missing store": ["serve", "--store", "{missing}", "--port", "0"],
    "serve, a bad port": ["serve", "--store", "{store}", "--port", "x"],
    "evaluate without gold": ["evaluate", "--gold", "{nodir}/gold.json", "--store", "{store}"],
    "evaluate, gold that is no JSON": ["evaluate", "--gold", "{data}", "--store", "{store}"],
    "kb build from a wrong folder": ["kb", "build", "--sources", "{tmp}", "--out", "{tmp}/kb"],
    "models evaluate with nothing": ["models", "evaluate"],
    "models evaluate a missing file": ["models", "evaluate", "--ner-test", "{nodir}/ner.txt"],
    "an unknown command option": ["dump", "--no-such-option"],
}

LOCKED = {
    "load into a locked store": ["load", "--store", "{store}", "{data}"],
    "remove from a locked store": ["remove", "--store", "{store}", "a1"],
    "link --drop on a locked store": ["link", "--store", "{store}", "--drop"],
    "build into a locked store": ["build", "--store", "{store}", "{tmp}/q.rq"],
}


def fill(args: list[str], env: dict[str, str]) -> list[str]:
    out = []
    for arg in args:
        for key, value in env.items():
            arg = arg.replace("{" + key + "}", value)
        out.append(arg)
    return out


def run(args: list[str], env: dict[str, str]):
    return CliRunner().invoke(main, fill(args, env))


def assert_one_line_error(result) -> None:
    assert isinstance(result.exception, SystemExit), f"not handled: {result.exception!r}\n{result.output}"
    assert result.exit_code >= 1
    assert "Traceback" not in result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr


@pytest.mark.parametrize("args", BAD.values(), ids=BAD.keys())
def test_a_bad_argument_is_one_line_and_an_exit_status(env, args):
    assert_one_line_error(run(args, env))


@pytest.mark.parametrize("args", LOCKED.values(), ids=LOCKED.keys())
def test_a_locked_store_is_one_line_naming_the_lock(env, args):
    with open_store(env["store"]):  # another writer holds the store
        result = run(args, env)
    assert_one_line_error(result)
    assert "locked" in result.stderr


def test_the_messages_name_the_input_and_the_reason(env):
    assert "'not an iri' is not an IRI" in run(BAD["dump, a graph that is no IRI"], env).stderr
    assert "no folder" in run(BAD["dump into a missing folder"], env).stderr
    assert "unknown RDF extension '.exe'" in run(BAD["dump to an unknown extension"], env).stderr
    assert "no Oxigraph store at" in run(BAD["remove from a missing store"], env).stderr


def test_commands_that_only_change_a_store_do_not_create_one(env):
    for args in (BAD["remove from a missing store"], BAD["link a missing store"]):
        run(args, env)
    assert not Path(env["missing"]).exists()


def test_the_real_entry_point_prints_no_traceback(env):
    for key in ("dump, a graph that is no IRI", "dump into a missing folder", "dump to an unknown extension"):
        proc = subprocess.run([sys.executable, "-m", "kg.cli", *fill(BAD[key], env)],
                              capture_output=True, text=True, cwd=ROOT, timeout=120)
        assert proc.returncode >= 1 and "Traceback" not in proc.stderr, proc.stderr
        assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr
        assert not Path(env["nodir"]).exists()
