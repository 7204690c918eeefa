"""The state of a ruling house's member, from the name news gives him: "الأمير X بن Y بن عبدالعزيز"، "X آل نهيان".

Gulf papers write their own royals' national posts bare ("صاحب السمو الملكي الأمير X بن Y بن عبدالعزيز ولي
العهد نائب رئيس مجلس الوزراء وزير الداخلية"), and the KB holds few of them. Their names say their state:

* the surname of a ruling house (Wikipedia, "House of Saud", "Al Nahyan family", "Al Maktoum family",
  "House of Thani", "House of Khalifa": the ruling families of Saudi Arabia, Abu Dhabi and Dubai (UAE), Qatar
  and Bahrain) as the name's last words. Raw corpus (both files), lines with the surname as a word: آل سعود
  909, آل خليفة 90, آل نهيان 83, آل مكتوم 50, آل ثاني 43;
* the Saudi royal nasab: a prince or king ("الأمير"، "الملك" right before the name) whose line ends with the
  founder, King Abdulaziz ("الأمير X بن Y بن عبدالعزيز"، "الملك X بن عبدالعزيز"): the House of Saud's princes
  are his sons and grandsons, styled so. Raw corpus: 3,354 lines.

`kg.extract.post_of` gives a member's own national office (not a post abroad, not a counterpart's) that
state when nothing surer does.
"""

from __future__ import annotations

from kg.extract import vocab
from kg.extract.facts import Ref
from kg.extract.text import DocView
from kg.link.normalize import match_key

#: A ruling house's surname (match keys, "آل" is "ال") → the KB id of its state.
HOUSES: dict[tuple[str, ...], str] = {
    tuple(match_key(w) for w in name.split()): kb_id for name, kb_id in (
        ("آل سعود", "country:SA"), ("آل خليفة", "country:BH"), ("آل نهيان", "country:AE"),
        ("آل مكتوم", "country:AE"), ("آل ثاني", "country:QA"),
    )
}
#: The founder of the Saudi state as the last of a prince's nasab, in one word or two.
_FOUNDER = (("بن", "عبدالعزيز"), ("بن", "عبد", "العزيز"))
#: Titles right before a royal's name.
_ROYAL = vocab.keys(("الأمير", "الملك", "الأميرة"))


def house_country(view: DocView, person: Ref) -> tuple[str, str] | None:
    """(KB id of the state, the name that says so) for a person the paragraph names as a member of one
    ruling house, else None."""
    found: dict[str, str] = {}
    for i, mention in enumerate(view.mentions):
        if i not in view.mention_span or not view.is_person(i) or view.ref(i).key != person.key:
            continue
        words = tuple(match_key(w) for w in mention.text.split())
        for surname, kb_id in HOUSES.items():
            if len(words) > len(surname) and words[-len(surname):] == surname:
                found.setdefault(kb_id, mention.text)
        first = view.mention_span[i][0]
        royal = first > 0 and view.tokens[first - 1].is_(_ROYAL)
        if royal and any(len(words) > len(f) and words[-len(f):] == f for f in _FOUNDER):
            found.setdefault("country:SA", f"{view.tokens[first - 1].text} {mention.text}")
    if len(found) != 1:
        return None
    return next(iter(found.items()))


__all__ = ["HOUSES", "house_country"]
