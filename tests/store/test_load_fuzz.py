"""`kg load` of random and mutated Turtle, N-Triples, N-Quads and TriG files (issue 15, item 8).

Hypothesis mutates small valid documents (prefixes, language tags, datatypes, blank nodes,
collections, named graphs, Arabic text) byte by byte, or writes random bytes, sometimes
gzipped (and sometimes a broken gzip), and runs `kg load` on them. pyoxigraph's own parser is
the oracle: when it reads the file, `kg load` succeeds and the store holds the old quads plus
the file's; when it does not, `kg load` fails with one `Error:` line and the store is exactly
as it was (its N-Quads dump compared). Never a traceback.

Bounded and derandomized (tests/conftest.py profiles); KG_FUZZ_SCALE multiplies the examples.
"""

from __future__ import annotations

import gzip
import io
import os
import shutil
import tempfile
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.cli import main
from kg.store import open_store

pytestmark = pytest.mark.fuzz

SCALE = float(os.environ.get("KG_FUZZ_SCALE", "1"))
FUZZ = settings(max_examples=int(30 * SCALE), deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

OLD = ('<https://kg.example.org/a> <http://www.w3.org/2000/01/rdf-schema#label> "قديم"@ar'
       " <https://kg.example.org/graph/old> .\n")
SEEDS = {
    "ttl": """@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix kg: <https://w3id.org/kg-ar/ontology#> .
@base <https://kg.example.org/> .
<entity/person/x> a kg:Person ; rdfs:label "فلاديمير بوتين"@ar , "Putin"@en-GB ;
    kg:score "0.9"^^<http://www.w3.org/2001/XMLSchema#decimal> , 12 , 1.5e3 , true ;
    kg:note \"\"\"سطر
آخر\"\"\" ; kg:list ( 1 "ب" [ kg:x _:b1 ] ) .
_:b1 kg:y 'single \\u0628 \\U0001F600' .
""",
    "nt": """<https://kg.example.org/s> <https://kg.example.org/p> "o\\"\\n\\t"@ar .
_:b0 <https://kg.example.org/p> "1"^^<http://www.w3.org/2001/XMLSchema#integer> .
<https://kg.example.org/s> <https://kg.example.org/p> _:b0 .
""",
    "nq": """<https://kg.example.org/s> <https://kg.example.org/p> "قاهرة"@ar <https://kg.example.org/graph/g1> .
_:x <https://kg.example.org/p> <https://kg.example.org/o> _:g .
<https://kg.example.org/s> <https://kg.example.org/p> "v" .
""",
    "trig": """@prefix kg: <https://w3id.org/kg-ar/ontology#> .
<https://kg.example.org/graph/t> { <https://kg.example.org/s> kg:p "ق"@ar , [ kg:q 1 ] . }
{ <https://kg.example.org/s> kg:p 2 . }
GRAPH <https://kg.example.org/graph/u> { <https://kg.example.org/s> kg:p <https://kg.example.org/o> }
""",
}
FRAGMENTS = [b"<", b">", b'"', b"'", b"\\", b"\\u", b"@", b"^^", b"_:", b".", b";", b",", b"[", b"]", b"(", b")",
             b"{", b"}", b"#", b"\n", b"\r", b"\x00", b"\xff", b"\xc3", b"@prefix", b"PREFIX", b"GRAPH", b"a",
             b" ", b"<http://e/ x>", b"<rel>", b"\"\"\"", "ـ".encode(), b"@base <x> ."]
RDF_FORMATS = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "nq": ox.RdfFormat.N_QUADS,
               "trig": ox.RdfFormat.TRIG}


