"""Facts found in the seed articles: entities, the share linked, officials, meetings, treaties
(run on demand; it loads the Stanza models).

    python benchmarks/seed_facts.py [--models DIR] [--threads 1] [--published 2025-01-17] [--details]
                                    [--corpus DIR] [--parse off|events|all]

Per article: distinct entities (persons, organizations, places and others, by entity key),
how many of them are linked to Wikidata and the share, then the number of posts
(officials), meetings, treaties and statements. `--details` lists every fact, for checking
by hand. `--parse` runs the parser as `kg build --parse` does. The seeds carry no publication date; `--published` sets
one so relative dates ("اليوم الجمعة") resolve as they would for dated input.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--models", type=Path, default=None, help="model folder (default: KG_MODEL_DIR or shipped)")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--published", type=date.fromisoformat, default=None)
    parser.add_argument("--details", action="store_true")
    parser.add_argument("--corpus", type=Path, default=ROOT / "seeds",
                        help="folder of .txt articles (default: seeds/; benchmarks/other_news/ has texts about "
                             "other countries)")
    parser.add_argument("--parse", choices=("off", "events", "all"), default="off",
                        help="where the POS tagger and parser run (as kg build --parse)")
    args = parser.parse_args()

    from kg.extract import extract_facts
    from kg.extract.arguments import event_sentences
    from kg.link.resolve import link
    from kg.nlp.models import from_environment, shipped
    from kg.nlp.pipeline import ArabicPipeline
    from kg.types import Document

    syntax = {"syntax": args.parse != "off", "parse_sentences": event_sentences if args.parse == "events" else None}
    nlp = ArabicPipeline(shipped(args.models, **syntax) if args.models else from_environment(**syntax),
                         threads=args.threads)
    header = f"{'article':<28}{'entities':>9}{'linked':>8}{'share':>7}{'officials':>10}{'meetings':>9}" \
             f"{'treaties':>9}{'statements':>11}"
    print(header)
    totals = [0] * 6
    details = []
    for path in sorted(args.corpus.glob("*.txt")):
        doc = Document(path.stem, path.read_text(encoding="utf-8"), str(path), published=args.published)
        linked = link(nlp.annotate(doc))
        facts = extract_facts(linked)
        entities = {e.key: e for e in linked.entities}
        linked_n = sum(1 for e in entities.values() if e.qid)
        row = [len(entities), linked_n, len(facts.posts), len(facts.meetings), len(facts.treaties),
               len(facts.statements)]
        totals = [a + b for a, b in zip(totals, row, strict=True)]
        share = linked_n / len(entities) if entities else 0.0
        print(f"{path.stem:<28}{row[0]:>9}{row[1]:>8}{share:>7.0%}{row[2]:>10}{row[3]:>9}{row[4]:>9}{row[5]:>11}")
        if args.details:
            details.append((path.stem, linked, facts))
    share = totals[1] / totals[0] if totals[0] else 0.0
    print(f"{'total':<28}{totals[0]:>9}{totals[1]:>8}{share:>7.0%}{totals[2]:>10}{totals[3]:>9}{totals[4]:>9}"
          f"{totals[5]:>11}")
    for name, linked, facts in details:
        print(f"\n== {name}")
        for e in sorted({e.key: e for e in linked.entities if e.qid}.values(), key=lambda e: e.label):
            print(f"  linked  {e.label} → {e.qid} ({e.link_confidence})")
        for p in facts.posts:
            print(f"  post    {p.person.entity.label} | {p.title} | {p.of.entity.label if p.of else '-'}"
                  f" | «{p.title_text}» (s{p.evidence})")
        for m in facts.meetings:
            print(f"  meeting {m.kind}/{m.status}/{m.cameo} {[r.entity.label for r in m.participants]}"
                  f" @ {m.place.entity.label if m.place else '-'} {m.date.value if m.date else '-'} s{m.evidence}")
        for t in facts.treaties:
            print(f"  treaty  «{t.label}» {t.status} {t.topic} {[r.entity.label for r in t.parties]}"
                  f" years={t.duration_years} articles={t.article_count} areas={','.join(t.areas)} s{t.evidence}")
        for s in facts.statements:
            print(f"  said    {s.speaker.entity.label}: «{s.quote[:70]}» (s{s.evidence})")


if __name__ == "__main__":
    main()
