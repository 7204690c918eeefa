"""A side phrase ("من الجانب الأمريكي") gives the officials listed after it their state (kg.extract.side_phrases)."""

from __future__ import annotations

from extract_fixtures import make

from kg.extract import extract_facts
from kg.extract.side_phrases import SIDE_CONFIDENCE


def posts(linked):
    return {(p.person.entity.label, p.title, p.of.entity.label if p.of else None)
            for p in extract_facts(linked).posts}


def test_each_side_phrase_gives_its_list_its_state():
    text = ("وحضر المقابلة من الجانب العماني وكيل الوزارة للشؤون الدبلوماسية سامي بن عبدالله صباح، "
            "ومن الجانب السوري نائب وزير الخارجية فلان الفلاني.")
    linked = make(text, ("سامي بن عبدالله صباح", "PER"), ("فلان الفلاني", "PER"))
    assert posts(linked) == {("سامي بن عبدالله صباح", "undersecretary", "عمان"),
                             ("فلان الفلاني", "deputy-minister:foreign", "سوريا")}
    post = next(p for p in extract_facts(linked).posts if p.person.entity.label == "فلان الفلاني")
    assert post.of_confidence == SIDE_CONFIDENCE and "من الجانب السوري" in post.of_evidence


def test_the_side_outweighs_the_one_country_the_article_names():
    text = ("وقع الاتفاقية في القاهرة عن الجانب الإماراتي، الدكتور سامي بن عبدالله صباح، وزير دولة، "
            "لدعم مشاريع التنمية في مصر.")
    linked = make(text, ("القاهرة", "LOC"), ("سامي بن عبدالله صباح", "PER"), ("مصر", "LOC"))
    assert posts(linked) == {("سامي بن عبدالله صباح", "minister-of-state", "الإمارات العربية المتحدة")}


def test_the_officials_listed_before_the_other_sides_phrase_are_not_of_that_side():
    text = ("حضر الاجتماع مساعد وزير الدفاع سامي بن عبدالله صباح، فيما حضره من الجانب الأمريكي "
            "وكيل وزارة الدفاع فلان الفلاني.")
    linked = make(text, ("سامي بن عبدالله صباح", "PER"), ("فلان الفلاني", "PER"))
    assert posts(linked) == {("سامي بن عبدالله صباح", "assistant-minister:defence", None),
                             ("فلان الفلاني", "undersecretary:defence", "الولايات المتحدة")}


def test_a_side_of_a_border_opens_no_list():
    text = "وأطلقت النيران من الجانب السوري من الحدود، وقال وزير الداخلية سامي بن عبدالله صباح إن الوضع مستقر."
    assert posts(make(text, ("سامي بن عبدالله صباح", "PER"))) == {("سامي بن عبدالله صباح", "minister:interior", None)}
