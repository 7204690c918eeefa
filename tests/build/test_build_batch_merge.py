"""Two undated articles reporting one meeting, built together, give one kg:Meeting with the
evidence of both; built in two runs, or on different weekdays, two (issue 17 item 5)."""

from __future__ import annotations

from pathlib import Path

from kg.build import build
from kg.build.work import run_started
from kg.rdf.iris import Iris
from kg.store import open_store

IRIS = Iris("https://kg.example.org/")
# Composed reports: no date in the text beyond a weekday, no metadata.
REPORT_A = ("التقى الرئيس المصري عبد الفتاح السيسي العاهل الأردني الملك عبدالله الثاني اليوم الأحد في القاهرة "
            "وبحثا تطورات المنطقة.\n")
REPORT_B = ("بحث العاهل الأردني الملك عبدالله الثاني مع الرئيس المصري عبد الفتاح السيسي خلال لقائهما في القاهرة "
            "أمس الأحد العلاقات الثنائية.\n")
REPORT_C = "التقى الرئيس المصري عبد الفتاح السيسي العاهل الأردني الملك عبدالله الثاني يوم الاثنين في القاهرة.\n"
MEETINGS = """SELECT ?m (COUNT(DISTINCT ?g) AS ?articles) WHERE {
  GRAPH ?g { ?m a <https://w3id.org/kg-ar/ontology#Meeting> } } GROUP BY ?m"""


def _write(folder: Path, **texts: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def _meetings(store) -> dict[str, int]:
    return {row["m"].value: int(row["articles"].value) for row in store.query(MEETINGS)}


def test_undated_reports_of_one_meeting_built_together_are_one_event(tmp_path):
    folder = _write(tmp_path / "in", a=REPORT_A, b=REPORT_B)
    with open_store("memory:") as store:
        build([folder], store, iris=IRIS, started=run_started({"SOURCE_DATE_EPOCH": "1700000000"}), progress=False)
        assert list(_meetings(store).values()) == [2]  # one meeting, told by both articles


def test_built_in_two_runs_or_on_another_weekday_they_stay_apart(tmp_path):
    with open_store("memory:") as store:
        build([_write(tmp_path / "1", a=REPORT_A)], store, iris=IRIS,
              started=run_started({"SOURCE_DATE_EPOCH": "1700000000"}), progress=False)
        build([_write(tmp_path / "2", b=REPORT_B)], store, iris=IRIS,
              started=run_started({"SOURCE_DATE_EPOCH": "1700086400"}), progress=False)
        assert sorted(_meetings(store).values()) == [1, 1]
    with open_store("memory:") as store:
        build([_write(tmp_path / "3", a=REPORT_A, c=REPORT_C)], store, iris=IRIS,
              started=run_started({"SOURCE_DATE_EPOCH": "1700000000"}), progress=False)
        assert sorted(_meetings(store).values()) == [1, 1]
