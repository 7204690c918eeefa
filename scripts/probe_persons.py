"""Probe kg's person mentions on raw news nobody wrote a rule for: names it misses, cuts or mistypes.

Paragraphs come from scripts/probe_mentions.py (`sample`, `annotate`: raw news with the dev set's
lines left out, the NLP annotation pickled); this script only reads the linker's final mentions:

    python scripts/probe_mentions.py sample --n 200 --seed 613 --diplomatic --out /tmp/p.jsonl
    python scripts/probe_mentions.py annotate /tmp/p.jsonl /tmp/p.pkl
    python scripts/probe_persons.py /tmp/p.pkl [--examples 15] > /tmp/persons.txt

Candidate classes, to be read by hand (a candidate is no error until judged):

(a) **title, no person**: a person title or honorific (الرئيس، الوزير، السفير، الشيخ، الدكتور …), its
    qualifiers skipped (a nisba, a country, a definite portfolio word), then a word that no final
    mention covers and that is no common word, preposition, verb or title.
(b) **a name typed ORG/LOC after a title**: the word after the title and its qualifiers opens an ORG or
    LOC mention that is not a knowledge-base name of that kind.
(c) **a cut person span**: the word right after a PER mention is a name link (بن، آل، أبو، عبد …), or the
    mention ends on one; or the word right before it is a known given name or a name link.
(e) **an uncovered given name**: a known given name (given_names.tsv, or a KB person's first word) or
    an honorific, and the next word, with no mention over either.
(d) **suspect persons** (precision): PER entities of one word not in the knowledge base, or holding a
    common word, a title or a preposition.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this worktree's kg, not an installed one


def report(annotated: list, examples: int, out=sys.stdout) -> dict[str, int]:
    from kg.link.lexicons import lexicons
    from kg.link.mentions import _Doc
    from kg.link.person_spans import (
        NAME_LINKS,
        PREPOSITIONS,
        clause_opener,
        future_verb,
        honorific,
        title_head,
    )
    from kg.link.resources import Resources

    res = Resources.default()
    lex = lexicons()
    linker = res.linker
    rows: dict[str, list[str]] = defaultdict(list)
    per_count = 0
    for ann in annotated:
        linked = linker.link(ann)
        doc = _Doc(ann)
        toks = doc.toks
        hits = res.gazetteer.find(doc.text)
        qualifiers = {h.start for h in hits if h.is_nisba or h.kind == "Country"}
        pairs = list(zip(linked.annotated.mentions, linked.entities, strict=True))
        pid = ann.document.id

        def over(i: int, _pairs=pairs, toks=toks):
            return next(((m, e) for m, e in _pairs if m.start < toks[i].end and toks[i].start < m.end), None)

        def stop(key: str) -> bool:
            return (key in PREPOSITIONS or future_verb(key, linker._person_words) or clause_opener(key)
                    or title_head(key) is not None or (key in lex.common_words and key not in lex.given_names))

        def words(a: int, n: int = 4, toks=toks) -> str:
            return " ".join(t.text for t in toks[a:a + n])

        for i, tok in enumerate(toks):
            if title_head(tok.key) is None and not honorific(tok.key):
                continue
            if over(i) is not None:
                continue
            j, n = i + 1, 0
            while (j < len(toks) and n < 3 and doc.spaced(toks[j - 1].end, toks[j].start) and over(j) is None
                   and (toks[j].start in qualifiers or honorific(toks[j].key) or title_head(toks[j].key)
                        or (toks[j].key.startswith("ال") and toks[j].key not in lex.given_names))):
                j, n = j + 1, n + 1
            if j >= len(toks) or not doc.spaced(toks[j - 1].end, toks[j].start):
                continue
            hit = over(j)
            line = f"{words(i, j - i)} | {words(j)}   [{pid}]"
            if hit is None:
                if not stop(toks[j].key) and toks[j].key.isalpha() and len(toks[j].key) >= 3:
                    rows["a"].append(line)
            elif hit[0].ner_type in ("ORG", "LOC") and hit[0].start == toks[j].start and hit[1].kb_id is None:
                rows["b"].append(f"{line}  <{hit[0].ner_type}:{hit[0].label}>")
        given = lex.given_names.keys() | linker._given
        i = 0
        while i < len(toks) - 1:  # (e) a given name and the next word, no mention over either
            key, nxt = toks[i].key, toks[i + 1].key
            if (key in given or (honorific(key) and i + 2 < len(toks))) and over(i) is None and over(i + 1) is None \
                    and doc.spaced(toks[i].end, toks[i + 1].start) and not stop(nxt) and nxt.isalpha() \
                    and key not in lex.common_words:
                hit = over(i + 2) if i + 2 < len(toks) else None
                tail = f"<{hit[0].ner_type}:{hit[0].label}>" if hit else ""
                rows["e"].append(f"{words(max(0, i - 2), 2)} | {words(i, 4)}   [{pid}] {tail}")
                i += 2
                continue
            i += 1
        for m, e in pairs:
            if m.ner_type != "PER":
                continue
            per_count += 1
            a = doc.first_tok(m.start)
            b = doc.at_end.get(m.end)
            if b is not None and b + 1 < len(toks) and doc.spaced(toks[b].end, toks[b + 1].start) \
                    and over(b + 1) is None and (toks[b + 1].key in NAME_LINKS or toks[b].key in NAME_LINKS):
                rows["c"].append(f"{m.text} | {words(b + 1, 3)}   [{pid}] (end)")
            if a is not None and a > 0 and doc.spaced(toks[a - 1].end, toks[a].start) and over(a - 1) is None \
                    and (toks[a - 1].key in NAME_LINKS or toks[a - 1].key in lex.given_names):
                rows["c"].append(f"{toks[a - 1].text} | {m.text}   [{pid}] (start)")
            keys = [t.key for t in toks if m.start <= t.start and t.end <= m.end]
            if len(keys) == 1 and e.kb_id is None:
                rows["d"].append(f"{m.text} <one word, not in KB>   [{pid}]")
            elif any(stop(k) and k not in NAME_LINKS for k in keys[1:]):
                rows["d"].append(f"{m.text} <a stop word inside>   [{pid}]")
    names = {"a": "title, no person after it", "b": "ORG/LOC right after a title", "c": "cut person span",
             "d": "suspect persons (precision)", "e": "given name or honorific + word, no mention"}
    print(f"# {len(annotated)} paragraphs, {per_count} PER mentions", file=out)
    for k, title in names.items():
        print(f"\n## ({k}) {title}: {len(rows[k])}", file=out)
        for line in rows[k][:examples]:
            print("  " + line, file=out)
    return {k: len(rows[k]) for k in names}


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("pkl")
    p.add_argument("--examples", type=int, default=15)
    args = p.parse_args(argv)
    with open(args.pkl, "rb") as f:
        annotated = pickle.load(f)
    counts = report(annotated, args.examples)
    print("\n" + " ".join(f"{k}={v}" for k, v in counts.items()))


if __name__ == "__main__":
    main()
