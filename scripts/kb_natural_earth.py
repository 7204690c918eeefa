"""Extract Natural Earth's populated places (with their Wikidata and GeoNames ids) into the KB's
curated folder: a second, independent QID source for cities (issue 18, item 1).

    python scripts/kb_natural_earth.py /work/.mirror kg/link/kb/curated

Reads the git mirror of `martynafford/natural-earth-geojson` (as the `fetch` tool makes it:
`<mirrors>/martynafford+natural-earth-geojson/repo`, a bare git directory) at its HEAD commit:
`10m/cultural/ne_10m_populated_places.7z` (Natural Earth 1:10m populated places converted to
GeoJSON with ogr2ogr; 7,343 points). Needs the `7z` program (Debian `p7zip-full`) to unpack.
Writes `naturalearth_places.tsv`: one row per place with a QID (`wikidataid`), with its ISO
country code, names (English forms and `name_ar`, the Arabic name Natural Earth took from
Wikidata in its releases from 4.1 on; the mirrored conversion is of an older release without
it, so the column is empty today and the build takes Arabic names from CLDR and dr5hn), feature class, coordinates,
population and GeoNames id. The commit is written in the file's first line (`# source: github:…@<commit>:<path>`), so
the build cites it.

Why Natural Earth: it is made independently of dr5hn's city table (its QIDs were matched by
the Natural Earth project, its points are its own), it types each point (populated place,
admin-0/admin-1 capital; no districts), and it is public domain, so the facts can be taken
freely. Only facts are copied (ids, names, coordinates, figures), no geometry beyond a point.
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = "martynafford/natural-earth-geojson"
PATH = "10m/cultural/ne_10m_populated_places.7z"
OUT = "naturalearth_places.tsv"
COLUMNS = ("iso2", "name", "name_ascii", "name_alt", "name_en", "name_ar", "featurecla", "lat", "lon",
           "pop_max", "geonameid", "qid")


def _git(repo: Path, *args: str) -> bytes:
    return subprocess.run(["git", "--git-dir", str(repo), *args], check=True, capture_output=True).stdout


def _number(value: object) -> str:
    if value in (None, "", -99, -99.0):
        return ""
    number = float(value)  # type: ignore[arg-type]
    return str(int(number)) if number.is_integer() else f"{number:.5f}"


def extract(mirrors: Path, out_dir: Path) -> int:
    repo = mirrors / REPO.replace("/", "+") / "repo"
    commit = _git(repo, "rev-parse", "HEAD").decode().strip()
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "places.7z"
        archive.write_bytes(_git(repo, "cat-file", "blob", f"{commit}:{PATH}"))
        subprocess.run(["7z", "x", "-y", f"-o{tmp}", str(archive)], check=True, capture_output=True)
        data = json.loads(next(Path(tmp).glob("*.json")).read_text(encoding="utf-8"))
    rows = []
    for feature in data["features"]:
        p = feature["properties"]
        qid = (p.get("wikidataid") or "").strip()
        iso2 = (p.get("ISO_A2") or "").strip()
        if not qid or len(iso2) != 2:
            continue
        rows.append({
            "iso2": iso2, "name": p.get("NAME") or "", "name_ascii": p.get("NAMEASCII") or "",
            "name_alt": p.get("NAMEALT") or "", "name_en": p.get("NAME_EN") or "",
            "name_ar": " ".join((p.get("NAME_AR") or "").split()),
            "featurecla": p.get("FEATURECLA") or "", "lat": _number(p.get("LATITUDE")),
            "lon": _number(p.get("LONGITUDE")), "pop_max": _number(p.get("POP_MAX")),
            "geonameid": _number(p.get("GEONAMEID")), "qid": qid,
        })
    rows.sort(key=lambda r: (r["iso2"], r["name"], r["qid"]))
    out = out_dir / OUT
    with out.open("w", encoding="utf-8", newline="") as fh:
        fh.write(f"# source: github:{REPO}@{commit}:{PATH} (Natural Earth, public domain)\n")
        writer = csv.DictWriter(fh, COLUMNS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return len(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mirrors", type=Path, help="folder of fetched git mirrors (owner+name/repo)")
    parser.add_argument("curated", type=Path, help="the KB's curated folder")
    args = parser.parse_args(argv)
    try:
        n = extract(args.mirrors, args.curated)
    except (OSError, subprocess.CalledProcessError, StopIteration) as exc:
        print(f"error: cannot extract Natural Earth places from {args.mirrors}: {exc}", file=sys.stderr)
        return 1
    print(f"{n} places written to {args.curated / OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
