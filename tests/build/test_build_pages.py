"""`kg build` on web pages: the extracted text is what is stored and sliced, menus give no mention."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg.build import build
from kg.build.work import run_started
from kg.rdf.iris import Iris
from kg.store import open_store

FIXTURES = Path(__file__).resolve().parents[1] / "ingest" / "fixtures" / "html"
IRIS = Iris("https://kg.example.org/")
STARTED = run_started({"SOURCE_DATE_EPOCH": "1700000000"})
MENU_ONLY = ("السعودية", "العراق", "سوريا", "المغرب", "ليبيا", "تونس", "الجزائر", "لبنان", "فلسطين")

ROWS = """
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX schema: <https://schema.org/>
SELECT ?text ?begin ?end ?anchor WHERE {
  ?ctx a nif:Context ; nif:isString ?text .
  ?m nif:referenceContext ?ctx ; nif:anchorOf ?anchor ; nif:beginIndex ?begin ; nif:endIndex ?end .
}"""


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    root = tmp_path_factory.mktemp("pages")
    shutil.copy(FIXTURES / "composed-rtl-br-menu.html", root / "menu.html")
    with open_store("memory:") as opened:
        report = build([root], opened, iris=IRIS, started=STARTED, progress=False)
        assert (report.added, report.errors) == (1, [])
        yield opened


def test_mentions_slice_the_stored_extracted_text_and_none_comes_from_the_menu(store):
    rows = [{k: r[k].value for k in ("text", "begin", "end", "anchor")} for r in store.query(ROWS)]
    assert rows, "the article's own names (القاهرة, مصر…) are mentions"
    for row in rows:
        assert row["text"][int(row["begin"]):int(row["end"])] == row["anchor"]
        assert not any(country in row["anchor"] for country in MENU_ONLY), row["anchor"]
    assert rows[0]["text"].startswith("وزير الخارجية يلتقي نظيره في القاهرة\nالتقى")


def test_the_pages_url_outlet_and_date_are_article_metadata(store):
    [row] = list(store.query("""PREFIX schema: <https://schema.org/>
        PREFIX kg: <https://w3id.org/kg-ar/ontology#>
        SELECT ?url ?date ?outlet WHERE {
          ?a a schema:NewsArticle ; schema:url ?url ; schema:datePublished ?date ; kg:sourceOutlet ?outlet }"""))
    assert (row["url"].value, row["date"].value, row["outlet"].value) == (
        "https://news.example.com/2024/03/05/meeting", "2024-03-05", "صحيفة المثال")
