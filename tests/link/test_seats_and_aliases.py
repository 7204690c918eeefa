"""Institutions named by their seat, state institutions by nisba, and alias scoring (issue 18).

The sentences are composed for these tests: a building name is the institution it houses when it
acts or speaks, the building where something happens in it or goes to it.
"""

from __future__ import annotations

import pytest

from kg.link.gazetteer import Gazetteer
from kg.link.kb.model import KBEntry, KnowledgeBase
from kg.link.resolve import ALIAS_FACTOR, Linker, is_place_use
from kg.types import AnnotatedDocument, Document, Mention, Sentence


@pytest.fixture(scope="module")
def linker() -> Linker:
    return Linker()


def annotate(text: str, surface: str, ner_type: str) -> AnnotatedDocument:
    start = text.index(surface)
    mention = Mention(start, start + len(surface), surface, surface, ner_type, 0.9, 0)
    return AnnotatedDocument(Document("t", text, "t"), (Sentence(0, 0, len(text)),), (), (mention,), "t")


def entity(linker: Linker, text: str, surface: str, ner_type: str = "ORG"):
    linked = linker.link(annotate(text, surface, ner_type))
    (e,) = [e for m, e in zip(linked.annotated.mentions, linked.entities, strict=True) if m.text == surface]
    return e


@pytest.mark.parametrize("text, surface, institution", [
    ("قال الكرملين إن الرئيس سيلتقي نظيره الأسبوع المقبل.", "الكرملين", "org:RU-PRESIDENCY"),
    ("وأعلن الكرملين في بيان أن المحادثات ستستأنف.", "الكرملين", "org:RU-PRESIDENCY"),
    ("وقال المتحدث باسم البيت الأبيض إن الاجتماع كان مثمرا.", "البيت الأبيض", "org:US-PRESIDENCY"),
    ("رحب البيت الأبيض بالاتفاق الموقع بين الطرفين.", "البيت الأبيض", "org:US-PRESIDENCY"),
    ("أعلن الإليزيه أن الرئيس سيزور المنطقة الشهر المقبل.", "الإليزيه", "org:FR-PRESIDENCY"),
    ("وأكد قصر قرطاج أن الرئيس تلقى اتصالا هاتفيا.", "قصر قرطاج", "org:TN-PRESIDENCY"),
    ("وأكد البنتاغون في بيان أن القوات انسحبت من القاعدة.", "البنتاغون", "org:US-MOD"),
])
def test_a_seat_that_speaks_or_acts_is_the_institution_it_houses(linker, text, surface, institution):
    e = entity(linker, text, surface)
    assert e.kb_id == institution
    assert e.label == surface  # the institution under the name the article gives it
    assert linker.kb[institution].stands_for == linker.kb[institution].country and linker.kb[institution].country


@pytest.mark.parametrize("text, surface, building", [
    ("استقبل الرئيس ضيفه في الكرملين أمس.", "الكرملين", "org:RU-KREMLIN"),
    ("وعقد الاجتماع بالكرملين بحضور الوفدين.", "الكرملين", "org:RU-KREMLIN"),
    ("وصل الوزير إلى البيت الأبيض صباح اليوم.", "البيت الأبيض", "org:US-WHITE-HOUSE"),
    ("تجمع المحتجون أمام البيت الأبيض.", "البيت الأبيض", "org:US-WHITE-HOUSE"),
    ("وزار الوفد قصر قرطاج حيث استقبله الرئيس.", "قصر قرطاج", "org:TN-CARTHAGE-PALACE"),
])
def test_a_seat_where_something_happens_or_goes_is_the_building(linker, text, surface, building):
    assert entity(linker, text, surface, "LOC").kb_id == building


def test_the_place_rule_reads_the_word_or_clitic_before_the_name():
    text = "وفي الكرملين، قال الكرملين"
    assert is_place_use(text, text.index("الكرملين"))
    assert not is_place_use(text, text.rindex("الكرملين"))  # the comma ends the clause of في
    assert is_place_use("عقد بالكرملين", len("عقد ب"))


