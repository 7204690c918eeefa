"""The king's heirs named by a pronoun: "خادم الحرمين الشريفين الملك X وولي عهده الأمين الأمير Y، وولي ولي
عهده الأمير Z" — Y is the crown prince and Z the deputy crown prince of X's kingdom.

Saudi news greets the king and his two heirs in one breath, the heirs' titles a possessive on عهد ("his
covenant") where the title grammar (`kg.extract.titles`) knows only "ولي العهد" and "ولي عهد + a country":
it read no title there, and the heirs, though the NER found their names, got no post. Raw corpus
(../shared/data/arabic-news-raw/, both files; `zcat *.txt.gz | grep -c …`): "ولي عهده" in 277 lines,
"ولي ولي عهده" in about 40 of them; a name follows in about 70 ("ولي عهده الأمين صاحب السمو الملكي
الأمير …" 19, "… الأمين الأمير …" 9, "ولي عهده صاحب السمو …" 14, "ولي عهده الأمير …" 6, and the deputy's
forms); the rest thank "الملك وولي عهده الأمين" with no name, which then holds no post. "الأمين" ("the
trusted"), the epithet the news gives the heir, belongs to the title. The post is of the country of the
head of state the pronoun points at: the closest king's, emir's or sultan's title before it in the
sentence (or the one before), else none written (`kg.extract.post_of` fills a national post's country).
"""

from __future__ import annotations

from kg.extract import vocab
from kg.extract.facts import Ref
from kg.extract.text import DocView
from kg.extract.titles import Title
from kg.link.normalize import match_key

_HEIR = match_key("ولي")
_COVENANT = frozenset(match_key(w) for w in ("عهده", "عهدها"))
_TRUSTED = frozenset(match_key(w) for w in ("الأمين", "الامين"))
#: the heads of state whose heirs news names so
_SOVEREIGNS = frozenset({"king", "emir", "sultan"})
#: the heirs' roles, whose holders' other posts may follow their names
_HEIRS = frozenset({"crown-prince", "deputy-crown-prince"})
#: how many sentences back the pronoun's head of state may stand
_REACH = 1


def heir_title(view: DocView, t: int, titles: list[Title]) -> Title | None:
    """The heir's title "[و]ولي [ولي] عهده [الأمين]" at token t, or None."""
    toks = view.tokens
    if _HEIR not in toks[t].forms:
        return None
    i, role = t + 1, "crown-prince"
    if i < len(toks) and toks[i].key == _HEIR:
        i, role = i + 1, "deputy-crown-prince"  # "وولي ولي عهده"
    if i >= len(toks) or toks[i].key not in _COVENANT:
        return None
    last = i + 1 if i + 1 < len(toks) and toks[i + 1].key in _TRUSTED else i
    return Title(role, t, last, view.span_text(t, last), _sovereign_of(view, t, titles))


def _sovereign_of(view: DocView, t: int, titles: list[Title]) -> Ref | None:
    """The country of the closest king's, emir's or sultan's title before token t (within `_REACH` sentences)."""
    toks = view.tokens
    found = [x for x in titles if x.last < t and x.role in _SOVEREIGNS and x.of is not None
             and 0 <= toks[t].sentence - toks[x.first].sentence <= _REACH]
    return max(found, key=lambda x: x.first).of if found else None


def heir_goes_on(before: Title | None, title: Title) -> bool:
    """`title`, after the name an heir's title bound, is another national post of that heir: "وولي عهده الأمين
    الأمير X نائب رئيس الحكومة وزير الداخلية"، "ولي ولي عهد المملكة الأمير Y وزير الدفاع" (raw corpus, both
    files: an heir's title, a prince's name and نائب|النائب|وزير right after it, 17 lines; 8 of them with عهده or
    عهد + a country), never a post of another state."""
    if before is None or before.role not in _HEIRS or title.role not in vocab.STACKABLE_ROLES or title.plural:
        return False
    return title.of is None or before.of is None or title.of.key == before.of.key
