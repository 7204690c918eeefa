"""Leaders named after their body (`kg.extract.led_bodies`): "الحزب بزعامة X"، "حركة … برئاسة X". Composed
names and bodies."""

from __future__ import annotations

from extract_fixtures import make

from kg.extract import extract_facts


def posts(linked):
    """(person, title, of) for every post, of as the entity's Arabic label."""
    return {(p.person.entity.label, p.title, p.of.entity.label if p.of else None)
            for p in extract_facts(linked).posts}


def test_each_party_of_a_list_is_led_by_the_name_after_its_bizaama():
    text = ("ومن بينها «جبهة الأمل» بزعامة سامي الحداد، وحزب النور الجديد بزعامة فلان الفلاني، "
            "وحزب التيار الوطني بزعامة خالد علي.")
    linked = make(text, ("جبهة الأمل", "ORG"), ("سامي الحداد", "PER"), ("حزب النور الجديد", "ORG"),
                  ("فلان الفلاني", "PER"), ("حزب التيار الوطني", "ORG"), ("خالد علي", "PER"))
    assert posts(linked) == {("سامي الحداد", "leader", "جبهة الأمل"), ("فلان الفلاني", "leader", "حزب النور الجديد"),
                             ("خالد علي", "leader", "حزب التيار الوطني")}


def test_a_movement_chaired_by_a_name_is_headed_by_him():
    text = "وأعلنت حركة الأمل الجديد برئاسة سامي الحداد مشاركتها في الانتخابات."
    linked = make(text, ("حركة الأمل الجديد", "ORG"), ("سامي الحداد", "PER"))
    assert posts(linked) == {("سامي الحداد", "head", "حركة الأمل الجديد")}


def test_a_delegation_chaired_by_a_name_gives_no_post_of_the_body_before():
    text = "ووصل وفد الحكومة برئاسة سامي الحداد إلى جنيف."
    assert posts(make(text, ("الحكومة", "ORG"), ("سامي الحداد", "PER"), ("جنيف", "LOC"))) == set()


def test_a_name_in_a_preposition_after_bizaama_is_not_the_leader():
    text = "وأشاد حزب النور الجديد بزعامة لسامي الحداد."
    assert posts(make(text, ("حزب النور الجديد", "ORG"), ("لسامي الحداد", "PER", "سامي الحداد"))) == set()
