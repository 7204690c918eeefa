"""Officials listed name first (`kg.extract.listed_officials`): in "X TITLE، Y TITLE2" each title is the post of
the name before it, not of the next item's name. Composed sentences and names."""

from __future__ import annotations

from extract_fixtures import make

from kg.extract.officials import extract_officials
from kg.extract.text import DocView


def posts(text: str, *names: str) -> set[tuple[str, str, str | None, bool]]:
    """(person, role, of, held now) for every post and former post of the sentence."""
    off = extract_officials(DocView(make(text, *((n, "PER") for n in names))))
    return {(p.person.entity.label, p.role, p.of.entity.label if p.of else None, p in off.posts)
            for p in off.posts + off.former}


def test_two_officials_listed_name_first_each_hold_the_title_after_their_name():
    text = "وحضر الندوة سامي الحداد وزير الخارجية المصري ، فلان الفلاني وزير الداخلية الأردني."
    assert posts(text, "سامي الحداد", "فلان الفلاني") == {
        ("سامي الحداد", "minister", "مصر", True), ("فلان الفلاني", "minister", "الأردن", True)}


def test_a_former_post_before_the_lists_comma_is_the_first_names():
    text = ("وتحدث على التوالي سامي الحداد وزير الخارجية الأردني السابق ، "
            "فلان الفلاني الأمين العام لجامعة الدول العربية.")
    assert posts(text, "سامي الحداد", "فلان الفلاني") == {
        ("سامي الحداد", "minister", "الأردن", False),
        ("فلان الفلاني", "secretary-general", "جامعة الدول العربية", True)}


def test_three_listed_officials_get_their_own_posts():
    text = ("والمتحدثون هم: سامي الحداد رئيس الوزراء الأردني ، فلان الفلاني وزير الخارجية المصري ، "
            "خالد علي وزير الداخلية الكويتي.")
    assert posts(text, "سامي الحداد", "فلان الفلاني", "خالد علي") == {
        ("سامي الحداد", "prime-minister", "الأردن", True), ("فلان الفلاني", "minister", "مصر", True),
        ("خالد علي", "minister", "الكويت", True)}


def test_a_title_between_commas_before_a_name_without_title_is_still_that_names():
    text = "قال وزير الخارجية المصري ، سامي الحداد ، إن الزيارة مهمة."
    assert posts(text, "سامي الحداد") == {("سامي الحداد", "minister", "مصر", True)}


def test_the_received_official_after_a_verbs_subject_is_read_as_before():
    # "استقبل X وزير …": the title after the subject is the received one's; no list item
    text = "واستقبل سامي الحداد وزير الخارجية المصري ، فلان الفلاني."
    assert posts(text, "سامي الحداد", "فلان الفلاني") == {("فلان الفلاني", "minister", "مصر", True)}


def test_an_honorific_before_the_next_listed_name_keeps_the_list_apart():
    text = "والوزراء الجدد هم: د. سامي الحداد وزير التربية ، د. فلان الفلاني وزير الزراعة."
    assert posts(text, "سامي الحداد", "فلان الفلاني") == {
        ("سامي الحداد", "minister", None, True), ("فلان الفلاني", "minister", None, True)}
