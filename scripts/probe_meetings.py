"""Probe the meeting and treaty extractors on raw news nobody wrote a rule for.

For each sentence with a meeting, call, visit, reception or signing trigger, compare the
participants (parties) of the records that cite it with the persons and states named in that
sentence and the one before (an official brings his post's country), and print:

* `MISS-PER` / `MISS-STATE`: a person (or state) named in the trigger sentence that no record
  citing the sentence has;
* `MERGED?`: a record with three or more persons, some of them in different clauses;
* `NO-RECORD`: a trigger sentence with two or more persons and no record;
* `T-EXTRA` / `T-ONE`: a treaty with more than two parties, or with one.

Each line carries the construction tags the sentence shows (pronoun or zero subject, passive
agent, bare title, attendees `وحضر`، `بحضور`, delegations, `البلدين`, `بين X وY`, `عن الجانب`,
`كل من`, `مع` far from the verb …), so a hand-judged sample can be counted by construction.

The paragraphs are those `scripts/sample_events.py` samples and annotates (the dev set's lines
left out by line number; its texts are never read):

    python scripts/sample_events.py sample --n 260 --seed 55 --treaty-share 0.3 --out /tmp/ev5_probe.jsonl
    python scripts/sample_events.py annotate /tmp/ev5_probe.jsonl /tmp/ev5_probe.pkl
    python scripts/probe_meetings.py /tmp/ev5_probe.pkl > /tmp/ev5_probe.txt   # --summary for counts only
"""

from __future__ import annotations

import argparse
import pickle
import re
from collections import Counter
from pathlib import Path

TRIGGER = re.compile(r"(استقبل|التقى|يلتقي|التقاه|اجتمع|يجتمع|اجتماع|لقاء|مباحثات|محادثات|اتصال|تلقى|زيارة|يزور|زار"
                     r"|قمة|بحث مع|وقع|يوقع|توقيع|اتفاقية|مذكرة تفاهم|معاهدة|بروتوكول)")
TREATY = re.compile(r"(وقع|يوقع|توقيع|اتفاقية|مذكرة|معاهدة|بروتوكول|اتفاق)")
#: Constructions to count, by a surface pattern of the sentence (and of the one before).
TAGS: dict[str, re.Pattern[str]] = {
    "pronoun": re.compile(r"(استقبله|استقبلها|التقاه|التقاها|اتصل به|به هاتفيا|لقائه|لقائها|زيارته|زيارتها|معه|معها"
                          r"|استقباله|اجتماعه|محادثاته|مباحثاته)"),
    "zero-subj": re.compile(r"^\W*(و|كما |ثم )?(التقى|استقبل|بحث|اجتمع|أجرى|عقد|ناقش|تلقى|وقع|زار)"),
    "passive": re.compile(r"(من قبل|من طرف|استُقبل|واستقبل من)"),
    "attendees": re.compile(r"(وحضر|حضر اللقاء|حضر الاجتماع|وشارك في|حضره)"),
    "bihudur": re.compile(r"بحضور"),
    "delegation": re.compile(r"(وفد|وفدا|الوفد).{0,40}(برئاسة|يرأسه|يترأسه)"),
    "al-baladayn": re.compile(r"(البلدين|الجانبين|الطرفين|البلدان)"),
    "bayna": re.compile(r"بين [^ ]+( [^ ]+){0,5} و"),
    "on-behalf": re.compile(r"(عن الجانب|عن جانب|نيابة عن|عن حكومة|ممثلا عن|من الجانب)"),
    "kull-min": re.compile(r"كل من"),
    "ma-far": re.compile(r"(التقى|اجتمع|بحث|محادثات|مباحثات|اتصالا)( [^ ]+){5,}? مع"),
    "bare-title": re.compile(r"(استقبل|التقى|اتصل)[^ ]* (ولي العهد|الملك|الرئيس|رئيس الوزراء|وزير الخارجية|أمير)"
                             r"( [^ ،.]+)?( [^ ،.]+)?( [^ ،.]+)? (،|\.|$|في|ب|ال)"),
}


def _tags(text: str) -> list[str]:
    return [name for name, pat in TAGS.items() if pat.search(text)]


