"""Small towns of the news region that the news names as places (held-out LOC misses).

dr5hn's cities enter the KB above a population cut (500,000 in the news region), so a town like
شرم الشيخ or ينبع is unknown to the gazetteer. Its Arabic name alone is no evidence: many of the
source's small places are spelled like common words (الخبر، الجديدة، صالح). A town below the cut is
admitted when the raw news corpus names it as a place: `curated/town_counts.tsv` (mined by
`scripts/mine_town_names.py`) gives, per Arabic name, the times the corpus writes it as whole words
and the times it follows a settlement noun in construct (مدينة، بلدة، قرية، محافظة). A name is
admitted when at least `MIN_AFTER_NOUN` of its uses follow such a noun and they are at least
`MIN_SHARE` of its uses (a common word is written far more often than after مدينة), when the source's
rows of that Arabic name are in one country only, and when it is no tribe's name (بني حسن is a Tunisian
town in the source and a clan of Al-Baha in Saudi news: `بني`/`بنو` names are left out). Its names are
marked homographs (as for the Natural Earth additions): a gazetteer hit on it still needs the NER's
tag or a place context (kg.link.homograph_places), so a town spelled like a verb (تدمر) adds no
mention by itself.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from kg.link.kb.build.drafts import EntryDraft, Summary

TOWN_COUNTS = Path(__file__).resolve().parents[1] / "curated" / "town_counts.tsv"
#: Uses after a settlement noun; and their share of all its uses.
MIN_AFTER_NOUN, MIN_SHARE = 5, 0.1
_TRIBE_WORDS = ("بني ", "بنو ")
#: Read by hand in the raw corpus: names the counts admit but the news mostly means otherwise.
REVIEWED_OUT = {
    "دوما": "also the adverb دوماً 'always', Russia's Duma (مجلس الدوما), and the West Bank village of "
            "قرية دوما بنابلس (about 50 raw uses), which the source lacks: a link to Syria's Douma misleads",
}


@dataclass(frozen=True)
class TownCount:
    name: str
    count: int
    after_noun: int
    countries: str

    @property
    def attested(self) -> bool:
        return (self.after_noun >= MIN_AFTER_NOUN and self.after_noun >= MIN_SHARE * self.count
                and "," not in self.countries and not self.name.startswith(_TRIBE_WORDS)
                and self.name not in REVIEWED_OUT)


def read_town_counts(path: Path = TOWN_COUNTS) -> dict[str, TownCount]:
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as fh:
        return {r["name"]: TownCount(r["name"], int(r["count"]), int(r["after_noun"]), r["countries"])
                for r in csv.DictReader(fh, delimiter="\t")}


def settle_towns(towns: list[EntryDraft], drafts: list[EntryDraft], summary: Summary) -> list[EntryDraft]:
    """The towns whose Arabic names and QID no other entry has (a governorate لحج, a Natural Earth city),
    their names marked homographs."""
    names: set[str] = set()
    for d in drafts:
        names.update(d.labels_ar, d.aliases_ar)
    qids = {d.qid for d in drafts if d.qid}
    kept = []
    for d in towns:
        clash = sorted((set(d.labels_ar) | set(d.aliases_ar)) & names)
        if clash or not d.labels_ar or (d.qid and d.qid in qids):
            summary.dropped.append(f"town {d.id}: another entry has its name or QID ({', '.join(clash) or d.qid})")
            continue
        for text in (*d.labels_ar.values(), *d.aliases_ar.values()):
            if text not in d.homographs:
                d.homographs.append(text)
        kept.append(d)
    return kept
