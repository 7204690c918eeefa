"""`kg kb audit`: what a reader of the KB must know before trusting it (issue 18, item 6).

Four lists over the whole KB, each checked against the sources the KB was built from:

- **single-source**: entries whose QID only one independent source gives
  (`qid_confidence: single-source`, or no second source recorded in `sources`);
- **disagreements**: QIDs where the sources disagreed, with the build's decision and why
  (the header's `qid_decisions`);
- **type violations**: a city whose source row is an administrative unit, not a settlement
  (`kg.link.kb.build.settlement`), a capital that is not the capital the country lists
  name, or whose QID is not the one the capital lists give (`CAPITAL_QIDS`);
- **unattested spellings**: Arabic names of cities and persons that neither a curated
  source gives nor the raw news corpus attests (`kg.link.kb.spelling`).

Type violations are errors (the command exits non-zero); the rest is reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from kg.link.kb.build.cities import _capital_names
from kg.link.kb.build.confirm import confirming_sources
from kg.link.kb.build.curated import CURATED_DIR
from kg.link.kb.build.decisions import CAPITAL_QIDS
from kg.link.kb.build.helpers import _place_key
from kg.link.kb.build.readers import _read_csv
from kg.link.kb.build.settlement import StateIndex, adm_reason
from kg.link.kb.build.sources import DR5HN
from kg.link.kb.model import KBEntry, KnowledgeBase
from kg.link.kb.spelling import ATTESTED_MIN, COUNTED_KINDS

_ROW_ID = re.compile(r"^id=(\d+)$")


@dataclass(frozen=True)
class Finding:
    entry: str
    detail: str


@dataclass
class AuditReport:
    single_source: list[Finding] = field(default_factory=list)
    disagreements: list[Finding] = field(default_factory=list)
    type_violations: list[Finding] = field(default_factory=list)
    unattested: list[Finding] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {"single-source": len(self.single_source), "disagreements": len(self.disagreements),
                "type violations": len(self.type_violations), "unattested spellings": len(self.unattested)}

    def render(self) -> str:
        out = []
        for title, items in (("type violations", self.type_violations), ("disagreements", self.disagreements),
                             ("single-source", self.single_source), ("unattested spellings", self.unattested)):
            out.append(f"== {title}: {len(items)}")
            out.extend(f"  {f.entry}\t{f.detail}" for f in items)
        out.append("counts: " + ", ".join(f"{k} {v}" for k, v in self.counts().items()))
        return "\n".join(out) + "\n"


def _city_row_id(entry: KBEntry) -> str | None:
    for ref in entry.sources:
        m = _ROW_ID.match(ref.row or "")
        if m and ref.source.endswith("cities_extract.tsv"):
            return m.group(1)
    return None


def type_violations(kb: KnowledgeBase, sources: Path) -> list[Finding]:
    """Cities that are administrative units in their source row; capitals that the country
    lists do not name, or whose QID is not the capital lists' one."""
    rows = {r["id"]: r for r in _read_csv(sources / DR5HN / "cities_extract.tsv", delimiter="\t")}
    states = StateIndex(_read_csv(sources / DR5HN / "states.csv"))
    capitals = _capital_names(sources)
    found = []
    for e in kb.entries:
        if e.kind != "City":
            continue
        row_id = _city_row_id(e)
        row = rows.get(row_id) if row_id else None
        if row_id and row is None:
            found.append(Finding(e.id, f"source row id={row_id} not in cities_extract.tsv"))
        if row is not None:
            why = adm_reason(row, states, capital=bool(e.capital_of))
            if why:
                found.append(Finding(e.id, f"not a settlement: {why}"))
        if e.capital_of:
            cc = e.capital_of.split(":", 1)[1]
            names = {_place_key(n) for n in e.labels_en} | ({_place_key(row.get("native", ""))} if row else set())
            if not names & capitals.get(cc, set()):
                found.append(Finding(e.id,
                                     f"capital of {cc}, but the country lists name {sorted(capitals.get(cc, ()))}"))
            for (ccode, name), (qid, _, _) in CAPITAL_QIDS.items():
                if ccode == cc and _place_key(name) in names and e.qid != qid:
                    found.append(Finding(e.id, f"capital QID {e.qid}, the capital lists give {qid}"))
    return found


def single_source(kb: KnowledgeBase) -> list[Finding]:
    """Entries whose QID only one independent source gives."""
    return [Finding(e.id, f"{e.qid} ({', '.join(confirming_sources(e.sources)) or 'curated row'})")
            for e in kb.entries if e.qid and e.qid_confidence == "single-source"]


def disagreements(kb: KnowledgeBase) -> list[Finding]:
    """The QID disagreements between sources and what the build decided (the KB header)."""
    out = [Finding(d.split(":", 1)[0] if d[2:4] == ": " else d.split(" ", 1)[0], d)
           for d in kb.meta.get("qid_decisions", ())]
    out += [Finding(d.split(" ", 1)[0], d) for d in kb.meta.get("qid_disagreements", ())]
    return out


def unattested(kb: KnowledgeBase, leads: dict[str, str] | None = None) -> list[Finding]:
    """Arabic names of cities and persons the news corpus does not attest, with their role:
    an alias (demoted), a label from a reviewed source (CLDR, a curated row), or a label
    with neither (a broken rule, also a failure of `tests/link/test_kb_spelling.py`)."""
    leads = leads or {}
    out = []
    for e in kb.entries:
        if e.kind not in COUNTED_KINDS:
            continue
        counts = dict(e.name_counts)
        reviewed = e.kind == "Person" or any(r.source.startswith("cldr/") for r in e.sources)
        for name in (*e.labels_ar, *e.aliases_ar):
            n = counts.get(name, 0)
            if n >= ATTESTED_MIN:
                continue
            role = "alias" if name in e.aliases_ar else ("label, reviewed source" if reviewed else "LABEL, unreviewed")
            lead = f"; news writes {leads[name]}" if leads.get(name) else ""
            out.append(Finding(e.id, f"{name} ({n}×, {role}){lead}"))
    return out


def read_leads(path: Path) -> dict[str, str]:
    """`news_writes` of `curated/name_counts.tsv`: attested spellings near an unattested name."""
    if not path.exists():
        return {}
    rows = _read_csv(path, delimiter="\t")
    return {r["name"]: r.get("news_writes") or "" for r in rows}


def audit(kb: KnowledgeBase, sources: Path, curated: Path = CURATED_DIR) -> AuditReport:
    return AuditReport(single_source=single_source(kb), disagreements=disagreements(kb),
                       type_violations=type_violations(kb, sources),
                       unattested=unattested(kb, read_leads(curated / "name_counts.tsv")))
