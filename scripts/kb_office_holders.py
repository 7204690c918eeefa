"""Mine office holders (heads of state and government, foreign and defence ministers) from
the every-politician-scrapers repositories into the KB's curated holder files.

    python scripts/kb_office_holders.py /work/.mirror kg/link/kb/curated

Reads git mirrors made by the `fetch` tool (`<mirrors>/every-politician-scrapers+<repo>/repo`,
bare git directories; each file is read at the mirror's HEAD commit, and that commit is
recorded in every source string) and writes `holders_persons.tsv` and `holders_posts.tsv`
beside the hand-curated `persons.tsv` / `posts.tsv`.

Why these sources: each country repository has two independent lists of the holders of a
post: `html/holders21.csv` (Wikidata position-held statements, P39, of the 21st century)
and `sources/<post>/scraped.csv` (the post's English Wikipedia list, each name resolved to
its QID through the article link). A person whose QID both give for the same post is
`two-source`; a QID from one of them only is `single-source` (issue 18). Global snapshots
add the same pairing for every country: `world-leaders-2021` (`data/wikidata.csv` vs
`data/wikipedia.csv`, heads of state and government in office in 2022) and `world`
(`sources/foreign/wikidata.csv` vs `scraped.csv`, "List of current foreign ministers", late
2022). Dates are Wikidata's where it has them, else the Wikipedia list's; terms that ended
before 2010 are left out. Persons already in `persons.tsv` (same QID, or same country, post
and English name) keep their hand row: only their posts, and a QID the lists confirm, are
added. No Arabic name is made here: Arabic spellings come from cited Arabic pages, by hand,
in `holders_ar.tsv` (merged into `holders_persons.tsv`) or `persons.tsv`.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import subprocess
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

ORG = "every-politician-scrapers"
SINCE = 2010

#: Country repository → ISO 3166-1 alpha-2 code of its country.
COUNTRY_REPOS = {
    "algeria-cabinet": "DZ", "bahrain": "BH", "brazil-ministers": "BR", "canada-cabinet": "CA",
    "china-ministers": "CN", "egypt-ministers": "EG", "ethiopia-ministers": "ET", "france-cabinet": "FR",
    "india-ministers": "IN", "iran-ministers": "IR", "iraq-ministers": "IQ", "israel-ministers": "IL",
    "italy-ministers": "IT", "japan-ministers": "JP", "jordan-ministers": "JO", "kuwait-ministers": "KW",
    "mauritania": "MR", "morocco-ministers": "MA", "oman": "OM", "pakistan-ministers": "PK",
    "russia-cabinet": "RU", "saudi-ministers": "SA", "somalia-cabinet": "SO", "spain-ministers": "ES",
    "sudan": "SD", "syria": "SY", "tunisia-ministers": "TN", "turkey-ministers": "TR", "uae-ministers": "AE",
    "ukraine-cabinet": "UA", "united-kingdom-cabinet": "GB", "us-cabinet": "US", "yemen": "YE",
}

#: Post titles as the repositories write them (`html/holders21.csv`) → KB role. Exact
#: titles only: "President of the Senate", "Premier of Alberta" or "Deputy Prime Minister"
#: are other posts.
ROLE_OF_TITLE = {
    "President": "head_of_state", "King": "head_of_state", "monarch": "head_of_state",
    "emir": "head_of_state", "Sultan": "head_of_state", "Supreme Leader": "head_of_state",
    "Chairman of the Sovereignty Council": "head_of_state",
    "Chairman of the Transitional Military Council": "head_of_state",
    "Prime Minister": "head_of_government", "Premier of the State Council": "head_of_government",
    "Minister of Foreign Affairs": "foreign_minister", "Minister for Foreign Affairs": "foreign_minister",
    "Minister of External Affairs": "foreign_minister", "Minister of External Relations": "foreign_minister",
    "Minister of Europe and Foreign Affairs": "foreign_minister",
    "Minister of Foreign Affairs and Cooperation": "foreign_minister",
    "Minister of Foreign Affairs, European Union and Foreign Aid": "foreign_minister",
    "Federal Minister of Foreign Affairs": "foreign_minister",
    "Foreign Secretary": "foreign_minister",  # the United Kingdom's title (Pakistan's is a civil servant)
    "Secretary of State": "foreign_minister",  # the United States' title
    "Minister of Defence": "defence_minister", "Minister of National Defence": "defence_minister",
    "Minister of National Defense": "defence_minister", "Secretary of Defence": "defence_minister",
    "Federal Minister of Defence": "defence_minister", "Defence Secretary": "defence_minister",
    "Minister of Defence and Armed Forces Logistics": "defence_minister",
}
#: International posts in `world/html/holders21.csv` → (role, KB organisation id).
ORG_POSTS = {"Secretary-General of the United Nations": ("secretary_general", "org:UN")}
#: Titles that mean another post in one country.
NOT_IN = {("Foreign Secretary", "PK"), ("Secretary of State", "GB")}
#: Iran's President heads the government; the Supreme Leader is head of state.
ROLE_FIX = {("President", "IR"): "head_of_government"}

P_COLS = ("id", "qid", "labels_en", "labels_ar", "aliases_ar", "homographs_ar", "country", "qid_source",
          "ar_source", "qid_confidence", "note")
#: Country names written with the article in a post title ("President of the United States").
WITH_THE = {"US", "GB", "AE", "NL", "PH", "CF", "CD", "CG", "KM", "MV", "BS", "GM", "CZ", "DO", "VA", "SB", "MH"}

_DATE = re.compile(r"^[12][0-9]{3}(-[01][0-9](-[0-3][0-9])?)?$")
_QID = re.compile(r"^Q[1-9][0-9]*$")


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True,
                          text=True).stdout


def snapshot_date(repo: Path, commit: str) -> str:
    """The commit date of a mirror's HEAD: an open term was current on that day."""
    return git(repo, "show", "-s", "--format=%cs", commit).strip()


