"""Derive the link layer's list of words that stand at a person's name's edge from the title table.

`kg.link` may not import `kg.extract` (tests/test_layers.py), yet the mention repair must know the
title heads that the NER swallows into a person's span (`علاء يوسف المتحدث`, `الرئيس X`). This copies
the one-word title heads and honorifics of `kg/extract/title_counts.tsv` (mined from the raw news
corpus by scripts/mine_titles.py; its count is each word's evidence) into a data file the link layer
reads. Rebuild:

    python scripts/derive_person_edges.py kg/extract/title_counts.tsv -o kg/link/lexicons/person_edges.tsv
"""

from __future__ import annotations

import argparse
from pathlib import Path

#: kinds of title_counts.tsv's `known` column copied, and what they are called here.
_KINDS = {"head": "title", "honorific/filler": "honorific"}
#: Honorifics that are no edge of a name: الله (حفظه الله), ايه, دوله, الملكي are parts of phrases.
_NOT_EDGES = {"الله", "ايه", "دوله", "الملكي", "د", "صاحب", "السمو", "سمو", "المعالي", "الفخامه", "الجلاله"}


def derive(table: Path) -> list[tuple[str, str, int]]:
    rows = []
    for line in table.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 4 or parts[0] != "form" or " " in parts[1] or parts[3] not in _KINDS:
            continue
        if parts[1] in _NOT_EDGES:
            continue
        rows.append((parts[1], _KINDS[parts[3]], int(parts[2])))
    return sorted(rows, key=lambda r: (-r[2], r[0]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("table", type=Path)
    ap.add_argument("-o", "--out", type=Path, required=True)
    args = ap.parse_args()
    rows = derive(args.table)
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(f"# scripts/derive_person_edges.py from {args.table.name} (raw news corpus counts)\n")
        f.write("key\tcount\tkind\n")
        for key, kind, n in rows:
            f.write(f"{key}\t{n}\t{kind}\n")


if __name__ == "__main__":
    main()
