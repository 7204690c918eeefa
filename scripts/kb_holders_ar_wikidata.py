"""Arabic names of mined office holders from Wikidata's Arabic labels, as fetched repositories
state them (issue 13, item 3: a sourced knowledge base of office holders).

    python scripts/kb_holders_ar_wikidata.py /work/.mirror kg/link/kb/curated

`holders_persons.tsv` holds ~900 heads of state and government, foreign and defence ministers
since 2010, mined with their QIDs from `every-politician-scrapers` (`scripts/kb_office_holders.py`),
but only the ~90 that `holders_ar.tsv` names by hand have an Arabic name, so the linker cannot
find the others in Arabic news. Some of the same repositories keep lists taken from the *Arabic*
Wikipedia: a folder `sources/<post>/` whose `meta.json` says `"lang": "ar"` has `wikidata.csv`
(a Wikidata query of the post's holders, `item` = QID, `itemLabel` = the item's Arabic label)
and `scraped.csv` (the Arabic Wikipedia list, each name resolved to its item). This script
reads every such folder in the mirrors (`<mirrors>/every-politician-scrapers+<name>/repo`, bare
git directories as the `fetch` tool makes them) at HEAD, and writes `holders_ar_wikidata.tsv`:
one row per mined person without a hand-cited Arabic name whose QID has an Arabic label there.

Rules (no name is made up or guessed; the QID is the one both files state):
- the label must be Arabic letters and spaces only (no Persian/Urdu letters, no Latin) and have
  two words or more: a one-word label is a given name or a family name alone, which would match
  other persons;
- a label that starts with an honorific (الشيخ، الدكتور، السيد، اللواء …) is not a name as news
  writes it after a title, and is not taken;
- where the files give one QID several labels, the label that the most files give wins, then the
  shorter; a label that the Arabic Wikipedia list (`scraped.csv`) gives too is recorded as such
  (`ar_source` lists every file that gives it).
The build (`kg/link/kb/build/curated.py` through `holders_persons.tsv`) takes these names as
labels of the person; hand rows in `holders_ar.tsv` take precedence (`scripts/kb_office_holders.py`).
Licence: the repositories carry no licence file; only Wikidata facts (CC0: labels, QIDs) are taken.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import subprocess
import sys
from pathlib import Path

ORG = "every-politician-scrapers"
OUT = "holders_ar_wikidata.tsv"
COLUMNS = ("id", "qid", "labels_ar", "ar_source", "note")
_ARABIC_NAME = re.compile(r"^[\u0621-\u063A\u0641-\u064A]+(?: [\u0621-\u063A\u0641-\u064A]+)+$")
HONORIFICS = ("الشيخ", "الدكتور", "السيد", "اللواء", "الفريق", "العميد", "المهندس", "الأمير", "الامير",
              "الملك", "الرئيس", "سمو", "معالي", "فخامة", "د")
_QID = re.compile(r"^Q[1-9][0-9]*$")


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "--git-dir", str(repo), *args], check=True, capture_output=True,
                          text=True).stdout


def is_name(label: str) -> bool:
    """An Arabic personal name as news writes it: Arabic letters, two words or more, no honorific."""
    return bool(_ARABIC_NAME.match(label)) and label.split()[0] not in HONORIFICS


def arabic_labels(mirrors: Path) -> dict[str, dict[str, list[str]]]:
    """QID → Arabic label → the source strings (`github:repo@commit:path`) that give it."""
    found: dict[str, dict[str, list[str]]] = {}
    for repo_dir in sorted(mirrors.glob(f"{ORG}+*")):
        repo = repo_dir / "repo"
        name = f"{ORG}/{repo_dir.name.split('+', 1)[1]}"
        commit = _git(repo, "rev-parse", "HEAD").strip()
        paths = _git(repo, "ls-tree", "-r", "--name-only", commit).split("\n")
        for meta_path in (p for p in paths if p.startswith("sources/") and p.endswith("/meta.json")):
            try:
                meta = json.loads(_git(repo, "show", f"{commit}:{meta_path}"))
            except (json.JSONDecodeError, subprocess.CalledProcessError):
                continue
            if meta.get("lang") != "ar":
                continue
            folder = meta_path[: -len("meta.json")]
            for file in ("wikidata.csv", "scraped.csv"):
                if folder + file not in paths:
                    continue
                text = _git(repo, "show", f"{commit}:{folder}{file}")
                for row in csv.DictReader(io.StringIO(text)):
                    qid, label = (row.get("item") or "").strip(), " ".join((row.get("itemLabel") or "").split())
                    if _QID.match(qid) and is_name(label):
                        found.setdefault(qid, {}).setdefault(label, []).append(f"github:{name}@{commit}:{folder}{file}")
    return found


def choose(labels: dict[str, list[str]]) -> str:
    return min(labels, key=lambda lab: (-len(set(labels[lab])), len(lab), lab))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mirrors", type=Path, help="folder of fetched git mirrors (owner+name/repo)")
    parser.add_argument("curated", type=Path, help="the KB's curated folder")
    args = parser.parse_args(argv)
    try:
        found = arabic_labels(args.mirrors)
        with (args.curated / "holders_persons.tsv").open(encoding="utf-8") as fh:
            persons = list(csv.DictReader(fh, delimiter="\t"))
        with (args.curated / "holders_ar.tsv").open(encoding="utf-8") as fh:
            by_hand = {r["id"] for r in csv.DictReader(fh, delimiter="\t")}
    except (OSError, subprocess.CalledProcessError) as exc:
        print(f"error: cannot read the holder lists under {args.mirrors} or {args.curated}: {exc}", file=sys.stderr)
        return 1
    rows = []
    for person in persons:
        if person["id"] in by_hand or person["qid"] not in found:
            continue
        labels = found[person["qid"]]
        label = choose(labels)
        sources = sorted(set(labels[label]))
        both = any(s.endswith("/wikidata.csv") for s in sources) and any(s.endswith("/scraped.csv") for s in sources)
        others = sorted(set(labels) - {label})
        note = ("Wikidata's Arabic label" + (" and the Arabic Wikipedia list agree" if both else "")
                + (f"; other labels there: {', '.join(others)}" if others else ""))
        rows.append({"id": person["id"], "qid": person["qid"], "labels_ar": label,
                     "ar_source": "|".join(sources), "note": note})
    rows.sort(key=lambda r: r["id"])
    with (args.curated / OUT).open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, COLUMNS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} Arabic names of office holders written to {args.curated / OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