def read_csv(repo: Path, commit: str, path: str) -> list[dict[str, str]]:
    try:
        text = git(repo, "show", f"{commit}:{path}")
    except subprocess.CalledProcessError:
        return []
    return list(csv.DictReader(io.StringIO(text)))


def date(value: str | None) -> str | None:
    value = (value or "").strip()[:10]
    return value if _DATE.match(value) else None


def year(value: str | None) -> int | None:
    return int(value[:4]) if value else None


_ASCII = str.maketrans({"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                        "ð": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ʻ": "", "ʼ": ""})


def slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.translate(_ASCII)).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "x"


@dataclass
class Term:
    """One person in one post, with every source that states it."""

    qid: str
    name: str
    iso: str
    role: str
    title: str
    position: str | None
    start: str | None = None
    end: str | None = None
    of: str | None = None  # an organisation's id for its posts (org:UN); else the country
    as_of: str | None = None  # open terms: the date of the snapshot that lists them (in office then)
    wikidata: list[str] = field(default_factory=list)  # sources from Wikidata statements
    wikipedia: list[str] = field(default_factory=list)  # sources from Wikipedia lists
    notes: list[str] = field(default_factory=list)


def country_names(kb_sources: Path) -> dict[str, str]:
    """ISO code → English country name (dr5hn countries.json, as the KB uses)."""
    rows = json.loads((kb_sources / "dr5hn-countries-states-cities" / "countries.json").read_text())
    return {r["iso2"]: r["name"] for r in rows}


