"""A deputy named by a pronoun: "وزير الصحة X ونائبه Y" — Y is the deputy minister of health.

News names an official and then his deputy in one breath, the deputy's title a possessive on نائب ("ونائبه"،
"ونائبها", with an ordinal "ونائبه الأول"). No title phrase follows that word, so `kg.extract.titles` read none
and the deputy, though the NER found his name, got no post. His post is the deputy's of the post the pronoun
points at: the title of the official named right before (`Officials.title_of_mention`), or a title right
before with no name ("رئيس الهيئة ونائبه X"). Raw corpus (../shared/data/arabic-news-raw/, both files):
"ونائبه" in 112 lines, ونائبها 9, most before a name ("رئيس نادي التعاون X ونائبه Y"، "وزير الصحة X ونائبه
Y"، "رئيس البرلمان X، ونائبه الأول Y"); the rest end a list of thanks with no name ("للرئيس العام ونائبه"),
which then holds no post. The deputy's role is `vocab.PREFIXED_ROLES`' deputy of that title's role; a title
with no deputy role there (an ambassador's deputy is no "نائب سفير" post) gives none. The word is no first
name either (`kg.extract.holders`' words that are no names): "رئيس الهيئة ونائبه Y" no longer gives Y the head's post.
"""

from __future__ import annotations

from kg.extract import vocab
from kg.extract.text import DocView
from kg.extract.titles import Title
from kg.link.normalize import match_key

DEPUTY_OF = frozenset(match_key(w) for w in ("نائبه", "نائبها"))
_COMMA = frozenset({"،", ","})


def deputy_title(view: DocView, t: int, title_of_mention: dict[int, Title], titles: list[Title]) -> Title | None:
    """The deputy's title "ونائبه [الأول]" at token t, or None when the word is not there or its antecedent
    is no post with a deputy."""
    toks = view.tokens
    if t == 0 or not any(f in DEPUTY_OF for f in toks[t].forms):
        return None
    j = t - 1
    if toks[j].key in _COMMA:
        j -= 1
    m = view.token_mention.get(j)
    if m is not None and view.is_person(m) and view.mention_span[m][1] == j:
        base = title_of_mention.get(m)  # "وزير الصحة X ونائبه Y": X's post
    else:
        base = next((x for x in titles if x.last == j), None)  # "رئيس الهيئة ونائبه Y"
    if base is None or base.plural or toks[base.first].sentence != toks[t].sentence:
        return None
    role = vocab.PREFIXED_ROLES.get(("deputy", base.role))
    if role is None:
        return None
    last = t
    while last + 1 < len(toks) and last < t + 2 and toks[last + 1].is_(vocab.ORDINALS):
        last += 1  # "ونائبه الأول"
    current = base.current
    if last + 1 < len(toks) and toks[last + 1].is_(vocab.NOT_CURRENT):
        last, current = last + 1, False  # "الرئيس X ونائبه السابق Y"
    return Title(role, t, last, view.span_text(t, last), base.of, base.portfolio, base.body, False, current)
