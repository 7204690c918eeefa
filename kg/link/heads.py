"""Institution head nouns and the common-noun test for one-word mentions.

Why a module of its own: the mention repair (`kg.link.mentions`), the ministries' reading,
the fact extractors' text helpers (`kg.extract.text`) and the mining scripts all ask the same
two questions — is this word the head of an institution's name, and is this one-word mention a
common noun rather than a name — and each answer rests on the NER corpora's counts
(`lexicons().org_heads`, `title_words`, `common_words`, `named_alone`).
"""

from __future__ import annotations

from functools import lru_cache

from kg.link.lexicons import lexicons
from kg.link.normalize import clitic_splits, match_key

#: Head nouns of institutions (clitic-free, without ال). The issue-13 list and the words that most
#: often open a gold ORG name in the NER corpora (org_heads.tsv gives each one's count: `head_evidence`).
#: Left out on purpose: سفارة/قنصلية (a generic embassy is described, not named: its country and
#: city are the entities), مكتب (an office is mostly a person's: مكتب زيلينسكي), تنظيم (also the verbal
#: noun: بتنظيم الاتحاد "organized by the union"), sports heads (منتخب،
#: نادي) and foreign words (مانشستر).
#: `ائتلاف` (a coalition of parties: الائتلاف السوري، الائتلاف الوطني لقوى …) was added from the raw news
#: (`RAW_HEAD_COUNTS`; the NER corpora never open an ORG name with it), and so were `مرصد` and `خطوط`.
HEADS = frozenset(match_key(w) for w in (
    "قصر", "رئاسة", "مجلس", "مفوضية", "جبهة", "مؤتمر", "قناة", "وزارة", "هيئة", "صحيفة", "وكالة", "حزب",
    "جامعة", "منظمة", "بنك", "صندوق", "جريدة", "بلدية", "حركة", "حكومة", "لجنة", "اتحاد", "كلية", "إذاعة",
    "شركة", "شرطة", "جمعية", "محكمة", "معهد", "مؤسسة", "نقابة", "مجلة", "مجمع", "بورصة",
    "حلف", "جيش", "أكاديمية", "برلمان", "ائتلاف", "مديرية", "مندوبية", "إدارة", "مرصد", "خطوط", "مصرف",
))
#: Heads whose evidence is the raw news, not the NER corpora: `(ال)ائتلاف` + a word, zcat
#: ../shared/data/arabic-news-raw/*.txt.gz: before الوطني 60, الدولي 39, السوري 31, دولة 16 (`الائتلاف الحاكم` 42
#: is an epithet, cut by kg.link.epithets, and leaves a bare head, no name); the count is those four together.
#: `مديرية` and `مندوبية` (a directorate, a regional delegation: المديرية العامة للزراعة، المندوبية الجهوية للفلاحة
#: بباجة) and `إدارة` (a department: الإدارة العامة للتعليم بمنطقة الرياض) from the raw news too: a definite head, a
#: naming adjective (العامة، الجهوية، المركزية، الإقليمية) and a ل-phrase, `zcat … | grep -oE "(^| )[وبلف]?(ال|لل)HEAD
#: (العامة|الجهوية|المركزية|الإقليمية) [وب]?ل"`: 891 for الإدارة, 359 for المديرية, 73 for المندوبية.
#: `مرصد` (an observatory, a monitoring body: المرصد السوري لحقوق الإنسان) and `خطوط` (an airline: الخطوط الجوية
#: القطرية، الخطوط التونسية) from the raw news too, read with a country nisba after them (dev lines left out): `(ال)مرصد
#: + السوري|التونسي|العراقي|المصري|الأردني|اليمني|الليبي|المغربي|الأورومتوسطي` 212 times; `(ال)خطوط (الجوية)? + a
#: country nisba` about 585 (السعودية 225، التونسية 135، الماليزية 58، اليمنية 54، القطرية 26 …). Only a nisba or a name
#: closes them into a body: `الخطوط الحمراء`، `الخطوط الأمامية`، `المرصد في بيان` stay common nouns.
#: `مصرف` (a bank, the synonym of بنك: مصرف الراجحي، مصرف أبوظبي الإسلامي، المصرف المركزي الأوروبي) from the raw news:
#: `zcat … | grep -oE "(^| )[وبلف]?(ال|لل)?مصرف [^ ]+"` 351 times.
RAW_HEAD_COUNTS = {match_key("ائتلاف"): 146, match_key("إدارة"): 891, match_key("مديرية"): 359,
                   match_key("مندوبية"): 73, match_key("مرصد"): 212, match_key("خطوط"): 585, match_key("مصرف"): 351}
