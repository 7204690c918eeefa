"""Names coordinated after one title: a second counterpart after a second nisba, ministers of two fields."""

from __future__ import annotations

from extract_fixtures import make

from kg.extract import extract_facts


def posts(linked):
    return {(p.person.entity.label, p.title, p.of.entity.label if p.of else None)
            for p in extract_facts(linked).posts}


def test_second_counterpart_after_a_second_nisba_holds_the_post_in_his_state():
    text = "التقى وزير الخارجية القطري حسن الحسني في الدوحة أمس نظيريه التركي هاكان فيدان والألماني يوهان فاديفول."
    linked = make(text, ("حسن الحسني", "PER"), ("الدوحة", "LOC"), ("هاكان فيدان", "PER"), ("يوهان فاديفول", "PER"))
    assert posts(linked) == {("حسن الحسني", "minister:foreign", "قطر"), ("هاكان فيدان", "minister:foreign", "تركيا"),
                             ("يوهان فاديفول", "minister:foreign", "ألمانيا")}


def test_singular_counterpart_with_a_coordinated_second_one():
    text = ("وبحث وزير الخارجية المصري سامي الحداد مع نظيره الإيطالي أنطونيو تاياني والإسباني خوسيه ألباريس "
            "الأوضاع في المنطقة.")
    linked = make(text, ("سامي الحداد", "PER"), ("أنطونيو تاياني", "PER"), ("خوسيه ألباريس", "PER"))
    assert ("خوسيه ألباريس", "minister:foreign", "إسبانيا") in posts(linked)


def test_a_nisba_after_the_counterpart_with_no_name_adds_nobody():
    text = ("وبحث وزير الخارجية المصري سامي الحداد مع نظيره الإيطالي أنطونيو تاياني والوفد الإسباني المرافق له "
            "برئاسة خوسيه ألباريس الأوضاع في المنطقة.")
    linked = make(text, ("سامي الحداد", "PER"), ("أنطونيو تاياني", "PER"), ("خوسيه ألباريس", "PER"))
    assert {p[0] for p in posts(linked)} == {"سامي الحداد", "أنطونيو تاياني"}


def test_dual_minister_title_shares_its_fields_out_between_the_names():
    text = "وأعلن الرئيس الأمريكي أن وزيري الطاقة كريس رايت والخزانة سكوت بيسنت سيزوران المنطقة الأسبوع المقبل."
    linked = make(text, ("كريس رايت", "PER"), ("سكوت بيسنت", "PER"))
    got = {(p, t) for p, t, _ in posts(linked)}
    assert got == {("كريس رايت", "minister:energy"), ("سكوت بيسنت", "minister:treasury")}


def test_dual_minister_title_with_one_name_gives_no_post():
    text = "وقال المصدر إن وزيري الطاقة كريس رايت سيزور المنطقة."
    linked = make(text, ("كريس رايت", "PER"))
    assert posts(linked) == set()


def test_counterpart_of_an_official_named_by_surname_takes_the_post_the_kb_gives_him():
    text = "وكان الضيف قد عقد في أنقرة اجتماعا مع نظيريه التركي هاكان فيدان والأردني أيمن الصفدي."
    linked = make(text, ("أنقرة", "LOC"), ("هاكان فيدان", "PER"), ("أيمن الصفدي", "PER"))
    assert posts(linked) == {("هاكان فيدان", "minister:foreign", "تركيا"),
                             ("أيمن الصفدي", "minister:foreign", "الأردن")}


def test_counterpart_the_kb_does_not_know_gets_no_post_from_it():
    text = "وكان الضيف قد عقد في أنقرة اجتماعا مع نظيره التركي سامي الحداد."
    linked = make(text, ("أنقرة", "LOC"), ("سامي الحداد", "PER"))
    assert posts(linked) == set()