def mine_country(mirrors: Path, repo_name: str, iso: str, terms: dict[tuple[str, str, str, str], Term]) -> None:
    repo = mirrors / f"{ORG}+{repo_name}" / "repo"
    if not repo.exists():
        print(f"skip {repo_name}: not fetched", file=sys.stderr)
        return
    commit = git(repo, "rev-parse", "HEAD").strip()
    ref = f"github:{ORG}/{repo_name}@{commit}:"
    as_of = snapshot_date(repo, commit)
    wanted = {r["title"]: r["position"] for r in read_csv(repo, commit, "wikidata/wanted-positions.csv")}
    # the Wikipedia lists: position QID → rows
    lists: dict[str, tuple[str, list[dict[str, str]]]] = {}
    lists_meta: set[str] = set()  # meta.json of Wikipedia-derived lists (enwiki position or cabinet pages)
    for path in git(repo, "ls-tree", "-r", "--name-only", commit, "sources").split():
        if path.endswith("/meta.json"):
            meta = json.loads(git(repo, "show", f"{commit}:{path}"))
            if "wikipedia.org" in json.dumps(meta):
                lists_meta.add(path)
            folder = path[: -len("meta.json")]
            if meta.get("position") and meta.get("lang", "en") == "en":
                lists[meta["position"]] = (folder + "scraped.csv", read_csv(repo, commit, folder + "scraped.csv"))
    cabinet_lists = []  # current-cabinet lists from Wikipedia: (path, rows with item + positionLabel)
    for path in git(repo, "ls-tree", "-r", "--name-only", commit, "sources").split():
        if path.endswith("/scraped.csv") and path[: -len("scraped.csv")] + "meta.json" in lists_meta:
            rows = read_csv(repo, commit, path)
            if rows and "positionLabel" in rows[0] and "item" in rows[0]:
                cabinet_lists.append((path, rows))
    for row in read_csv(repo, commit, "html/holders21.csv"):
        title = row.get("position", "")
        role = ROLE_OF_TITLE.get(title)
        if not role or (title, iso) in NOT_IN:
            continue
        role = ROLE_FIX.get((title, iso), role)
        qid = row.get("personID", "")
        start, end = date(row.get("start")), date(row.get("end"))
        if not _QID.match(qid) or (end and year(end) < SINCE):
            continue
        position = wanted.get(title)
        key = (qid, iso, role, start or "")  # one Term per term: Netanyahu's two premierships stay apart
        term = terms.get(key)
        if term is None:
            term = terms[key] = Term(qid, row.get("person", ""), iso, role, title, position, start, end,
                                     as_of=None if end else as_of)
        src = ref + "html/holders21.csv"
        if src not in term.wikidata:
            term.wikidata.append(src)
        if position in lists:
            path, rows = lists[position]
            hits = [r for r in rows if r.get("item") == qid]
            if hits:
                if ref + path not in term.wikipedia:
                    term.wikipedia.append(ref + path)
                w_start = date(hits[0].get("startDate"))
                if term.start is None and w_start:
                    term.start = w_start
                if w_start and term.start and w_start[:4] != term.start[:4]:
                    term.notes.append(f"the Wikipedia list gives start {w_start}")
    _cabinet_confirm(terms, iso, ref, cabinet_lists)


def _cabinet_confirm(terms: dict[tuple[str, str, str, str], Term], iso: str, ref: str,
                     cabinet_lists: list[tuple[str, list[dict[str, str]]]]) -> None:
    """A current-cabinet Wikipedia list that names the person in the same role confirms the
    QID of their latest term in that role."""
    for path, rows in cabinet_lists:
        for r in rows:
            label = re.sub(r" of .*$", "", (r.get("positionLabel") or "").strip())
            role = ROLE_OF_TITLE.get(label)
            if not role or (label, iso) in NOT_IN:
                continue
            role = ROLE_FIX.get((label, iso), role)
            term = _current(terms, r.get("item", ""), iso, role)
            if term is not None and ref + path not in term.wikipedia:
                term.wikipedia.append(ref + path)


