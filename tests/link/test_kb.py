"""The shipped KB: contents, QIDs (incl. the README's known-wrong ones), traceability, size."""

from __future__ import annotations

from datetime import date

import pytest

from kg.link.kb import KINDS, Post, default_kb, shipped_kb_path
from kg.link.kb.build.confirm import QID_FIELDS
from kg.link.normalize import match_key


@pytest.fixture(scope="module")
def kb():
    return default_kb()


def city(kb, name_ar: str, country: str):
    hits = [
        e for e in kb.of_kind("City")
        if e.country == f"country:{country}" and match_key(name_ar) in {match_key(n) for n in e.labels_ar}
    ]
    assert len(hits) == 1, (name_ar, country, [h.id for h in hits])
    return hits[0]


def test_loaded_once_per_process(kb):
    assert default_kb() is kb


def test_file_is_small_and_carries_the_odbl_notice(kb):
    assert shipped_kb_path().stat().st_size < 3_000_000
    assert kb.meta["licence"] == "ODbL-1.0"
    assert "Open Database License" in kb.meta["attribution"]
    assert (shipped_kb_path().parent / "README.md").exists()


def test_counts(kb):
    countries = kb.of_kind("Country")
    assert len(countries) == 250
    assert all(c.qid for c in countries)
    assert len(kb.of_kind("City")) >= 590  # 597 after the ADM rows went (issue 18)
    assert sum(len(e.nisba_ar) for e in kb) >= 3000
    assert {e.kind for e in kb} <= set(KINDS)
    assert kb.meta["counts"]["countries"] == 250


def test_every_entry_and_fact_is_sourced(kb):
    for e in kb:
        assert e.sources, e.id
        assert all(s.source and s.row and s.field and s.licence for s in e.sources), e.id
        if e.qid:
            assert any(s.field in QID_FIELDS for s in e.sources), e.id


def test_rule_made_forms_are_traceable_to_a_base(kb):
    for e in kb.of_kind("Country"):
        derived = {d.form: d for d in e.derived}
        sourced_nisba = any(s.field == "nisba" for s in e.sources)
        for form in e.nisba_ar:
            if form in derived:
                assert derived[form].base and derived[form].rule
            else:  # a base form taken as is from the nisba list
                assert sourced_nisba, (e.id, form)
        for alias in e.aliases_ar:
            if "أميرك" in alias:
                assert derived[alias].rule.startswith("spelling variant")


def test_country_qids_and_decided_disagreements(kb):
    assert kb.country("RU").qid == "Q159"
    assert kb.country("IR").qid == "Q794"
    assert kb.country("US").qid == "Q30"
    assert kb.country("UA").qid == "Q212"
    assert kb.country("CN").qid == "Q148"
    nl = kb.country("NL")
    assert nl.qid == "Q55" and "Q29999" in nl.other_qids
    assert kb.country("DK").qid == "Q35"
    assert kb.country("PS").qid == "Q219060"
    # countries; + capitals, curated (issue 18)
    assert len([d for d in kb.meta["qid_decisions"] if d[2:4] == ": "]) == 9


def test_country_names_and_aliases(kb):
    us = kb.country("US")
    names = {match_key(n) for n in us.labels_ar + us.aliases_ar}
    for n in ("الولايات المتحدة", "الولايات المتحدة الأمريكية", "أمريكا", "أميركا"):
        assert match_key(n) in names
    assert match_key("الاتحاد الروسي") in {match_key(n) for n in kb.country("RU").aliases_ar}
    tr = kb.country("TR")
    assert tr.labels_ar[0] == "تركيا"
    assert all("ديك" not in n for n in tr.labels_ar + tr.aliases_ar)  # dr5hn's "turkey bird"
    assert kb.country("IR").geonames_id == "130758"


def test_nisba_forms(kb):
    ru = {match_key(n) for n in kb.country("RU").nisba_ar}
    for form in ("روسي", "الروسي", "روسية", "الروسية", "الروس", "روسيون", "الروسيين"):
        assert match_key(form) in ru
    us = {match_key(n) for n in kb.country("US").nisba_ar}
    for form in ("أمريكي", "أميركي", "الأمريكية", "الأميركية", "الأمريكيين"):
        assert match_key(form) in us
    ir = kb.country("IR")
    assert match_key("الإيرانية") in {match_key(n) for n in ir.nisba_ar}
    assert "إيراني" not in ir.aliases_ar  # an adjective, not a name
    kr = {match_key(n) for n in kb.country("KR").nisba_ar}
    assert match_key("الكورية الجنوبية") in kr
    assert match_key("إسرائيلي") in {match_key(n) for n in kb.country("IL").nisba_ar}
    assert match_key("فلسطيني") in {match_key(n) for n in kb.country("PS").nisba_ar}
    assert match_key("يوناني") in {match_key(n) for n in kb.country("GR").nisba_ar}
    assert not kb.country("ML").nisba_ar  # مالية = finance


def test_news_nisbas_no_source_gives_are_made_from_the_names_news_writes(kb):
    bd = {match_key(n) for n in kb.country("BD").nisba_ar}
    for form in ("البنجلاديشي", "البنغلاديشي", "البنغلاديشية"):  # the source's spelling and the news' other one
        assert match_key(form) in bd
    assert match_key("البوسنة") in {match_key(n) for n in kb.country("BA").aliases_ar}
    assert match_key("البوسني") in {match_key(n) for n in kb.country("BA").nisba_ar}


def test_known_wrong_qids_are_fixed(kb):
    assert city(kb, "كييف", "UA").qid == "Q1899"
    assert city(kb, "مينسك", "BY").qid == "Q2280"
    assert city(kb, "باكو", "AZ").qid == "Q9248"
    assert city(kb, "تبليسي", "GE").qid == "Q994"
    wrong = {"Q517568", "Q21579751", "Q10860191", "Q2474275"}
    assert not [e.id for e in kb if e.qid in wrong]


