"""A rebuild notices a metadata-only change: the sidecar edited, the text as it was."""

from __future__ import annotations

from kg.build import build
from kg.build.work import run_started
from kg.rdf.iris import Iris
from kg.store import open_store

IRIS = Iris("https://kg.example.org/")
STARTED = run_started({"SOURCE_DATE_EPOCH": "1700000000"})
TEXT = "التقى وزير الخارجية الأردني نظيره المصري في القاهرة اليوم الثلاثاء لبحث العلاقات الثنائية.\n"
DATES = """PREFIX schema: <https://schema.org/>
SELECT ?date ?title WHERE { ?a schema:datePublished ?date OPTIONAL { ?a schema:headline ?title } }"""


def test_an_edited_sidecar_rewrites_the_article_and_an_untouched_one_does_not(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    sidecar = tmp_path / "a.json"
    sidecar.write_text('{"published": "2024-03-04"}', encoding="utf-8")
    with open_store("memory:") as store:
        def run():
            return build([tmp_path], store, iris=IRIS, started=STARTED, progress=False)

        assert run().added == 1
        sidecar.write_text('{"published": "2024-03-05", "title": "لقاء في القاهرة"}', encoding="utf-8")
        report = run()
        assert (report.replaced, report.unchanged) == (1, 0)
        assert [(r["date"].value, r["title"].value) for r in store.query(DATES)] == [("2024-03-05", "لقاء في القاهرة")]
        assert run().unchanged == 1
        sidecar.unlink()  # metadata removed: also a change
        assert run().replaced == 1 and list(store.query(DATES)) == []
