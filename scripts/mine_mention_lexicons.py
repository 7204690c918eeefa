"""Mine the mention-repair lexicons from the NER training corpora in ../shared/data.

Writes, under kg/link/lexicons/:
- given_names.tsv   the first word of gold PER spans of two words or more, with how often it opens a
                    person's name (`as_given`, a leading clitic folded) and how often the word occurs
                    written as it is (`total`);
- org_heads.tsv     the first word of gold ORG spans of two words or more (the head noun of an
                    institution's name: وزارة، مجلس، حزب …), with `as_head` and `total`;
- org_phrases.tsv   gold ORG spans of two or three words whose first word is a head of org_heads.tsv
                    (مجلس النواب، رئاسة الوزراء), with their count;
- named_words.tsv   every word the gold tags as a one-word name, with that count (a word on it is
                    never taken for a common noun by its shape alone);
- title_words.tsv   definite words that stand right before a gold PER name in at least a fifth of their
                    occurrences (الرئيس، الملك، الشيخ), with `before_person` and `total`: alone, such a
                    word is a bare title, not a name;
- common_words.tsv  words frequent in the corpora that the gold tags as (part of) a name in at most
                    5% of their occurrences and never alone, with `total` and `named` (evidence that
                    a one-word mention of it is a common noun: الرئيس 156/2, البلدين 8/0).

Only training splits are read: NewsFANE without its test and dev sentences (kg.nlp.train.corpora)
and Wojood's train file; AQMAR (Wikipedia) is left out (not news). Keys are `match_key` forms.

Rebuild:  python scripts/mine_mention_lexicons.py ../shared/data
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from kg.link.normalize import match_key
from kg.nlp.train import corpora

OUT = Path(__file__).resolve().parent.parent / "kg" / "link" / "lexicons"
#: Thresholds: a given name must open a person's name at least twice and in at least a third of
#: its occurrences (عبد، محمد yes; الرئيس no); a head must open an ORG name at least 3 times.
MIN_GIVEN, MIN_GIVEN_SHARE = 2, 1 / 3
MIN_HEAD, MIN_HEAD_SHARE = 3, 0.2
#: A word seen at least this often, never alone as a gold name and inside one at most this share of
#: its occurrences, is a common noun.
MIN_COMMON, MAX_COMMON_NAMED = 5, 0.05


def spans(sentence):
    """(type, [tokens]) for each gold span of an IOB2 sentence."""
    out, cur, kind = [], [], None
    for token, tag in sentence:
        if tag.startswith("B-") or (tag.startswith("I-") and kind != tag[2:]):
            if cur:
                out.append((kind, cur))
            cur, kind = [token], tag[2:]
        elif tag.startswith("I-"):
            cur.append(token)
        else:
            if cur:
                out.append((kind, cur))
            cur, kind = [], None
    if cur:
        out.append((kind, cur))
    return out


def unclitic(key: str, known: Counter) -> str:
    """The word without one leading و ف ب ل ك (لل → ال) when that form is itself seen as a first word."""
    if key.startswith(("ول", "فل")) and key[1:].startswith("لل"):
        key = key[1:]
    if key.startswith("لل") and "ال" + key[2:] in known:
        return "ال" + key[2:]
    if key[:1] in "وفبلك" and len(key) > 3 and key[1:] in known:
        return key[1:]
    return key


def main(data: Path) -> None:
    news = corpora.newsfane_splits(data / "newsfane-gold" / "NewsFANE_Gold_2014_170K.txt")["train"]
    wojood = corpora.read_wojood(data / "wojood-sample" / "train.txt")
    sentences = news + wojood
    total, named = Counter(), Counter()
    given, heads, phrases, alone, before = Counter(), Counter(), Counter(), Counter(), Counter()
    raw = []
    for s in sentences:
        for n, (token, tag) in enumerate(s):
            key = match_key(token)
            total[key] += 1
            if tag != "O":
                named[key] += 1
            elif n + 1 < len(s) and s[n + 1][1] == "B-PER":
                before[key] += 1
        for kind, toks in spans(s):
            if len(toks) == 1:
                if kind in ("PER", "ORG", "LOC"):  # MISC holds peoples (الروس) and the like
                    alone[match_key(toks[0])] += 1
                continue
            raw.append((kind, tuple(match_key(t) for t in toks)))
    firsts = Counter(words[0] for _, words in raw)
    for kind, words in raw:
        first = unclitic(words[0], firsts)
        if kind == "PER":
            given[first] += 1
        elif kind == "ORG":
            heads[first] += 1
            if len(words) <= 3:
                phrases[(first, *words[1:])] += 1
    OUT.mkdir(parents=True, exist_ok=True)
    header = "# mined by scripts/mine_mention_lexicons.py from NewsFANE (train split) + Wojood sample (train)\n"
    with open(OUT / "given_names.tsv", "w", encoding="utf-8") as f:
        f.write(header + "key\tas_given\ttotal\n")
        for k, n in sorted(given.items(), key=lambda kv: (-kv[1], kv[0])):
            if n >= MIN_GIVEN and n / total[k] >= MIN_GIVEN_SHARE and len(k) >= 2:
                f.write(f"{k}\t{n}\t{total[k]}\n")
    with open(OUT / "org_heads.tsv", "w", encoding="utf-8") as f:
        f.write(header + "key\tas_head\ttotal\n")
        for k, n in sorted(heads.items(), key=lambda kv: (-kv[1], kv[0])):
            if n >= MIN_HEAD and n / total[k] >= MIN_HEAD_SHARE and len(k) >= 2:
                f.write(f"{k}\t{n}\t{total[k]}\n")
    kept_heads = {k for k, n in heads.items() if n >= MIN_HEAD and n / total[k] >= MIN_HEAD_SHARE}
    with open(OUT / "org_phrases.tsv", "w", encoding="utf-8") as f:
        f.write(header + "phrase\tcount\n")
        for k, n in sorted(phrases.items(), key=lambda kv: (-kv[1], kv[0])):
            if n >= 2 and k[0] in kept_heads:
                f.write(f"{' '.join(k)}\t{n}\n")
    with open(OUT / "named_words.tsv", "w", encoding="utf-8") as f:
        f.write(header + "key\tnamed\n")
        for k, n in sorted(alone.items(), key=lambda kv: (-kv[1], kv[0])):
            if len(k) >= 2 and k.isalpha():
                f.write(f"{k}\t{n}\n")
    with open(OUT / "title_words.tsv", "w", encoding="utf-8") as f:
        f.write(header + "key\tbefore_person\ttotal\n")
        for k, n in sorted(before.items(), key=lambda kv: (-kv[1], kv[0])):
            if k.startswith("ال") and n >= 3 and n >= 0.2 * total[k] and not alone[k]:
                f.write(f"{k}\t{n}\t{total[k]}\n")
    with open(OUT / "common_words.tsv", "w", encoding="utf-8") as f:
        f.write(header + "key\ttotal\tnamed\n")
        for k, n in sorted(total.items(), key=lambda kv: (-kv[1], kv[0])):
            if (n >= MIN_COMMON and named[k] <= MAX_COMMON_NAMED * n and not alone[k] and not given[k]
                    and len(k) >= 2 and k.isalpha()):
                f.write(f"{k}\t{n}\t{named[k]}\n")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data"))
