"""Every minister of a portfolio, by country, from the every-politician-scrapers repositories: the table
`kg.link.portfolio_holders` reads to give a bare "وزير الصحة X" its country.

    PYTHONPATH=. python scripts/kb_portfolio_holders.py /work/.mirror kg/link/kb/curated/portfolio_holders.tsv

News writes its own country's ministers bare (a Saudi paper's "وزير التعليم فلان"), and the KB's office
holders (`scripts/kb_office_holders.py`) hold only heads and foreign/defence ministers. Each country
repository's `html/holders21.csv` lists every Wikidata position-held statement (P39) of the 21st century:
QID, English name, English position, start, end. This script keeps the ministers whose position names a
field kg's vocabulary has a portfolio code for (`kg.extract.vocab.PORTFOLIOS`), one row per (term, code):
"Minister of Health and Population" → health; "Minister of Energy, Industry and Mineral Resources" →
energy and industry. Only clear titles: a deputy, assistant, state, shadow or junior minister ("Minister of
State for …", "Deputy Minister of …") is another post; "Secretary of …" is a minister in the United
States only, "Secretary of State for …" in the United Kingdom only. The positions left unmapped are
counted on stderr. Licence: the repositories carry no licence file; only Wikidata facts (CC0) are taken,
as in `scripts/kb_office_holders.py`. No Arabic name is made here.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from kb_office_holders import COUNTRY_REPOS, ORG, date, git, read_csv, snapshot_date  # noqa: E402

COLUMNS = ("country", "portfolio", "qid", "name_en", "position", "start", "end", "as_of", "source")

#: A field of a ministry's English title → kg portfolio code (`kg.extract.vocab.PORTFOLIOS`).
FIELDS = {
    "foreign affairs": "foreign", "external affairs": "foreign", "europe and foreign affairs": "foreign",
    "defence": "defence", "defense": "defence", "national defence": "defence", "national defense": "defence",
    "interior": "interior", "the interior": "interior", "home affairs": "interior", "internal affairs": "interior",
    "finance": "finance", "finances": "finance", "economy": "economy", "the economy": "economy",
    "national economy": "economy", "economic affairs": "economy", "energy": "energy", "petroleum": "oil",
    "oil": "oil", "trade": "trade", "commerce": "trade", "justice": "justice", "health": "health",
    "public health": "health", "education": "education", "national education": "education",
    "higher education": "education", "agriculture": "agriculture", "information": "information",
    "media": "information", "the treasury": "treasury", "treasury": "treasury", "transport": "transport",
    "transportation": "transport", "industry": "industry", "investment": "investment", "culture": "culture",
    "tourism": "tourism", "labour": "labour", "labor": "labour", "housing": "housing",
    "environment": "environment", "the environment": "environment", "communications": "communications",
    "planning": "planning", "water": "water", "water resources": "water", "electricity": "electricity",
    "youth": "youth", "religious endowments": "awqaf", "religious endowment": "awqaf", "awqaf": "awqaf",
    "endowments": "awqaf", "religious affairs": "awqaf", "islamic affairs": "awqaf",
}
#: Whole titles of one country that name a portfolio without "Minister of".
COUNTRY_TITLES = {
    ("US", "Attorney General"): ("justice",), ("US", "Secretary of State"): ("foreign",),
    ("GB", "Foreign Secretary"): ("foreign",), ("GB", "Home Secretary"): ("interior",),
    ("GB", "Chancellor of the Exchequer"): ("finance",), ("GB", "Defence Secretary"): ("defence",),
}
#: Words that make a title another post than the minister's own.
_NOT_MINISTER = re.compile(r"\b(deputy|assistant|vice|shadow|junior|parliamentary|under|undersecretary|state for|"
                           r"state of|delegate|secretary-general|general secretary|chief|first)\b", re.I)
_MINISTER = re.compile(r"^(?:federal |union |acting )?minister (?:of|for) (?:the )?(.+)$", re.I)
_US_SECRETARY = re.compile(r"^secretary of (?:the )?(.+)$", re.I)
_GB_SECRETARY = re.compile(r"^secretary of state for (?:the )?(.+)$", re.I)


def portfolios(title: str, iso: str) -> tuple[str, ...]:
    """The kg portfolio codes a ministry's English title names (empty for any other post)."""
    title = title.strip()
    if (iso, title) in COUNTRY_TITLES:
        return COUNTRY_TITLES[(iso, title)]
    m = _GB_SECRETARY.match(title) if iso == "GB" else None
    if m is None and iso == "US" and not title.lower().startswith("secretary of state"):
        m = _US_SECRETARY.match(title)
    if m is None:
        if _NOT_MINISTER.search(title):
            return ()
        m = _MINISTER.match(title)
    if m is None:
        return ()
    parts = re.split(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*", m.group(1).strip().lower())
    codes: list[str] = []
    for part in parts:
        code = FIELDS.get(part.strip())
        if code and code not in codes:
            codes.append(code)
    return tuple(codes)


def _clean(name: str) -> str:
    """The name without invisible characters (zero-width spaces, direction marks) and extra spaces."""
    return " ".join(re.sub(r"[\u200b-\u200f\u202a-\u202e\ufeff]", "", name).split())


def rows_of(mirrors: Path, repo_name: str, iso: str, unmapped: Counter) -> list[dict[str, str]]:
    repo = mirrors / f"{ORG}+{repo_name}" / "repo"
    if not repo.exists():
        print(f"skip {repo_name}: not fetched", file=sys.stderr)
        return []
    commit = git(repo, "rev-parse", "HEAD").strip()
    source = f"github:{ORG}/{repo_name}@{commit}:html/holders21.csv"
    as_of = snapshot_date(repo, commit)
    out = []
    for r in read_csv(repo, commit, "html/holders21.csv"):
        title, qid = r.get("position", ""), r.get("personID", "")
        codes = portfolios(title, iso)
        if not codes:
            if re.search(r"\b(minister|secretary)\b", title, re.I):
                unmapped[title] += 1
            continue
        if not re.fullmatch(r"Q[1-9][0-9]*", qid) or not r.get("person"):
            continue
        start, end = date(r.get("start")), date(r.get("end"))
        for code in codes:
            out.append({"country": iso, "portfolio": code, "qid": qid, "name_en": _clean(r["person"]),
                        "position": title, "start": start or "", "end": end or "",
                        "as_of": "" if end else as_of, "source": source})
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("mirrors", type=Path, help="folder of fetched mirrors (every-politician-scrapers+<repo>/repo)")
    ap.add_argument("out", type=Path, help="the TSV to write")
    args = ap.parse_args(argv)
    unmapped: Counter = Counter()
    rows: list[dict[str, str]] = []
    for repo_name, iso in sorted(COUNTRY_REPOS.items()):
        rows.extend(rows_of(args.mirrors, repo_name, iso, unmapped))
    seen: set[tuple[str, ...]] = set()
    unique = []
    for r in sorted(rows, key=lambda r: (r["country"], r["portfolio"], r["start"], r["qid"])):
        key = tuple(r[c] for c in COLUMNS[:7])
        if key not in seen:
            seen.add(key)
            unique.append(r)
    with args.out.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, COLUMNS, delimiter="\t", lineterminator="\n")
        w.writeheader()
        w.writerows(unique)
    by_code = Counter(r["portfolio"] for r in unique)
    print(f"{len(unique)} rows, {len({r['qid'] for r in unique})} persons, {len(COUNTRY_REPOS)} countries; "
          f"by portfolio: {dict(sorted(by_code.items()))}", file=sys.stderr)
    print(f"unmapped minister/secretary titles: {sum(unmapped.values())} statements, {len(unmapped)} titles; "
          f"most frequent: {unmapped.most_common(12)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
