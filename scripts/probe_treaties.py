"""Print every treaty record kg makes on raw news, with its sentences, for judging by hand.

The treaty counterpart of `scripts/probe_meetings.py`: that one flags only one-party and
over-broad treaties; a record that should not exist at all (talks about an agreement, a law,
a company's contract, "the agreement" meaning consensus) is invisible there. Here every record
is printed with the sentences it cites and its parties, numbered, so a sample can be judged
right / not a treaty / wrong or missing party and the classes counted.

The paragraphs come from `scripts/sample_events.py` (dev lines left out by line number; its
texts are never read):

    python scripts/sample_events.py sample --n 160 --seed 606 --treaty-share 1.0 --out /tmp/t6_probe.jsonl
    python scripts/sample_events.py annotate /tmp/t6_probe.jsonl /tmp/t6_probe.pkl
    python scripts/probe_treaties.py /tmp/t6_probe.pkl > /tmp/t6_probe.txt   # --summary for counts only

Trigger sentences with a treaty word and no record are listed as `NO-RECORD` (with the states
the sentence names), so misses can be judged too.
"""

from __future__ import annotations

import argparse
import pickle
import re
from collections import Counter
from pathlib import Path

TREATY = re.compile(r"(اتفاقي|اتفاق|مذكر[ةت]|معاهد[ةت]|بروتوكول|ميثاق|إعلان)")


def probe(annotated: list, summary: bool) -> Counter:
    from kg.extract.officials import extract_officials
    from kg.extract.text import DocView
    from kg.extract.treaties import extract_treaties
    from kg.link.resources import Resources

    res = Resources.default()
    counts: Counter = Counter()
    n = 0
    for ann in annotated:
        linked = res.linker.link(ann)
        view = DocView(linked, resources=res)
        off = extract_officials(view)
        treaties = extract_treaties(view, off)
        counts["paragraphs"] += 1
        counts["treaty records"] += len(treaties)
        lines: list[str] = []
        cited = {s for t in treaties for s in t.evidence}
        for s in sorted(view.by_sentence):
            toks = view.sentence_tokens(s)
            if not toks:
                continue
            text = view.span_text(toks[0].index, toks[-1].index)
            trs = [t for t in treaties if min(t.evidence) == s]
            if s in cited:
                lines.append(f"  [s{s}] {text}")
            elif TREATY.search(text):
                states = sorted({view.ref(m).entity.label for m in view.mentions_in(toks[0].index, toks[-1].index)
                                 if view.ref(m).entity.kind in ("Country", "Organization")})
                lines.append(f"  [s{s}] {text}")
                lines.append(f"      NO-RECORD  named: {' | '.join(states)}")
                counts["no-record sentences"] += 1
            for t in trs:
                n += 1
                counts[f"parties={min(len(t.parties), 3)}"] += 1
                lines.append(f"      T#{n} {t.status} [{t.label}] s{list(t.evidence)}: " + " | ".join(
                    f"{p.entity.label}<{p.entity.kind[:3]}>" for p in t.parties))
        if lines and not summary:
            print(f"=== {ann.document.id}")
            print("\n".join(lines))
    return counts


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pkl", help="annotated paragraphs (scripts/sample_events.py annotate)")
    ap.add_argument("--summary", action="store_true", help="counts only")
    args = ap.parse_args(argv)
    counts = probe(pickle.loads(Path(args.pkl).read_bytes()), args.summary)
    print("\n# counts")
    for key, n in sorted(counts.items()):
        print(f"{n:5d}  {key}")


if __name__ == "__main__":
    main()
