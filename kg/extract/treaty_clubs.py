"""A sports deal's sides: "الاتفاق بين الطرفين" in an article about a player, a coach or a club.

"الطرفين"/"الجانبين" name a treaty's two sides without naming them, and kg reads them as the pair of
states the article is about (`kg.extract.treaty_pair.both`). In a transfer story the two sides are a
club and a player (or two clubs), and the states the article names are their nationalities ("اللاعب
الغاني"، "ميلان الإيطالية"، "الأرجنتيني فلان"): the agreement "بين الطرفين" there is no treaty between
those states. Raw news (both corpora): a treaty noun then بين/من الطرفين/الجانبين within four words, 71
paragraphs, 32 of them with a player, coach, club or transfer word; of the 7 sports ones read from a
fresh draw (treaty cue + the sides word), 3 gave a pair of states (Spain–Italy, Italy–Ghana,
Argentina–Syria), all wrong, and none named a state as a side.

So when the clause names the sides only as "الطرفين/الجانبين" after بين/مع and the article speaks of
players, coaches, clubs or transfers, the treaty gets no parties from that word and none guessed
(`kg.extract.treaties` treats it like a contract: only sides its clause names). "البلدين"/"الدولتين"
still name two states ("اتفاقية تعاون رياضي بين البلدين").
"""

from __future__ import annotations

from kg.extract import vocab
from kg.extract.text import DocView
from kg.extract.treaty_words import PARTNER

#: The sides as a pair of parties, not of states.
_SIDES = vocab.keys(("الطرفين", "الطرفان", "الجانبين", "الجانبان"))
#: Words of a sports transfer story: players, coaches, clubs, the transfer itself. "الفريق" is left
#: out (also a military rank and "فريق عمل", a working team).
_SPORT = vocab.keys((
    "لاعب", "اللاعب", "لاعبا", "لاعبين", "اللاعبين", "المحترف", "محترف", "محترفا", "المدرب", "مدرب", "مدربا",
    "النادي", "نادي", "الناديين", "ناديه", "ناديها", "انتقال", "انتقاله", "التعاقد",
))


def _sporting(view: DocView) -> bool:
    """The article speaks of players, coaches, clubs or a transfer."""
    return any(tok.is_(_SPORT) for tok in view.tokens)


def club_sides(view: DocView, first: int, last: int) -> bool:
    """The clause first..last names its treaty's sides only as "بين/مع الطرفين" in a sports article."""
    toks = view.tokens
    return any(toks[j].is_(PARTNER) and toks[j + 1].is_(_SIDES) for j in range(first, last)) and _sporting(view)
