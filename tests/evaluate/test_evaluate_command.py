"""`kg evaluate` end to end: two composed articles through the real build, scored against a gold."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

ARTICLES = {
    "a1.txt": "استقبل الرئيس المصري عبد الفتاح السيسي في القاهرة اليوم وزير الخارجية الروسي سيرغي لافروف، "
              "وبحث الجانبان العلاقات الثنائية بين مصر وروسيا.\n",
    "a2.txt": "وقع الأردن والمغرب في عمان أمس اتفاقية للتعاون في مجال التعليم العالي.\n",
}


def _entity(key, type_, ar, en, qid, mentions, adjectival=()):
    return {"key": key, "type": type_, "canonical_ar": ar, "canonical_en": en, "qid": qid,
            "mentions": mentions, "adjectival_mentions": list(adjectival), "required": True}


GOLD = {
    "_meta": {"note": "composed for this test"},
    "a1.txt": {
        "entities": [
            _entity("sisi", "PER", "عبد الفتاح السيسي", "Abdel Fattah el-Sisi", "Q307871", ["عبد الفتاح السيسي"]),
            _entity("lavrov", "PER", "سيرغي لافروف", "Sergey Lavrov", "Q58217", ["سيرغي لافروف"]),
            _entity("cairo", "LOC", "القاهرة", "Cairo", "Q85", ["القاهرة"]),
            _entity("egypt", "LOC", "مصر", "Egypt", "Q79", ["مصر"], ["المصري"]),
            _entity("russia", "LOC", "روسيا", "Russia", "Q159", ["وروسيا"], ["الروسي"]),
        ],
        "officials": [
            {"person_qid": "Q307871", "person_en": "Abdel Fattah el-Sisi", "role_ar": "الرئيس المصري", "of": "Q79"},
            {"person_qid": "Q58217", "person_en": "Sergey Lavrov", "role_ar": "وزير الخارجية الروسي", "of": "Q159"},
        ],
        "meetings": [{"id": "M1", "participants": ["Q307871", "Q58217"], "participant_countries": ["Q79", "Q159"],
                      "place": "Cairo", "date": None, "required": True}],
        "treaties": [],
    },
    "a2.txt": {
        "entities": [
            _entity("jordan", "LOC", "الأردن", "Jordan", "Q810", ["الأردن"]),
            _entity("morocco", "LOC", "المغرب", "Morocco", "Q1028", ["والمغرب"]),
            _entity("amman", "LOC", "عمان", "Amman", "Q3805", ["عمان"]),
        ],
        "officials": [],
        "meetings": [],
        "treaties": [{"id": "T1", "name_ar": "اتفاقية للتعاون", "parties": ["Q810", "Q1028"], "required": True}],
    },
}


def kg(*args: str) -> subprocess.CompletedProcess:
    proc = subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True, timeout=600,
                          cwd=ROOT)
    assert proc.returncode == 0, f"kg {' '.join(args)} exited {proc.returncode}\n{proc.stdout}\n{proc.stderr}"
    return proc


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("evaluate")
    (folder / "texts").mkdir()
    for name, text in ARTICLES.items():
        (folder / "texts" / name).write_text(text, encoding="utf-8")
    (folder / "gold.json").write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def evaluated(corpus) -> tuple[str, dict]:
    out = corpus / "report.json"
    proc = kg("evaluate", "--gold", str(corpus / "gold.json"), str(corpus / "texts"), "-q", "--json", str(out))
    return proc.stdout, json.loads(out.read_text(encoding="utf-8"))


def test_kg_evaluate_builds_the_articles_and_scores_every_fact_kind(evaluated):
    table, report = evaluated
    assert "2 documents scored" in table
    for kind in ("entities", "officials", "meetings", "treaties"):
        assert any(line.startswith(kind) for line in table.splitlines()), table
    scores = report["scores"]
    assert report["documents"] == 2
    assert report["entities"]["counts"]["recall"]["total"] == 8
    # plain sentences: the shipped pipeline finds these names, the visit and the agreement
    assert scores["entities.recall"] >= 0.75
    assert scores["meetings.recall"] == 1.0 and scores["treaties.recall"] == 1.0
    assert report["meetings"]["matched"][0]["doc"] == "a1" and report["treaties"]["matched"][0]["doc"] == "a2"
    assert not report["warnings"]


def test_kg_evaluate_scores_an_existing_store_the_same_as_its_own_build(corpus, evaluated):
    store = corpus / "store"
    kg("build", str(corpus / "texts"), "--store", str(store), "--quiet")
    out = kg("evaluate", "--gold", str(corpus / "gold.json"), "--store", str(store), "--json", "-").stdout
    from_store = json.loads(out[out.index("{"):])  # the table comes first, then the JSON
    assert from_store["scores"] == evaluated[1]["scores"]
    assert from_store["meetings"]["matched"][0]["tool"] == evaluated[1]["meetings"]["matched"][0]["tool"]
