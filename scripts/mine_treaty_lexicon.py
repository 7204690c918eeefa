"""Count the words of agreements in the raw news corpus, to grow the treaty lexicon from data.

For every paragraph of `../shared/data/arabic-news-raw/*.txt.gz` the tokens are folded with
`match_key` (hamzas, ة/ه, ى/ي), their proclitics (و ف ب ل ك، لل) stripped, and each token
whose stem looks like an agreement noun (اتفاق*، معاهد*، ميثاق، بروتوكول، مذكر* تفاهم،
إعلان، برنامج تنفيذي، عقد، and the misspellings the corpus shows) is a *head*. Around
every head the script counts:

- ``head``      the head's surface key (with clitics), e.g. "والاتفاقيات";
- ``next``      the head and the word after it ("مذكره تفاهم", "اتفاقيه تعاون", "الاتفاق علي");
- ``verb``      words in the four tokens before the head that look like verbs or verbal
                nouns of signing, ratifying, negotiating (وقع، ابرم، امضاء، صادق، تفاوض …);
- ``after``     the same, in the three tokens after the head ("الاتفاقيه الموقعه").

Ranked by count, the top of each table is written to `scripts/treaty_counts.tsv`
(kind, form, count). The curated lexicon `kg/extract/lexicon/treaties.tsv` keeps, for
each entry chosen by hand from this table, the count it had here.

Rebuild:  python scripts/mine_treaty_lexicon.py > scripts/treaty_counts.tsv

With ``--evidence FILE.tsv`` it fills the count column of the curated lexicon instead: the
number of paragraphs where the entry occurs *in its role* — a head or phrase anywhere; a
modifier right after a head; a status cue or signing verb within six words of a head; a
past-context word right before a signing noun; a consensus word right before or after
"اتفاق" with "على" ("تم الاتفاق على", "الاتفاق على أهمية").

    python scripts/mine_treaty_lexicon.py --evidence kg/extract/lexicon/treaties.tsv
"""

from __future__ import annotations

import gzip
import re
import sys
from collections import Counter
from pathlib import Path

from kg.link.normalize import clitic_splits, match_key

RAW = Path(__file__).resolve().parent.parent / ".." / "shared" / "data" / "arabic-news-raw"
_WORD = re.compile(r"\w+")
#: Stems of agreement nouns, after clitics: broad on purpose (typos such as اتفاقبة are kept).
_HEAD = re.compile(r"^(ال)?(اتفا[قف]\w*|معاهد\w*|ميثاق\w*|مواثيق|ب[ر]?[و]?توكول\w*|مذكر\w*|اعلان|برنامج|برامج|"
                   r"عقد|عقود|صفق\w*)$")
#: Stems that look like verbs or verbal nouns of treaty making (counted near a head).
_VERB = re.compile(r"^(س?[يتن]?(وقع|وقيع|ابرم|برم|مض|امض|صادق|صدق|فاوض|فاوض|تفاوض|وافق|اقر|جدد|تجديد|"
                   r"فعيل|فعل|نفذ|نفيذ|انضم|انسحب|لغي|لغا|صياغ|عداد)\w*|توقيع\w*|امضاء\w*|ابرام\w*|"
                   r"مصادق\w*|تصديق\w*|تم|سيتم|يتم|الموقع\w*|المبرم\w*|موقع\w*|مبرم\w*)$")
_NEEDS_NEXT = {"مذكره", "مذكرات", "المذكره", "اعلان", "الاعلان", "برنامج", "البرنامج", "برامج", "عقد", "العقد",
               "عقود", "العقود", "صفقه", "الصفقه"}


def _stem(key: str, pattern: re.Pattern[str]) -> str | None:
    for _, rest in clitic_splits(key, article=False):
        if pattern.match(rest):
            return rest
    return None


