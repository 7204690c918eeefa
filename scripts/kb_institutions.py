"""Compose the names of state institutions from the KB's nisba adjectives, keep those Arabic news
writes, and give each the QID a Wikidata-derived table states (issue 18, item 4).

    python scripts/kb_institutions.py ../shared/data/arabic-news-raw kg/link/kb/data/kb.jsonl.gz \\
        /work/.mirror kg/link/kb/curated/institutions.tsv

News names a state's institutions by a head noun and the country's nisba adjective:
الحكومة المصرية، الرئاسة التركية، وزارة الخارجية الروسية، الديوان الملكي الأردني. The names are
composed by rule, for every country with nisba forms in the KB (feminine definite singular
after a feminine head, masculine after a masculine one), and a name is kept only where the raw
news corpus (`arabic-news-raw`, ~9.9 M words) writes it `ATTESTED_MIN` times or more; its count
is written in the row. Names already in the KB (a curated row) are left to that row.

QIDs: a country's government is its cabinet, as Wikidata states it: `country-cabinets.csv`
of `every-politician-scrapers/world` (a SPARQL result: items that are a subclass of cabinet,
Q640506, with the country as jurisdiction, P1001, not dissolved), taken where the country has
exactly one cabinet named "Cabinet/Council of Ministers/Government of …" (one source:
`single-source`). The US is left without: its "cabinet" is not what news calls the
administration (الإدارة الأمريكية). Presidencies, ministries and royal courts get no QID: no
table giving their items was found (an office such as "President of Russia" is a position,
not the institution).
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import subprocess
import sys
from pathlib import Path

from kg.link.kb.model import read_kb
from kg.link.kb.spelling import ATTESTED_MIN, CORPUS_FILES, corpus_lines, count_names
from kg.link.normalize import match_key

CABINETS_REPO = "every-politician-scrapers/world"
CABINETS_PATH = "wikidata/results/country-cabinets.csv"
#: (id suffix, Arabic head, the nisba's gender, English pattern)
TEMPLATES = (
    ("GOVERNMENT", "الحكومة", "fem", "Government of {}"),
    ("PRESIDENCY", "الرئاسة", "fem", "Presidency of {}"),
    ("MFA", "وزارة الخارجية", "fem", "Ministry of Foreign Affairs of {}"),
    ("MOD", "وزارة الدفاع", "fem", "Ministry of Defence of {}"),
    ("ROYAL-COURT", "الديوان الملكي", "masc", "Royal Court of {}"),
    ("AMIRI-DIWAN", "الديوان الأميري", "masc", "Amiri Diwan of {}"),
)
_CABINET_LABEL = re.compile(r"^(Cabinet|Council of Ministers|Government)\b", re.I)
NO_CABINET_QID = {"US"}
COLUMNS = ("id", "type", "qid", "labels_en", "labels_ar", "aliases_ar", "homographs_ar", "country", "part_of",
           "stands_for", "seat_of", "qid_source", "ar_source", "note")


def nisba_forms(entry, gender: str) -> list[str]:
    """The definite singular nisba forms of a country (الروسية، الأمريكية/الأميركية), by rule name."""
    want = "fem.sg" if gender == "fem" else "masc.sg"
    return sorted(d.form for d in entry.derived if d.rule.startswith(want) and "definite" in d.rule)


def cabinets(mirrors: Path) -> tuple[str, dict[str, tuple[str, str]]]:
    """(source string, Wikidata country QID → (cabinet QID, label)) for countries with one cabinet."""
    repo = mirrors / CABINETS_REPO.replace("/", "+") / "repo"
    commit = subprocess.run(["git", "--git-dir", str(repo), "rev-parse", "HEAD"], check=True,
                            capture_output=True, text=True).stdout.strip()
    text = subprocess.run(["git", "--git-dir", str(repo), "show", f"{commit}:{CABINETS_PATH}"], check=True,
                          capture_output=True, text=True).stdout
    found: dict[str, list[tuple[str, str]]] = {}
    for row in csv.DictReader(io.StringIO(text)):
        if row["cabinet"] and _CABINET_LABEL.match(row["cabinetLabel"]):
            found.setdefault(row["state"], []).append((row["cabinet"], row["cabinetLabel"]))
    return f"github:{CABINETS_REPO}@{commit}:{CABINETS_PATH}", {k: v[0] for k, v in found.items() if len(v) == 1}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("kb", type=Path)
    parser.add_argument("mirrors", type=Path)
    parser.add_argument("out", type=Path)
    args = parser.parse_args(argv)
    if any(not (args.corpus / n).exists() for n in CORPUS_FILES):
        print(f"error: {args.corpus}: not the arabic-news-raw folder", file=sys.stderr)
        return 1
    kb = read_kb(args.kb)
    # names of other entries (hand rows) stay theirs; this script's own earlier rows (in `out`) do not count
    made = set()
    if args.out.exists():
        with args.out.open(encoding="utf-8") as fh:
            made = {r["id"] for r in csv.DictReader(fh, delimiter="\t")}
    known = {match_key(n) for e in kb.entries if e.id not in made for n in (*e.labels_ar, *e.aliases_ar)}
    candidates: list[tuple[str, str, str, str, list[str]]] = []  # (id, cc, english, suffix, names)
    for e in kb.entries:
        if e.kind != "Country":
            continue
        cc = e.id.split(":")[1]
        country_en = e.labels_en[0] if e.labels_en else cc
        for suffix, head, gender, english in TEMPLATES:
            names = [f"{head} {n}" for n in nisba_forms(e, gender)]
            names = [n for n in names if match_key(n) not in known]
            if names:
                candidates.append((f"org:{cc}-{suffix}", cc, english.format(country_en), suffix, names))
    counts = count_names(sorted({n for c in candidates for n in c[4]}), corpus_lines(args.corpus))
    source, cabinet_of = cabinets(args.mirrors)
    rows = []
    for entry_id, cc, english, suffix, names in candidates:
        seen = sorted((n for n in names if counts[n] >= ATTESTED_MIN), key=lambda n: (-counts[n], n))
        if not seen:
            continue
        country = kb[f"country:{cc}"]
        qid, qid_source, note = "", "", ""
        cabinet = cabinet_of.get(country.qid or "") if suffix == "GOVERNMENT" and cc not in NO_CABINET_QID else None
        if cabinet:
            qid, qid_source = cabinet[0], source
            note = f"QID: the country's cabinet '{cabinet[1]}' (Wikidata P1001 {country.qid}); "
        note += "raw news corpus: " + ", ".join(f"{n} {counts[n]}" for n in seen)
        rows.append({"id": entry_id, "type": "government_institution", "qid": qid, "labels_en": english,
                     "labels_ar": seen[0], "aliases_ar": "|".join(seen[1:]), "homographs_ar": "", "country": cc,
                     "part_of": "", "stands_for": f"country:{cc}", "seat_of": "", "qid_source": qid_source,
                     "ar_source": "corpus:arabic-news-raw", "note": note})
    with args.out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, COLUMNS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(sorted(rows, key=lambda r: r["id"]))
    print(f"{len(rows)} institutions ({sum(bool(r['qid']) for r in rows)} with a QID) → {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