@pytest.mark.parametrize("text, surface, institution", [
    ("قالت الحكومة المصرية إن الاتفاق سيوقع قريبا.", "الحكومة المصرية", "org:EG-GOVERNMENT"),
    ("وأعلنت الحكومة العراقية حالة الطوارئ.", "الحكومة العراقية", "org:IQ-GOVERNMENT"),
    ("وقالت الرئاسة الروسية إن الرئيس سيزور بكين.", "الرئاسة الروسية", "org:RU-PRESIDENCY"),
    ("وأدانت وزارة الخارجية التركية الهجوم.", "وزارة الخارجية التركية", "org:TR-MFA"),
])
def test_state_institutions_named_with_a_nisba_link_to_their_entries(linker, text, surface, institution):
    assert entity(linker, text, surface).kb_id == institution


def test_a_government_links_to_its_country_s_cabinet_qid_from_the_cited_table(linker):
    entry = linker.kb["org:EG-GOVERNMENT"]
    assert entry.qid and any(s.source.startswith("github:every-politician-scrapers/world@") for s in entry.sources)
    assert entry.qid_confidence == "single-source"  # one table: linked lower
    assert all(e.qid is None for e in linker.kb if e.id.endswith(("-PRESIDENCY", "-MFA")) and
               e.org_type == "government_institution" and "corpus:arabic-news-raw" in {s.source for s in e.sources}
               and not any(s.field == "qid" for s in e.sources))


def _tiny_kb() -> KnowledgeBase:
    return KnowledgeBase((
        KBEntry("country:XA", "Country", "Q1", ("ألفا",), ("Alpha",), aliases_ar=("جمهورية ألفا",), iso2="XA",
                qid_confidence="two-source"),
        KBEntry("country:XB", "Country", "Q2", ("بيتا",), ("Beta",), iso2="XB", qid_confidence="two-source"),
    ))


def test_a_name_matched_as_an_alias_scores_below_the_label():
    kb = _tiny_kb()
    linker = Linker(kb, Gazetteer.from_kb(kb))
    label = entity(linker, "زار الوفد ألفا أمس.", "ألفا", "LOC")
    alias = entity(linker, "زار الوفد جمهورية ألفا أمس.", "جمهورية ألفا", "LOC")
    assert label.kb_id == alias.kb_id == "country:XA"
    assert alias.link_confidence == pytest.approx(label.link_confidence * ALIAS_FACTOR, abs=1e-3)
    assert alias.qid == "Q1"  # lower, still linked


def test_the_gazetteer_says_for_which_candidates_a_form_is_only_an_alias():
    kb = KnowledgeBase((
        KBEntry("country:XA", "Country", "Q1", ("ألفا",), ("Alpha",), iso2="XA"),
        KBEntry("city:XB:alpha", "City", "Q3", ("بيتا",), ("Beta",), aliases_ar=("ألفا",), country="country:XB"),
    ))
    (hit,) = Gazetteer.from_kb(kb).find("في ألفا")
    assert hit.candidates == ("country:XA", "city:XB:alpha")
    assert hit.is_label_of("country:XA") and not hit.is_label_of("city:XB:alpha")


@pytest.mark.parametrize("text, surface, agency", [
    ("ذكرت وكالة أنباء الشرق الأوسط أن الوزير وصل.", "وكالة أنباء الشرق الأوسط", "org:MENA"),
    ("ونقلت وكالة تونس أفريقيا للأنباء عن مصدر رسمي أن الاجتماع تأجل.", "وكالة تونس أفريقيا للأنباء", "org:TAP"),
    ("وقالت وكالة فرانس برس إن الحصيلة ارتفعت.", "وكالة فرانس برس", "org:AFP"),
])
def test_news_agencies_are_found_by_the_names_news_writes(linker, text, surface, agency):
    assert entity(linker, text, surface).kb_id == agency


def test_every_arab_news_agency_name_is_sourced_and_none_has_an_unsourced_qid(linker):
    agencies = [e for e in linker.kb if e.org_type == "news_agency" and e.labels_ar]
    assert len(agencies) >= 20
    for e in agencies:
        assert any(s.field == "labels_ar,aliases_ar" for s in e.sources), e.id
        assert e.qid is None or any(s.field == "qid" for s in e.sources), e.id