def count(paths: list[Path]) -> dict[str, Counter[str]]:
    tables: dict[str, Counter[str]] = {k: Counter() for k in ("head", "next", "verb", "after")}
    for path in paths:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                keys = [match_key(w) for w in _WORD.findall(line)]
                for i, key in enumerate(keys):
                    stem = _stem(key, _HEAD)
                    if stem is None:
                        continue
                    nxt = keys[i + 1] if i + 1 < len(keys) else ""
                    tables["next"][f"{stem} {nxt}"] += 1
                    if stem in _NEEDS_NEXT:
                        continue  # مذكرة، إعلان، برنامج، عقد: heads only with the right next word
                    tables["head"][key] += 1
                    for j in range(max(0, i - 4), i):
                        if _stem(keys[j], _VERB):
                            tables["verb"][keys[j]] += 1
                    for j in range(i + 1, min(len(keys), i + 4)):
                        if _stem(keys[j], _VERB):
                            tables["after"][keys[j]] += 1
    return tables


_SIGNING_NOUNS = {"توقيع", "التوقيع", "امضاء", "الامضاء", "ابرام"}
_AGREE = {"اتفاق", "الاتفاق"}


def _stems(key: str) -> set[str]:
    return {rest for _, rest in clitic_splits(key, article=False)}


def _occurs(cls: str, words: list[str], keys: list[list[str]], stems: list[set[str]], heads: list[bool]) -> bool:
    n = len(words)
    for i in range(len(keys) - n + 1):
        if words[0] not in stems[i] or keys[i + 1:i + n] != words[1:]:
            continue
        if cls in ("head", "memorandum", "compound"):
            return True
        if cls == "modifier" and i > 0 and heads[i - 1]:
            return True
        if cls in ("signed", "to-be-signed", "ratified", "negotiating", "proposed", "terminated", "sign-verb") \
                and any(heads[max(0, i - 6):i + n + 6]):
            return True
        if cls == "past-context" and any(stems[j] & _SIGNING_NOUNS for j in range(i + 1, min(len(keys), i + 3))):
            return True
        if cls == "consensus-before" and i + 2 < len(keys) and stems[i + 1] & _AGREE and keys[i + 2] == "علي":
            return True
        if cls == "consensus-after" and i >= 2 and stems[i - 2] & _AGREE and keys[i - 1] == "علي":
            return True
    return False


def evidence(lexicon: Path, paths: list[Path]) -> None:
    """Fill the count column of the curated lexicon (see the module docstring)."""
    rows = [line.rstrip("\n").split("\t") for line in lexicon.read_text(encoding="utf-8").splitlines()]
    entries = [(r[0], [match_key(w) for w in r[1].split()]) for r in rows if r and not r[0].startswith("#")]
    counts = [0] * len(entries)
    head_stems = {w for cls, words in entries if cls == "head" for w in words[:1]}
    for path in paths:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                keys = [match_key(w) for w in _WORD.findall(line)]
                stems = [_stems(k) for k in keys]
                heads = [any(rest in head_stems for _, rest in clitic_splits(k)) for k in keys]
                for e, (cls, words) in enumerate(entries):
                    if _occurs(cls, words, keys, stems, heads):
                        counts[e] += 1
    out, e = [], 0
    for r in rows:
        if r and not r[0].startswith("#"):
            r[2] = str(counts[e])
            e += 1
        out.append("\t".join(r))
    lexicon.write_text("\n".join(out) + "\n", encoding="utf-8")


def main(argv: list[str]) -> int:
    if argv[:1] == ["--evidence"]:
        evidence(Path(argv[1]), sorted(RAW.glob("*.txt.gz")))
        return 0
    paths = [Path(p) for p in argv] or sorted(RAW.glob("*.txt.gz"))
    if not paths:
        print(f"no corpus files under {RAW}", file=sys.stderr)
        return 1
    tables = count(paths)
    limits = {"head": 200, "next": 400, "verb": 300, "after": 150}
    print("kind\tform\tcount")
    for kind, table in tables.items():
        for form, n in table.most_common(limits[kind]):
            if n >= 3:
                print(f"{kind}\t{form}\t{n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
