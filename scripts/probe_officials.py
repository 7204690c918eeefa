"""Officials recall probe on raw news: persons near a title word that get no post.

The officials extractor binds a title to a name by grammar (`kg.extract.titles`,
`kg.extract.holders`, `kg.extract.officials`). To see which constructions of Arabic news it
still misses, without looking at the development set, this script draws paragraphs that
contain a title word from the raw corpus (`scripts/raw_corpus.py`: the dev lines left out),
annotates them once (Stanza, cached as a pickle), extracts the facts, and lists every person
entity with a title word within `--reach` tokens (same sentence, before or after) that holds
no post in the paragraph. Each is printed with the words between title and name and a rough
construction class (what kinds of words stand between), so the misses can be grouped and
judged by hand:

    python scripts/probe_officials.py sample --n 300 [--focus politics] --out /tmp/officials_probe.jsonl
    python scripts/probe_officials.py annotate /tmp/officials_probe.jsonl /tmp/officials_probe.pkl
    python scripts/probe_officials.py probe /tmp/officials_probe.pkl > /tmp/officials_probe.txt
    python scripts/probe_officials.py posts /tmp/officials_probe.pkl > /tmp/officials_posts.txt
    python scripts/probe_officials.py stacks /tmp/officials_probe.pkl > /tmp/officials_stacks.txt

`probe` ends with counts per class; `posts` lists every post extracted (to compare the posts
of two versions of the extractor and hand-check the new ones for correctness); `stacks` lists
the persons with two or more title words near them and the posts they get (two posts, title stacks).
"""

from __future__ import annotations

import argparse
import json
import pickle
import random
import re
import sys
from collections import Counter
from pathlib import Path

import raw_corpus  # scripts/raw_corpus.py, beside this script

#: Title words of the officials lexicon (and of sub-bodies the lexicon may lack).
TITLE_WORDS = ("وزير", "رئيس", "سفير", "أمين عام", "الأمين العام", "مبعوث", "مستشار", "نائب", "متحدث",
               "ناطق", "مندوب", "ملك", "أمير", "ولي العهد", "عاهل", "سلطان", "مدير", "قائد", "محافظ",
               "وكيل", "مساعد", "زعيم", "رئيسة", "وزيرة", "المفوض", "الممثل", "حاكم", "مرشد", "كاتب الدولة")
TITLE = re.compile(r"(?<!\w)(?:و|ف)?(?:ب|ل)?(?:ال|ل)?(?:" + "|".join(TITLE_WORDS) + r")(?:ة|ا|ان|ين|ي|اء)?(?!\w)")
#: Stems a token (without clitics and article) starts with to count as a title word in the probe.
_STEMS = ("وزير", "رئيس", "سفير", "أمين", "امين", "مبعوث", "مستشار", "نائب", "متحدث", "ناطق", "مندوب",
          "ملك", "أمير", "امير", "ولي", "عاهل", "سلطان", "مدير", "قائد", "محافظ", "وكيل", "مساعد", "زعيم",
          "مفوض", "ممثل", "حاكم", "مرشد", "كاتب", "قنصل", "نظير", "وزراء")


#: `--focus politics`: a national or diplomatic office, a ministry or an international body too.
POLITICS = re.compile(r"(وزير|وزيرة|وزارة|سفير|سفارة|مبعوث|الأمين العام|ولي العهد|العاهل|رئيس الوزراء|رئيس الحكومة"
                      r"|الأمم المتحدة|الجامعة العربية|الاتحاد الأوروبي|الخارجية|الرئيس ال\w+ي\b)")


#: `--focus stacks`: two posts or a title stack (an envoy's postings, the dean of the corps, a chargé, a
#: minister of state, a counterpart, "بلاده"); branch officials6 drew 120 with `--n 120 --seed 6`.
STACKS = re.compile(r"(سفير\S* [^.،]{0,40}(لدى|في) [^.]{0,60}(و|، )(رئيس|عميد|مندوب|الممثل|نائب)|عميد السلك"
                    r"|المندوب الدائم|القائم بالأعمال|وزير خارجية بلاده|نائب رئيس الوزراء وزير|وزير الدولة)")


