"""A post restated after the name in a clause (`kg.extract.restated`): "X، الذي يشغل منصب …" is X's post now,
"X، الذي شغل منصب … سابقا" one X held before; composed names."""

from __future__ import annotations

from extract_fixtures import make

from kg.extract import extract_facts


def posts(linked):
    """(person, title, of, current) for every post of the article, of as the entity's Arabic label."""
    return {(p.person.entity.label, p.title, p.of.entity.label if p.of else None, p.current)
            for p in extract_facts(linked).posts}


def test_a_relative_clause_with_a_past_verb_gives_a_former_post():
    text = "وقال سامي الحداد، الذي شغل منصب وزير الخارجية التونسي سابقا، إن الوضع صعب."
    assert posts(make(text, ("سامي الحداد", "PER"))) == {("سامي الحداد", "minister:foreign", "تونس", False)}


def test_a_present_verb_of_holding_gives_a_current_post_also_with_an_adverb_and_two_titles():
    text = "وقال سامي الحداد، الذي يتولى منصب وزير الداخلية الأردني، إن الأمن مستتب."
    assert posts(make(text, ("سامي الحداد", "PER"))) == {("سامي الحداد", "minister:interior", "الأردن", True)}
    text = "وقال سامي الحداد، الذي يشغل كذلك منصب نائب رئيس الوزراء الأردني ووزير الطاقة، إن الأسعار سترتفع."
    got = {(p, t, c) for p, t, _, c in posts(make(text, ("سامي الحداد", "PER")))}
    assert got == {("سامي الحداد", "deputy-prime-minister", True), ("سامي الحداد", "minister:energy", True)}


def test_a_tunisian_post_written_khutta_is_a_post():
    text = "وأكد فلان الفلاني، الذي يشغل خطة رئيس الاتحاد التونسي للشغل، أن الإضراب قائم."
    got = posts(make(text, ("فلان الفلاني", "PER"), ("الاتحاد التونسي للشغل", "ORG")))
    assert ("فلان الفلاني", "head", "الاتحاد التونسي للشغل", True) in got


def test_was_holding_and_had_taken_up_are_posts_held_before():
    text = "وقال سامي الحداد الذي كان يشغل منصب وزير الخارجية الأردني إن التعاون يتوسع."
    assert posts(make(text, ("سامي الحداد", "PER"))) == {("سامي الحداد", "minister:foreign", "الأردن", False)}
    text = "وكان سامي الحداد قد تولى منصب رئيس الوزراء الأردني قبل عشر سنوات."
    assert posts(make(text, ("سامي الحداد", "PER"))) == {("سامي الحداد", "prime-minister", "الأردن", False)}


def test_a_post_after_a_verb_with_no_name_before_it_is_nobodys():
    text = "وكان سامي الحداد قد وصل إلى عمان، حيث شغل منصب وزير الخارجية الأردني."
    assert posts(make(text, ("سامي الحداد", "PER"), ("عمان", "LOC"))) == set()
    text = "وقال سامي الحداد إن من يشغل منصب وزير الخارجية الأردني يتحمل المسؤولية."
    assert posts(make(text, ("سامي الحداد", "PER"))) == set()


def test_a_past_clause_before_an_untagged_bodys_director_gives_a_former_post():
    text = "ولفت سامي الحداد الذي شغل منصب مدير عام الجمعية الوطنية للفنون خلال السنوات الماضية، إلى أن الدعم قليل."
    got = posts(make(text, ("سامي الحداد", "PER")))
    assert {(p, t, c) for p, t, _, c in got} == {("سامي الحداد", "director", False)}
