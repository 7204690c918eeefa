"""Words that restate a name before its title: "X، وهو وزير …"، "X بصفته رئيس …"، "X، الذي يشغل منصب وزير …".

Arabic news often gives a person's post after the name in a clause rather than in apposition: a pronoun
("وهو"، "وهي")، a phrase of capacity ("بصفته"، "بوصفه"، "باعتباره") or a relative clause with a verb of
holding a post and the post's noun ("الذي يشغل منصب"، "التي تتولى منصب"، the Tunisian "الذي شغل خطة").
`kg.extract.officials` (appositive titles) and `kg.extract.body_titles` read the title after those words
as the post of the name before them; this module only finds where the words begin, reading backwards
from the token before the title, and says whether the clause puts the post in the past.

Tense: a present verb ("يشغل"، "يتولى") is a post held now; a past one ("شغل"، "تولى"), one after "كان"
("الذي كان يشغل منصب") or "سابقا" in the clause is a post held before (a former post:
`kg.extract.former_posts`, the graph's `kg:heldPost`). "تولى" (took up) can open a tenure that goes on,
but without a date or "منذ" the text does not say so; a former post is the reading that adds no claim
about now.

Raw corpus (both files, `scripts/raw_corpus.py` lines): "الذي|التي [كان|كانت] VERB [one word] منصب|خطة|مهام"
60 lines (VERB: يشغل، تشغل، يتولى، تتولى، شغل، شغلت، تولى، تولت); "الذي يشغل منصب" 14, "الذي شغل منصب" 10,
"الذي تولى منصب" 5, "الذي يتولى منصب" 4, "الذي يشغل كذلك|أيضا منصب" 6, "الذي كان يشغل منصب" 3; "شغل خطة" 18,
"يشغل خطة" 9 (Tunisian news: خطة is a post); "، وهو + title head" 32; "بصفته + title head" 16.
"""

from __future__ import annotations

from kg.extract import vocab
from kg.extract.text import DocView

#: A pronoun or a phrase of capacity before a title: "X، وهو وزير …"، "X بصفته رئيس اللجنة".
_RESTATING = vocab.keys(("وهو", "وهي", "بصفته", "بصفتها", "بوصفه", "بوصفها", "باعتباره", "باعتبارها"))
#: The noun of a post after a verb of holding it: "يشغل منصب"، "شغل خطة" (Tunisia)، "يتولى مهام".
_POST_NOUNS = vocab.keys(("منصب", "خطة", "مهام"))
#: Verbs of holding a post, present (held now) and past (held before).
_HOLDS_NOW = vocab.keys(("يشغل", "تشغل", "يتولى", "تتولى"))
_HELD = vocab.keys(("شغل", "شغلت", "تولى", "تولت"))
#: Adverbs that may stand between the verb and the post's noun ("الذي يشغل كذلك منصب"); "سابقا" makes it past.
_ADVERBS = vocab.keys(("كذلك", "أيضا", "أيضاً", "حاليا", "حالياً", "سابقا", "سابقاً"))
BEFORE = vocab.keys(("سابقا", "سابقاً"))
_WAS = vocab.keys(("كان", "كانت"))
_QAD = vocab.keys(("قد",))
_WHO = vocab.keys(("الذي", "التي", "والذي", "والتي"))
_COMMAS = ("،", ",")
_QUOTES = frozenset({"»", "«", '"', "”", "“", "'", "’"})


def restating(view: DocView, j: int) -> tuple[int, bool]:
    """The token before the words that end at j (read backwards) and restate a name before a title,
    with commas before them skipped, and whether they put the post in the past: (j, False) when
    there are none. "وهو"، "بصفته"; "[الذي] [كان] يشغل|شغل|يتولى|تولى [كذلك] منصب|خطة|مهام"; "قد تولى منصب"."""
    toks = view.tokens
    past = False
    if j >= 0 and toks[j].is_(_RESTATING):
        k = j - 1
    elif j >= 1 and toks[j].is_(_POST_NOUNS):
        k = j - 1
        while k >= 0 and toks[k].is_(_ADVERBS):
            past = past or toks[k].is_(BEFORE)
            k -= 1
        if k < 0 or not (toks[k].is_(_HOLDS_NOW) or toks[k].is_(_HELD)):
            return j, False
        past = past or toks[k].is_(_HELD)
        k -= 1
        if k >= 0 and toks[k].is_(_WAS):  # "الذي كان يشغل منصب": a post held before
            past, k = True, k - 1
        elif k >= 0 and toks[k].is_(_QAD):  # "وكان X قد تولى منصب"
            k -= 1
        if k >= 0 and toks[k].is_(_WHO):
            k -= 1
    else:
        return j, False
    while k >= 0 and toks[k].key in _COMMAS:
        k -= 1
    return k, past


def restated_holder(view: DocView, j: int) -> int:
    """The token before the restating words that end at j (`restating`), j itself when there are none."""
    return restating(view, j)[0]


def held_before(view: DocView, first: int) -> bool:
    """The words before the title at token `first` (commas and quotes skipped) restate a name and put the
    post in the past: "X الذي شغل منصب مدير عام الجمعية" (`restating`)."""
    toks = view.tokens
    j = first - 1
    while j >= 0 and (toks[j].key in _COMMAS or toks[j].key in _QUOTES):
        j -= 1
    return restating(view, j)[1]
