"""Count, in the raw news corpus, the shapes that name who signs with a signing NOUN (توقيع، إبرام), for
kg/extract/treaty_signers.py's evidence (dev lines left out by `raw_corpus.lines`):

    PYTHONPATH=. python scripts/count_signing_nouns.py

- agent: an indefinite signing noun, one to six words (a name, a title), then a treaty noun
  ("بعد توقيع مصر والسودان اتفاقية"، "توقيع مدير جامعة X فلان مذكرة");
- governed: a clause-initial verb, one to four words (its subject), then (عن|ل|ب)توقيع|إبرام and a
  treaty noun ("أعلنت وزارة العمل توقيع اتفاقية"، "وتستعد شركة X لتوقيع عقد");
- kana: a form of كان, up to twelve words (the subject), a signing verb and a treaty noun ("وكان X ونظيره
  في Y، وقعا هذا الاتفاق");
- light-all: a light verb + signing noun, a treaty noun, then "كل من" ("وقام بتوقيع الاتفاقية كل من").
Lines are counted once per shape; the regexes over-count (a word before a treaty noun need not be a
name), so the counts are upper bounds, and the samples printed show what they hold.
"""

from __future__ import annotations

import re

import raw_corpus  # scripts/raw_corpus.py, beside this script

TREATY = r"(?:اتفاقي|اتفاق|مذكر[ةت]|معاهد|بروتوكول)"
NOT_AGENT = r"(?!على|عدة|أي|هذه|هذا|تلك|ال(?:اتفاق|مذكر|معاهد|بروتوكول))"
GOVERNING = r"(?:أعلن|تعلن|يعلن|تستعد|يستعد|تعتزم|يعتزم|بدأ|قام|تولى|أتم|اختتم|أنهى|أنهت)"
SHAPES = {
    "agent": re.compile(r"(?:^|\s)[وبل]?(?:توقيع|إبرام)\s+" + NOT_AGENT + r"(?:[^\s\d]+\s+){1,6}?" + TREATY),
    "governed": re.compile(r"(?:^|\s)[وف]?(?:قد\s+)?" + GOVERNING + r"\S{0,2}\s+(?:\S+\s+){1,4}?(?:عن\s+)?"
                           r"[لب]?(?:توقيع|إبرام)\s+(?:\S+\s+){0,2}?" + TREATY),
    "kana": re.compile(r"(?:^|\s)و?كان(?:ت|ا|تا)?\s+(?:\S+\s+){1,12}?(?:قد\s+)?"
                       r"(?:وقع|وقعت|وقعا|وقعتا|وقعوا|أبرم|أبرمت|أبرما)\s+(?:\S+\s+){0,3}?" + TREATY),
    "light-all": re.compile(r"(?:قام|قامت|تولى|تولت)\s+(?:ب|ال|بال)?توقيع\s+(?:على\s+)?\S+\s+(?:\S+\s+){0,2}?كل من"),
}


def main() -> None:
    counts = dict.fromkeys(SHAPES, 0)
    samples: dict[str, list[str]] = {k: [] for k in SHAPES}
    for _, _, line in raw_corpus.lines():
        for name, rx in SHAPES.items():
            if m := rx.search(line):
                counts[name] += 1
                if len(samples[name]) < 5:
                    samples[name].append(line[max(0, m.start() - 30):m.end() + 40].replace("\n", " "))
    for name, n in counts.items():
        print(f"{name}\t{n}")
        for s in samples[name]:
            print(f"    {s}")


if __name__ == "__main__":
    main()
