"""Format names, extensions, gzip, and dump targets."""

from __future__ import annotations

import gzip

import pytest
from pyoxigraph import RdfFormat

from kg.store.formats import get_format, guess_format, open_input, open_output, parse_format


@pytest.mark.parametrize(
    "name,fmt,gz",
    [
        ("a.ttl", RdfFormat.TURTLE, False),
        ("a.TTL", RdfFormat.TURTLE, False),
        ("dir.v1/a.nt", RdfFormat.N_TRIPLES, False),
        ("a.nq.gz", RdfFormat.N_QUADS, True),
        ("kg.trig.gz", RdfFormat.TRIG, True),
        ("a.jsonld", RdfFormat.JSON_LD, False),
        ("a.rdf", RdfFormat.RDF_XML, False),
    ],
)
def test_guess_format(name, fmt, gz):
    info, is_gz = guess_format(name)
    assert info.rdf_format == fmt and is_gz == gz


@pytest.mark.parametrize("name", ["a.csv", "noext", "a.gz"])
def test_guess_format_rejects(name):
    with pytest.raises(ValueError):
        guess_format(name)


def test_names_and_aliases():
    assert get_format("turtle").name == "ttl"
    assert get_format("N-Quads").name == "nq"
    assert parse_format("trig.gz") == (get_format("trig"), True)
    assert get_format("nq").supports_datasets and not get_format("ttl").supports_datasets
    with pytest.raises(ValueError, match="unknown RDF format"):
        get_format("xlsx")


def test_open_input_detects_gzip_by_content(tmp_path):
    path = tmp_path / "a.ttl"  # gzipped although the name does not say so
    path.write_bytes(gzip.compress(b"<a:b> <a:c> <a:d> ."))
    with open_input(path) as f:
        assert f.read().startswith(b"<a:b>")


def test_open_output_gzip_by_extension(tmp_path):
    target = tmp_path / "out.ttl.gz"
    with open_output(target) as (stream, fmt):
        assert fmt == "ttl"
        stream.write('<a:b> <a:c> "موسكو" .\n'.encode())
    assert gzip.decompress(target.read_bytes()).decode().endswith('"موسكو" .\n')
    assert not (tmp_path / "out.ttl.gz.part").exists()


def test_open_output_format_override(tmp_path):
    target = tmp_path / "out.data"
    with open_output(target, "nq.gz") as (stream, fmt):
        assert fmt == "nq"
        stream.write(b"x")
    assert gzip.decompress(target.read_bytes()) == b"x"


def test_failed_output_leaves_no_file(tmp_path):
    target = tmp_path / "out.nt"
    target.write_text("old good dump")
    with pytest.raises(RuntimeError), open_output(target) as (stream, _):
        stream.write(b"half")
        raise RuntimeError("boom")
    assert target.read_text() == "old good dump"
    assert list(tmp_path.iterdir()) == [target]