def sample(n: int, seed: int, focus: str = "any") -> list[dict]:
    """n paragraphs of 20–160 words with a title word, drawn at random (fixed seed), one per story;
    `focus="politics"` keeps those that also name a national or diplomatic office or body;
    `focus="stacks"` those with two posts or a title stack (`STACKS`)."""
    pool = []
    for corpus, line_no, line in raw_corpus.lines():
        words = len(line.split())
        if focus == "stacks":
            if 20 <= words <= 140 and STACKS.search(line):
                pool.append({"id": f"{corpus[:3]}{line_no}", "text": line.strip()})
            continue
        if 20 <= words <= 160 and TITLE.search(line) and (focus == "any" or POLITICS.search(line)):
            pool.append({"id": f"{corpus[:3]}{line_no}", "text": line.strip()})
    return raw_corpus.one_per_story(random.Random(seed).sample(pool, min(len(pool), n * 2)), n)


annotate = raw_corpus.annotate


def _title_word(tok) -> bool:
    """The token, without its clitics and article, starts with a title stem."""
    from kg.link.normalize import match_key

    stems = tuple(match_key(s) for s in _STEMS)
    for form in tok.forms:
        bare = form[2:] if form.startswith("ال") else form
        if bare.startswith(stems) and len(bare) <= len(match_key(max(_STEMS, key=len))) + 3:
            return True
    return False


def _kinds(view, first: int, last: int) -> list[str]:
    """A rough kind for each token between title and name."""
    from kg.extract import vocab
    from kg.extract.titles import HEADS

    out = []
    t = first
    while t <= last:
        tok = view.tokens[t]
        m = view.token_mention.get(t)
        if m is not None and not view.is_person(m):
            kind = view.ref(m).entity.kind
            out.append(f"M:{kind[:4]}")
            t = view.mention_span[m][1] + 1
            continue
        if view.nisba(t) is not None:
            out.append("NISBA")
        elif tok.key in ("(", ")"):
            out.append("PAREN")
        elif tok.key in ("،", ","):
            out.append("COMMA")
        elif tok.key in ("-", "–", ":"):
            out.append("DASH")
        elif tok.punct:
            out.append("QUOTE" if tok.key in "«»\"“”'" else "PUNCT")
        elif tok.is_(vocab.HONORIFICS):
            out.append("HON")
        elif tok.is_(vocab.NOT_CURRENT) or tok.is_(vocab.ORDINALS) or tok.is_(vocab.FILLERS):
            out.append("FILL")
        elif tok.is_(HEADS.first_words) or _title_word(tok):
            out.append("HEAD")
        elif tok.key.startswith(("لل", "ل")) and not tok.key.startswith("ال"):
            out.append("LAM")
        elif any(f.startswith("ال") for f in tok.forms):
            out.append("DEF")
        else:
            out.append("W")
        t += 1
    return out


def _collapse(kinds: list[str]) -> str:
    out: list[str] = []
    for k in kinds:
        if not out or out[-1] != k:
            out.append(k)
    return " ".join(out) or "-"


def _views(annotated: list):
    from kg.extract.registry import run_pipeline
    from kg.extract.text import DocView
    from kg.link.resources import Resources

    res = Resources.default()
    for ann in annotated:
        linked = res.linker.link(ann)
        view = DocView(linked, resources=res)
        yield ann, view, run_pipeline(view)


def probe(annotated: list, reach: int) -> None:
    """Print the unposted persons near a title word, grouped by construction class."""
    from kg.extract.titles import parse_title

    classes: Counter[str] = Counter()
    n_persons = n_posts = n_with_of = n_missed = 0
    for ann, view, results in _views(annotated):
        off = results.get("officials")
        posts = off.posts if off is not None else []
        n_posts += len(posts)
        n_with_of += sum(p.of is not None for p in posts)
        posted = {p.person.key for p in posts}
        persons: dict[str, list[int]] = {}
        for m in view.mention_span:
            if view.is_person(m):
                persons.setdefault(view.ref(m).key, []).append(m)
        n_persons += len(persons)
        lines = []
        for key, ms in persons.items():
            if key in posted:
                continue
            best = None
            for m in ms:
                first, last = view.mention_span[m]
                sent = view.tokens[first].sentence
                for t in range(max(0, first - reach), min(len(view.tokens), last + reach + 1)):
                    if first <= t <= last or view.tokens[t].sentence != sent or not _title_word(view.tokens[t]):
                        continue
                    if t in view.token_mention and view.is_person(view.token_mention[t]):
                        continue
                    dist = first - t if t < first else t - last
                    if best is None or dist < best[0]:
                        best = (dist, m, t)
            if best is None:
                continue
            _, m, t = best
            first, last = view.mention_span[m]
            if t < first:
                side = "T>N"
                kinds = _kinds(view, t + 1, first - 1)
                ctx = view.span_text(t, last)
            else:
                side = "N>T"
                kinds = _kinds(view, last + 1, t - 1)
                ctx = view.span_text(first, min(len(view.tokens) - 1, t + 4))
            parsed = "parsed" if parse_title(view, t) is not None else "unparsed"
            cls = f"{side} {_collapse(kinds)} [{parsed}]"
            classes[cls] += 1
            n_missed += 1
            lines.append(f"  - {view.mentions[m].text} | {cls} | {view.tokens[t].text} | …{ctx}…")
        if lines:
            print(f"=== {ann.document.id}\n{ann.document.text}")
            print("\n".join(lines))
            print()
    print(f"# paragraphs {len(annotated)}, persons {n_persons}, posts {n_posts} (with of: {n_with_of}), "
          f"persons near a title without a post {n_missed}")
    for cls, n in classes.most_common():
        print(f"{n:4d}  {cls}")


