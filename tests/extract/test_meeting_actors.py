"""Who a meeting's officials bring with them (`kg.extract.meeting_actors.with_represented`): the
body of a post stands beside its official only when the state does not stand for it already
(a party, an international body), not a state's own service ("مدير عام السجون")."""

from __future__ import annotations

import pytest
from extract_fixtures import make

from kg.extract import extract_facts

SAMI, FULAN = ("سامي الحداد", "PER"), ("فلان الفلاني", "PER")


def parties(linked) -> list[set[str]]:
    return [{r.entity.label for r in m.participants} for m in extract_facts(linked).meetings]


@pytest.mark.parametrize(("text", "body"), [
    ("استقبل وزير الداخلية الكندي سامي الحداد أمس مدير إدارة الجوازات فلان الفلاني.", "إدارة الجوازات"),
    ("والتقى سامي الحداد أمس القائد العام للقوات المسلحة فلان الفلاني.", "للقوات المسلحة"),  # with its clitic
], ids=["service", "service-with-clitic"])
def test_a_state_service_of_a_post_is_no_side_of_the_meeting(text, body):
    found = parties(make(text, SAMI, (body, "ORG"), FULAN))
    assert any({"سامي الحداد", "فلان الفلاني"} <= p for p in found)
    assert all(body not in p for p in found)


@pytest.mark.parametrize(("text", "body"), [
    ("والتقى سامي الحداد أمس الأمين العام لحزب النهضة الوطني فلان الفلاني.", "حزب النهضة الوطني"),
    ("والتقى سامي الحداد أمس مدير مكتب الأمم المتحدة للتنمية فلان الفلاني.", "مكتب الأمم المتحدة للتنمية"),
], ids=["party", "un-office"])
def test_a_party_or_an_international_office_of_a_post_stays_a_side(text, body):
    assert any({"سامي الحداد", "فلان الفلاني", body} <= p for p in parties(make(text, SAMI, (body, "ORG"), FULAN)))


def test_the_head_of_an_international_body_brings_the_body_not_his_former_state():
    # the knowledge base also lists Ahmed Aboul Gheit as Egypt's foreign minister (2004-2011): in the
    # article he speaks for the Arab League, so an undated article adds the League and not Egypt
    text = "واستقبل الوزير سامي الحداد أمس الأمين العام لجامعة الدول العربية أحمد أبو الغيط."
    found = parties(make(text, SAMI, ("جامعة الدول العربية", "ORG"), ("أحمد أبو الغيط", "PER")))
    assert any({"سامي الحداد", "أحمد أبو الغيط"} <= p for p in found)
    assert all("مصر" not in p for p in found)
