"""Deputies of heads that had no deputy role: the name after "نائب المتحدث"، "نائب محافظ"، "نائب مساعد
وزير"، "نائب رئيس مجلس النواب" holds the deputy's post (they held none before)."""

from __future__ import annotations

from extract_fixtures import make

from kg.extract import extract_facts
from kg.extract.vocab import ROLES


def posts(linked):
    return {(p.person.entity.label, p.title, p.of.entity.label if p.of else None)
            for p in extract_facts(linked).posts}


def test_deputy_spokesperson_of_a_ministry():
    text = "وقال نائب المتحدث باسم وزارة الخارجية الروسية سامي الحداد إن موسكو تتابع الوضع."
    linked = make(text, ("سامي الحداد", "PER"))
    assert posts(linked) == {("سامي الحداد", "deputy-spokesperson:foreign", "روسيا")}


def test_deputy_governor_of_a_bank():
    text = "والتقى الوفد نائب محافظ البنك المركزي كريم المنصوري في القاهرة."
    linked = make(text, ("البنك المركزي", "ORG"), ("كريم المنصوري", "PER"), ("القاهرة", "LOC"))
    assert posts(linked) == {("كريم المنصوري", "vice-governor", "البنك المركزي")}


def test_deputy_of_an_assistant_minister_and_his_sector_is_not_his_state():
    text = "وحضر اللقاء نائب مساعد وزير الدفاع الأمريكي للشرق الأوسط سامي الحداد."
    linked = make(text, ("للشرق الأوسط", "ORG", "الشرق الأوسط"), ("سامي الحداد", "PER"))
    assert posts(linked) == {("سامي الحداد", "deputy-assistant-minister:defence", "الولايات المتحدة")}


def test_deputy_speaker_of_a_parliament():
    text = "وقال نائب رئيس مجلس النواب العراقي كريم المنصوري إن البرلمان سيصوت على القانون."
    linked = make(text, ("كريم المنصوري", "PER"))
    assert posts(linked) == {("كريم المنصوري", "deputy-speaker", "العراق")}


def test_deputy_of_a_permanent_representative():
    text = "وقال نائب مندوب العراق لدى الأمم المتحدة سامي الحداد إن بغداد تدعم القرار."
    linked = make(text, ("العراق", "LOC"), ("الأمم المتحدة", "ORG"), ("سامي الحداد", "PER"), ("بغداد", "LOC"))
    assert posts(linked) == {("سامي الحداد", "deputy-representative", "العراق")}


def test_the_deputy_roles_are_known_by_the_head_noun_deputy():
    for code in ("deputy-spokesperson", "vice-governor", "vice-chancellor", "deputy-adviser",
                 "deputy-assistant-minister", "deputy-speaker", "deputy-representative", "deputy-envoy"):
        assert ROLES[code].ar.split()[0] == "نائب"
