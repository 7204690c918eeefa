"""Arabic names of office holders taken from Wikidata's Arabic labels in the holder lists
(`scripts/kb_holders_ar_wikidata.py`): only names, only from Arabic-language lists, QID as stated."""

from __future__ import annotations

import csv
import importlib.util
import json
import shutil
import subprocess
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "kb_holders_ar_wikidata.py"
_spec = importlib.util.spec_from_file_location("kb_holders_ar_wikidata", SCRIPT)
mod = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(mod)  # type: ignore[union-attr]


def test_a_two_word_arabic_name_is_a_name():
    assert mod.is_name("سامي الحداد")


def test_a_single_word_label_is_not_taken_as_a_name():
    assert not mod.is_name("الحداد")


def test_a_label_that_starts_with_an_honorific_is_not_taken():
    assert not mod.is_name("الشيخ سامي الحداد")


def test_persian_letters_or_latin_are_not_an_arabic_name():
    assert not mod.is_name("محمد شریعتمداری")
    assert not mod.is_name("Sami Haddad")


def test_the_label_most_files_give_wins():
    labels = {"سامي فلان الحداد": ["a/wikidata.csv"], "سامي الحداد": ["a/wikidata.csv", "a/scraped.csv"]}
    assert mod.choose(labels) == "سامي الحداد"


def _repo(root: Path, name: str, lang: str, rows: list[tuple[str, str]]) -> None:
    work = root / "work" / name
    (work / "sources" / "defence").mkdir(parents=True)
    (work / "sources" / "defence" / "meta.json").write_text(json.dumps({"position": "Q1", "lang": lang}))
    for file in ("wikidata.csv", "scraped.csv"):
        with (work / "sources" / "defence" / file).open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["item", "itemLabel", "startDate", "endDate"])
            w.writerows([(q, lab, "2012", "") for q, lab in rows])
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@t", "-C", str(work)]
    subprocess.run(["git", "init", "-q", str(work)], check=True)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "x"], check=True)
    bare = root / "mirrors" / f"every-politician-scrapers+{name}" / "repo"
    subprocess.run(["git", "clone", "-q", "--bare", str(work), str(bare)], check=True)


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_names_come_only_from_arabic_lists_and_only_for_mined_persons_without_a_hand_name(tmp_path):
    _repo(tmp_path, "xland-ministers", "ar",
          [("Q101", "سامي الحداد"), ("Q102", "فلان الفلاني"), ("Q103", "علان العلاني")])
    _repo(tmp_path, "yland-ministers", "en", [("Q104", "زيد الزيدي")])
    curated = tmp_path / "curated"
    curated.mkdir()
    cols = ["id", "qid", "labels_en", "labels_ar"]
    with (curated / "holders_persons.tsv").open("w", encoding="utf-8") as fh:
        fh.write("\t".join(cols) + "\n")
        for pid, qid in (("person:XL-sami", "Q101"), ("person:XL-fulan", "Q102"), ("person:YL-zaid", "Q104")):
            fh.write(f"{pid}\t{qid}\t{pid}\t\n")
    (curated / "holders_ar.tsv").write_text("id\tlabels_ar\taliases_ar\tar_source\tnote\n"
                                            "person:XL-fulan\tفلان\t\turl\t\n", encoding="utf-8")
    assert mod.main([str(tmp_path / "mirrors"), str(curated)]) == 0
    rows = list(csv.DictReader((curated / mod.OUT).open(encoding="utf-8"), delimiter="\t"))
    assert [(r["id"], r["qid"], r["labels_ar"]) for r in rows] == [("person:XL-sami", "Q101", "سامي الحداد")]
    assert "every-politician-scrapers/xland-ministers@" in rows[0]["ar_source"]
    assert "Arabic Wikipedia list agree" in rows[0]["note"]
