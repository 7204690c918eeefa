"""Trailing page furniture in scraped plain text: "related articles" lists cut from the end of an article.

A scraper that keeps a page's text after the article often keeps what follows it too: a heading
("مقالات مشابهة", "المزيد من …") and a list of other headlines, or of outlets with their age
("قناة العربية منذ ساعتين"). Read as article text, every country and leader named in those
headlines becomes a mention of this article, and their "today" and "yesterday" are resolved
against this article's date. HTML pages lose them in main-text extraction (`kg.ingest.html`);
this module does the same for `.txt` and `.jsonl` text, from the end only, so the article keeps
its first character at offset 0 and every offset into what is kept is unchanged.

The rule is about form, not about any site: the end of the text is furniture when it is a run of
at least `MIN_ITEMS` list lines (blank lines between them allowed), optionally under one short
heading line, where a list line is

* a bulleted line that does not end like a sentence: headlines carry no final full stop, while
  the bulleted points of an article's own text do (in the raw corpus
  `../shared/data/arabic-news-raw/saudinewsnet.txt.gz`, 786 of 804 paragraphs opening with a bullet
  end in . ! ؟ … or :, only 18 do not); or
* an age stamp, "منذ ساعتين", "منذ 4 ساعات", optionally after a short outlet name: the form
  aggregators list other outlets' stories in (a paragraph that is only that, 4 times in the
  two raw corpora together, is never article prose).

A heading is a line of at most `MAX_HEADING_WORDS` words without final punctuation, directly
above the list (blank lines aside), and not a credit in brackets. Nothing else is removed: fewer than `MIN_ITEMS` list
lines, or any line of prose among them, and the text is left whole.
"""

from __future__ import annotations

import re

MIN_ITEMS = 3
MAX_HEADING_WORDS = 5
MAX_ITEM_CHARS = 200

_BULLET = re.compile(r"^[•◦▪▫●○■□►▶◆◇‣⁃∙·*\-–—]\s*\S")
_SENTENCE_END = re.compile(r"[.!?؟…:؛]['\"”»)\]]*$")
_UNITS = ("ثانية|ثوان|ثواني|ثانيتين|دقيقة|دقائق|دقيقتين|ساعة|ساعات|ساعتين|يوم|أيام|يومين|"
          "أسبوع|أسابيع|أسبوعين|شهر|أشهر|شهرين|سنة|سنوات|سنتين|عام|أعوام|عامين")
_AGE = re.compile(rf"^(?:\S+(?:\s+\S+){{0,5}}\s+)?منذ\s+(?:[\d٠-٩]+\s+)?(?:{_UNITS})$")


def is_list_line(line: str) -> bool:
    """A headline in a bulleted list, or an age stamp ("… منذ 9 ساعات")."""
    line = line.strip()
    if not line or len(line) > MAX_ITEM_CHARS:
        return False
    if _BULLET.match(line):
        return not _SENTENCE_END.search(line)
    return bool(_AGE.match(line))


def is_heading(line: str) -> bool:
    """A short title line ("مقالات مشابهة"); not a credit in brackets ("(رويترز)"), which is the article's."""
    line = line.strip()
    return (bool(line) and len(line.split()) <= MAX_HEADING_WORDS and not _SENTENCE_END.search(line)
            and not _BULLET.match(line) and not line.startswith(("(", "[")))


def trailing_furniture(text: str) -> int | None:
    """Where a trailing related-articles list (with its heading) starts in `text`, or None if it has none.

    The article is then `text[:start].rstrip()`.
    """
    lines = text.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    index = len(lines) - 1
    items = 0
    start: int | None = None
    while index >= 0:
        line = lines[index]
        if not line.strip():
            index -= 1
            continue
        if not is_list_line(line):
            break
        items += 1
        start = starts[index]
        index -= 1
    if items < MIN_ITEMS or start is None:
        return None
    while index >= 0 and not lines[index].strip():
        index -= 1
    if index > 0 and is_heading(lines[index]):  # a heading, never the whole article's first line
        start = starts[index]
    if not text[:start].strip():
        return None  # the text is nothing but a list: keep it, it is all there is
    return start


def strip_trailing_furniture(text: str) -> str:
    """`text` without a trailing related-articles list; the text itself if it has none."""
    start = trailing_furniture(text)
    return text if start is None else text[:start].rstrip()
