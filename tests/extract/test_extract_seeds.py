"""End to end on real text: Stanza → linking → facts, on the seeds and on news about other
countries. Marked `stanza`; the model folder comes from KG_MODEL_DIR (default: shipped)."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract import extract_facts
from kg.link.resolve import link
from kg.rdf.article import article_graph
from kg.rdf.facts import facts_graph
from kg.rdf.iris import Iris
from kg.rdf.shacl import validate
from kg.types import Document, RunInfo

pytestmark = pytest.mark.stanza


@pytest.fixture(scope="module")
def seeds(nlp, seed_texts):
    """Every seed, annotated once for the module."""
    return {name[:3]: link(nlp.annotate(Document(name, text, name, published=date(2025, 1, 17))))
            for name, text in seed_texts.items()}


def _posts(linked):
    return {(p.person.entity.label, p.title, p.of.entity.qid if p.of else None) for p in extract_facts(linked).posts}


def test_seed_posts(seeds):
    assert ("دميتري بيسكوف", "spokesperson", None) in {(a, b, None) for a, b, _ in _posts(seeds["000"])}
    assert ("فلاديمير بوتين", "president", "Q159") in _posts(seeds["003"])
    assert ("إبراهيم رئيسي", "president", "Q794") in _posts(seeds["003"])
    posts_002 = _posts(seeds["002"])
    assert ("سيرغي لافروف", "minister:foreign", "Q159") in posts_002
    assert ("عباس عراقجي", "minister:foreign", "Q794") in posts_002


def test_seed_meetings(seeds):
    meetings = extract_facts(seeds["003"]).meetings
    assert any({p.entity.label for p in m.participants if p.entity.kind == "Person"}
               == {"فلاديمير بوتين", "إبراهيم رئيسي"}
               and m.status == "held" and m.place is not None and m.place.entity.qid == "Q649" for m in meetings)
    meetings = extract_facts(seeds["000"]).meetings
    assert any(m.date is not None and m.date.iso == "2025-01-17" for m in meetings)


def test_seed_treaties(seeds):
    treaties = extract_facts(seeds["002"]).treaties
    ru_ir = [t for t in treaties if {p.entity.qid for p in t.parties} == {"Q159", "Q794"}]
    assert ru_ir and ru_ir[0].duration_years == 20 and ru_ir[0].article_count == 47
    assert ru_ir[0].topic == "strategic-partnership"
    # the same treaty is one identity in every seed that names both parties
    keys = {t.key for s in seeds.values() for t in extract_facts(s).treaties
            if {p.entity.qid for p in t.parties} == {"Q159", "Q794"} and t.topic == "strategic-partnership"}
    assert len(keys) == 1


def test_facts_are_consistent_with_the_article_and_conform(seeds):
    iris = Iris()
    run = RunInfo("0.1.0", "test", "2025-01-17T00:00:00+00:00")
    for linked in seeds.values():
        facts = extract_facts(linked)
        n = len(linked.annotated.sentences)
        for st in facts.statements:
            assert linked.document.text[st.start:st.end] == st.quote and 0 <= st.evidence < n
        for m in facts.meetings:
            assert all(0 <= e < n for e in m.evidence) and len(m.participants) >= 1
        report = validate(article_graph(linked, run, iris) + facts_graph(linked, facts, iris))
        assert report.conforms, "\n".join(map(str, report.violations[:5]))


@pytest.mark.parametrize("text, check", [
    ("استقبل ولي العهد السعودي الأمير محمد بن سلمان في الرياض رئيس الوزراء الباكستاني شهباز شريف.",
     lambda f: any(m.kind == "reception" and m.place is not None and m.place.entity.qid == "Q3692"
                   for m in f.meetings)),
    ("أجرى المستشار الألماني أولاف شولتس اتصالا هاتفيا مع الرئيس الفرنسي إيمانويل ماكرون.",
     lambda f: any(m.kind == "call" and sum(p.entity.kind == "Person" for p in m.participants) == 2
                   for m in f.meetings)),
    ("وقعت مصر والإمارات مذكرة تفاهم في مجال الطاقة.",
     lambda f: any(t.memorandum and t.status == "signed" and "energy" in t.areas for t in f.treaties)),
    ("التقى وزير الخارجية التركي هاكان فيدان نظيره المصري بدر عبد العاطي في أنقرة اليوم الخميس.",
     lambda f: {p.title for p in f.posts} == {"minister:foreign"} and len(f.meetings) == 1),
])
def test_news_about_other_countries(nlp, text, check):
    facts = extract_facts(link(nlp.annotate(Document("n", text, "test", published=date(2025, 3, 14)))))
    assert check(facts), facts
