"""Ingest: article files (`.txt` with optional sidecar `.json` or front matter, `.jsonl`) → `Document`
records, bad inputs → `InputError`."""

from kg.ingest.discover import ReadStats
from kg.ingest.reader import DEFAULT_MAX_BYTES, read_corpus

__all__ = ["DEFAULT_MAX_BYTES", "ReadStats", "read_corpus"]
