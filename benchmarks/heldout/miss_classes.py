"""Sum `kg evaluate --json` results over samples and count their misses by class, with no names.

For held-out samples the developer may see figures and counts, never the texts or who was missed:
this prints the summed hits/totals per fact kind and, for each kind, how many misses fall in each
of the scorer's reasons (a meeting's record lacking k gold participants and holding j others; no
record in the document; a record claimed by another gold meeting; an official with no post, with
another body, not found), and the gold type of each lacking participant.

    kg evaluate -q --gold S/gold.json --json S.json S/texts      # for each sample S
    python benchmarks/heldout/miss_classes.py S1.json:S1/gold.json S2.json:S2/gold.json
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter

_IRI = re.compile(r"https?://\S+")
_LIST = re.compile(r",\s(?![^()]*\))")


def _reason_class(reason: str) -> str:
    if "lacks" not in reason:
        return re.sub(r"\(tool: .*", "(tool: …)", _IRI.sub("R", reason))
    lack, _, has = reason.split("lacks", 1)[1].partition("; has ")
    n = len([x for x in _LIST.split(lack) if x.strip()])
    extra = f", holds {has.split()[0]} others" if has else ""
    return f"record lacks {n}{extra}"


def main(pairs: list[str]) -> None:
    totals: Counter[str] = Counter()
    classes: Counter[tuple[str, str]] = Counter()
    lacking: Counter[tuple[str, str]] = Counter()
    for pair in pairs:
        result_path, _, gold_path = pair.partition(":")
        result = json.load(open(result_path, encoding="utf-8"))
        if "entities" not in result:
            raise SystemExit(f"{result_path}: not a `kg evaluate --json` result (no entities key)")
        gold = json.load(open(gold_path, encoding="utf-8")) if gold_path else {}
        for kind in ("entities", "officials", "meetings", "treaties"):
            for name, value in result[kind]["counts"].items():
                if isinstance(value, dict) and "hits" in value:
                    totals[f"{kind}.{name}"] += value["hits"]
                    totals[f"{kind}.{name}.of"] += value["total"]
            if kind == "entities":
                for miss in result[kind]["missed"]:
                    classes[(kind, "missed " + miss.get("reason", "").split(" ")[0])] += 1
                continue
            for miss in result[kind]["missed"]:
                reason = miss.get("reason", "")
                classes[(kind, _reason_class(reason))] += 1
                if "lacks" not in reason:
                    continue
                doc = gold.get(miss["doc"] + ".txt", {})
                for item in _LIST.split(reason.split("lacks", 1)[1].partition("; has ")[0]):
                    ref = item.strip().split(" (")[0]
                    types = [e.get("type") for e in doc.get("entities", [])
                             if ref in (e.get("qid"), e.get("canonical_en"), e.get("key"))]
                    label = types[0] if types else ("country by QID" if re.fullmatch(r"Q\d+", ref) else "?")
                    lacking[(kind, label + (", not among kg's entities" if "not among" in item else ""))] += 1
    for name in sorted(k for k in totals if not k.endswith(".of")):
        print(f"{name:24} {totals[name]}/{totals[name + '.of']}")
    print("\nmisses by class")
    for (kind, cls), n in sorted(classes.items()):
        if n:
            print(f"{n:5}  {kind}: {cls}")
    print("\nparticipants or parties lacking, by gold type")
    for (kind, label), n in sorted(lacking.items()):
        print(f"{n:5}  {kind}: {label}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pairs", nargs="+", metavar="RESULT.json:GOLD.json",
                        help="a `kg evaluate --json` result and, after a colon, the gold it was scored on")
    main(parser.parse_args().pairs)