@pytest.mark.parametrize(
    ("name", "country", "qid"),
    [
        ("موسكو", "RU", "Q649"),
        ("طهران", "IR", "Q3616"),
        ("أنقرة", "TR", "Q3640"),
        ("الرياض", "SA", "Q3692"),
        ("القاهرة", "EG", "Q85"),
        ("برلين", "DE", "Q64"),
        ("باريس", "FR", "Q90"),
        ("بكين", "CN", "Q956"),
        ("لندن", "GB", "Q84"),
        ("بيروت", "LB", "Q3820"),
    ],
)
def test_capitals_have_arabic_names_and_qids(kb, name, country, qid):
    c = city(kb, name, country)
    assert c.qid == qid
    assert c.capital_of == f"country:{country}"
    assert kb.capital(f"country:{country}") is not None


def test_machine_translated_city_names_are_left_out(kb):
    names = {match_key(n) for e in kb.of_kind("City") for n in e.labels_ar + e.aliases_ar}
    for junk in ("ذكر", "إطار", "ميناء إسبانيا", "المسكات عنب طيب الشذا", "مركز", "صلاة", "بشار"):
        assert match_key(junk) not in names
    assert "مسقط" in city(kb, "مسقط", "OM").labels_ar  # CLDR's name replaces the bad one


def test_homographs_are_flagged(kb):
    assert "مشهد" in city(kb, "مشهد", "IR").homographs_ar
    assert "مالي" in kb.country("ML").homographs_ar


def test_curated_organisations_persons_and_posts(kb):
    assert kb["org:UN"].qid == "Q1065"  # from rigour, unchanged
    assert kb["org:NATO"].qid == "Q7184" and "الناتو" in kb["org:NATO"].aliases_ar
    kremlin = kb["org:RU-KREMLIN"]
    assert (kremlin.qid, kremlin.stands_for, kremlin.org_type) == ("Q133274", "country:RU", "government_institution")
    assert kb["org:US-WHITE-HOUSE"].stands_for == "country:US"
    assert kb["org:IRNA"].country == "country:IR" and "إرنا" in kb["org:IRNA"].aliases_ar
    assert kb["org:EU-COMMISSION"].part_of == "org:EU"
    assert kb["person:RU-maria-zakharova"].qid is None  # no QID confirmed: left out, never guessed
    lavrov = kb["person:RU-sergey-lavrov"]  # QID from two holder lists that agree (Wikidata, Wikipedia)
    assert (lavrov.qid, lavrov.qid_confidence) == ("Q58217", "two-source")
    assert {(p.role, p.of) for p in lavrov.posts} == {("foreign_minister", "country:RU")}
    putin = kb["person:RU-vladimir-putin"]
    assert putin.qid == "Q7747" and putin.posts[0].role == "head_of_state" and putin.posts[0].sources
    assert len(kb.of_kind("Person")) >= 60 and len(kb.of_kind("Organization")) >= 50
    assert kb.meta["counts"]["persons"] == len(kb.of_kind("Person"))


def test_every_arab_league_member_has_an_office_holder(kb):
    arab_league = "DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE".split()
    covered = {p.of for e in kb.of_kind("Person") for p in e.posts}
    missing = [cc for cc in arab_league if f"country:{cc}" not in covered]
    assert missing == []


def test_curated_facts_carry_a_public_source(kb):
    for e in kb.of_kind("Person") + kb.of_kind("Organization"):
        if e.id == "org:UN":
            continue
        assert e.sources and all(s.row.startswith("kg/link/kb/curated/") for s in e.sources), e.id
        if e.qid:
            assert any(s.field == "qid" for s in e.sources), e.id
        if e.labels_ar:
            assert any(s.field.startswith("labels_ar") for s in e.sources), e.id
        qids = [x.qid for x in kb.by_qid(e.qid)] if e.qid else []
        assert len(qids) <= 1, e.id


def test_places_coordinates_are_in_range_and_come_from_a_source_row(kb):
    placed = [e for e in kb if e.lat is not None or e.lon is not None]
    assert {e.kind for e in placed} <= {"Country", "City", "Place"}
    assert len([e for e in placed if e.kind == "City"]) >= 590
    for e in placed:
        assert e.lat is not None and e.lon is not None, e.id
        assert -90 <= e.lat <= 90 and -180 <= e.lon <= 180, e.id
        assert any(s.field == "latitude,longitude" for s in e.sources), e.id


def test_a_city_point_lies_in_its_country_neighbourhood(kb):
    # Coarse plausibility (no tuned figures): a city is within 30 degrees of its country's point.
    countries = {c.id: c for c in kb.of_kind("Country")}
    far = [e.id for e in kb.of_kind("City")
           if e.lat is not None and e.country in countries and countries[e.country].lat is not None
           and abs(e.lat - countries[e.country].lat) > 30]
    assert len(far) <= 10, far


def test_a_posts_dates_name_whole_years_and_months_as_days():
    year = Post(role="minister", title="x", of="country:XX", start="2019", end="2021")
    assert (year.first_day, year.last_day) == (date(2019, 1, 1), date(2021, 12, 31))
    month = Post(role="minister", title="x", of="country:XX", start="2020-02", end="2020-02")
    assert (month.first_day, month.last_day) == (date(2020, 2, 1), date(2020, 2, 29))  # a leap year
    december = Post(role="minister", title="x", of="country:XX", start="2018-12-05", end="2023-12")
    assert (december.first_day, december.last_day) == (date(2018, 12, 5), date(2023, 12, 31))
    assert Post(role="minister", title="x", of="country:XX").last_day is None  # open-ended
