"""A treaty side named by "الجانب"/"الطرف" and a country nisba: "وقعت المغرب اتفاقية مع الجانب الياباني"،
"بين الجانب المصري والجانب الأردني"، "ووقع الجانب السعودي والجانب الفلاني الاتفاقية".

Diplomatic news names a state as "the X side" once the talks are told: the party slot (the
complement of بين/مع, an item joined by و, the subject of a signing verb) holds no mention, only
a side noun and an adjective, and the treaty kept one side or none and was dropped. The dual with
its nisbas ("الجانبان المصري والأردني") and "عن الجانب X" (who signs for each side) are read
elsewhere (`kg.extract.treaty_chain`, `kg.extract.treaty_parties`); this reads the singular in a
list slot. Raw news (both corpora, paragraphs with a treaty noun): "مع/بين/و" + الجانب/الطرف + a
nisba in 52 paragraphs, a state's nisba (العاجي، المصري، الإيراني، الأميركي، الصيني، الروسي …) in 32
of them (28 after مع; 11 of these the cabinet's "بالتباحث مع الجانب X في شأن مشروع اتفاقية بين …",
whose بين-phrase names both states anyway).

Only a country nisba is read ("الطرف النقابي"، "الجانب الإيجابي" name no state).
"""

from __future__ import annotations

from kg.extract import vocab
from kg.extract.facts import Ref
from kg.extract.text import DocView

#: The side nouns, with the clitics a list item carries ("والجانب").
SIDE_NOUNS = vocab.keys(("الجانب", "الطرف"))


def side_at(view: DocView, t: int, stop: int) -> tuple[Ref, int] | None:
    """The state a side phrase at token t names ("الجانب الياباني" → Japan), and the token after its
    nisba; None if token t is no side noun followed by a country nisba."""
    toks = view.tokens
    if t + 1 > stop or t in view.token_mention or not toks[t].is_(SIDE_NOUNS):
        return None
    nis = view.nisba(t + 1)
    if nis is None or nis[0].entity.kind != "Country" or t + nis[1] > stop:
        return None
    return nis[0], t + 1 + nis[1]


__all__ = ["SIDE_NOUNS", "side_at"]
