"""Heads of bodies named only by the institution grammar: `المركز الوطني للدراسات`, `الرابطة الوطنية لكرة القدم`,
`الغرفة الوطنية لأصحاب المخابز`, `الديوان الوطني للمياه المعدنية`, `مركز الأمن الوطني`, `منتدى الطاقة العالمي`.

Why a head list of its own: `مركز` (a centre), `غرفة` (a chamber, a room), `رابطة` (a league, a bond), `ديوان` (an
office, a court, a poetry collection) and `منتدى` (a forum) name bodies, but each is as often a common noun (مركز
المدينة، المركز الثاني، غرفة العمليات، رابطة الدم، منتدى نقاش), so `kg.link.heads.HEADS` leaves them out and a body
named by one of them is lost where the NER misses it. The body's name has the same grammar as an institution's
(`kg.link.body_grammar`, `kg.link.institution_spans`), and that grammar is what tells the name from the common
noun: `kg.link.institution_spans` reads these heads with the institution heads, but only where its grammar closes
the name — a definite head + naming adjectives + a ل-phrase, a definite head + a country's nisba, an indefinite
head + a definite field closed by a naming adjective or الدولي/العالمي, or + a place and a لل-field — never a
head + any name after it, nor a field closed by any -ي adjective (`شبكة التواصل الاجتماعي`, `مركز الرعاية الصحية`).

Raw news (zcat ../shared/data/arabic-news-raw/*.txt.gz, dev lines and all; `grep -oE "(^| )[وبلف]?(ال|لل)HEAD
NAMING [وب]?لل?[^ ]+"` with 30 naming adjectives): a definite head + naming adjective + ل-word 190 times for مركز
(المركز الوطني للدراسات والبحوث 24، للقياس والتقويم 14، للنخيل والتمور 6، المركز العربي للدراسات السياسية 5 …),
49 for ديوان (الديوان الوطني للمياه المعدنية، الديوان الملكي للشؤون التنفيذية), 43 for غرفة (الغرفة الوطنية لأصحاب
المخابز، الغرفة الجهوية للمخابز), 43 for رابطة (الرابطة الوطنية لكرة القدم 32، للوسطاء العقاريين 4) and 14 for منتدى
(المنتدى الوطني لسيدات الأعمال 7); an indefinite head + field + naming adjective: مركز الأمن الوطني 46، مركز
المعلومات الوطني 20، غرفة التجارة الدولية 5، منتدى الطاقة العالمي. Left out: `مصلحة` (المصلحة الوطنية للبلاد is
the national interest), `شبكة` and `برنامج` (شبكة التواصل الاجتماعي، برنامج اللغة الإنجليزية: a field + adjective
names no body), `سلطة` (25 uses, السلطة المحلية لمحافظة is the local authority of a governorate, described).
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.link.heads import readings
from kg.link.normalize import match_key

#: Heads of bodies that only the institution grammar closes into a name (clitic-free, without ال).
CENTRE_HEADS = frozenset(match_key(w) for w in ("مركز", "غرفة", "رابطة", "ديوان", "منتدى"))
#: The preposition a field's verbal noun governs (للدفاع عن): the name runs on after it.
ABOUT = match_key("عن")
#: The لل-words of a field that govern عن (raw news, see `not_closed`).
GOVERN_ABOUT = frozenset(match_key(w) for w in ("للدفاع", "للكشف"))


def centre_head(word: str) -> str | None:
    """The centre head this word is (مركز، المركز، بالمركز، للمركز، والرابطة), or None."""
    for r in readings(word):
        base = r[2:] if r.startswith("ال") else r
        if base in CENTRE_HEADS:
            return base
    return None


def not_closed(keys: Sequence[str], after: str | None) -> bool:
    """The words after a centre head (`keys`) and the word right after them (`after`, None after punctuation) name
    no body the grammar closed:
    they hold an indefinite ل-word (`دور المركز الدولي لتكريس مبادئ …`: the role of the centre in enshrining …; after
    these heads as often a purpose as a field, where the raw news's names take a definite لل-word: للدراسات،
    للقياس، للمعارض, and لكرة the one indefinite field it writes often), or the field's verbal noun runs on over عن
    (`الرابطة الوطنية للدفاع | عن حقوق …`), where the grammar would cut the name short: after a definite body or centre
    head, an adjective and a لل-word, the raw news writes عن 40 times, 24 of them after للدفاع or للكشف; after other
    لل-words عن is the verb's (أعلن الديوان الوطني للزيت عن …). Nor when a definite feminine word other than an -ية
    adjective follows (للصحة | العامة، للكرة | الطائرة، للإعلامية | الموجهة): it agrees with the field, which runs
    on."""
    if after == ABOUT and keys[-1] in GOVERN_ABOUT:
        return True
    if after is not None and after.startswith("ال") and after.endswith("ه") and not after.endswith("يه"):
        return True  # a feminine adjective or participle the grammar does not take: للصحة | العامة، للكرة | الطائرة
    return any(k.startswith("ل") and not k.startswith(("لل", "لكره")) for k in keys)


__all__ = ["CENTRE_HEADS", "centre_head", "not_closed"]
