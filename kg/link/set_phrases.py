"""Place names inside set phrases that name no place: `مسقط رأسه` "his birthplace" is not Muscat, and
`باليمن والبركات` "with blessing and grace" is not Yemen.

`مسقط رأس` (literally "where the head fell") is the common phrase for one's home town; the raw news (both corpora,
`../shared/data/arabic-news-raw`) writes `مسقط` + a form of `رأس` 103 times (رأسه 51, رأس 39, رأسها 8, الرأس 5),
and each was linked to Muscat, Oman's capital, by the tagger or the gazetteer. `اليمن` is also the noun "good
fortune" in the feast greeting `أعاده الله … باليمن والبركات`: the raw news writes `اليمن` + `والبركات` 25 times,
`والخير` 22, `والمسرات` 8, `والبركة` 5, `والخيرات` 2, every one a greeting (2026-12-07), and each was linked to Yemen.
The name is no mention when the word after it opens such a phrase; the table says which words do, per name (match
keys, a suffix allowed).
"""

from __future__ import annotations

import re

from kg.link.normalize import match_key

#: Name (match key) → the match keys of the words that, right after it, make it a set phrase (a pronoun suffix
#: may follow them: رأسه، رأسها). راس is رأس written without its hamza.
SET_PHRASES: dict[str, tuple[str, ...]] = {
    match_key("مسقط"): tuple(match_key(w) for w in ("رأس", "راس", "الرأس", "الراس")),
    match_key("اليمن"): tuple(match_key(w) for w in ("والبركات", "والخير", "والمسرات", "والبركة", "والخيرات")),
}
_NEXT_WORD = re.compile(r"[ \t\u00a0]+(\w+)")
_SUFFIXES = ("", "ه", "ها", "هم", "هما", "ي", "نا", "ك")


def in_set_phrase(text: str, start: int, end: int) -> bool:
    """The name written at text[start:end] (a clitic may lead it: بمسقط) opens a set phrase."""
    words = SET_PHRASES.get(_without_clitic(match_key(text[start:end])))
    if not words:
        return False
    nxt = _NEXT_WORD.match(text, end)
    if nxt is None:
        return False
    key = match_key(nxt.group(1))
    return any(key == w + s for w in words for s in _SUFFIXES)


def _without_clitic(key: str) -> str:
    if key in SET_PHRASES:
        return key
    for n in (1, 2):
        if key[n:] in SET_PHRASES and all(c in "وفبلك" for c in key[:n]):
            return key[n:]
    return key


__all__ = ["SET_PHRASES", "in_set_phrase"]
