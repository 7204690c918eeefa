"""The object of a meeting masdar: "استقبال X لـY"، "لقاء X بـY".

A verbal noun takes its subject as its genitive and its object with the preposition ل (or ب for لقاء):
"وجاء ذلك لدى استقبال الرئيس X للسفير Y"، "خلال لقاء الوزير X بالمبعوث Y". The nominal trigger's parties
(`kg.extract.meeting_parties`' tied persons) take the genitive and those after مع/بين/ب as a word of
their own; the object whose ل or ب is a proclitic of its title or name right after the genitive was left
out, and the event got one party and no record. Raw corpus (../shared/data/arabic-news-raw, dev lines
excluded; zcat | grep -cE): استقبال/لقاء/اجتماع, a title or honorific, at most six words, then a word
with لل/بال: 21 paragraphs (7 with a title word right after the clitic: للسفير، بالرئيس …).
"""

from __future__ import annotations

from kg.extract.officials import Officials
from kg.extract.text import DocView

_CLITICS = ("ل", "ب")


def clitic_object(view: DocView, off: Officials, lead: int, m: int) -> bool:
    """The person mention m, introduced at token `lead` (its title's first token, or its own first token),
    carries the ل/ب of a masdar's object as a proclitic: "للسفير Y"، "بالمبعوث Y"، "لفلان الفلاني"."""
    tok = view.tokens[lead]
    key = tok.key
    if key[:1] not in _CLITICS:
        return False
    if lead in off.covered and lead not in view.token_mention:  # a title word: "للسفير"، "لوزير"، "بالرئيس"
        return any(f != key and (f == key[1:] or (key.startswith("لل") and f == "ال" + key[2:])) for f in tok.forms)
    text = view.mentions[m].text
    label = view.ref(m).entity.label
    return text[:1] in _CLITICS and not label.startswith(text[:1])  # "لفلان الفلاني": the name itself
