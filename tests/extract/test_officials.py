"""Officials: title + country/organization + name patterns, on seed sentences and on news
about other countries and people."""

from __future__ import annotations

import pytest
from extract_fixtures import make

from kg.extract import extract_facts


def posts(linked):
    """(person, title, of) for every post, of as the entity's Arabic label (None if unknown)."""
    return {(p.person.entity.label, p.title, p.of.entity.label if p.of else None)
            for p in extract_facts(linked).posts}


def test_seed_dual_title_and_counterpart():
    text = ("اجتمع الرئيسان الروسي فلاديمير بوتين ونظيره الإيراني مسعود بزشكيان في الكرملين اليوم الجمعة "
            "لعقد محادثات.")
    linked = make(text, ("فلاديمير بوتين", "PER"), ("مسعود بزشكيان", "PER"), ("الكرملين", "LOC"))
    assert posts(linked) == {("فلاديمير بوتين", "president", "روسيا"), ("مسعود بزشكيان", "president", "إيران")}


def test_seed_spokesperson_with_commas_and_organization():
    text = "قال المتحدث باسم الكرملين، دميتري بيسكوف، اليوم الأربعاء، إن الاتفاق الشامل سيحقق مطالب البلدين."
    linked = make(text, ("الكرملين", "ORG"), ("دميتري بيسكوف", "PER"))
    assert posts(linked) == {("دميتري بيسكوف", "spokesperson", "الكرملين")}


def test_seed_counterpart_sentences_later_takes_the_antecedent_post():
    text = ("وفي مقال نشرته وكالة الأنباء الروسية، كتب وزير الخارجية الإيراني عباس عراقجي أن الخطوة مهمة.\n"
            "وكشف أن الفكرة تقضي بالتعاون.\n"
            "وصرّح نظيره الروسي سيرغي لافروف الثلاثاء أن الهدف من هذه المعاهدة تطوير القدرات.")
    linked = make(text, ("عباس عراقجي", "PER"), ("سيرغي لافروف", "PER"))
    assert posts(linked) == {("عباس عراقجي", "minister:foreign", "إيران"),
                             ("سيرغي لافروف", "minister:foreign", "روسيا")}


def test_seed_appositive_spokeswoman_of_a_ministry():
    text = "قالت ماريا زاخاروفا المتحدثة باسم وزارة الخارجية الروسية للصحفيين في موسكو إن العضوية ليست كافية."
    linked = make(text, ("ماريا زاخاروفا", "PER"), ("موسكو", "LOC"))
    assert posts(linked) == {("ماريا زاخاروفا", "spokesperson:foreign", "روسيا")}


def test_seed_deputy_minister_and_president_elect_is_not_in_post():
    text = ("أعلن نائب وزير الخارجية الروسي، أندريه رودينكو، عن اقتراب توقيع الاتفاقية قبل تنصيب "
            "الرئيس الأمريكي المنتخب دونالد ترامب.")
    linked = make(text, ("أندريه رودينكو", "PER"), ("دونالد ترامب", "PER"))
    assert posts(linked) == {("أندريه رودينكو", "deputy-minister:foreign", "روسيا")}


def test_seed_head_of_an_organization_feminine_title():
    text = "قالت رئيسة المفوضية الأوروبية أورسولا فون دير لايين إن الاتحاد الأوروبي يريد التعاون."
    linked = make(text, ("المفوضية الأوروبية", "ORG"), ("أورسولا فون دير لايين", "PER"),
                  ("الاتحاد الأوروبي", "ORG"))
    assert posts(linked) == {("أورسولا فون دير لايين", "head", "المفوضية الأوروبية")}


