"""One person's stacked national offices are of one state: the surest one's country, not an article-wide guess."""

from __future__ import annotations

from extract_fixtures import make

from kg.extract import extract_facts


def posts(linked):
    return {(p.person.entity.label, p.role, p.of.entity.label if p.of else None)
            for p in extract_facts(linked).posts}


def test_a_stack_of_offices_takes_the_country_of_its_surest_office():
    # the heir's kingdom is the one kingdom named; the unclaimed state (Iraq) must not take his other offices
    text = ("نقل سامي الحداد تعازي صاحب السمو الملكي الأمير فلان بن علان، ولي العهد، نائب رئيس مجلس الوزراء، "
            "وزير الداخلية، وتعازي مستشار خادم الحرمين الشريفين، لوالد الشهيد في العراق.")
    linked = make(text, ("سامي الحداد", "PER"), ("فلان بن علان", "PER"), ("العراق", "LOC"))
    assert posts(linked) == {("فلان بن علان", "crown-prince", "المملكة العربية السعودية"),
                             ("فلان بن علان", "deputy-prime-minister", "المملكة العربية السعودية"),
                             ("فلان بن علان", "minister", "المملكة العربية السعودية")}


def test_another_persons_stated_country_is_left_alone():
    text = "واستقبل ولي العهد الأمير فلان بن علان في الرياض وزير الداخلية العراقي سامي الحداد."
    linked = make(text, ("فلان بن علان", "PER"), ("الرياض", "LOC"), ("سامي الحداد", "PER"))
    assert ("سامي الحداد", "minister", "العراق") in posts(linked)
    assert ("فلان بن علان", "crown-prince", "العراق") not in posts(linked)
