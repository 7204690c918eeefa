"""Officials who got no post: an executive director, a branch's director, a body title stacked after a name's
first title, and a definite head that takes no portfolio in construct. Composed names and bodies."""

from __future__ import annotations

from extract_fixtures import make

from kg.extract import extract_facts
from kg.extract.text import DocView
from kg.extract.titles import parse_title


def posts(linked):
    return {(p.person.entity.label, p.role, p.of.entity.label if p.of else None)
            for p in extract_facts(linked).posts}


def test_an_executive_director_of_a_body_in_lam_holds_the_post():
    text = "وقال المدير التنفيذي للمعرض سامي الحداد إن الإقبال كبير."
    assert posts(make(text, ("سامي الحداد", "PER"))) == {("سامي الحداد", "director", "المعرض")}


def test_the_director_of_a_branch_is_a_director_of_the_body_the_branch_belongs_to():
    text = "وقال مدير فرع هيئة الفلان للتراث بمنطقة نجران سامي الحداد إن العمل مستمر."
    linked = make(text, ("هيئة الفلان للتراث", "ORG"), ("نجران", "LOC"), ("سامي الحداد", "PER"))
    assert posts(linked) == {("سامي الحداد", "director", "هيئة الفلان للتراث")}


def test_a_long_body_mention_counts_as_one_word_of_the_executive_directors_body():
    text = ("وأكد المدير التنفيذي لفرع الهيئة العامة للتراث والمعارض الوطنية بمنطقة نجران سامي بن محمد الحداد "
            "أن الفرع يواصل عمله.")
    linked = make(text, ("الهيئة العامة للتراث والمعارض الوطنية", "ORG"), ("نجران", "LOC"),
                  ("سامي بن محمد الحداد", "PER"))
    assert posts(linked) == {("سامي بن محمد الحداد", "director", "الهيئة العامة للتراث والمعارض الوطنية")}


def test_a_body_title_stacked_after_a_names_first_title_is_his_second_post():
    text = "اعتمد الأمير سامي بن خالد الحداد أمير منطقة نجران رئيس مجلس شباب منطقة نجران برامج الملتقى."
    linked = make(text, ("سامي بن خالد الحداد", "PER"), ("نجران", "LOC"), ("نجران", "LOC"))
    assert posts(linked) == {("سامي بن خالد الحداد", "region-emir", "منطقة نجران"),
                             ("سامي بن خالد الحداد", "head", "مجلس شباب منطقة نجران")}


def test_the_stacked_bodys_name_ends_at_a_word_that_only_looks_like_a_phrase_in_ba():
    text = "اعتمد الأمير سامي بن خالد الحداد أمير منطقة نجران رئيس مجلس التنمية السياحية بالمنطقة برامج الملتقى."
    linked = make(text, ("سامي بن خالد الحداد", "PER"), ("نجران", "LOC"))
    assert ("سامي بن خالد الحداد", "head", "مجلس التنمية السياحية بالمنطقة") in posts(linked)


def test_a_stacked_body_title_with_an_honorific_and_a_name_after_it_is_that_names():
    text = "وحضر الحفل سامي الحداد أمير منطقة نجران ومدير لجنة الحج بالمنطقة الدكتور فلان الفلاني."
    linked = make(text, ("سامي الحداد", "PER"), ("نجران", "LOC"), ("فلان الفلاني", "PER"))
    found = posts(linked)
    assert ("فلان الفلاني", "director", "لجنة الحج بالمنطقة") in found
    assert ("سامي الحداد", "director", "لجنة الحج بالمنطقة") not in found


def test_a_definite_head_with_a_conjunction_takes_its_body_in_lam_named_elsewhere_in_the_paragraph():
    text = ("وقع الاتفاقية سامي الحداد والمديرة العامة لنماء لتمويل المشاريع الصغرى، ليلى فلانوفا. "
            "وتعمل مؤسسة نماء لتمويل المشاريع الصغرى منذ سنوات.")
    linked = make(text, ("سامي الحداد", "PER"), ("ليلى فلانوفا", "PER"),
                  ("مؤسسة نماء لتمويل المشاريع الصغرى", "ORG"))
    assert ("ليلى فلانوفا", "director", "مؤسسة نماء لتمويل المشاريع الصغرى") in posts(linked)


def test_an_executive_director_after_wa_names_the_body_without_the_lam():
    text = "حضر الاجتماع سامي الحداد، والمدير التنفيذي للمعرض فلان الفلاني."
    linked = make(text, ("سامي الحداد", "PER"), ("فلان الفلاني", "PER"))
    assert ("فلان الفلاني", "director", "المعرض") in posts(linked)


def test_a_definite_minister_takes_no_indefinite_portfolio_in_construct():
    text = "من جهة أخرى، فند الوزير صحة ما نقله عدد من الباعة."
    view = DocView(make(text))
    title = parse_title(view, 5)
    assert title is not None and view.tokens[5].text == "الوزير"
    assert title.portfolio is None and title.last == 5


def test_a_feminine_title_refers_back_to_the_speaker_past_masculine_titles_between():
    text = ("وأضافت سامية الحداد أن الأزمة تفاقمت بسبب غياب الحوار مع رئيس الحكومة ومع وزير العدل. "
            "واعتبرت رئيسة جمعية المحامين الشبان أن المبادرة ستزيد من تعقيد الوضع.")
    linked = make(text, ("سامية الحداد", "PER"), ("جمعية المحامين الشبان", "ORG"))
    assert ("سامية الحداد", "head", "جمعية المحامين الشبان") in posts(linked)


def test_a_masculine_title_between_still_blocks_a_masculine_title_from_referring_back():
    text = ("وأضاف سامي الحداد أن الأزمة تفاقمت بسبب غياب الحوار مع رئيس جمعية القضاة الشبان. "
            "واعتبر رئيس جمعية المحامين الشبان أن المبادرة ستزيد من تعقيد الوضع.")
    linked = make(text, ("سامي الحداد", "PER"), ("جمعية القضاة الشبان", "ORG"), ("جمعية المحامين الشبان", "ORG"))
    assert not any(p[0] == "سامي الحداد" for p in posts(linked))


def test_the_undersecretary_of_a_regions_emirate_before_an_honorific_and_a_name_holds_the_post():
    text = "وكان في استقبال سموه وكيل إمارة منطقة جازان الدكتور سامي الحداد وعدد من المسؤولين."
    linked = make(text, ("جازان", "LOC"), ("سامي الحداد", "PER"))
    assert posts(linked) == {("سامي الحداد", "undersecretary", "إمارة منطقة جازان")}


def test_the_undersecretary_of_an_emirate_after_the_name_is_his():
    text = "وحضر الحفل سامي الحداد وكيل إمارة منطقة جازان، وعدد من المسؤولين."
    linked = make(text, ("سامي الحداد", "PER"), ("جازان", "LOC"))
    assert posts(linked) == {("سامي الحداد", "undersecretary", "إمارة منطقة جازان")}


def test_an_agent_of_a_player_is_no_undersecretary():
    text = "وقال وكيل أعمال اللاعب سامي الحداد إن العقد جاهز."
    assert posts(make(text, ("سامي الحداد", "PER"))) == set()