@pytest.mark.parametrize("text, spans, expected", [
    ("استقبل ولي العهد السعودي الأمير محمد بن سلمان في الرياض رئيس الوزراء الباكستاني شهباز شريف.",
     [("محمد بن سلمان", "PER"), ("الرياض", "LOC"), ("شهباز شريف", "PER")],
     {("محمد بن سلمان", "crown-prince", "المملكة العربية السعودية"),
      ("شهباز شريف", "prime-minister", "باكستان")}),
    ("أجرى المستشار الألماني أولاف شولتس اتصالا هاتفيا مع الرئيس الفرنسي إيمانويل ماكرون.",
     [("أولاف شولتس", "PER"), ("إيمانويل ماكرون", "PER")],
     {("أولاف شولتس", "chancellor", "ألمانيا"), ("إيمانويل ماكرون", "president", "فرنسا")}),
    ("قال المتحدث باسم وزارة الخارجية الصينية لين جيان إن بكين تعارض العقوبات.",
     [("لين جيان", "PER"), ("بكين", "LOC")],
     {("لين جيان", "spokesperson:foreign", "الصين")}),
    ("التقى وزير الخارجية التركي هاكان فيدان نظيره المصري بدر عبد العاطي في أنقرة.",
     [("هاكان فيدان", "PER"), ("بدر عبد العاطي", "PER"), ("أنقرة", "LOC")],
     {("هاكان فيدان", "minister:foreign", "تركيا"), ("بدر عبد العاطي", "minister:foreign", "مصر")}),
    ("وأكدت وزيرة الخارجية الألمانية أنالينا بيربوك خلال لقائها نظيرها الأردني أيمن الصفدي أن برلين تدعم الحل.",
     [("أنالينا بيربوك", "PER"), ("أيمن الصفدي", "PER"), ("برلين", "LOC")],
     {("أنالينا بيربوك", "minister:foreign", "ألمانيا"), ("أيمن الصفدي", "minister:foreign", "الأردن")}),
    ("وقالت رئيسة وزراء إيطاليا جورجيا ميلوني إن بلادها ستوقع اتفاقية.",
     [("إيطاليا", "LOC"), ("جورجيا ميلوني", "PER")],
     {("جيورجيا ميلوني", "prime-minister", "إيطاليا")}),  # linked to the KB's spelling (long-vowel variant)
    ("وصل العاهل الأردني الملك عبد الله الثاني إلى القاهرة أمس.",
     [("عبد الله الثاني", "PER"), ("القاهرة", "LOC")],
     {("عبد الله الثاني", "king", "الأردن")}),
    ("تلقى الملك اتصالا هاتفيا من أمير دولة قطر الشيخ تميم بن حمد آل ثاني.",
     [("قطر", "LOC"), ("تميم بن حمد آل ثاني", "PER")],
     {("تميم بن حمد آل ثاني", "emir", "قطر")}),
    ("وقال الأمين العام للأمم المتحدة أنطونيو غوتيريش إن الوضع في غزة كارثي.",
     [("للأمم المتحدة", "ORG", "الأمم المتحدة"), ("أنطونيو غوتيريش", "PER"), ("غزة", "LOC")],
     {("أنطونيو غوتيريش", "secretary-general", "الأمم المتحدة")}),
    ("وقال سفير الصين لدى الأمم المتحدة فو تسونغ إن مجلس الأمن يجب أن يتحرك.",
     [("الصين", "LOC"), ("الأمم المتحدة", "ORG"), ("فو تسونغ", "PER"), ("مجلس الأمن", "ORG")],
     {("فو تسونغ", "ambassador", "الصين")}),
    ("وعقد وزير الطاقة السعودي الأمير عبد العزيز بن سلمان اجتماعا مع نظيره الروسي ألكسندر نوفاك في فيينا.",
     [("عبد العزيز بن سلمان", "PER"), ("ألكسندر نوفاك", "PER"), ("فيينا", "LOC")],
     {("عبد العزيز بن سلمان", "minister:energy", "المملكة العربية السعودية"),
      ("ألكسندر نوفاك", "minister:energy", "روسيا")}),
    ("وقال وزير خارجية روسيا سيرغي لافروف إن المحادثة كانت مفيدة.",
     [("روسيا", "LOC"), ("سيرغي لافروف", "PER")],
     {("سيرغي لافروف", "minister:foreign", "روسيا")}),
    ("وقال مستشار الأمن القومي الأمريكي مايك والتز إن المفاوضات يجب أن تثمر.",
     [("مايك والتز", "PER")],
     {("مايك والتز", "national-security-adviser", "الولايات المتحدة")}),
    ("أعلن رئيس الجمهورية الإيرانية مسعود بزشكيان خلال لقائه مع رئيس بيلاروسيا ألكسندر لوكاشينكو أنه سيزور روسيا.",
     [("مسعود بزشكيان", "PER"), ("بيلاروسيا", "LOC"), ("ألكسندر لوكاشينكو", "PER"), ("روسيا", "LOC")],
     {("مسعود بزشكيان", "president", "إيران"), ("ألكسندر لوكاشينكو", "president", "بيلاروسيا")}),
    ("وقال الرئيسين الروسي فلاديمير بوتين والأمريكي دونالد ترامب إنهما سيلتقيان.",
     [("فلاديمير بوتين", "PER"), ("دونالد ترامب", "PER")],
     {("فلاديمير بوتين", "president", "روسيا"), ("دونالد ترامب", "president", "الولايات المتحدة")}),
    ("وأكدت المتحدثة باسم البيت الأبيض كارين جان بيير أن الرئيس سيلتقي نظيره الصيني شي جين بينغ.",
     [("البيت الأبيض", "ORG"), ("كارين جان بيير", "PER"), ("شي جين بينغ", "PER")],
     {("كارين جان بيير", "spokesperson", "البيت الأبيض"), ("شي جين بينغ", "president", "الصين")}),
])
def test_other_countries_and_people(text, spans, expected):
    assert posts(make(text, *spans)) == expected


def test_titles_are_not_taken_from_common_nouns_or_unqualified_heads():
    text = "قال رئيس التحرير إن مدير المدرسة وقائد الفريق حضروا مع محمد علي."
    assert posts(make(text, ("محمد علي", "PER"))) == set()


def test_short_name_resolves_to_the_full_name_in_the_article():
    text = "التقى الرئيس الروسي فلاديمير بوتين أمس بالوفد.\nوقال بوتين إن اللقاء كان مثمرا."
    linked = make(text, ("فلاديمير بوتين", "PER"), ("بوتين", "PER"))
    facts = extract_facts(linked)
    (post,) = facts.posts
    assert post.person.entity.label == "فلاديمير بوتين"
    (statement,) = facts.statements
    assert statement.speaker.entity.label == "فلاديمير بوتين" and statement.speaker.mention == 1


def test_post_keeps_the_title_as_written_and_its_offsets():
    text = "وقالت وزيرة الدفاع الفرنسية كاترين فوتران إن باريس مستعدة."
    linked = make(text, ("كاترين فوتران", "PER"), ("باريس", "LOC"))
    (post,) = extract_facts(linked).posts
    assert (post.role, post.portfolio, post.of.entity.qid) == ("minister", "defence", "Q142")
    assert post.title_text == "وزيرة الدفاع الفرنسية" == text[post.start:post.end]
    assert post.evidence == 0 and post.person.mention == 0


def test_a_first_name_the_ner_left_out_does_not_lose_the_post():
    text = "وأكدت وزيرة الخارجية الأسترالية بيني وونغ أن بلادها ستوقع الاتفاقية."
    assert posts(make(text, ("وونغ", "PER"))) == {("وونغ", "minister:foreign", "أستراليا")}
    # …but a verb is not a first name
    text = "وقال الرئيس الأمريكي يستقبل بايدن غدا."
    assert posts(make(text, ("بايدن", "PER"))) == set()
