"""Officials listed name first, each with the title after it: "X وزير الخارجية الفلاني، Y الأمين العام للمنظمة".

The title grammar reads a title's holder forward, past a comma ("قال وزير الخارجية الفلاني، X، إن"). In a
list whose items are each a name and then that name's title, joined by commas without و ("تحدث على التوالي X
وزير خارجية البلد الفلاني السابق، Y الأمين العام للمنظمة السابق، Z …"), that forward reading gives
every title to the next item's name: each official gets the post of the one named before him, and the first
none. Three things together mark the list item: a person's name right before the title, a comma after it,
and a title right after the next name too. Then the title is the post of the name before it, which
`kg.extract.officials._appositives` reads back; the next name keeps its own title.

The list with "، و" before each name is read right already (`name_after` stops at "، وY"); this is the list
without و. Raw corpus: in ~2,400 cached paragraphs of both files (rounds 14-18 samples) it occurred twice,
each time giving one official the wrong post and another none; a regex over both files ("NAME TITLE …، NAME TITLE"
without و) finds it on a handful of lines (e.g. a list of ministers, each name then its ministry). Rare, but
a wrong post each time, and the same forward reading it vetoes is kept everywhere else.
"""

from __future__ import annotations

from kg.extract import vocab
from kg.extract.holders import object_of_verb
from kg.extract.text import DocView
from kg.extract.titles import Title, parse_title


def listed_apart(view: DocView, title: Title, found: tuple[int, int] | None) -> tuple[int, int] | None:
    """`found` (the name read after `title`, as `kg.extract.holders.name_after` returns it), or None when
    the title is a list item's, "X TITLE، Y TITLE2": X's post, not Y's."""
    if found is None:
        return None
    toks = view.tokens
    before = view.token_mention.get(title.first - 1)
    if before is None or not view.is_person(before) or view.mention_span[before][1] != title.first - 1 \
            or object_of_verb(view, before):  # "استقبل X وزير …": the title is the one X received
        return found
    first, last = view.mention_span[found[0]]
    comma = title.last + 1  # after words of the title's time ("… السابق، Y")
    while comma < first and (toks[comma].is_(vocab.NOT_CURRENT) or toks[comma].is_(vocab.FILLERS)):
        comma += 1
    if comma >= first or toks[comma].key not in ("،", ",") or not all(  # then honorifics: "، د. Y"
            toks[k].is_(vocab.HONORIFICS) or toks[k].key == "." for k in range(comma + 1, first)):
        return found
    return None if last + 1 < len(toks) and parse_title(view, last + 1) is not None else found
