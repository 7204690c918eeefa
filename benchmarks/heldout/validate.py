"""Check that an annotator's gold.json reads as `kg evaluate` reads it (it runs no extraction).

    python benchmarks/heldout/validate.py <OUT>/<SET>     # a folder with texts/ and gold.json

Prints documents without gold, gold without a text, every reference that names no gold entity
(nothing a tool could match), and the counts per fact kind.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from kg.evaluate.gold import parse_gold


def main(folder: Path) -> int:
    data = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    texts = {p.name for p in (folder / "texts").glob("*.txt")}
    docs = {k for k in data if not k.startswith("_") and k != "cross_document"}
    print("documents without gold:", sorted(texts - docs))
    print("gold without a text:", sorted(docs - texts))
    gold = parse_gold(data, str(folder / "gold.json"))
    for warning in gold.warnings:
        print("WARNING", warning)
    for kind in ("entities", "officials", "meetings", "treaties"):
        print(kind, sum(len(getattr(d, kind)) for d in gold.documents))
    return 1 if gold.warnings or texts != docs else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