@st.composite
def rdf_files(draw) -> tuple[str, bytes, str]:
    """(extension, file bytes, how it was compressed: "", "gz" or "broken-gz")."""
    ext = draw(st.sampled_from(sorted(SEEDS)))
    if draw(st.integers(0, 5)) == 0:
        data = draw(st.binary(max_size=200))
    else:
        buf = bytearray(draw(st.sampled_from(sorted(SEEDS.values()))).encode("utf-8"))
        for _ in range(draw(st.integers(0, 4))):
            at = draw(st.integers(0, len(buf)))
            op = draw(st.sampled_from(["cut", "delete", "insert", "replace"]))
            if op == "cut":
                del buf[at:]
            elif op == "delete":
                del buf[at:at + draw(st.integers(1, 15))]
            elif op == "insert":
                buf[at:at] = draw(st.one_of(st.sampled_from(FRAGMENTS), st.binary(min_size=1, max_size=6)))
            elif at < len(buf):
                buf[at] = draw(st.integers(0, 255))
        data = bytes(buf)
    packing = draw(st.sampled_from(["", "", "", "gz", "broken-gz"]))
    if packing == "gz":
        data = gzip.compress(data, mtime=0)
    elif packing == "broken-gz":
        data = gzip.compress(data, mtime=0)[: max(len(data) // 2, 5)]
    return ext, data, packing


def _dump(store_path: Path) -> list[str]:
    with open_store(store_path, read_only=True) as store:
        out = io.BytesIO()
        store.dump(out, "nq")
    return sorted(out.getvalue().decode("utf-8").splitlines())


def _oracle(ext: str, data: bytes, packing: str) -> list[ox.Quad] | None:
    """The file's quads as pyoxigraph reads it, or None if it cannot."""
    try:
        raw = gzip.decompress(data) if packing else data
        return list(ox.parse(raw, RDF_FORMATS[ext]))
    except (SyntaxError, ValueError, OSError, EOFError, UnicodeDecodeError):
        return None


@pytest.fixture(scope="module")
def workdir():
    folder = Path(tempfile.mkdtemp(prefix="kg-load-fuzz-"))
    seed = folder / "old.nq"
    seed.write_text(OLD, encoding="utf-8")
    with open_store(folder / "store") as store:
        store.load(seed)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@FUZZ
@given(file=rdf_files(), replace=st.booleans())
def test_kg_load_takes_what_the_parser_reads_and_refuses_the_rest_leaving_the_store_as_it_was(workdir, file, replace):
    ext, data, packing = file
    store_path = workdir / "store"
    path = workdir / (f"in.{ext}" + (".gz" if packing else ""))
    path.write_bytes(data)
    before = _dump(store_path)
    args = ["load", "--store", str(store_path), *(["--replace"] if replace else []), str(path)]
    result = CliRunner().invoke(main, args)
    assert "Traceback" not in result.output
    expected = _oracle(ext, data, packing)
    if expected is None:
        assert isinstance(result.exception, SystemExit) and result.exit_code >= 1, (result.exception, result.output)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("Error: ") and "nothing was loaded" in lines[0], result.stderr
        assert _dump(store_path) == before
    else:
        assert result.exit_code == 0, result.output
        after = _dump(store_path)
        if not expected:
            assert after == ([] if replace else before)
        else:
            assert len(after) >= len({str(q) for q in expected if not isinstance(q.subject, ox.BlankNode)
                                      and not isinstance(q.object, ox.BlankNode)})
            if not replace:
                assert set(before) <= set(after)
    if replace or expected is None:  # put the old content back for the next example
        with open_store(store_path) as store:
            store.load(workdir / "old.nq", replace=True)


# -- what the fuzzing found, as regression tests ----------------------------------------------------

@pytest.mark.parametrize("cut", [5, 20], ids=["header only", "cut in the data"])
def test_a_truncated_gzip_file_is_one_line_naming_it_and_loads_nothing(workdir, cut):
    """Found by the fuzzer: `kg load x.nq.gz` of a gzip file cut short said only "Error: aborted"
    (gzip's EOFError, which click reads as an abort)."""
    path = workdir / "cut.nq.gz"
    path.write_bytes(gzip.compress(SEEDS["nq"].encode() * 20, mtime=0)[:cut])
    before = _dump(workdir / "store")
    result = CliRunner().invoke(main, ["load", "--store", str(workdir / "store"), str(path)])
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0] and "truncated or corrupt" in lines[0], result.stderr
    assert _dump(workdir / "store") == before
