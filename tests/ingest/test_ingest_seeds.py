"""The five seed articles shipped in `seeds/` (used by `kg build seeds/` in docker-compose) all read cleanly."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.ingest import ReadStats, read_corpus
from kg.types import Document

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.mark.skipif(not SEEDS.is_dir(), reason="seeds/ not present")
def test_seed_articles_parse_to_documents() -> None:
    stats = ReadStats()
    records = list(read_corpus([SEEDS], stats=stats))
    assert len(records) == 5
    assert all(isinstance(r, Document) for r in records), [r for r in records if not isinstance(r, Document)]
    assert [r.id for r in records] == sorted(p.stem for p in SEEDS.glob("*.txt"))
    for doc in records:
        assert doc.text.strip()
        assert "روسي" in doc.text and "إيران" in doc.text  # every seed is about the Russia-Iran treaty
        whole = (SEEDS / f"{doc.id}.txt").read_text(encoding="utf-8")  # already NFC, no BOM
        assert whole.startswith(doc.text)  # at most a trailing related-articles list is left out
    # The sidecars are read with their articles, not as files of their own; only the README is skipped.
    assert stats.skipped == [str(SEEDS / "README.md")]


@pytest.mark.skipif(not SEEDS.is_dir(), reason="seeds/ not present")
def test_every_seed_sidecar_gives_its_article_a_date() -> None:
    records = list(read_corpus([SEEDS]))
    assert all(isinstance(r, Document) for r in records), records  # every sidecar is valid
    dated = {r.id for r in records if isinstance(r, Document) and r.published is not None}
    assert dated == {p.stem for p in SEEDS.glob("*.json")}


@pytest.mark.skipif(not SEEDS.is_dir(), reason="seeds/ not present")
def test_the_related_articles_lists_scraped_after_two_seeds_are_not_article_text() -> None:
    docs = {r.id: r for r in read_corpus([SEEDS]) if isinstance(r, Document)}
    cut = {i: (SEEDS / f"{i}.txt").read_text(encoding="utf-8")[len(d.text):].strip() for i, d in docs.items()}
    assert cut["002_639e5e07530de109"].startswith("مقالات مشابهة\n")  # a heading over bulleted headlines
    assert cut["001_8d15ed088120de80"].startswith("المزيد من قناة المشهد\n")  # over outlets and their ages
    assert docs["001_8d15ed088120de80"].text.endswith("إقرأ على الموقع الرسمي")  # the credit lines stay
    assert {i for i, c in cut.items() if c} == {"001_8d15ed088120de80", "002_639e5e07530de109"}
