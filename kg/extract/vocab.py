"""Closed-class vocabularies the fact extractors match: titles, portfolios, triggers, cues.

Only general words of news language live here — titles, ministries, verbs of meeting and
signing, date words — never names of people: persons come from the NER, countries and
their nisba adjectives from the knowledge base. Each table maps surface forms (written
naturally, with hamzas and taa marbuta) to a language-neutral code; the extractors compare
`match_key` forms, so أ/إ/ا, ة/ه and ى/ي spellings all match. Another language would add
its own forms to the same codes.

Clitics are not listed: a leading و ف ب ل ك (and لل for ل + ال) is stripped when matching.
Pronoun suffixes are, where they matter (لقائه، نظيرته، زيارتها), via `with_suffixes`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from kg.extract import body_posts, deputy_posts
from kg.link.normalize import match_key

#: Attached possessive pronouns: his, her, their (pl., dual), our, my, your.
PRONOUN_SUFFIXES = ("ه", "ها", "هم", "هما", "هن", "نا", "ي", "كم")


def keys(forms: Iterable[str]) -> frozenset[str]:
    """The match keys of surface forms."""
    return frozenset(match_key(f) for f in forms)


def with_suffixes(nouns: Iterable[str]) -> frozenset[str]:
    """Keys of nouns and their possessive forms (زيارة → زيارته، زيارتها; لقاء → لقائه).

    A definite noun takes no possessive ("الاجتماعي" is "the social", not "the meeting of
    mine"), and "my" (ـي) only where the stem shows it (زيارتي، لقائي): on an unchanged stem
    noun + ي is the nisba adjective ("اجتماعي" social, "اتصالي" communicative)."""
    out = set()
    for noun in nouns:
        key = match_key(noun)
        out.add(key)
        if key.startswith("ال"):
            continue
        stem = key[:-1] + "ت" if key.endswith("ه") else key  # taa marbuta before a suffix
        if stem.endswith("اء"):
            out.update(stem[:-1] + "ئ" + s for s in PRONOUN_SUFFIXES)  # لقاء → لقائه
        out.update(stem + s for s in PRONOUN_SUFFIXES if s != "ي" or stem != key)
    return frozenset(out)


# --- roles -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Role:
    """A kind of post. `appositive`: news may put it after the name ("X, the spokesman")."""

    code: str
    ar: str
    en: str
    appositive: bool = False


ROLES: dict[str, Role] = {r.code: r for r in (
    Role("president", "رئيس", "President"),
    Role("vice-president", "نائب الرئيس", "Vice President", True),
    Role("prime-minister", "رئيس الوزراء", "Prime Minister"),
    Role("first-minister", "الوزير الأول", "Prime Minister"),
    Role("deputy-prime-minister", "نائب رئيس الوزراء", "Deputy Prime Minister", True),
    Role("minister", "وزير", "Minister"),
    Role("deputy-minister", "نائب وزير", "Deputy Minister", True),
    Role("assistant-minister", "مساعد وزير", "Assistant Minister", True),
    Role("minister-of-state", "وزير دولة", "Minister of State"),
    # the Maghreb's junior minister ("كاتب الدولة للتنمية والتعاون الدولي"): raw corpus, paragraphs
    # with كاتب الدولة 85, كاتب دولة 18, كاتبة الدولة 9 (zcat antcorpus saudinewsnet | grep -c)
    Role("secretary-of-state", "كاتب الدولة", "Secretary of State"),
    Role("spokesperson", "متحدث باسم", "Spokesperson", True),
    Role("ambassador", "سفير", "Ambassador", True),
    Role("envoy", "مبعوث", "Envoy", True),
    Role("secretary-general", "الأمين العام", "Secretary-General"),
    Role("deputy-secretary-general", "نائب الأمين العام", "Deputy Secretary-General", True),
    Role("chancellor", "مستشار", "Chancellor"),
    Role("adviser", "مستشار", "Adviser", True),
    Role("national-security-adviser", "مستشار الأمن القومي", "National Security Adviser", True),
    Role("aide", "مساعد", "Aide", True),
    # "كبير" + a plural of a post is a post of its own, the first of those holders: raw corpus (both files),
    # كبير المساعدين 26, كبير المفاوضين 16 (+ كبيرة 1), كبير الاقتصاديين 12, كبير مستشاري 9 (+ المستشارين 1)
    Role("senior-adviser", "كبير المستشارين", "Senior Adviser", True),
    Role("chief-aide", "كبير المساعدين", "Chief Aide", True),
    Role("chief-negotiator", "كبير المفاوضين", "Chief Negotiator", True),
    Role("chief-economist", "كبير الاقتصاديين", "Chief Economist", True),
    Role("king", "ملك", "King"),
    Role("queen", "ملكة", "Queen"),
    Role("crown-prince", "ولي العهد", "Crown Prince"),
    Role("emir", "أمير", "Emir"),
    Role("sultan", "سلطان", "Sultan"),
    Role("supreme-leader", "المرشد الأعلى", "Supreme Leader"),
    Role("leader", "زعيم", "Leader"),
    Role("speaker-of-parliament", "رئيس البرلمان", "Speaker of Parliament"),
    Role("chief-of-staff", "رئيس الأركان", "Chief of Staff", True),
    Role("head", "رئيس", "Head"),
    Role("director", "مدير", "Director", True),
    # the head of a centre, programme, campaign or department titled by what he oversees ("المشرف العام على مركز
    # X"): raw corpus (both files), lines with "المشرف العام على" 592, "المشرفة العامة على" 6; only with a body
    # after على, read by kg.extract.body_titles only (not a title head: "اللجنة المشرفة على" is a committee's
    # adjective), never a team or event named by a common noun alone
    Role("supervisor", "المشرف العام", "Supervisor-General", True),
    # a member of parliament written "النائب عن حزب X"، "النائبة في البرلمان X"، "النائب بمجلس الأمة": raw corpus
    # (both files), lines with "النائب عن" 69, "النائبة عن" 20, "النائب بمجلس" 30, "النائب في البرلمان|مجلس" 14;
    # only with the body (party, parliament) after عن/في/ب (kg.extract.body_titles), never bare "النائب"
    Role("member-of-parliament", "نائب", "Member of Parliament", True),
    Role("governor", "محافظ", "Governor", True),
    # Governors titled by another head noun, kept so the post reads as the news writes it: a Saudi region's
    # emir ("أمير منطقة الرياض"; raw corpus, lines with أمير منطقة|أمير المنطقة: saudinewsnet 1,431, antcorpus 1)
    # and the Maghreb's wali ("والي سوسة"; lines with (و)(ال)والي + a word: antcorpus 238, saudinewsnet 58).
    Role("region-emir", "أمير منطقة", "Regional Emir (Governor)", True),
    Role("wali", "والي", "Governor (Wali)", True),
    # "حاكم دبي"، "حاكم مصرف لبنان"، "حاكم منطقة تل سامر": the head noun news writes (raw corpus, both files:
    # حاكم + منطقة|ولاية|إقليم|مقاطعة|مصرف|البنك or an emirate, 120 lines)
    Role("hakim", "حاكم", "Governor (Hakim)", True),
    # a state's consul in a foreign city ("القنصل السعودي في مدينة X"، "القنصل العام"): raw corpus, lines with
    # (و|ل|ب)(ال)قنصل(ة) + a word: saudinewsnet 87, antcorpus 11
    Role("consul", "قنصل", "Consul", True),
    # A city's or region's mayor ("أمين منطقة الرياض"، "أمين جدة"): raw corpus, "أمين" + منطقة 200, محافظة 44,
    # a city (الطائف 63, الأحساء 27, جدة 18, عمان 13 …); only with a city or region after it.
    Role("mayor", "أمين", "Mayor", True),
    Role("negotiator", "مفاوض", "Negotiator", True),
    Role("foreign-policy-chief", "مسؤول السياسة الخارجية", "Foreign Policy Chief", True),
    Role("deputy-crown-prince", "ولي ولي العهد", "Deputy Crown Prince"),
    # "نائب خادم الحرمين الشريفين"، "نائب الملك": who stands in for the king (an heir, a viceroy)
    Role("deputy-king", "نائب الملك", "Deputy of the King", True),
    Role("representative", "المندوب الدائم", "Permanent Representative", True),
    # a ministry's senior civil servant, Gulf and Levant usage: raw corpus (both files), paragraphs with
    # وكيل وزارة 205, وكيل الوزارة 109, وكيلة وزارة 9 (grep -c on the decompressed text)
    Role("undersecretary", "وكيل وزارة", "Undersecretary", True),
    # a commissioner of a body (EU, UN, police): raw corpus (both files), "مفوض الأمم" 12, "المفوض الأوروبي"
    # (+ الاوروبي) 11, "مفوض الشرطة" 10, "المفوض العام" 6, "المفوض السامي" 3
    Role("commissioner", "مفوض", "Commissioner", True),
    # the longest-serving ambassador in a capital, who speaks for the corps: raw corpus (both files),
    # "عميد السلك الدبلوماسي" 14, "عميد الدبلوماسيين" 5; always an ambassador too (kg.extract.posted_titles)
    Role("dean", "عميد السلك الدبلوماسي", "Dean of the Diplomatic Corps", True),
    # the deputy of a body's head ("نائب رئيس المفوضية الأوروبية"، "نائب رئيس الحزب"): raw corpus (both
    # files), 514 lines with "نائب رئيس" + المفوضية|الاتحاد|البنك|مجلس|اللجنة|الحركة|الحزب
    Role("deputy-head", "نائب رئيس", "Deputy Head", True),
    # who heads an embassy without an ambassador: raw corpus (both files), 57 lines with "القائم بالأعمال"
    # or "القائم بأعمال"
    Role("charge-d-affaires", "القائم بالأعمال", "Chargé d'Affaires", True),
    # the deputy or assistant of a body's director or commander ("مساعد مدير شرطة المنطقة العقيد X"، "نائب
    # قائد القوات البرية"): raw corpus (both files), " مساعد مدير " 143 lines, " نائب مدير " 108, " مساعد
    # قائد " 14, " نائب قائد " 13
    Role("deputy-director", "نائب مدير", "Deputy Director", True),
    Role("assistant-director", "مساعد مدير", "Assistant Director", True),
    Role("deputy-commander", "نائب قائد", "Deputy Commander", True),
    Role("assistant-commander", "مساعد قائد", "Assistant Commander", True),
    # a state's (grand) mufti, a post of its own: raw corpus (both files), "مفتي عام المملكة|السعودية" 57 lines,
    # "المفتي العام" 16, "مفتي مصر" 22, "مفتي الديار" 9, "مفتي الجمهورية" 9; only with the country or body after it
    Role("mufti", "مفتي", "Mufti", True),
    # the head of state or heir as commander of the armed forces, written stacked with his first title ("ولي عهد
    # البلد نائب القائد الأعلى للقوات المسلحة الشيخ X"، "ولي العهد نائب القائد الأعلى النائب الأول لرئيس مجلس
    # الوزراء الأمير X"، "الرئيس X، القائد الأعلى للقوات المسلحة"): raw corpus (both files), "القائد الأعلى" 64
    # lines (+ للقوات 42, لكافة القوات 5), "نائب القائد الأعلى" 40 (+ للقوات المسلحة 28, + النائب الأول 12)
    Role("supreme-commander", "القائد الأعلى", "Supreme Commander"),
    Role("deputy-supreme-commander", "نائب القائد الأعلى", "Deputy Supreme Commander", True),
)}
ROLES.update({code: Role(code, ar, en, True) for code, (ar, en) in body_posts.ROLES.items()})
ROLES.update({code: Role(code, ar, en, True) for code, (ar, en) in deputy_posts.ROLES.items()})

#: Roles posted abroad, which take a posting ("لدى البلد", "في العاصمة") after their title; the posting's
#: country is the envoy's host, never the country of his post.
POSTED_ROLES = frozenset({"ambassador", "representative", "envoy", "charge-d-affaires"})

#: Ministries' fields: the word after وزير/وزارة (definite or in construct) → code, ar, en.
PORTFOLIOS: dict[str, tuple[str, str]] = {
    "foreign": ("الخارجية", "Foreign Affairs"),
    "defence": ("الدفاع", "Defence"),
    "interior": ("الداخلية", "Interior"),
    "finance": ("المالية", "Finance"),
    "economy": ("الاقتصاد", "Economy"),
    "energy": ("الطاقة", "Energy"),
    "oil": ("النفط", "Oil"),
    "trade": ("التجارة", "Trade"),
    "justice": ("العدل", "Justice"),
    "health": ("الصحة", "Health"),
    "education": ("التعليم", "Education"),
    "agriculture": ("الزراعة", "Agriculture"),
    "information": ("الإعلام", "Information"),
    "treasury": ("الخزانة", "Treasury"),
    "transport": ("النقل", "Transport"),
    "industry": ("الصناعة", "Industry"),
    "investment": ("الاستثمار", "Investment"),
    "culture": ("الثقافة", "Culture"),
    "tourism": ("السياحة", "Tourism"),
    "labour": ("العمل", "Labour"),
    "housing": ("الإسكان", "Housing"),
    "environment": ("البيئة", "Environment"),
    "communications": ("الاتصالات", "Communications"),
    "planning": ("التخطيط", "Planning"),
    "water": ("المياه", "Water"),
    "electricity": ("الكهرباء", "Electricity"),
    "youth": ("الشباب", "Youth"),
    "awqaf": ("الأوقاف", "Religious Endowments"),
    "security": ("الأمن", "Security"),
}
_PORTFOLIO_FORMS: dict[str, Iterable[str]] = {
    "foreign": ("الخارجية", "خارجية", "الشؤون الخارجية", "شؤون الخارجية"),
    "defence": ("الدفاع", "دفاع"),
    "interior": ("الداخلية", "داخلية"),
    "finance": ("المالية", "مالية"),
    "economy": ("الاقتصاد", "اقتصاد"),
    "energy": ("الطاقة", "طاقة"),
    "oil": ("النفط", "نفط"),
    "trade": ("التجارة", "تجارة"),
    "justice": ("العدل", "عدل"),
    "health": ("الصحة", "صحة"),
    "education": ("التعليم", "تعليم", "التربية", "التربية والتعليم", "التعليم العالي"),
    # the Maghreb's word ("وزير الفلاحة والموارد المائية"): raw corpus (both files), 60 lines with وزير|وزيرة الفلاحة
    "agriculture": ("الزراعة", "زراعة", "الفلاحة", "فلاحة"),
    "information": ("الإعلام", "إعلام"),
    "treasury": ("الخزانة", "خزانة"),
    "transport": ("النقل", "نقل"),
    "industry": ("الصناعة", "صناعة"),
    "investment": ("الاستثمار", "استثمار"),
    "culture": ("الثقافة", "ثقافة"),
    "tourism": ("السياحة", "سياحة"),
    "labour": ("العمل", "عمل"),
    "housing": ("الإسكان", "إسكان"),
    "environment": ("البيئة", "بيئة"),
    "communications": ("الاتصالات", "اتصالات"),
    "planning": ("التخطيط", "تخطيط"),
    "water": ("المياه", "الموارد المائية"),
    "electricity": ("الكهرباء", "كهرباء"),
    "youth": ("الشباب", "الشباب والرياضة"),
    "awqaf": ("الأوقاف", "الشؤون الدينية"),
    "security": ("الأمن",),
}
#: Portfolio phrase (tuple of keys) → code; longest phrases are tried first.
PORTFOLIO_PHRASES: dict[tuple[str, ...], str] = {
    tuple(match_key(form).split()): code for code, forms in _PORTFOLIO_FORMS.items() for form in forms
}

#: Title heads of one or more words → role code. Heads are tried longest first; the role
#: may be refined by what follows (see `kg.extract.officials`). Dual/plural heads
#: ("الرئيسان الروسي … والإيراني …") share one title between several names.
_HEADS: dict[str, Iterable[str]] = {
    "president": ("رئيس", "الرئيس", "رئيسة", "الرئيسة", "رئيسا", "رئيسي", "الرئيسان", "الرئيسين", "رئيسان",
                  "رئيس الجمهورية", "رئيسة الجمهورية", "رئيس الدولة", "رئيسة الدولة"),
    "prime-minister": ("رئيس الوزراء", "رئيسة الوزراء", "رئيس الحكومة", "رئيسة الحكومة",
                       "رئيس مجلس الوزراء", "رئيسة مجلس الوزراء", "رئيس وزراء", "رئيسة وزراء",
                       "رئيس حكومة", "رئيسة حكومة", "رئيسا الوزراء", "رئيسي الوزراء"),
    # the Maghreb's and France's "Premier", by its own head noun: raw corpus, 19 paragraphs with الوزير الأول
    "first-minister": ("الوزير الأول", "الوزيرة الأولى"),
    "speaker-of-parliament": ("رئيس البرلمان", "رئيسة البرلمان", "رئيس مجلس النواب", "رئيسة مجلس النواب",
                              "رئيس مجلس الشعب", "رئيس مجلس الشورى", "رئيس مجلس الأمة", "رئيس الكنيست",
                              "رئيس مجلس الشيوخ", "رئيسة مجلس الشيوخ", "رئيس الجمعية الوطنية"),
    "chief-of-staff": ("رئيس الأركان", "رئيس هيئة الأركان", "رئيس أركان", "رئيس هيئة أركان"),
    "minister": ("وزير", "الوزير", "وزيرة", "الوزيرة", "وزيرا", "وزيري", "وزيران", "الوزيران", "الوزيرين",
                 "وزراء"),
    "minister-of-state": ("وزير الدولة", "وزيرة الدولة", "وزير دولة", "وزيرة دولة"),
    "secretary-of-state": ("كاتب الدولة", "كاتبة الدولة", "كاتب دولة", "كاتبة دولة"),
    "spokesperson": ("المتحدث", "متحدث", "المتحدثة", "متحدثة", "الناطق", "ناطق", "الناطقة", "ناطقة"),
    "ambassador": ("سفير", "السفير", "سفيرة", "السفيرة", "سفيرا", "سفيري", "سفراء"),
    "envoy": ("مبعوث", "المبعوث", "مبعوثة", "المبعوثة", "الموفد", "موفد"),
    "secretary-general": ("الأمين العام", "أمين عام", "الأمينة العامة", "أمينة عامة"),
    "chancellor": ("المستشار", "المستشارة"),
    "adviser": ("مستشار", "مستشارة"),
    "senior-adviser": ("كبير مستشاري", "كبيرة مستشاري", "كبير المستشارين", "كبيرة المستشارين"),
    "chief-aide": ("كبير مساعدي", "كبيرة مساعدي", "كبير المساعدين", "كبيرة المساعدين"),
    "chief-economist": ("كبير الاقتصاديين", "كبيرة الاقتصاديين", "كبير اقتصاديي", "كبيرة اقتصاديي"),
    "national-security-adviser": ("مستشار الأمن القومي", "مستشارة الأمن القومي", "مستشار الأمن الوطني"),
    "king": ("الملك", "ملك", "العاهل", "خادم الحرمين الشريفين", "عاهل"),
    "queen": ("الملكة", "ملكة"),
    "crown-prince": ("ولي العهد", "ولي عهد"),
    "emir": ("أمير", "الأمير"),
    "sultan": ("السلطان", "سلطان"),
    # "مرشد إيران"، "مرشد الثورة"، "المرشد الأعلى للثورة": raw corpus (both files) "مرشد إيران" 10 lines,
    # "مرشد الثورة" 14, "المرشد الأعلى للثورة" 8; bare indefinite "مرشد" is a guide ("مرشد سياحي"): a post
    # only with a country after it (`kg.extract.titles`)
    "supreme-leader": ("المرشد الأعلى", "مرشد الجمهورية", "قائد الثورة", "المرشد", "مرشد", "مرشد الثورة",
                       "المرشد الأعلى للثورة"),
    "leader": ("زعيم", "الزعيم", "زعيمة", "قائد", "القائد", "قائدة"),
    # a company's or body's chief executive, never a head of state: raw corpus (both files), 545 lines
    "head": ("الرئيس التنفيذي", "الرئيسة التنفيذية", "رئيس تنفيذي", "رئيسة تنفيذية",
             # the Maghreb's chairman and managing director (PDG): raw corpus, "الرئيس المدير العام" 53 lines
             "الرئيس المدير العام", "رئيس مدير عام", "الرئيسة المديرة العامة", "رئيسة مديرة عامة"),
    "director": ("مدير", "المدير", "مديرة", "المديرة"),
    "mufti": ("مفتي", "المفتي", "مفتي عام", "المفتي العام", "مفتي الديار"),
    "governor": ("محافظ", "المحافظ", "حاكم", "الحاكم", "والي", "الوالي"),
    "consul": ("القنصل", "قنصل", "القنصلة", "قنصلة"),
    "mayor": ("أمين", "الأمين", "أمينة", "الأمينة"),
    "negotiator": ("المفاوض", "المفاوضة"),
    "chief-negotiator": ("كبير المفاوضين", "كبيرة المفاوضين", "كبير مفاوضي", "كبيرة مفاوضي"),
    # "ولي ولي عهد المملكة": raw corpus (both files), 5 lines with a country or الأمير after it
    "deputy-crown-prince": ("ولي ولي العهد", "ولي ولي عهد"),
    "supreme-commander": ("القائد الأعلى",),
    "commissioner": ("مفوض", "المفوض", "مفوضة", "المفوضة"),
    "dean": ("عميد السلك الدبلوماسي", "عميدة السلك الدبلوماسي", "عميد الدبلوماسيين"),
    "charge-d-affaires": ("القائم بالأعمال", "القائمة بالأعمال", "القائم بأعمال", "القائمة بأعمال",
                          "قائم بالأعمال", "قائمة بالأعمال"),
    "undersecretary": ("وكيل وزارة", "وكيلة وزارة", "وكيل الوزارة", "وكيلة الوزارة"),
    "representative": ("المندوب الدائم", "المندوبة الدائمة", "المندوب", "المندوبة", "مندوب", "مندوبة"),
    "foreign-policy-chief": ("مسؤول السياسة الخارجية", "مسؤولة السياسة الخارجية", "منسق السياسة الخارجية",
                             "الممثل الأعلى للسياسة الخارجية", "الممثلة العليا للسياسة الخارجية"),
}
_HEADS.update(body_posts.HEADS)
#: The adjectives of a title's head that agree with a woman holder ("الأمينة العامة"، "المندوبة الدائمة").
_FEMININE_ADJECTIVES = {"عام": "عامة", "العام": "العامة", "الدائم": "الدائمة", "الأول": "الأولى",
                        "التنفيذي": "التنفيذية", "تنفيذي": "تنفيذية", "الأعلى": "العليا"}
#: Roles whose head takes no feminine of its own: a woman on a throne is a queen (`queen`), "الأميرة" and
#: "السلطانة" are a prince's and sultan's kin, "الحاكمة" the adjective "ruling" ("الأسرة الحاكمة"), "والية"
#: reads as وإليه once normalised; a supreme leader, an heir and the king's deputy are men in the news read.
_NO_FEMININE = frozenset({"king", "queen", "emir", "sultan", "crown-prince", "deputy-crown-prince", "governor",
                          "supreme-leader", "deputy-king"})


def feminine(form: str) -> str | None:
    """The feminine of a masculine title form ("المنسق العام" → "المنسقة العامة"؛ "مدرب" → "مدربة"؛ "قاضي"
    → "قاضية"): ة on the head word, the title's own adjectives agreeing; None for a head that takes none
    (one already feminine, a dual or plural: "رئيسي"، "وزراء")."""
    first, *rest = form.split()
    if first[-1] in "ةاىءه" or first.endswith(("ان", "ين")) or match_key(first) in _PLURAL_FORMS:
        return None
    return " ".join([first + "ة", *(_FEMININE_ADJECTIVES.get(w, w) for w in rest)])


#: Dual and plural head words (no feminine is made of them: "رئيسي" + ة is the adjective "main").
_PLURAL_FORMS = keys(("الرئيسان", "الرئيسين", "رئيسا", "رئيسي", "رئيسان", "وزيرا", "وزيري", "وزيران", "الوزيران",
                      "الوزيرين", "وزراء", "سفيرا", "سفيري", "سفراء", "نائبا", "نائبي", "نواب"))
#: Head phrases (word keys) → role: the forms above, and the feminine of each where the tables lack it (a
#: form listed for a role is never another role's derived feminine).
HEAD_PHRASES: dict[tuple[str, ...], str] = {
    tuple(match_key(fem).split()): code for code, forms in _HEADS.items() if code not in _NO_FEMININE
    for form in forms if (fem := feminine(form)) is not None
}
HEAD_PHRASES.update({tuple(match_key(form).split()): code for code, forms in _HEADS.items() for form in forms})
#: One-word heads (a PER mention that is only one of these is the NER's mistake).
SINGLE_HEADS = frozenset(p[0] for p in HEAD_PHRASES if len(p) == 1)
#: Heads naming two or more holders at once ("الرئيسان الروسي X والإيراني Y").
PLURAL_HEADS = keys(("الرئيسان", "الرئيسين", "رئيسا", "رئيسي", "وزيرا", "وزيري", "رئيسا الوزراء",
                     "رئيسي الوزراء", "رئيسان", "وزيران", "الوزيران", "الوزيرين", "وزراء", "سفيرا", "سفيري",
                     "سفراء"))
#: Heads that are a title only when a country, organization or name qualifies them (they are
#: common nouns otherwise: رئيس "head", قائد "commander", مدير "manager").
NEEDS_QUALIFIER = frozenset({"head", "leader", "director", "governor", "adviser", "representative", "commissioner",
                             "consul", "senior-adviser", "chief-aide", "chief-economist", "mufti", "member",
                             "coordinator", "honorary-member"})
#: Words before a title that make it another role: نائب الرئيس, مساعد وزير الخارجية.
TITLE_PREFIXES: dict[str, str] = {
    **{k: "deputy" for k in keys(("نائب", "نائبة", "النائب", "النائبة"))},
    **{k: "assistant" for k in keys(("مساعد", "مساعدة"))},
    **{k: "deputy" for k in keys(("نائبا", "نائبي", "نواب"))},
}
#: Dual and plural prefixes: "نواب رئيس الجمهورية X وY" is a post of each name, never the president's.
#: Raw corpus (both files): "نواب رئيس" 65 lines, "نواب الرئيس" 12, "نائبي رئيس" 3, "نائبا رئيس" 1.
PLURAL_PREFIXES = keys(("نائبا", "نائبي", "نواب"))
#: The role a prefix makes of a head: نائب + وزير → deputy-minister, مساعد + الرئيس → aide.
PREFIXED_ROLES: dict[tuple[str, str], str] = {
    ("deputy", "president"): "vice-president",
    ("deputy", "prime-minister"): "deputy-prime-minister",
    ("deputy", "minister"): "deputy-minister",
    ("deputy", "secretary-general"): "deputy-secretary-general",
    ("deputy", "head"): "deputy-head",
    ("deputy", "king"): "deputy-king",
    ("deputy", "region-emir"): "deputy-region-emir",  # "نائب أمير منطقة الرياض"
    ("deputy", "supreme-commander"): "deputy-supreme-commander",  # "نائب القائد الأعلى للقوات المسلحة"
    ("assistant", "minister"): "assistant-minister",
    ("deputy", "director"): "deputy-director",
    ("assistant", "director"): "assistant-director",
    ("assistant", "president"): "aide",
    ("assistant", "secretary-general"): "aide",
    **deputy_posts.PREFIXED,  # the deputies of the other heads: "نائب المتحدث"، "نائب محافظ"، "نائب مساعد وزير"
}
#: After المتحدث/الناطق: "باسم X", "الرسمي باسم X", "الرسمي".
#: The adjectives are raw-corpus counts (both files) of "المتحدث|الناطق + ADJ + باسم|ب|ل|في": الرسمي 1,470,
#: الإعلامي 555 (+ الاعلامي 49), الأمني 103, العسكري 38.
SPOKES_LINKS = keys(("باسم", "الرسمي", "الرسمية", "اسم", "بإسم", "الإعلامي", "الإعلامية", "الأمني", "الأمنية",
                     "العسكري", "العسكرية"))
#: Bodies a spokesperson speaks for, when no mention names them: code, ar, en.
BODIES: dict[str, tuple[str, str]] = {  # key → (code, Arabic label)
    **{k: ("government", "الحكومة") for k in keys(("الحكومة", "حكومة"))},
    **{k: ("presidency", "الرئاسة") for k in keys(("الرئاسة", "رئاسة"))},
    **{k: ("army", "الجيش") for k in keys(("الجيش", "جيش"))},
    **{k: ("ministry", "وزارة") for k in keys(("وزارة", "الوزارة"))},
}
#: Words between a title and the name that do not change the post: honorifics, "special".
HONORIFICS = keys((
    "الأمير", "الأميرة", "الشيخ", "الشيخة", "السيد", "السيدة", "الدكتور", "الدكتورة", "د", "م", "أ", "المشير",
    "الفريق", "اللواء", "العميد", "الجنرال", "الأدميرال", "المهندس", "الملك", "الملكة",
    "السلطان", "الرفيق", "سمو", "جلالة", "فخامة", "معالي", "دولة",
    # ranks and forms of address news puts before a name, not the post ("الفريق أول": RANK_TAILS)
    "السفير", "السفيرة", "صاحب", "السمو", "الملكي", "الجلالة", "الفخامة", "المعالي", "آية", "الله",
    # mined (kg/extract/title_counts.tsv, between a country and a name): الإمام 32, العقيد 13, الأستاذ 13
    "الإمام", "العقيد", "الأستاذ", "المقدم", "الرائد",
    # the colonel of foreign armies, as news transliterates it ("المتحدث باسم الجيش الفلاني الكولونيل X"): raw
    # corpus (both files) 20 lines, most a spokesman's or commander's rank before his name
    "الكولونيل",
    # abbreviated as د. (doctor), م. (engineer), أ. (professor; أ.د.): raw news, a lone letter and a period before
    # a word: د 996, م 232, أ 26 (kg.extract.text)
))
#: Forms of address between a noun and the title it governs: "مدير مكتب جلالة الملك X"، "مستشار سمو وزير
#: الدفاع"، "الشؤون الخاصة لسمو ولي العهد". The name after is the first noun's holder, never the king's or
#: the minister's. Raw corpus (both files): 47 lines write مكتب|مبعوث|مستشار|سكرتير|نائب|مساعد|ديوان|الخاص(ة)
#: + one of these before a title (ومستشار جلالة الملك 10, الخاصة لسمو ولي 11, مكتب جلالة الملك 5 …).
ADDRESS_FORMS = keys(("جلالة", "سمو", "فخامة", "معالي", "سعادة", "صاحب", "السمو", "الملكي", "الجلالة",
                      "الفخامة"))
FILLERS = keys(("الخاص", "الخاصة", "الرسمي", "الرسمية", "الجديد", "الجديدة", "الحالي", "الحالية",
                "الأول", "الأولى", "المكلف", "المكلفة", "بالإنابة", "الدائم", "الدائمة", "المؤقت",
                # "acting" as بالنيابة too ("مدير الجامعة بالنيابة الدكتور X"): raw corpus, 47 lines before an
                # honorific (بالإنابة 60)
                "بالنيابة",
                "الإسلامية", "الإسلامي", "الأعلى", "العليا",
                # "الرئيس الشرعي X": raw corpus, 35 after a title
                "الشرعي"))
#: After a title: its holder is not (or no longer, or not yet) in post → no holdsPost.
NOT_CURRENT = keys(("السابق", "السابقة", "الأسبق", "الأسبقة", "المنتخب", "المنتخبة", "المقبل",
                    "المقبلة", "الراحل", "الراحلة", "المخلوع", "المخلوعة", "المعزول", "المعزولة",
                    "المستقيل", "المستقيلة", "الأسبقين", "السابقين", "المرشح", "المرشحة",
                    # the adverb "formerly" after a title ("X وزير الإعلام سابقًا"): raw corpus (both files), a
                    # title head + at most three words + سابقا 81 lines, 25 read at random all a post held before
                    "سابقا"))
#: "Counterpart": the holder of the same post in another country ("ونظيره الإيراني …").
COUNTERPART = with_suffixes(("نظير", "نظيرة", "نظيري", "نظيرا"))
#: Before a country in a title's complement: "أمير دولة قطر", "سفير لدى".
COUNTRY_LINKS = keys(("دولة", "جمهورية", "مملكة", "سلطنة", "إمارة", "الجمهورية", "المملكة", "السلطنة", "الإمارة"))
#: Delegation nouns: a nisba or "من X" after them names a country taking part.
DELEGATION = keys(("وفد", "الوفد", "وفدا", "وفدان", "وفدين", "الوفدان", "الوفدين", "وفود", "الوفود",
                   "وفدي", "وفدا"))

@dataclass(frozen=True)
class KBNisba:
    """An `ORG_NISBA` target that is a knowledge-base entry (the others are local labels)."""

    kb_id: str


#: Nisba adjectives of organizations (countries' are in the KB): form → KB entry or local label.
ORG_NISBA: dict[str, KBNisba | str] = {
    **{k: KBNisba("org:UN") for k in keys(("الأممي", "الأممية", "أممي", "أممية"))},
    **{k: "الاتحاد الأوروبي" for k in keys(("الأوروبي", "الأوروبية"))},
}

# --- meetings ----------------------------------------------------------------------------

#: Verbs that state a meeting by themselves → kind. Perfect forms are past (held), the
#: imperfect present/future (with س or a planning cue: planned).
MEETING_VERBS_PAST: dict[str, str] = {
    **{k: "meeting" for k in keys(("اجتمع", "اجتمعت", "اجتمعا", "اجتمعتا", "اجتمعوا", "التقى", "التقت",
                                  "التقيا", "التقتا", "التقوا", "تباحث", "تباحثت", "تباحثا"))},
    **{k: "talks" for k in keys(("بحث", "بحثت", "بحثا", "ناقش", "ناقشت", "ناقشا", "تفاوض", "تفاوضت",
                                "تشاور", "تشاورت", "تشاورا"))},
    # Tunisian news' "talked with" ("تحادث رئيس الجمهورية … مع وزير الخارجية X"): raw corpus (both files, zcat |
    # grep -E, with و/ف) تحادث 13 paragraphs, يتحادث 3; only with its partner (NEEDS_PARTNER: "تحادث معهم")
    **{k: "talks" for k in keys(("تحادث", "تحادثت", "تحادثا"))},
    **{k: "talks" for k in keys(("استعرض", "استعرضت", "استعرضا"))},  # only with مع: WITH_ONLY
    **{k: "reception" for k in keys(("استقبل", "استقبلت", "استقبلا"))},
    **{k: "visit" for k in keys(("زار", "زارت", "زارا"))},
    **{k: "call" for k in keys(("هاتف", "هاتفت", "اتصل", "اتصلت"))},
}
MEETING_VERBS_PRESENT: dict[str, str] = {
    **{k: "meeting" for k in keys(("يجتمع", "تجتمع", "يجتمعان", "تجتمعان", "يجتمعون", "يلتقي", "تلتقي",
                                  "يلتقيان", "تلتقيان", "يلتقون", "نلتقي", "ألتقي", "يتباحث", "يتباحثان"))},
    **{k: "talks" for k in keys(("يتحادث", "تتحادث", "يتحادثان"))},  # as تحادث below
    **{k: "talks" for k in keys(("يبحث", "تبحث", "يبحثان", "يناقش", "تناقش", "يناقشان", "يتفاوض",
                                "تتفاوض", "يتفاوضان", "يتشاور", "يتشاوران"))},
    **{k: "talks" for k in keys(("يستعرض", "تستعرض", "يستعرضان"))},  # only with مع: WITH_ONLY
    **{k: "reception" for k in keys(("يستقبل", "تستقبل"))},
    **{k: "visit" for k in keys(("يزور", "تزور", "يزوران"))},
    **{k: "call" for k in keys(("يهاتف", "تهاتف", "يتصل", "تتصل"))},
}
#: Verbs whose meeting sense needs a partner ("بحث X مع Y"; alone بحث is "studied").
NEEDS_PARTNER = keys(("بحث", "بحثت", "بحثا", "ناقش", "ناقشت", "ناقشا", "يبحث", "تبحث", "يبحثان", "يناقش",
                      "تناقش", "يناقشان", "اتصل", "اتصلت", "يتصل", "تتصل", "تفاوض", "تفاوضت", "يتفاوض",
                      "تتفاوض", "يتفاوضان", "تشاور", "تشاورت", "تشاورا", "يتشاور", "يتشاوران", "تحادث", "تحادثت",
                      "تحادثا", "يتحادث", "تتحادث", "يتحادثان"))
#: "استعرض X مع Y العلاقات": reviewed with Y, talks; alone استعرض is "reviewed" (a guard of honour,
#: a report) and "عددا من" gives no partner. Raw corpus (dev lines excluded, zcat|grep -E): "استعرض"
#: then at most seven words then "مع": 13 paragraphs; "يستعرض/تستعرض/استعرضت/استعرضا … مع": 7.
WITH_ONLY = keys(("استعرض", "استعرضت", "استعرضا", "يستعرض", "تستعرض", "يستعرضان"))
WITH = keys(("مع",))
#: Support verbs that only carry tense for a meeting noun ("عقد اجتماعا"، "أجرى اتصالا").
SUPPORT_PAST = keys(("أجرى", "أجرت", "أجريا", "عقد", "عقدت", "عقدا", "جرت", "جرى", "انعقد", "انعقدت",
                     "تلقى", "تلقت", "بدأ", "بدأت", "اختتم", "اختتمت", "أنهى", "شارك", "شاركت", "عقده",
                     "عقدها", "عقدتها", "عقداها", "أجراه", "أجراها", "أجرتها", "أجرياها", "تلقاه", "تلقته",
                     "وصل", "وصلت", "وصلا", "حل", "حلت"))
#: A bare "عقد" is also the verbal noun ("ظروف عقد اجتماع" = the holding of a meeting):
#: it carries the past only at the head of its clause or after these words.
AMBIGUOUS_SUPPORT = keys(("عقد",))
VERB_OPENERS = keys(("قد", "لقد", "وقد", "حيث", "الذي", "التي", "اللذين", "اللتين", "الذين", "كما", "ثم"))
SUPPORT_PRESENT = keys(("يجري", "تجري", "يجريان", "تجريان", "يعقد", "تعقد", "يعقدان", "تنعقد", "ينعقد",
                        "يتلقى", "تتلقى", "يبدأ", "تبدأ", "يشارك", "تشارك", "يصل", "تصل"))
_MEETING_NOUN_FORMS: dict[str, tuple[str, ...]] = {
    "meeting": ("اجتماع", "اجتماعا", "لقاء", "لقاءات", "اجتماعات", "الاجتماع", "اللقاء", "الاجتماعات",
                "اللقاءات", "لقاءين", "اجتماعين"),
    "talks": ("محادثات", "مباحثات", "مفاوضات", "مشاورات", "محادثة", "مباحثة", "المحادثات", "المباحثات",
              "المفاوضات", "المشاورات", "المحادثة", "المباحثة"),
    "visit": ("زيارة", "الزيارة", "زيارات", "زيارتين"),
    "reception": ("استقبال", "الاستقبال"),
    "call": ("اتصال", "اتصالا", "الاتصال", "مكالمة", "المكالمة", "اتصالات", "مكالمات", "اتصالين", "اتصالان",
             "مكالمتين", "الاتصالات", "المكالمات"),
}
#: Meeting nouns → kind, with possessive forms (لقائه، زيارتها): the possessor takes part.
MEETING_NOUNS: dict[str, str] = {
    **{k: kind for kind, forms in _MEETING_NOUN_FORMS.items() for k in with_suffixes(forms)},
    **{k: "summit" for k in keys(("قمة", "القمة", "قمتها", "قمته", "قمم", "القمم", "قمتهما"))},
}
MEETING_NOUN_BASES = keys(f for forms in _MEETING_NOUN_FORMS.values() for f in forms) | keys(
    ("قمة", "القمة", "قمم", "القمم"))
#: The Maghreb's working session, "جلسة عمل" (Tunisian news' word for a meeting of officials: "عقدت الوزيرة جلسة
#: عمل مع X"، "جلسة عمل جمعتها بـY"), a meeting noun of two words read at its second word; the session noun alone
#: is a parliament's or a court's sitting ("جلسة عامة"، "جلسة المحاكمة") and no trigger. Raw corpus (zcat | grep
#: -c): "جلسة عمل" antcorpus 72 paragraphs, saudinewsnet 1; "جلسات عمل" 5.
SESSION_NOUNS = keys(("جلسة", "جلسات", "الجلسة", "الجلسات"))
WORK_NOUN = keys(("عمل",))
#: A negotiating or conciliation session (Tunisian news' word for talks between a union and a ministry or the
#: employers: "جلسة تفاوضية بين وزارة الصحة والاتحاد"، "جلسة صلحية بين رئاسة الحكومة والنقابة"). Raw corpus
#: (zcat | grep -c, both files): "جلسة التفاوض" 15, "الجلسة التفاوضية" 10, "جلسة تفاوضية" 9, "جلسة تفاوض" 2,
#: "جلسة صلحية" 11, "الجلسة الصلحية" 5; a session noun with another word stays no trigger ("جلسة حوارية": a panel).
NEGOTIATION_NOUN = keys(("تفاوضية", "التفاوضية", "تفاوض", "التفاوض", "صلحية", "الصلحية"))

#: "… هاتفيا": whatever the noun or verb, it is a phone call.
PHONE = keys(("هاتفيا", "هاتفي", "هاتفية", "الهاتفي", "الهاتفية", "هاتفيين", "هاتفيان", "الهاتف"))
#: "spoke", a phone call only with a phone word right after it and a partner ("تحدث هاتفيا مع نظيره X"، "X وY
#: تحدثا هاتفيا"). Raw corpus (both files, zcat | grep -E, with و): تحدث/تحدثت/تحدثا/يتحدث/تتحدث + هاتفيا or
#: "عبر الهاتف" 5 paragraphs, all calls between two officials or leaders.
SPOKE_PAST = keys(("تحدث", "تحدثت", "تحدثا"))
SPOKE_PRESENT = keys(("يتحدث", "تتحدث", "يتحدثان", "تتحدثان"))
#: Verbs whose object is the other side of a call told beside them ("هنأ X، في مكالمة هاتفية، Y"، "أعلم X، في
#: اتصال هاتفي، Y بـ…"، "أطلع X في اتصال هاتفي نظيره Y على …"). Raw corpus (zcat | grep -E): هنأ/أعلم/أطلع, then
#: at most 120 characters, then "في|خلال اتصال هاتفي|مكالمة هاتفية": 4 paragraphs, each a call to the object.
CALL_OBJECT_VERBS = keys(("هنأ", "هنأت", "أعلم", "أعلمت", "أطلع", "أطلعت", "أبلغ", "أبلغت"))
#: Nouns that are meetings only when a phone word follows (اتصال "contact", "communications").
CALL_NEEDS_PHONE = keys(("اتصال", "الاتصال", "اتصالات", "اتصالا", "اتصالين", "اتصالان", "الاتصالات"))
#: When several triggers describe one event, the more specific kind wins (a signing told with the visit or
#: talks it ended stays that visit or talks).
KIND_PRIORITY = ("call", "reception", "summit", "visit", "talks", "meeting", "signing")

#: Status cues around a trigger.
PLANNED_CUES = keys((
    "المقرر", "يعتزم", "تعتزم", "يعتزمان", "تعتزمان", "سوف", "غدا", "المقبل", "المقبلة",
    "القادم", "القادمة", "مرتقب", "مرتقبة", "المرتقب", "المرتقبة", "المرتقبين", "يتوقع", "يُتوقع",
    "المتوقع", "المزمع", "المزمعة", "مزمع", "سيتم", "يرتقب", "يترقب", "قريبا", "لاحقا",
    "يخطط", "تخطط", "ينوي", "تنوي", "قبيل", "مستعد", "مستعدا", "استعداد", "تحضيرا",
))
HELD_CUES = keys((
    "أمس", "الماضي", "الماضية", "عقدت", "انعقد", "انعقدت", "جرى", "جرت", "اختتم", "اختتمت", "استمر",
    "استمرت", "أجرى", "أجرت", "أجريا", "الأخير", "الأخيرة", "عقدها", "عقدتها", "عقده",
))
#: The talks are under way: "المفاوضات جارية".
ONGOING_CUES = keys(("جارية", "جار", "جاري", "متواصلة", "مستمرة", "تتواصل", "يتواصل", "تستمر", "يستمر"))
#: Directly before a meeting noun: "بعد اجتماع", "خلال لقائه" — it has taken place.
HELD_BEFORE = keys(("بعد", "عقب", "خلال", "إثر", "أثناء", "وخلال", "وبعد"))
POSTPONED_CUES = keys(("تأجيل", "أرجئ", "أرجئت", "تأجل", "تأجلت", "أجل", "أجلت", "إرجاء", "تأجيلها", "تأجيله"))
CANCELLED_CUES = keys(("إلغاء", "ألغي", "ألغيت", "ألغى", "ألغت", "إلغائها", "إلغائه"))

#: CAMEO event codes (Conflict and Mediation Event Observations, as used by GDELT).
CAMEO: dict[str, str] = {
    "planned": "036",  # Express intent to meet or negotiate
    "meeting": "040",  # Consult, not specified below
    "summit": "040",
    "call": "041",  # Discuss by telephone
    "visit": "042",  # Make a visit
    "reception": "043",  # Host a visit
    "talks": "046",  # Engage in negotiation
    "treaty": "057",  # Sign formal agreement
    "statement": "010",  # Make statement, not specified below
}

#: Meeting kind → Arabic and English labels.
KIND_LABELS: dict[str, tuple[str, str]] = {
    "meeting": ("لقاء", "meeting"),
    "talks": ("محادثات", "talks"),
    "summit": ("قمة", "summit"),
    "visit": ("زيارة", "visit"),
    "reception": ("استقبال", "reception"),
    "call": ("اتصال هاتفي", "phone call"),
    "signing": ("توقيع", "signing"),
}

# --- treaties ----------------------------------------------------------------------------

#: Treaty nouns (singular, plural, possessive): اتفاق، اتفاقية، معاهدة، ميثاق، بروتوكول …
TREATY_NOUNS = with_suffixes((
    "اتفاق", "اتفاقا", "اتفاقية", "اتفاقيات", "اتفاقات", "معاهدة", "معاهدات", "ميثاق", "بروتوكول",
    "الاتفاق", "الاتفاقية", "الاتفاقيات", "الاتفاقات", "المعاهدة", "المعاهدات", "الميثاق", "البروتوكول",
    "اتفاقيه",
))
#: "مذكرة تفاهم": a memorandum of understanding (two words; plural مذكرات).
MEMORANDUM = keys(("مذكرة", "مذكرات", "المذكرة", "مذكرتي", "مذكرتا"))
MEMORANDUM_OF = keys(("تفاهم", "التفاهم", "للتفاهم"))
#: "إعلان" is a treaty only in these phrases (otherwise it is an announcement).
DECLARATION = keys(("إعلان", "الإعلان"))
DECLARATION_OF = keys(("مشترك", "المشترك", "نوايا", "النوايا", "مبادئ", "المبادئ"))
#: "شراكة استراتيجية" without اتفاق is a treaty only when signed or to be signed.
PARTNERSHIP = keys(("شراكة", "الشراكة"))
STRATEGIC = keys(("استراتيجية", "الاستراتيجية", "إستراتيجية", "الإستراتيجية", "استراتيجي",
                  "الاستراتيجي", "إستراتيجي", "الإستراتيجي"))
#: Words that may continue a treaty's name (kept in its label).
TREATY_MODIFIERS = keys((
    "شراكة", "الشراكة", "تعاون", "التعاون", "للتعاون", "تجارة", "التجارة", "للتجارة", "حرة", "الحرة",
    "سلام", "السلام", "للسلام", "أمني", "الأمني", "أمنية", "الأمنية", "دفاعي", "الدفاعي", "دفاعية",
    "الدفاعية", "دفاع", "الدفاع", "للدفاع", "نووي", "النووي", "نووية", "النووية", "اقتصادي", "الاقتصادي",
    "اقتصادية", "الاقتصادية", "تجاري", "التجاري", "تجارية", "التجارية", "شامل", "الشامل", "شاملة",
    "الشاملة", "واسع", "واسعة", "النطاق", "طويل", "طويلة", "الأمد", "الأجل", "إطاري", "الإطاري",
    "إطار", "ثنائي", "الثنائي", "ثنائية", "الثنائية", "مشترك", "المشترك", "تفاهم", "التفاهم", "متبادل",
    "المتبادل", "عسكري", "العسكري", "عسكرية", "العسكرية", "هدنة", "الهدنة", "وقف", "إطلاق", "النار",
    "تبادل", "الأسرى", "للأسرى", "تنفيذية", "التنفيذية", "تنفيذي", "الحدود", "الحدودية", "حدودية",
    "الجديد", "الجديدة", "جديد", "جديدة", "الغاز", "للغاز", "غاز", "النفط", "للنفط", "الطاقة", "للطاقة",
    "طاقة", "الاستثمار", "للاستثمار", "استثمار", "الصداقة", "صداقة", "حسن", "الجوار", "التطبيع", "تطبيع",
    *STRATEGIC,
))
#: Topic of a treaty (part of its identity across articles) from words of its label.
TOPICS: dict[str, str] = {
    **{k: "strategic-partnership" for k in keys(("شراكة", "الشراكة")) | STRATEGIC},
    **{k: "free-trade" for k in keys(("حرة", "الحرة"))},
    **{k: "peace" for k in keys(("سلام", "السلام", "للسلام", "هدنة", "الهدنة", "النار", "التطبيع", "تطبيع"))},
    **{k: "nuclear" for k in keys(("نووي", "النووي", "نووية", "النووية"))},
    **{k: "security" for k in keys(("أمني", "الأمني", "أمنية", "الأمنية"))},
    **{k: "defence" for k in keys(("دفاعي", "الدفاعي", "دفاعية", "الدفاعية", "عسكري", "العسكري",
                                   "عسكرية", "العسكرية", "للدفاع"))},
    **{k: "energy" for k in keys(("الغاز", "للغاز", "غاز", "النفط", "للنفط", "الطاقة", "للطاقة", "طاقة"))},
    **{k: "prisoner-exchange" for k in keys(("الأسرى", "للأسرى"))},
    **{k: "border" for k in keys(("الحدود", "الحدودية", "حدودية"))},
    **{k: "implementing" for k in keys(("تنفيذية", "التنفيذية", "تنفيذي"))},
}
#: When a label has several topic words, the first listed here names the treaty.
TOPIC_PRIORITY = ("free-trade", "peace", "nuclear", "prisoner-exchange", "border", "implementing",
                  "strategic-partnership", "defence", "security", "energy")

#: Status cues for treaties, by status (closest cue to the trigger wins).
TREATY_CUES: dict[str, frozenset[str]] = {
    "signed": keys(("وقع", "وقعت", "وقعا", "وقعتا", "وقعوا", "أبرم", "أبرمت", "أبرما", "الموقعة", "الموقع",
                    "المبرم", "المبرمة", "وقعتها", "وقعها", "أبرمتها", "أبرمها", "توصل", "توصلت", "توصلا",
                    "توصلوا", "المبرمة", "الموقعين")),
    "to-be-signed": keys(("يوقع", "يوقعان", "توقعان", "يوقعون", "توقيع", "التوقيع", "توقيعه",
                          "توقيعها", "لتوقيع", "للتوقيع", "بتوقيع", "يبرم", "تبرم", "إبرام", "لإبرام")),
    "negotiating": keys(("مفاوضات", "المفاوضات", "التفاوض", "للتفاوض", "يتفاوض", "تتفاوض", "يتفاوضان",
                         "تتفاوضان", "مناقشات", "المناقشات", "محادثات", "المحادثات", "مباحثات", "جارية",
                         "إعداد", "صياغة", "التوصل", "للتوصل")),
    "proposed": keys(("مسودة", "مسودةً", "مقترح", "اقترح", "اقترحت", "المقترح", "المقترحة", "مشروع")),
    "ratified": keys(("صادق", "صادقت", "المصادقة", "التصديق", "صدق", "صدقت", "أقر", "أقرت")),
    "terminated": keys(("انسحب", "انسحبت", "الانسحاب", "ألغى", "ألغت", "إلغاء", "علق", "علقت", "تعليق",
                        "انتهاك", "خرق")),
}
#: Verbs of signing that the future prefix س or a planning cue turns to "to-be-signed".
SIGNING_PAST = TREATY_CUES["signed"]

#: Areas of cooperation a treaty covers → code (vocabulary of `kg:treatyArea`).
_AREAS: dict[str, Iterable[str]] = {
    "defence": ("الدفاع", "دفاع", "الدفاعي", "دفاعي", "دفاعيا", "الدفاعية", "دفاعية", "العسكري", "عسكري",
                "عسكريا", "العسكرية", "عسكرية", "التسلح"),
    "security": ("الأمن", "أمن", "الأمني", "أمني", "الأمنية", "أمنية", "الإرهاب"),
    "trade": ("التجارة", "تجارة", "التجاري", "تجاري", "التجارية", "تجارية", "تجاريا"),
    "economy": ("الاقتصاد", "اقتصاد", "الاقتصادي", "اقتصادي", "الاقتصادية", "اقتصادية", "اقتصاديا"),
    "energy": ("الطاقة", "طاقة", "النفط", "الغاز", "الكهرباء"),
    "nuclear": ("النووي", "نووي", "النووية", "نووية"),
    "transport": ("النقل", "نقل", "اللوجستيات", "لوجستي", "السكك"),
    "politics": ("السياسة", "سياسة", "السياسي", "سياسي", "السياسية", "سياسية"),
    "science": ("العلوم", "علوم", "العلمي", "العلمية"),
    "education": ("التعليم", "تعليم", "التعليمية"),
    "culture": ("الثقافة", "ثقافة", "الثقافي", "الثقافية"),
    "humanitarian": ("الإنساني", "الإنسانية", "إنساني", "إنسانية"),
    "health": ("الصحة", "صحة", "الصحي", "الصحية"),
    "agriculture": ("الزراعة", "زراعة", "الزراعي", "الزراعية"),
    "investment": ("الاستثمار", "استثمار", "الاستثمارات", "الاستثمارية"),
    "technology": ("التكنولوجيا", "تكنولوجيا", "التقنية", "الرقمي", "الرقمية"),
    "environment": ("البيئة", "بيئة", "المناخ"),
    "tourism": ("السياحة", "سياحة", "السياحي"),
    "space": ("الفضاء",),
    "industry": ("الصناعة", "صناعة", "الصناعي", "الصناعية", "صناعية"),
    "finance": ("المالي", "المالية", "المصرفي", "المصرفية"),
}
AREAS: dict[str, str] = {match_key(form): code for code, forms in _AREAS.items() for form in forms}
AREA_LABELS: dict[str, tuple[str, str]] = {
    code: (next(iter(forms)), code.replace("-", " ")) for code, forms in _AREAS.items()
}
#: Words that introduce the areas a treaty covers (areas are only read after them, or in
#: the treaty's own label, so "الحرب" elsewhere in the sentence is not taken).
AREA_INTRO = keys(("مجال", "مجالات", "المجالات", "مجالي", "تغطي", "يغطي", "تشمل", "يشمل", "تتضمن",
                   "يتضمن", "ستتضمن", "سيتضمن", "تعاونا", "التعاون", "تعاون", "للتعاون", "على", "في",
                   "يتمحور", "تتمحور", "مثل", "الأبعاد"))

#: Duration: "تمتد لمدة 20 عاما"، "لـ20 عاما"، "مدتها 25 سنة"، "على مدى 10 سنوات".
YEAR_UNITS = keys(("عاما", "عام", "أعوام", "سنة", "سنوات", "سنه", "عامًا", "سنين"))
DURATION_INTRO = keys(("لمدة", "مدتها", "مدته", "مدة", "لـ", "ل", "تمتد", "يمتد", "مدى", "طوال", "لفترة",
                       "فترة"))
#: Article count: "47 مادة"، "30 بندا".
ARTICLE_UNITS = keys(("مادة", "مواد", "بندا", "بند", "بنود", "بنداً", "فقرة", "فقرات"))

# --- statements --------------------------------------------------------------------------

#: Reporting verbs (said, stressed, added …), perfect and imperfect.
SAY_VERBS = keys((
    "قال", "قالت", "قالا", "قالوا", "يقول", "تقول", "أكد", "أكدت", "أكدا", "يؤكد", "تؤكد", "أضاف", "أضافت",
    "أوضح", "أوضحت", "صرح", "صرحت", "أعلن", "أعلنت", "أعلنا", "يعلن", "تعلن", "أشار", "أشارت", "شدد",
    "شددت", "ذكر", "ذكرت", "أفاد", "أفادت", "كشف", "كشفت", "اعتبر", "اعتبرت", "رأى", "رأت", "كتب",
    "كتبت", "لفت", "لفتت", "نفى", "نفت", "حذر", "حذرت", "أعرب", "أعربت", "تابع", "تابعت", "أردف",
    "أردفت", "وصف", "وصفت", "دعا", "دعت", "أبلغ", "أبلغت", "أفادت",
    "زعم", "زعمت", "اتهم", "اتهمت", "طالبت", "أشاد", "أشادت", "نقل", "نقلت", "بينت",
    "أقر", "أقرت", "أبدى", "أبدت", "عبرت",
))
#: Verbs that continue the previous speaker when no subject follows ("وأضاف: …").
CONTINUE_VERBS = keys(("أضاف", "أضافت", "تابع", "تابعت", "أردف", "أردفت", "أوضح", "أوضحت", "مضيفا",
                       "مضيفة", "مشيرا", "مشيرة", "موضحا", "موضحة", "متابعا", "لافتا", "مؤكدا", "مؤكدة",
                       "مشددا", "مشددة",
                       # raw corpus after a comma ("، مبينا أن …"): مبينا 1130, مبينة 186, معتبرا 287,
                       # معتبرة 89, منوها 228, واصفا 162, واصفة 25 (scripts: zcat … | grep -o "، W" | wc -l)
                       "مبينا", "مبينة", "معتبرا", "معتبرة", "منوها", "واصفا", "واصفة"))
#: "إن/أن/بأن" open reported content and close the speaker's clause.
COMPLEMENTIZERS = keys(("إن", "أن", "بأن", "إنه", "أنه", "إنها", "أنها", "بأنه", "بأنها", "إنهم", "أنهم",
                        "بأنهم", "إنّ", "أنّ"))
#: Attribution: "حسبما ذكرت وكالة X"، "وفقا لـ X"، "نقلا عن X".
ATTRIBUTION = keys(("حسبما", "حسب", "بحسب", "وفقا", "وفق", "نقلا", "نقلته", "نقلتها", "أوردت", "أورد"))
OUTLET_NOUNS = keys(("وكالة", "الوكالة", "صحيفة", "الصحيفة", "قناة", "القناة", "تلفزيون", "التلفزيون",
                     "موقع", "الموقع", "إذاعة", "الإذاعة", "شبكة", "وسائل", "مصادر", "مصدر"))
#: "مسؤول إسرائيلي"، "مصادر إيرانية": an unnamed source who speaks for a state.
UNNAMED_SOURCES = keys(("مسؤول", "مسؤولة", "مسؤولون", "مسؤولين", "مصدر", "مصادر", "دبلوماسي", "دبلوماسيون",
                        "دبلوماسيين"))
#: "Her/his/our country": the country of the official who speaks or acts in the sentence.
OWN_COUNTRY = keys(("بلاده", "بلادها", "بلادهم", "بلادنا", "بلدي", "بلده", "بلدها", "دولته", "دولتها"))
#: "Both countries/sides": stands for the two countries the article is about.
BOTH_PARTIES = keys(("البلدين", "البلدان", "الدولتين", "الدولتان", "الطرفين", "الطرفان", "الجانبين",
                     "الجانبان", "بلدينا", "الشريكين"))

# --- dates -------------------------------------------------------------------------------

#: Month names: Gregorian (Egypt, Gulf, Maghreb spellings) and Syriac (Levant, Iraq).
MONTHS: dict[str, int] = {
    match_key(name): number
    for number, names in enumerate((
        ("يناير", "كانون الثاني", "جانفي", "ينايِر"),
        ("فبراير", "شباط", "فيفري", "فبراير"),
        ("مارس", "آذار", "مارس"),
        ("أبريل", "نيسان", "أفريل", "ابريل", "إبريل"),
        ("مايو", "أيار", "ماي"),
        ("يونيو", "حزيران", "جوان", "يونيه"),
        ("يوليو", "تموز", "جويلية", "يوليه"),
        ("أغسطس", "آب", "أوت", "اغسطس"),
        ("سبتمبر", "أيلول", "شتنبر"),
        ("أكتوبر", "تشرين الأول", "اكتوبر"),
        ("نوفمبر", "تشرين الثاني", "نونبر"),
        ("ديسمبر", "كانون الأول", "دجنبر"),
    ), start=1)
    for name in names
}
#: Weekdays, Monday = 0 as in `date.weekday()`.
WEEKDAYS: dict[str, int] = {
    match_key(name): number
    for number, names in enumerate((
        ("الاثنين", "الإثنين", "اثنين"), ("الثلاثاء", "ثلاثاء"), ("الأربعاء", "أربعاء"),
        ("الخميس", "خميس"), ("الجمعة", "جمعة"), ("السبت", "سبت"), ("الأحد", "أحد"),
    ))
    for name in names
}
TODAY = keys(("اليوم", "الیوم"))
YESTERDAY = keys(("أمس", "البارحة"))
TOMORROW = keys(("غدا", "غداً", "غد"))
DAY_BEFORE = keys(("أول",))  # "أول أمس"
DAY_WORD = keys(("يوم", "اليوم", "مساء", "صباح", "ليل", "ليلة", "فجر", "ظهر"))
PAST = keys(("الماضي", "الماضية", "المنصرم", "المنصرمة", "الفائت", "الفائتة", "السابق"))
NEXT = keys(("المقبل", "المقبلة", "القادم", "القادمة", "التالي"))
THIS = keys(("الجاري", "الحالي", "هذا", "هذه"))
WEEK = keys(("الأسبوع", "أسبوع"))
MONTH = keys(("الشهر", "شهر"))
YEAR = keys(("العام", "عام", "السنة", "سنة"))
#: Arabic number words (for durations and counts written out).
NUMBER_WORDS: dict[str, int] = {
    match_key(w): n for w, n in (
        ("عام", 1), ("عامين", 2), ("سنتين", 2), ("ثلاثة", 3), ("ثلاث", 3), ("أربعة", 4), ("أربع", 4),
        ("خمسة", 5), ("خمس", 5), ("ستة", 6), ("ست", 6), ("سبعة", 7), ("سبع", 7), ("ثمانية", 8),
        ("ثماني", 8), ("تسعة", 9), ("تسع", 9), ("عشرة", 10), ("عشر", 10), ("عشرين", 20), ("عشرون", 20),
        ("ثلاثين", 30), ("ثلاثون", 30), ("أربعين", 40), ("خمسين", 50),
    )
}


# --- officials: title grammar --------------------------------------------------------------

#: Second words of a rank written in two ("الفريق أول"، "اللواء ركن"): skipped with the rank.
#: With the article too: raw-corpus counts (both corpora) "اللواء الركن" 59 / "اللواء ركن" 41,
#: "العميد الركن" 22 / "العميد ركن" 26.
RANK_TAILS = keys(("أول", "ركن", "الركن", "بحري", "طيار", "متقاعد"))
#: Titles that name their country by themselves: "خادم الحرمين الشريفين" is the style of the
#: King of Saudi Arabia (since 1986; en.wikipedia.org/wiki/Custodian_of_the_Two_Holy_Mosques).
TITLE_COUNTRY: dict[tuple[str, ...], str] = {
    tuple(match_key(form).split()): kb_id for form, kb_id in (
        ("خادم الحرمين الشريفين", "country:SA"),
    )
}
#: Titles that tell which state an article speaks of though news writes them with a nisba too, so
#: they are no `of` of their own (`kg.extract.post_of` counts them among the states an article names):
#: "ولي ولي العهد" (deputy crown prince) is a post only Saudi Arabia had (2014-2017;
#: en.wikipedia.org/wiki/Deputy_Crown_Prince_of_Saudi_Arabia): raw corpus, 1,408 lines with it, none
#: of another state (no "ولي ولي العهد" with another nisba, no "ولي ولي عهد" + another state).
TITLE_STATES: dict[tuple[str, ...], str] = {
    **TITLE_COUNTRY,
    tuple(match_key("ولي ولي العهد").split()): "country:SA",
}
#: Roles that may be an office OF another title-holder ("المبعوث الخاص للأمين العام للأمم
#: المتحدة"، "مستشار الرئيس الأمريكي"، "سفير خادم الحرمين الشريفين"): the inner title gives `of`.
NESTING_ROLES = frozenset({"envoy", "adviser", "aide", "ambassador", "representative", "spokesperson",
                           "national-security-adviser", "director", "senior-adviser", "chief-aide",
                           "chief-negotiator"})
#: Roles whose `of` is the holder's own country (a national office, not an organization's):
#: a KB person's country fills it when the title names none.
NATIONAL_ROLES = frozenset({"president", "vice-president", "prime-minister", "deputy-prime-minister",
                            "minister", "deputy-minister", "assistant-minister", "minister-of-state", "king",
                            "queen", "crown-prince", "deputy-crown-prince", "emir", "sultan",
                            "supreme-leader", "speaker-of-parliament", "chief-of-staff", "ambassador",
                            "representative", "national-security-adviser", "deputy-king", "secretary-of-state",
                            "first-minister", "undersecretary"}) | deputy_posts.NATIONAL
#: This module's role (and portfolio) → the KB's office-holder roles (`kg.link.kb.ROLES`).
KB_ROLES: dict[tuple[str, str | None], frozenset[str]] = {
    ("president", None): frozenset({"head_of_state"}),
    ("king", None): frozenset({"head_of_state"}),
    ("queen", None): frozenset({"head_of_state"}),
    ("emir", None): frozenset({"head_of_state"}),
    ("sultan", None): frozenset({"head_of_state"}),
    ("prime-minister", None): frozenset({"head_of_government"}),
    ("first-minister", None): frozenset({"head_of_government"}),
    ("vice-president", None): frozenset({"deputy_head_of_state"}),
    ("crown-prince", None): frozenset({"crown_prince"}),
    ("minister", "foreign"): frozenset({"foreign_minister"}),
    ("minister", "defence"): frozenset({"defence_minister"}),
    ("spokesperson", None): frozenset({"spokesperson"}),
    ("spokesperson", "foreign"): frozenset({"spokesperson"}),
    ("envoy", None): frozenset({"envoy"}),
    ("secretary-general", None): frozenset({"secretary_general", "head_of_organization"}),
    ("head", None): frozenset({"head_of_organization", "secretary_general"}),
}
#: Posts one person holds together, written stacked before or after one name ("ولي العهد نائب
#: رئيس مجلس الوزراء وزير الدفاع"، "نائب رئيس الوزراء وزير الخارجية"). A head of state is not
#: among them: "استقبل الرئيس المصري وزير الخارجية X" is the president receiving the minister.
STACKABLE_ROLES = frozenset({"crown-prince", "deputy-crown-prince", "prime-minister", "deputy-prime-minister",
                             "minister", "minister-of-state", "deputy-minister", "vice-president", "deputy-king",
                             "secretary-of-state", "first-minister", "supreme-commander",
                             "deputy-supreme-commander"})
#: Nouns that make "الملك فهد"، "الأمير سلطان" part of an institution's name ("مستشفى الملك فهد"،
#: "جامعة الملك عبدالعزيز"، "مطار الملك خالد"): a title after them is no post.
NAMED_AFTER = keys(("مستشفى", "مستشفيات", "جامعة", "مدينة", "مركز", "مطار", "شارع", "طريق", "جسر", "قاعدة",
                    "كلية", "مجمع", "مؤسسة", "جائزة", "مسجد", "جامع", "ميناء", "برنامج", "حي", "ملعب", "استاد",
                    "صندوق", "مكتبة", "معهد", "دارة", "مدرسة", "مدارس", "كرسي", "منحة", "قاعة"))
#: "أمير منطقة الرياض": the governor of a region (Saudi provinces have an emir as governor).
REGION_LINKS = keys(("منطقة", "المنطقة", "محافظة", "المحافظة", "ولاية", "الولاية", "إقليم", "الإقليم"))
#: Ordinals after نائب: "النائب الأول لرئيس الوزراء"، "النائب الثاني لرئيس مجلس الوزراء".
ORDINALS = keys(("الأول", "الأولى", "الثاني", "الثانية", "الثالث"))