def posts(annotated: list) -> None:
    """Every post, one line each: paragraph, person, role, portfolio, of, title as written; a post held
    before ("الرئيس السابق X", `kg.extract.former_posts`) ends with "(former)"."""
    for ann, _view, results in _views(annotated):
        off = results.get("officials")
        for p in [*off.posts, *getattr(off, "former", ())] if off is not None else []:
            of = p.of.entity.label if p.of is not None else "-"
            former = "" if getattr(p, "current", True) else "\t(former)"
            print(f"{ann.document.id}\t{p.person.entity.label}\t{p.role}\t{p.portfolio or '-'}\t{of}\t{p.title_text}"
                  f"{former}")


def stacks(annotated: list, reach: int) -> None:
    """Persons with two or more title words within `reach` tokens (same sentence), each with the
    words around it and the posts the extractor gives them: the two-post and title-stack
    constructions, to judge by hand which post the tool keeps and which it loses."""
    n_persons = n_posts = 0
    for ann, view, results in _views(annotated):
        off = results.get("officials")
        by_person: dict[str, list] = {}
        for p in off.posts if off is not None else []:
            by_person.setdefault(p.person.key, []).append(p)
        for m, (first, last) in sorted(view.mention_span.items(), key=lambda x: x[1]):
            if not view.is_person(m):
                continue
            sent = view.tokens[first].sentence
            lo, hi = max(0, first - reach), min(len(view.tokens), last + reach + 1)
            near = [t for t in range(lo, hi) if not first <= t <= last and view.tokens[t].sentence == sent
                    and _title_word(view.tokens[t])
                    and not (t in view.token_mention and view.is_person(view.token_mention[t]))]
            if len(near) < 2:
                continue
            n_persons += 1
            got = by_person.get(view.ref(m).key, [])
            n_posts += bool(got)
            posts_text = "; ".join(f"{p.role}{':' + p.portfolio if p.portfolio else ''}"
                                   f"@{p.of.entity.label if p.of else '-'}" for p in got) or "NO POST"
            print(f"{ann.document.id}\t{view.mentions[m].label}\t{posts_text}\t…{view.span_text(lo, hi - 1)}…")
    print(f"# {n_persons} persons with two or more title words near; {n_posts} with a post", file=sys.stderr)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sample")
    s.add_argument("--n", type=int, default=300)
    s.add_argument("--seed", type=int, default=5)
    s.add_argument("--focus", choices=("any", "politics", "stacks"), default="any")
    s.add_argument("--out", required=True)
    a = sub.add_parser("annotate")
    a.add_argument("jsonl")
    a.add_argument("pkl")
    p = sub.add_parser("probe")
    p.add_argument("pkl")
    p.add_argument("--reach", type=int, default=10)
    q = sub.add_parser("posts")
    q.add_argument("pkl")
    k = sub.add_parser("stacks")
    k.add_argument("pkl")
    k.add_argument("--reach", type=int, default=8)
    args = ap.parse_args(argv)
    if args.cmd == "sample":
        items = sample(args.n, args.seed, args.focus)
        Path(args.out).write_text("".join(json.dumps(it, ensure_ascii=False) + "\n" for it in items), encoding="utf-8")
        print(f"{len(items)} paragraphs -> {args.out}", file=sys.stderr)
    elif args.cmd == "annotate":
        items = [json.loads(x) for x in Path(args.jsonl).read_text(encoding="utf-8").splitlines()]
        Path(args.pkl).write_bytes(pickle.dumps(annotate(items)))
    elif args.cmd == "probe":
        probe(pickle.loads(Path(args.pkl).read_bytes()), args.reach)
    elif args.cmd == "stacks":
        stacks(pickle.loads(Path(args.pkl).read_bytes()), args.reach)
    else:
        posts(pickle.loads(Path(args.pkl).read_bytes()))


if __name__ == "__main__":
    main()