def probe(annotated: list, summary: bool, every: bool = False) -> Counter:
    from kg.extract.meetings import extract_meetings
    from kg.extract.officials import extract_officials
    from kg.extract.text import DocView
    from kg.extract.treaties import extract_treaties
    from kg.link.resources import Resources

    res = Resources.default()
    counts: Counter = Counter()
    for ann in annotated:
        linked = res.linker.link(ann)
        view = DocView(linked, resources=res)
        off = extract_officials(view)
        meetings = extract_meetings(view, off)
        treaties = extract_treaties(view, off)
        state_of = {p.person.key: p.of for p in off.posts if p.of is not None}
        lines: list[str] = []
        for s in sorted(view.by_sentence):
            toks = view.sentence_tokens(s)
            text = view.span_text(toks[0].index, toks[-1].index)
            if not TRIGGER.search(text):
                continue
            counts["trigger sentences"] += 1
            persons: dict[str, str] = {}
            states: dict[str, str] = {}
            for m in view.mentions_in(toks[0].index, toks[-1].index):
                ref = view.ref(m)
                if view.is_person(m):
                    persons[ref.key] = ref.entity.label
                    if (of := state_of.get(ref.key)) is not None and of.entity.kind == "Country":
                        states.setdefault(of.key, of.entity.label)
                elif ref.entity.kind == "Country":
                    states[ref.key] = ref.entity.label
            recs = [m for m in meetings if s in m.evidence]
            trs = [t for t in treaties if s in t.evidence]
            got = {p.key for r in (*recs, *trs) for p in (getattr(r, "participants", None) or r.parties)}
            prev = view.sentence_tokens(s - 1)
            prev_text = view.span_text(prev[0].index, prev[-1].index) if prev else ""
            tags = _tags(text) + [f"prev:{t}" for t in _tags(prev_text) if t in ("attendees",)]
            flags: list[str] = []
            is_treaty = bool(TREATY.search(text))
            if recs or trs:
                missing = [label for key, label in persons.items() if key not in got]
                if missing and recs:
                    flags.append("MISS-PER " + ", ".join(missing))
                miss_states = [label for key, label in states.items() if key not in got]
                if miss_states and (recs or trs):
                    flags.append("MISS-STATE " + ", ".join(miss_states))
            elif len(persons) >= 2 and not is_treaty:
                flags.append("NO-RECORD")
            elif is_treaty and len(states) >= 2:
                flags.append("T-NO-RECORD")
            for r in recs:
                ppl = [p for p in r.participants if p.entity.kind == "Person"]
                if len(ppl) >= 3:
                    flags.append("MERGED? " + " | ".join(p.entity.label for p in r.participants))
            for t in trs:
                if len(t.parties) > 2:
                    flags.append("T-EXTRA " + " | ".join(p.entity.label for p in t.parties))
                elif len(t.parties) == 1:
                    flags.append("T-ONE " + t.parties[0].entity.label)
            for f in flags:
                counts[f.split(" ")[0]] += 1
                for tag in tags:
                    counts[f"{f.split(' ')[0]}/{tag}"] += 1
            if every and (recs or trs) and not flags:
                flags.append("OK?")  # --all: every record, for judging by hand
            if flags and not summary:
                lines.append(f"  [s{s}] {text}")
                if "pronoun" in tags or "zero-subj" in tags:
                    lines.append(f"      prev: {prev_text[:200]}")
                for r in recs:
                    lines.append(f"      M {r.kind}/{r.status}: " + " | ".join(
                        f"{p.entity.label}<{p.entity.kind[:3]}>" for p in r.participants))
                for t in trs:
                    lines.append(f"      T {t.status} [{t.label}]: " + " | ".join(
                        f"{p.entity.label}<{p.entity.kind[:3]}>" for p in t.parties))
                lines.append(f"      -> {'; '.join(flags)}   tags={','.join(tags)}")
        if lines:
            print(f"=== {ann.document.id}")
            print("\n".join(lines))
        counts["records"] += len(meetings)
        counts["treaty records"] += len(treaties)
    return counts


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pkl", help="annotated paragraphs (scripts/sample_events.py annotate)")
    ap.add_argument("--summary", action="store_true", help="counts only")
    ap.add_argument("--all", action="store_true", help="every sentence with a record, flagged or not")
    args = ap.parse_args(argv)
    counts = probe(pickle.loads(Path(args.pkl).read_bytes()), args.summary, args.all)
    print("\n# counts")
    for key, n in sorted(counts.items()):
        print(f"{n:5d}  {key}")


if __name__ == "__main__":
    main()