def mine_global(mirrors: Path, terms: dict[tuple[str, str, str, str], Term], iso_of_qid: dict[str, str]) -> None:
    """world-leaders-2021 (heads, 2022) and world/sources/foreign (foreign ministers, 2022)."""
    repo = mirrors / f"{ORG}+world-leaders-2021" / "repo"
    commit = git(repo, "rev-parse", "HEAD").strip()
    ref = f"github:{ORG}/world-leaders-2021@{commit}:"
    as_of = snapshot_date(repo, commit)
    wiki = {(r["position"], r["officeholder"]) for r in read_csv(repo, commit, "data/wikipedia.csv")}
    for r in read_csv(repo, commit, "data/wikidata.csv"):
        iso, qid, label = iso_of_qid.get(r["countryid"]), r["officeholder"], r["positionLabel"]
        if not iso or not _QID.match(qid):
            continue
        role = _global_role(label, iso)
        if not role:
            continue
        term = _current(terms, qid, iso, role)
        if term is None:
            term = terms[(qid, iso, role, r["start_year"] or "")] = Term(qid, r["officeholderLabel"], iso, role, label,
                                                  r["position"], r["start_year"] or None, r["end_year"] or None,
                                                  as_of=None if r["end_year"] else as_of)
        term.wikidata.append(ref + "data/wikidata.csv")
        if (r["position"], qid) in wiki:
            term.wikipedia.append(ref + "data/wikipedia.csv")
    repo = mirrors / f"{ORG}+world" / "repo"
    commit = git(repo, "rev-parse", "HEAD").strip()
    ref = f"github:{ORG}/world@{commit}:"
    as_of = snapshot_date(repo, commit)
    for r in read_csv(repo, commit, "html/holders21.csv"):  # Wikidata P39 of international posts
        org = ORG_POSTS.get(r["position"])
        start, end = date(r["start"]), date(r["end"])
        if org and _QID.match(r["personID"]) and not (end and year(end) < SINCE):
            role, of = org
            terms[(r["personID"], "", role, start or "")] = Term(
                r["personID"], r["person"], "", role, r["position"], None, start, end, of=of,
                as_of=None if end else as_of, wikidata=[ref + "html/holders21.csv"])
    listed = {(r["country"], r["person"]) for r in read_csv(repo, commit, "sources/foreign/scraped.csv")}
    for r in read_csv(repo, commit, "sources/foreign/wikidata.csv"):
        iso, qid = iso_of_qid.get(r["country"]), r["person"]
        if not iso or not _QID.match(qid or ""):
            continue
        term = _current(terms, qid, iso, "foreign_minister")
        if term is None:
            term = terms[(qid, iso, "foreign_minister", date(r["start"]) or "")] = Term(
                qid, r["name"], iso, "foreign_minister", r["positionLabel"], r["position"], date(r["start"]),
                as_of=as_of)
        term.wikidata.append(ref + "sources/foreign/wikidata.csv")
        if (r["country"], qid) in listed:
            term.wikipedia.append(ref + "sources/foreign/scraped.csv")


def _tokens(name: str) -> set[str]:
    return set(slug(name).split("-")) - {"al", "el", "bin", "ibn"}


def _same_holder(hand: list[dict[str, str]], hand_posts: list[dict[str, str]], term: Term) -> dict[str, str] | None:
    """The one hand row without a QID, of the same country, holding the same post, whose
    name's words are all in the term's name ("Faisal bin Farhan" ~ "Faisal bin Farhan Al Saud")."""
    found = [r for r in hand if not r["qid"] and r["country"] == term.iso
             and _tokens(r["labels_en"]) <= _tokens(term.name)
             and any(p["person"] == r["id"] and p["role"] == term.role for p in hand_posts)]
    return found[0] if len(found) == 1 else None


def _current(terms: dict[tuple[str, str, str, str], Term], qid: str, iso: str, role: str) -> Term | None:
    """The latest term of `qid` in this post (the global lists are snapshots of 2022)."""
    found = [t for k, t in terms.items() if k[:3] == (qid, iso, role)]
    return max(found, key=lambda t: t.start or "") if found else None


