""""المملكة" as a treaty's party: "اتفاقية بين المملكة والجزائر" is Saudi Arabia's, where no kingdom is named.

The news this tool reads calls Saudi Arabia "المملكة" without naming it (`kg.extract.news_kingdom`, read
for titles: 48 of 48 raw paragraphs). In a treaty's بين/مع phrase the bare word is a party too, and the NER
leaves it out or takes it for a place, so the treaty has one side and is dropped: raw news corpus
(saudinewsnet + antcorpus, dev lines left out), a treaty noun then "بين/مع المملكة" within seven words, 9
paragraphs, every one Saudi Arabia's (the 1926 friendship treaty with Egypt, a labour agreement with
India, a border-guard agreement with Germany, a cooperation agreement with Algeria …). The word followed
by a name ("المملكة المغربية"، "المملكة المتحدة") names that kingdom, and an article that names a kingdom
("المغرب" is "المملكة المغربية" in the KB) means that one: then nothing is added here.
"""

from __future__ import annotations

from kg.extract import vocab
from kg.extract.facts import Ref
from kg.extract.news_kingdom import KINGDOM, NEWS_KINGDOM, names_kingdom
from kg.extract.text import DocView

_KINGDOM = frozenset({KINGDOM})
_GOVERNORS = vocab.keys(("بين", "مع", "وبين"))
_BODY = vocab.keys(("حكومة", "وحكومة"))  # "بين حكومة المملكة وحكومة ساحل العاج"
#: How far after the treaty noun phrase the word may stand: "اتفاقية تعاون في مجال الشؤون الإسلامية بين
#: المملكة و…" (a comma ends the reach).
_REACH = 10


def _bare_kingdom(view: DocView, t: int, start: int, stop: int) -> bool:
    """Token t is "المملكة" standing alone as a member of a بين/مع phrase of the clause start..stop."""
    toks = view.tokens
    if not toks[t].is_(_KINGDOM):
        return False
    m = view.token_mention.get(t)
    if m is not None and (view.mention_span[m][1] > t or view.ref(m).entity.kind == "Country"):
        return False  # part of a longer name ("المملكة المغربية"), or already a state
    named_next = t + 1 in view.token_mention and not toks[t + 1].key.startswith("و")
    if t + 1 <= stop and (t + 1 in view.nisba_at or named_next):
        return False  # "المملكة المتحدة"، "المملكة الأردنية": a kingdom named
    j = t - 1
    if j >= start and toks[j].is_(_BODY):
        j -= 1
    if j >= start and toks[j].is_(_GOVERNORS):
        return True
    # "بين الجزائر والمملكة": a conjunct of a بين-phrase just before
    return toks[t].key.startswith("و") and any(toks[k].is_(_GOVERNORS) for k in range(max(start, t - 6), t))


def _countries(view: DocView) -> list[Ref]:
    """The states the article's mentions name."""
    refs = (view.ref(m) for m in range(len(view.mentions)))
    return [r for r in refs if r.entity.kind == "Country"]


def with_kingdom(view: DocView, trig_last: int, stop: int, parties: dict[str, Ref]) -> dict[str, Ref]:
    """`parties` with Saudi Arabia for a bare "المملكة" in the بين/مع phrase right after the treaty noun
    phrase ending at `trig_last` (its clause ending at `stop`), replacing a place the NER made of the word,
    when the article names no kingdom. A بين-phrase past a comma or further on is another matter's
    ("الاتفاق الذي وقعته الدولة س مع …، والتقارب بين المملكة وروسيا")."""
    spots = []
    for t in range(trig_last + 1, min(stop, trig_last + _REACH) + 1):
        if view.tokens[t].punct:
            break
        if _bare_kingdom(view, t, trig_last + 1, stop):
            spots.append(t)
    if not spots or names_kingdom(view, _countries(view)):
        return parties
    entry = view.kb.get(NEWS_KINGDOM)
    if entry is None:
        return parties
    state = view.kb_ref(entry, view.tokens[spots[0]].text)
    out = {k: r for k, r in parties.items() if not (r.entity.kind != "Country" and r.mention is not None
                                                     and view.mention_span[r.mention][0] in spots)}
    out.setdefault(state.key, state)
    return out
