"""Posts of a body other than a state's high offices: a member, coach, coordinator, mayor, editor-in-chief.

The annotation guide counts every named person holding a post the text states, of a country or of any
body (a club, council, committee, newspaper, city). Their head nouns are no titles of `kg.extract.vocab`'s
first table, so a name after them got no post at all. These are their roles and the forms news writes, with
the raw-corpus evidence of each (lines of ../shared/data/arabic-news-raw/, both files, that hold the form
with an optional و/ف and ب/ل before it: `zcat *.txt.gz | grep -cE …`; in parentheses, how often the form
stands before a given word). Most need their body after them (`vocab.NEEDS_QUALIFIER`): alone these nouns
are common words ("عضو" a member of anything, "منسق" also "coordinated"); a definite coach or
editor-in-chief right before a name is one (`BARE_DEFINITE`). `vocab` merges both tables into its own,
with the feminine forms (`vocab.feminine`).
"""

from __future__ import annotations

#: code → Arabic label (its first word is the head noun the post is known by), English label.
ROLES: dict[str, tuple[str, str]] = {
    # "عضو المجلس البلدي"، "عضو هيئة كبار العلماء"، "عضو المكتب السياسي لحركة X": lines with (ال)عضو 1,859
    # (عضو مجلس 462, عضو المجلس 121, عضو في 107, عضو اللجنة 104, عضو هيئة 102, عضو لجنة 67), عضوة 38
    "member": ("عضو", "Member"),
    # a club's honorary member ("عضو شرف نادي الهلال الأمير X"): lines with عضو شرف 62, عضو الشرف 26; its own
    # head, so "الشرف" is never read as the body ("عضو الشرف X" names no club: no post)
    "honorary-member": ("عضو شرف", "Honorary Member"),
    # a team's, club's or national side's coach: lines with مدرب 1,146, المدرب 1,698 (مدرب الفريق 237, مدرب
    # المنتخب 60, مدرب الهلال 33, مدرب فريق 46 …), مدربة 61; "المدرب الروماني X" is his nationality, no `of`
    "coach": ("مدرب", "Coach"),
    # "منسق البرنامج الوطني للشؤون الإنسانية"، "المنسق العام للحملة": lines with منسق 120, المنسق 125 (المنسق
    # العام 45), منسقة 55
    "coordinator": ("منسق", "Coordinator"),
    # a city's mayor by the head noun of Egyptian and foreign news ("عمدة لندن"، "عمدة مدينة X"): lines with
    # عمدة 83 (124 with a clitic); only with a city or place after it ("عمدة العائلة" is a family's elder)
    "city-mayor": ("عمدة", "Mayor"),
    # a newspaper's, channel's or site's editor-in-chief: lines with رئيس تحرير 89, رئيس التحرير 74, رئيسة
    # تحرير 4; the head is رئيس, the post's name says which head
    "editor-in-chief": ("رئيس تحرير", "Editor-in-Chief"),
    # a region's deputy governor ("نائب أمير منطقة الرياض"): lines with نائب أمير منطقة 14, نائب أمير 24
    "deputy-region-emir": ("نائب أمير منطقة", "Deputy Regional Emir (Governor)"),
    # the deputy of a governorate's governor or of a university's head, by وكيل before the body's noun ("وكيل
    # محافظة عدن"، "وكيل جامعة الملك سعود"): lines with وكيل محافظة 46, وكيل جامعة 32; read with the body's name
    # and a name after it only (`kg.extract.body_titles`: وكيل alone is also an agent, "وكيل أعمال" 35)
    "deputy-governor": ("وكيل محافظة", "Deputy Governor"),
    "vice-rector": ("وكيل جامعة", "Vice-Rector"),
    # a body's assistant secretary-general, by the adjective after the head ("الأمين العام المساعد لجامعة الدول
    # العربية"، "الأمين العام المساعد للاتحاد العام التونسي للشغل"): lines with الأمين|الامين العام المساعد 69, beside
    # 9 with مساعد الأمين العام (an aide, `vocab.PREFIXED_ROLES`); no secretary-general of the body
    "assistant-secretary-general": ("الأمين العام المساعد", "Assistant Secretary-General"),
}

#: code → the forms news writes (masculine; `vocab.feminine` adds the feminine ones).
HEADS: dict[str, tuple[str, ...]] = {
    "member": ("عضو", "العضو"),
    "honorary-member": ("عضو شرف", "عضو الشرف"),
    "coach": ("مدرب", "المدرب"),
    "coordinator": ("منسق", "المنسق", "منسق عام", "المنسق العام"),
    "city-mayor": ("عمدة",),
    "editor-in-chief": ("رئيس تحرير", "رئيس التحرير"),
    "assistant-secretary-general": ("الأمين العام المساعد", "أمين عام مساعد", "الأمينة العامة المساعدة",
                                    "أمينة عامة مساعدة"),
}

#: Roles whose nisba right after the head is the holder's nationality, not the post's country: "المدرب
#: الروماني X" coaches a club (raw corpus: المدرب + a nisba, e.g. الروماني 131, السويسري 74, البرتغالي 58,
#: الهولندي 55, الفرنسي 40); "مدرب المنتخب السعودي" names the side, and its country, by the noun before.
NATIONALITY_ROLES = frozenset({"coach"})
#: Roles whose definite head right before a name is the post though the body goes unsaid: "المدرب X" coaches
#: the team the story is about, "رئيس التحرير X" edits its paper (an indefinite "مدرب X" is any trainer).
BARE_DEFINITE = frozenset({"coach", "editor-in-chief"})
#: A coach without his team named is a team's coach only where the text speaks of a team or a match: "دورة
#: تدريبية قدمها المدرب X" is a course's trainer. Words of sport news (raw corpus, both files, lines with the word
#: and an optional و/ف, ب/ل: النادي 3,533, اللاعب 2,063, الدوري 1,771, المباراة 1,604, المنتخب 1,204); not "الفريق",
#: also a general's rank and any working team ("رئيس فريق التنظيم").
TEAM_WORDS = ("النادي", "نادي", "المنتخب", "منتخب", "المباراة", "مباراة", "الدوري", "اللاعب", "اللاعبين", "لاعبي",
              "الموسم")
#: Roles that name their body after في too: "عضو في المجلس البلدي" (عضو في: 107 times).
MEMBER_ROLES = frozenset({"member", "coordinator"})
