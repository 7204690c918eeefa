"""Arabic word 3-grams that a branch adds (its diff and commit messages) and that also occur in the
texts a rule must not be shaped by: printed for development texts (the dev set, development
samples), counted only for held-out texts (whose words the developer must not see).

    python benchmarks/heldout/leak_check.py main..BRANCH --dev ../shared/data/dev-news-gold/texts \\
        --dev <OUT>/round8/texts --held <OUT>/holdout8/texts

A hit is a phrase to read, not a verdict: most are generic news wording.
"""

from __future__ import annotations

import argparse
import re
import subprocess
from pathlib import Path

_ARABIC = re.compile(r"[\u0621-\u064A]+")


def _norm(word: str) -> str:
    return re.sub("[أإآ]", "ا", word).replace("ة", "ه").replace("ى", "ي")


def grams(text: str, n: int = 3) -> set[str]:
    words = [_norm(w) for w in _ARABIC.findall(text)]
    return {" ".join(words[i:i + n]) for i in range(len(words) - n + 1)}


def _index(folders: list[Path]) -> dict[str, str]:
    out: dict[str, str] = {}
    for folder in folders:
        for path in sorted(folder.glob("*.txt")):
            for g in grams(path.read_text(encoding="utf-8")):
                out.setdefault(g, path.name)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("range", help="a git revision range, e.g. main..BRANCH")
    ap.add_argument("--dev", type=Path, action="append", default=[])
    ap.add_argument("--held", type=Path, action="append", default=[])
    args = ap.parse_args()
    diff = subprocess.run(["git", "diff", args.range], capture_output=True, text=True, check=True).stdout
    log = subprocess.run(["git", "log", "--format=%B", args.range], capture_output=True, text=True, check=True).stdout
    added = [line[1:] for line in diff.splitlines() if line.startswith("+") and not line.startswith("+++")]
    added += log.splitlines()
    dev, held = _index(args.dev), _index(args.held)
    hits: set[tuple[str, str, str]] = set()
    held_hits = 0
    for line in added:
        for g in grams(line):
            if g in dev:
                hits.add((g, dev[g], line.strip()[:140]))
            held_hits += g in held
    for g, name, line in sorted(hits):
        print(f"{name}: {g!r} in: {line}")
    print(f"held-out 3-gram hits (count only): {held_hits}")


if __name__ == "__main__":
    main()