def _global_role(label: str, iso: str) -> str | None:
    low = label.lower()
    if (iso == "IR" and low.startswith("president")) or re.match(
            r"president of the (executive yuan|government|council of ministers)\b", low):
        return "head_of_government"  # Iran's President; Taiwan's "President of the Executive Yuan" …
    if re.match(r"(president|king|queen|emir|amir|sultan|supreme leader|monarch|grand duke|prince)\b", low):
        return "head_of_state"
    if re.match(r"(prime minister|premier|chancellor of (germany|austria)|federal chancellor)\b", low):
        return "head_of_government"
    return None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("mirrors", type=Path)
    ap.add_argument("curated", type=Path)
    ap.add_argument("--kb-sources", type=Path, default=Path("../shared/data/kb-sources"))
    args = ap.parse_args()
    names = country_names(args.kb_sources)
    iso_of_qid = {r["wikiDataId"]: r["iso2"] for r in json.loads(
        (args.kb_sources / "dr5hn-countries-states-cities" / "countries.json").read_text()) if r.get("wikiDataId")}
    terms: dict[tuple[str, str, str, str], Term] = {}
    for repo_name, iso in sorted(COUNTRY_REPOS.items()):
        mine_country(args.mirrors, repo_name, iso, terms)
    mine_global(args.mirrors, terms, iso_of_qid)

    with (args.curated / "persons.tsv").open(encoding="utf-8") as fh:
        hand = list(csv.DictReader(fh, delimiter="\t"))
    hand_by_qid = {r["qid"]: r["id"] for r in hand if r["qid"]}
    # a hand row without a QID is the same person when country and English name agree
    hand_by_name = {(r["country"], slug(r["labels_en"])): r for r in hand if not r["qid"]}
    hand_rows = {r["id"]: r for r in hand}
    taken = {r["id"] for r in hand}
    confirmed: dict[str, tuple[set[str], bool]] = {}  # hand id → (QID sources, two-source?)

    with (args.curated / "posts.tsv").open(encoding="utf-8") as fh:
        hand_posts = list(csv.DictReader(fh, delimiter="\t"))
    persons: dict[str, dict[str, str]] = {}
    person_of_qid: dict[str, str] = {}
    posts: list[dict[str, str]] = []
    for term in sorted(terms.values(), key=lambda t: (t.iso, t.role, t.start or "", t.qid)):
        if (term.end and year(term.end) < SINCE) or not term.name.strip() or _QID.match(term.name):
            continue  # ended before 2010, or a QID without a name in the source
        wd, wp = sorted(set(term.wikidata)), sorted(set(term.wikipedia))
        named = hand_by_name.get((term.iso, slug(term.name))) or _same_holder(hand, hand_posts, term)
        if named is None and not term.iso:  # an organisation's post: the name alone, if one hand row has it
            same = [r for r in hand if not r["qid"] and slug(r["labels_en"]) == slug(term.name)]
            named = same[0] if len(same) == 1 else None
        if named is not None and not named["qid"]:
            named["qid"] = term.qid
            hand_by_qid[term.qid] = named["id"]
            named["note"] = "; ".join(filter(None, (named["note"], "QID from the holder lists in qid_source "
                                                    "(same country, post and English name)")))
        pid = hand_by_qid.get(term.qid) or person_of_qid.get(term.qid)
        if pid in hand_rows:
            srcs, two = confirmed.get(pid, (set(), False))
            confirmed[pid] = (srcs | set(wd) | set(wp), two or bool(wd and wp))
        if pid is None:
            pid = f"person:{term.iso or term.of.split(':')[1]}-{slug(term.name)}"
            if pid in taken or pid in persons:
                pid = f"{pid}-{term.qid.lower()}"
            person_of_qid[term.qid] = pid
            persons[pid] = {
                "id": pid, "qid": term.qid, "labels_en": term.name, "labels_ar": "", "aliases_ar": "",
                "homographs_ar": "", "country": term.iso, "qid_source": "|".join(wd + wp), "ar_source": "",
                "qid_confidence": "two-source" if wd and wp else "single-source",
                "note": f"QID of a holder of {term.position or term.title}: Wikidata P39 list"
                        + (" and the English Wikipedia list agree" if wp else " only"),
            }
        elif pid in persons:
            srcs = set(persons[pid]["qid_source"].split("|")) | set(wd) | set(wp)
            persons[pid]["qid_source"] = "|".join(sorted(srcs))
            if wd and wp:
                persons[pid]["qid_confidence"] = "two-source"
        of = term.of or f"country:{term.iso}"
        if any(h["person"] == pid and h["role"] == term.role and h["of"] == of
               and ((h["start"][:4] == (term.start or "")[:4] and h["start"]) or (not h["end"] and not term.end))
               for h in hand_posts):
            continue  # the hand row already states this term (same start year, or both current)
        country = re.sub(r"^The ", "", names.get(term.iso, term.iso))
        title = term.title if term.of or country.lower() in term.title.lower() \
            else f"{term.title} of {'the ' if term.iso in WITH_THE else ''}{country}"
        posts.append({
            "person": pid, "role": term.role, "title_en": title, "of": of,
            "start": term.start or "", "end": term.end or "", "as_of": "" if term.end else (term.as_of or ""),
            "source": "|".join(wd + wp),
            "note": "; ".join(dict.fromkeys(
                ([f"position {term.position}"] if term.position else []) + term.notes
                + ([] if wp else ["Wikidata only"]))),
        })
    # a person's country is the country of their posts; posts in several countries (the
    # monarch of the Commonwealth realms) say nothing about one
    post_countries: dict[str, set[str]] = {}
    for post in posts:
        post_countries.setdefault(post["person"], set()).add(post["of"])
    for pid, person in persons.items():
        if len({c for c in post_countries.get(pid, ()) if c.startswith("country:")}) > 1:
            person["country"] = ""
    # the hand rows: QIDs the holder lists confirm (or give, above) and each row's confidence
    for row in hand:
        srcs, two = confirmed.get(row["id"], (set(), False))
        own = [v for v in row["qid_source"].split("|") if v]
        row["qid_source"] = "|".join(own + sorted(srcs - set(own)))
        n_src = len(row["qid_source"].split("|")) if row["qid_source"] else 0
        row["qid_confidence"] = "" if not row["qid"] else (
            "two-source" if two or n_src >= 2 else "single-source")
    with (args.curated / "persons.tsv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, P_COLS, delimiter="\t", lineterminator="\n")
        w.writeheader()
        w.writerows(hand)
    # Arabic names of mined persons: by hand, each from a cited Arabic page (holders_ar.tsv)
    ar_path = args.curated / "holders_ar.tsv"
    if ar_path.exists():
        with ar_path.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                if row["id"] not in persons:
                    sys.exit(f"holders_ar.tsv: {row['id']} is not a mined person (hand rows take names in persons.tsv)")
                person = persons[row["id"]]
                person["labels_ar"], person["aliases_ar"] = row["labels_ar"], row["aliases_ar"]
                person["ar_source"] = row["ar_source"]
                if row["note"]:
                    person["note"] = f"{person['note']}; Arabic: {row['note']}"
    # then Wikidata's Arabic labels where the Arabic Wikipedia lists of a post give them, for the
    # persons no hand row names (holders_ar_wikidata.tsv, scripts/kb_holders_ar_wikidata.py)
    wd_path = args.curated / "holders_ar_wikidata.tsv"
    if wd_path.exists():
        with wd_path.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                person = persons.get(row["id"])
                if person is None or person["qid"] != row["qid"]:
                    sys.exit(f"holders_ar_wikidata.tsv: {row['id']} {row['qid']} is not a mined person with that QID")
                if person["labels_ar"]:
                    continue  # a hand-cited name comes first
                person["labels_ar"], person["ar_source"] = row["labels_ar"], row["ar_source"]
                person["note"] = f"{person['note']}; Arabic: {row['note']}"
    p_cols = P_COLS
    t_cols = ("person", "role", "title_en", "of", "start", "end", "as_of", "source", "note")
    for name, cols, rows in (("holders_persons.tsv", p_cols, list(persons.values())),
                             ("holders_posts.tsv", t_cols, posts)):
        with (args.curated / name).open("w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, cols, delimiter="\t", lineterminator="\n")
            w.writeheader()
            w.writerows(rows)
    print(f"{len(persons)} new persons, {len(posts)} posts "
          f"({sum(1 for p in persons.values() if p['qid_confidence'] == 'two-source')} two-source persons)",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