#: Heads that name a body only when definite (`الإدارة العامة للتعليم`): in construct `إدارة X` is mostly the
#: management of X, not a body of its own (raw news: إدارة النادي الأهلي 94، إدارة نادي الاتحاد 79، إدارة العلاقات
#: العامة 140, the department of some body; إدارة أوباما), so `kg.link.institution_spans` takes no name after it, and
#: the definite head only with a naming adjective and a ل-phrase (`الإدارة الأمريكية` is a government described).
DEFINITE_ONLY = frozenset({match_key("إدارة")})
#: Heads whose name may be a place the knowledge base knows (جامعة القاهرة، صحيفة الرياض,
#: كلية الآداب); after other heads a known place stays a place (مؤتمر جنيف keeps جنيف).
#: Banks are named by their country or city (بنك قطر الوطني، بنك إنجلترا المركزي، مصرف ليبيا المركزي، بنك البلاد): the
#: raw news writes `(و|ب|ل)?بنك` + one of thirty country or city names about 250 times, every one a bank's name
#: (`zcat … | grep -oE "[وبلف]?بنك (أبوظبي|قطر|الكويت|دبي|إنجلترا|اليابان|مصر|الرياض|…)( [^ ]+)?"`), and مصرف 27.
PLACE_NAMED_HEADS = frozenset(match_key(w) for w in (
    "جامعة", "بلدية", "صحيفة", "جريدة", "إذاعة", "وكالة", "مجلة", "كلية", "أكاديمية", "بنك", "مصرف",
))  # not قناة: قناة السويس is a canal
#: A palace takes its locality's one-word name (قصر بعبدا); a longer place after قصر
#: is a town's name cut by the tagger (قصر | هلال المنستير: the town Ksar Hellal, Monastir).
PALACE = match_key("قصر")
#: Adjectives that close an institution's construct like a nisba (مجلس الأمن الدولي).
INTERNATIONAL = frozenset(match_key(w) for w in ("الدولي", "الدولية", "العالمي", "العالمية"))
#: Attached possessive pronouns that make a noun a common noun (بلدينا، حكومتهم).
_POSSESSIVE = ("هما", "هم", "هن", "نا", "كم")
#: Definite dual and sound plural endings (الرئيسان، البلدين، الصحافيون).
_DUAL_PLURAL = ("ان", "ين", "ون")
#: A word a gold corpus tags as a one-word name at least this often is never dropped by its shape.
MIN_NAMED = 1


#: A word opens gold ORG names this often in the NER corpora (org_heads.tsv) to count as a head a clitic is cut from.
MIN_GOLD_HEAD = 3


@lru_cache(maxsize=1)
def name_heads() -> frozenset[str]:
    """Clitic-free heads (without ال) that open names of bodies and facilities: `HEADS`, the words that open gold
    ORG names at least `MIN_GOLD_HEAD` times (org_heads.tsv: مدرسة 6، مستشفى 5، مركز 9، دار 3) and the facility
    heads of the raw news (facility_heads.tsv). A preposition or conjunction written on such a word opens the
    phrase, it is no letter of the name: `بمدرسة الصحة العسكرية` is the school, `لمستشفى الملك فهد` the hospital."""
    from kg.link.facilities import facility_heads  # facilities reads lexicons only: no cycle at import time

    gold = {k[2:] if k.startswith("ال") else k for k, n in lexicons().org_heads.items()
            if n >= MIN_GOLD_HEAD and k.isalpha() and len(k) >= 3}
    return frozenset(HEADS | gold | set(facility_heads()))


def head_evidence(key: str) -> int:
    """How often the head (definite or not) opens a gold ORG name in the NER corpora."""
    heads = lexicons().org_heads
    return heads.get(key, 0) + heads.get("ال" + key, 0)


def readings(word: str) -> list[str]:
    """The word's key and its clitic-free readings of at least three letters."""
    return [rest for prefix, rest in clitic_splits(match_key(word), article=False)
            if not prefix or len(rest) >= 3]


def head_of(word: str) -> str | None:
    """The institution head this word is (وزارة، الوزارة، بالوزارة، للوزارة), or None."""
    for r in readings(word):
        base = r[2:] if r.startswith("ال") else r
        if base in HEADS:
            return base
    return None


def body_head(word: str) -> str | None:
    """The institution head this word opens a body's name with: `head_of`, but a `DEFINITE_ONLY` head only when
    definite (الإدارة العامة, not إدارة الأزمة)."""
    head = head_of(word)
    if head in DEFINITE_ONLY and not any(r.startswith("ال") and r[2:] == head for r in readings(word)):
        return None
    return head


def common_noun(word: str, ner_type: str = "PER") -> str | None:
    """Why a one-word mention is a common noun (the evidence), or None if it may be a name.

    The dual/plural shape is no evidence for a place: towns are named so (القصرين، البحرين)."""
    lex = lexicons()
    key = match_key(word)
    for r in readings(word):
        if r != key and len(r) < 4:
            continue  # بالي is Bali, not ب + إلى
        if r.startswith("ال") and r[2:] in HEADS:
            return "a bare institution head"
        if r in lex.title_words:
            return f"a bare title ({lex.title_words[r]} times before a name in the NER corpora)"
        if r in lex.common_words:
            return f"a common word of the NER corpora ({lex.common_words[r]} occurrences)"
        if lex.named_alone.get(r, 0) >= MIN_NAMED:
            continue
        if r.startswith("ال") and len(r) >= 6 and r.endswith(_DUAL_PLURAL) and ner_type != "LOC":
            return "a definite dual or plural"
        for s in _POSSESSIVE:
            stem = r[: -len(s)]
            if r.endswith(s) and len(stem) >= 3 and (stem.endswith(("ي", "ت")) or stem in lex.common_words):
                return "a noun with a possessive suffix"
    return None
