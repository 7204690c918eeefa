"""The first-level divisions of Arab states as their own news writes them: an administrative noun and a
name ("منطقة تبوك"، "ولاية صفاقس"، "محافظة حجة"), each pair with its state.

One table, `lexicons/home_regions.tsv` (names from dr5hn/countries-states-cities `states.csv`, each pair
with its raw-news count; `scripts/mine_home_regions.py` rebuilds it), serves three stages: the KB build
makes each pair the name of the division's entry (`kg.link.kb.build.divisions`: "منطقة الرياض" is the
region, not the city); here, a name after its own noun is a place mention even where it is also a
common word (`kg.link.place_heads`:
"محافظة حجة" is the Yemeni governorate, not "an argument"; where the KB holds the pair, its gazetteer hit,
noun and name, is the mention and wins over the name alone); in `kg.extract.home_regions`, such a pair
tells which state a paragraph is set in.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from kg.link.normalize import match_key

TABLE = Path(__file__).resolve().parent / "lexicons" / "home_regions.tsv"


def load_regions(path: Path = TABLE) -> list[tuple[str, str, str]]:
    """(KB country id, noun, name) rows of the table."""
    return [(country, noun, name) for country, noun, name, _ in region_rows(path)]


def region_rows(path: Path = TABLE) -> list[tuple[str, str, str, int]]:
    """(KB country id, noun, name, raw-news paragraphs) rows of the table (the KB build makes a division
    entry of each, `kg.link.kb.build.divisions`)."""
    return [(c, noun, name, int(n)) for c, noun, name, n in
            country_rows(path, ("country", "noun", "name", "paragraphs"))]


def country_rows(path: Path, columns: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The rows of a tab-separated division table whose first column is a KB country id (`country:XX`),
    checked against `columns` (a `paragraphs` column holds a count, a `source` column is not empty);
    comment lines (#) and the header are skipped. Raises ValueError naming the file and line."""
    digits = [i for i, c in enumerate(columns) if c == "paragraphs"]
    needed = [i for i, c in enumerate(columns) if c == "source"]
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith(("#", "country\t")):
            continue
        cols = line.split("\t")
        if (len(cols) != len(columns) or not cols[0].startswith("country:")
                or not all(cols[i].isdigit() for i in digits) or not all(cols[i] for i in needed)):
            raise ValueError(f"{path.name} line {n}: expected {', '.join(columns)}")
        out.append(tuple(cols))
    return out


@lru_cache(maxsize=1)
def division_names() -> dict[str, frozenset[tuple[str, ...]]]:
    """Match key of an administrative noun → the match-key words of the names the table writes after it."""
    out: dict[str, set[tuple[str, ...]]] = {}
    for _, noun, name in load_regions():
        out.setdefault(match_key(noun), set()).add(tuple(match_key(w) for w in name.split()))
    return {noun: frozenset(names) for noun, names in out.items()}


__all__ = ["TABLE", "division_names", "load_regions", "region_rows"]
