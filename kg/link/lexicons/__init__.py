"""Word lists mined from the gold NER corpora, each word with its corpus count (the evidence).

Rebuilt by `python scripts/mine_mention_lexicons.py ../shared/data`; see that script for what each
file holds and the thresholds. Read once per process.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

_DIR = Path(__file__).resolve().parent


def _read(name: str) -> dict[str, int]:
    out: dict[str, int] = {}
    with open(_DIR / name, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            parts = line.rstrip("\n").split("\t")
            if parts[1].isdigit():  # the header line has a column name here
                out[parts[0]] = int(parts[1])
    return out


@dataclass(frozen=True)
class Lexicons:
    given_names: dict[str, int]  # key → times it opens a gold person's name
    raw_given_names: dict[str, int]  # key → times it opens a name after an honorific in the raw news, or
    # stands in a patronymic chain X بن Y there (nasab_given_names.tsv, scripts/mine_nasab_names.py), or after a
    # feminine honorific (female_given_names.tsv, scripts/mine_female_given_names.py)
    org_heads: dict[str, int]  # key → times it opens a gold organization's name
    org_phrases: dict[tuple[str, ...], int]  # words → times the gold tags them as one ORG
    named_alone: dict[str, int]  # key → times the gold tags the word alone as a name
    title_words: dict[str, int]  # key → times it stands right before a gold person's name
    common_words: dict[str, int]  # key → occurrences; at most 5% inside a gold name, never alone
    person_titles: dict[str, int]  # one-word title heads (raw news corpus counts): a name's edge
    person_honorifics: dict[str, int]  # honorifics before a name (الدكتور، الشيخ), raw corpus counts
    name_followers: dict[str, int]  # clause openers seen right after a KB person's name (raw corpus)
    future_lookalikes: dict[str, int]  # words shaped س + imperfect that are no verb (سيلفا، سيارة), raw corpus
    family_names: dict[str, int]  # definite words the raw news writes mostly after a given name (الفلاني)
    bare_family_names: dict[str, int]  # words without the article written mostly after a given name (حداد)
    # Maghrebi given names with the article (الباجي، الهادي): a name's first word only before another name word
    # (maghrebi_given_names.tsv, scripts/mine_maghrebi_given_names.py; its bare names are in raw_given_names)
    definite_given_names: dict[str, int]


@lru_cache(maxsize=1)
def lexicons() -> Lexicons:
    return Lexicons(
        given_names=_read("given_names.tsv"),
        raw_given_names={**_read("nasab_given_names.tsv"), **_read("raw_given_names.tsv"),
                         **_read("female_given_names.tsv"), **_maghrebi(definite=False)},
        org_heads=_read("org_heads.tsv"),
        org_phrases={tuple(k.split()): n for k, n in _read("org_phrases.tsv").items()},
        named_alone=_read("named_words.tsv"),
        title_words=_read("title_words.tsv"),
        common_words=_read("common_words.tsv"),
        person_titles=_edges("title"),
        person_honorifics=_edges("honorific"),
        name_followers=_read("name_followers.tsv"),
        future_lookalikes=_read("future_lookalikes.tsv"),
        family_names=_read("family_names.tsv"),
        bare_family_names=_read("bare_family_names.tsv"),
        definite_given_names=_maghrebi(definite=True),
    )


def _maghrebi(definite: bool) -> dict[str, int]:
    """maghrebi_given_names.tsv's names with (or without) the article, with their title-slot counts."""
    out: dict[str, int] = {}
    with open(_DIR / "maghrebi_given_names.tsv", encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 5 and parts[1].isdigit() and (parts[4] == "1") == definite:
                out[parts[0]] = int(parts[1]) + int(parts[2])
    return out


def _edges(kind: str) -> dict[str, int]:
    """person_edges.tsv (scripts/derive_person_edges.py): the words of one kind with their counts."""
    out: dict[str, int] = {}
    with open(_DIR / "person_edges.tsv", encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 3 and parts[1].isdigit() and parts[2] == kind:
                out[parts[0]] = int(parts[1])
    return out


@lru_cache(maxsize=1)
def female_given_names() -> dict[str, int]:
    """Women's given names alone (female_given_names.tsv): `raw_given_names` merges them with men's; the
    officials' coreference (kg.extract.title_speakers) needs the gender a given name shows."""
    return _read("female_given_names.tsv")


@lru_cache(maxsize=1)
def locative_places() -> dict[str, int]:
    """Homograph places the raw news writes as the place after a locative preposition (locative_places.tsv,
    scripts/mine_locative_homographs.py, read by hand): name without harakat → locative uses."""
    return _read("locative_places.tsv")
