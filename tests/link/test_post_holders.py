"""A title and one name (الملك X، الرئيس Y، الشيخ Z) linked to the KB's holder of that post on the
article's date, on composed sentences and a composed knowledge base (no real official anywhere)."""

from __future__ import annotations

from datetime import date

import pytest

from kg.link.gazetteer import Gazetteer
from kg.link.kb import KBEntry, KnowledgeBase, Post
from kg.link.post_holders import CONTEXT_SCORE, DATED_SCORE, UNDATED_SCORE, read_title, titles
from kg.link.resolve import NAME_VARIANT_SCORE, SAME_AS_THRESHOLD, Linker
from kg.rdf.article import article_graph
from kg.rdf.iris import Iris
from kg.rdf.namespaces import KG
from kg.types import AnnotatedDocument, Document, Mention, RunInfo, Sentence

#: The KB's English post titles by role (the style of a head of state is in its title: King, President).
_TITLE = {"head_of_government": "Prime Minister", "foreign_minister": "Minister of Foreign Affairs",
          "defence_minister": "Minister of Defence"}


def _person(pid: str, name: str, *posts: tuple[str, str, str | None, str | None], qid: str = "Q900",
            style: str = "President") -> KBEntry:
    return KBEntry(f"person:{pid}", "Person", qid, (name,), (pid,), qid_confidence="two-source",
                   posts=tuple(Post(role, f"{_TITLE.get(role, style)} of {of}", of, start, end, sources=(f"src:{pid}",))
                               for role, of, start, end in posts))


KB = KnowledgeBase((
    KBEntry("country:XA", "Country", "Q1", ("فلانيا",), ("Fulania",), nisba_ar=("الفلاني", "الفلانية"), iso2="XA"),
    KBEntry("country:XB", "Country", "Q2", ("علانيا",), ("Allania",), nisba_ar=("العلاني", "العلانية"), iso2="XB"),
    KBEntry("country:XC", "Country", "Q3", ("تالانيا",), ("Talania",), iso2="XC"),
    KBEntry("city:XA:nor", "City", "Q4", ("نوربورغ",), ("Norburg",), country="country:XA"),
    _person("old-king", "فهدان بن سامر آل فلان", ("head_of_state", "country:XA", "1990", "2012-03-01"), qid="Q901",
            style="King"),
    _person("new-king", "راشد بن فهدان آل فلان", ("head_of_state", "country:XA", "2012-03-02", None), qid="Q902",
            style="King"),
    _person("other-king", "راشد الثالث", ("head_of_state", "country:XB", "2001", "2009"), qid="Q903", style="Monarch"),
    _person("emir", "فهدان الحسن", ("head_of_state", "country:XC", "2000", "2009"), qid="Q910"),
    _person("president", "يوري فلانوف", ("head_of_state", "country:XB", "2010", None),
            ("foreign_minister", "country:XB", "2000", "2005"), qid="Q904"),
    _person("premier", "أنطون فلانوف", ("head_of_government", "country:XB", "2015", None), qid="Q905"),
    _person("minister", "سامي الحداد", ("foreign_minister", "country:XA", "2014", None), qid="Q906"),
    _person("first-talani", "ميشيل تالي", ("head_of_state", "country:XC", "2010", None), qid="Q907"),
    _person("second-talani", "جوزيف تالي", ("head_of_state", "country:XC", "2020-06-01", None), qid="Q908"),
    _person("defence", "عبدالكريم سالم", ("defence_minister", "country:XA", "2016", None), qid="Q909"),
    _person("chair", "نادر علي يوسفان", ("head_of_organization", "org:XO", "2020", None), qid="Q911"),
    _person("plain", "ماهر سليمانوف", qid="Q912"),
    KBEntry("person:head-of-government", "Person", "Q913", ("كمال دارياني",), ("Kamal",), qid_confidence="two-source",
            posts=(Post("head_of_government", "President of Talania", "country:XC", "2013", "2021"),)),
    KBEntry("org:XO", "Organization", "Q5", ("منظمة الاتحاد الفلاني",), ("XO",)),
))


@pytest.fixture(scope="module")
def linker() -> Linker:
    return Linker(KB, Gazetteer.from_kb(KB))


def link(linker: Linker, text: str, *names: str, published: date | None = None) -> dict[str, list]:
    """Each written name's entities (a name written twice has two), linked as of `published`."""
    mentions = []
    at = 0
    for name in names:
        start = text.index(name, at)
        at = start + len(name)
        mentions.append(Mention(start, start + len(name), name, name, "PER", 0.9, 0))
    doc = Document("t", text, "test", published=published)
    linked = linker.link(AnnotatedDocument(doc, (Sentence(0, 0, len(text)),), (), tuple(mentions), "test"))
    out: dict[str, list] = {}
    for m, e in zip(linked.annotated.mentions, linked.entities, strict=True):
        out.setdefault(m.text, []).append(e)
    return out


def test_a_king_by_his_given_name_is_the_kb_king_on_the_articles_date(linker):
    text = "استقبل الملك فهدان الوفد في نوربورغ أمس."
    (king,) = link(linker, text, "فهدان", published=date(2010, 5, 1))["فهدان"]
    assert king.kb_id == "person:old-king" and king.qid == "Q901"
    assert king.link_confidence == pytest.approx(CONTEXT_SCORE) and king.link_confidence >= SAME_AS_THRESHOLD
    assert king.link_evidence.startswith("post holder on date") and "src:old-king" in king.link_evidence


def test_a_given_name_alone_needs_the_holders_country_in_the_article(linker):
    # royals share given names, and the KB lists only recent holders: a late king may bear it
    (person,) = link(linker, "استقبل الملك فهدان الوفد أمس.", "فهدان", published=date(2010, 5, 1))["فهدان"]
    assert person.kb_id is None


def test_a_king_is_not_a_president_of_the_same_name(linker):
    # فهدان الحسن was a president (of تالانيا, 2000-2009), never a king
    text = "استقبل الملك فهدان الوفد في تالانيا أمس."
    assert link(linker, text, "فهدان", published=date(2005, 5, 1))["فهدان"][0].kb_id is None
    text = "استقبل الرئيس فهدان الوفد في تالانيا أمس."
    assert link(linker, text, "فهدان", published=date(2005, 5, 1))["فهدان"][0].kb_id == "person:emir"


@pytest.mark.parametrize("text", ["صلى المصلون في مسجد الملك فهدان بنوربورغ.",
                                  "فاز العالم بجائزة الملك فهدان في نوربورغ."])
def test_a_place_or_prize_named_after_a_king_is_not_the_king(linker, text):
    found = link(linker, text, "فهدان", published=date(2010, 5, 1))
    assert not any(e.kb_id == "person:old-king" for entities in found.values() for e in entities)


def test_no_holder_of_the_post_on_the_date_no_link(linker):
    (person,) = link(linker, "استقبل الملك فهدان الوفد أمس.", "فهدان", published=date(2015, 5, 1))["فهدان"]
    assert person.kb_id is None and person.qid is None


def test_a_fathers_name_is_not_the_given_name(linker):
    # فهدان is the new king's father's name (راشد بن فهدان): in 2015 no king is called فهدان
    (person,) = link(linker, "وقال الملك فهدان إن الوفد وصل.", "فهدان", published=date(2015, 5, 1))["فهدان"]
    assert person.kb_id is None


def test_a_past_holder_of_another_country_with_the_name_needs_the_country_named(linker):
    text = "استقبل الملك راشد الوفد أمس."
    (alone,) = link(linker, text, "راشد", published=date(2015, 5, 1))["راشد"]
    assert alone.kb_id is None  # another country's king was also راشد: the date alone is too weak
    placed = link(linker, "استقبل الملك راشد الوفد في نوربورغ أمس.", "راشد", published=date(2015, 5, 1))["راشد"][0]
    assert placed.kb_id == "person:new-king" and placed.link_confidence == pytest.approx(CONTEXT_SCORE)
    both = link(linker, "استقبل الملك راشد وفدي فلانيا وعلانيا.", "راشد", published=date(2015, 5, 1))["راشد"][0]
    assert both.kb_id is None


def test_a_surname_after_a_title_picks_the_holder_of_that_post(linker):
    president = link(linker, "قال الرئيس فلانوف إن الاتفاق قريب.", "فلانوف", published=date(2016, 1, 1))["فلانوف"][0]
    premier = link(linker, "قال رئيس الوزراء فلانوف إن الاتفاق قريب.", "فلانوف", published=date(2016, 1, 1))
    assert president.kb_id == "person:president"
    assert premier["فلانوف"][0].kb_id == "person:premier"


def test_the_country_written_with_the_title_restricts_the_post(linker):
    ours = link(linker, "قال الرئيس العلاني فلانوف إن الاتفاق قريب.", "فلانوف", published=date(2016, 1, 1))
    theirs = link(linker, "قال الرئيس الفلاني فلانوف إن الاتفاق قريب.", "فلانوف", published=date(2016, 1, 1))
    assert ours["فلانوف"][0].kb_id == "person:president"
    assert theirs["فلانوف"][0].kb_id is None


@pytest.mark.parametrize("text", [
    "قال نائب رئيس الوزراء فلانوف إن الاتفاق قريب.",  # the deputy, not the head of government
    "قال الرئيس السابق فلانوف إن الاتفاق قريب.",  # a former president: not the holder on the date
    "قال الرئيس المنتخب فلانوف إن الاتفاق قريب.",
])
def test_a_word_between_title_and_name_that_changes_the_post_gives_no_link(linker, text):
    assert link(linker, text, "فلانوف", published=date(2016, 1, 1))["فلانوف"][0].kb_id is None


def test_an_honorific_needs_the_holders_country_in_the_article(linker):
    bare = link(linker, "وصل الشيخ سامي إلى المطار.", "سامي", published=date(2016, 1, 1))["سامي"][0]
    placed = link(linker, "وصل الشيخ سامي إلى نوربورغ.", "سامي", published=date(2016, 1, 1))["سامي"][0]
    assert bare.kb_id is None
    assert placed.kb_id == "person:minister" and placed.link_confidence == pytest.approx(CONTEXT_SCORE)


def test_an_honorific_takes_a_given_name_only(linker):
    text = "وصل الشيخ الحداد إلى نوربورغ."
    # (a surname naming one KB person may still link by the surname index, without this evidence)
    assert link(linker, text, "الحداد", published=date(2016, 1, 1))["الحداد"][0].link_evidence is None


def test_a_post_named_as_its_country_and_an_honorific_before_the_name(linker):
    text = "وصل ملك فلانيا الشيخ راشد إلى المطار."
    (king,) = link(linker, text, "راشد", published=date(2015, 5, 1))["راشد"]
    assert king.kb_id == "person:new-king" and king.link_confidence == pytest.approx(DATED_SCORE)


def test_an_open_term_ends_when_the_next_holder_of_the_post_starts(linker):
    text = "قال الرئيس تالي إن الاتفاق قريب."
    assert link(linker, text, "تالي", published=date(2015, 1, 1))["تالي"][0].kb_id == "person:first-talani"
    assert link(linker, text, "تالي", published=date(2022, 1, 1))["تالي"][0].kb_id == "person:second-talani"


def test_without_a_date_only_a_name_one_holder_alone_bears_links_lower(linker):
    (shared,) = link(linker, "قال الرئيس تالي إن الاتفاق قريب.", "تالي")["تالي"]
    assert shared.kb_id is None  # two presidents were تالي: an undated story may be about either
    (king,) = link(linker, "استقبل ملك فلانيا فهدان الوفد أمس.", "فهدان")["فهدان"]
    assert king.kb_id == "person:old-king" and king.link_confidence == pytest.approx(UNDATED_SCORE)


def test_a_later_bare_mention_of_the_name_part_is_the_same_person(linker):
    text = "استقبل الملك فهدان الوفد في نوربورغ. وقال فهدان إن العلاقات متينة."
    found = link(linker, text, "فهدان", "فهدان", published=date(2010, 5, 1))["فهدان"]
    assert [e.kb_id for e in found] == ["person:old-king", "person:old-king"]


def test_a_theophoric_name_written_in_two_words_is_one_name_part(linker):
    text = "قال وزير الدفاع الفلاني عبد الكريم إن الاتفاق قريب."
    (minister,) = link(linker, text, "عبد الكريم", published=date(2017, 1, 1))["عبد الكريم"]
    assert minister.kb_id == "person:defence"


@pytest.mark.parametrize("written", ["راشد ابن فهدان آل فلان", "راشد بن فهدان ال فلان"])
def test_a_nasab_written_with_ibn_is_the_kb_name(linker, written):
    (king,) = link(linker, f"وصل {written} إلى المطار.", written)[written]
    assert king.kb_id == "person:new-king" and king.link_confidence >= NAME_VARIANT_SCORE - 1e-9


def test_the_title_is_read_with_its_clitics_and_stops_at_the_clause(linker):
    hits = linker.gazetteer.find("وللرئيس العلاني فلانوف")
    read = read_title("وللرئيس العلاني فلانوف", len("وللرئيس العلاني "), hits)
    assert read is not None and read.of == "country:XB" and read.title.roles == {"head_of_state", "head_of_government"}
    assert read_title("قال الرئيس، فلانوف", len("قال الرئيس، "), []) is None


def test_every_title_names_kb_roles_and_has_corpus_evidence():
    from kg.link.kb.model import ROLES

    for title in titles().values():
        assert title.roles <= set(ROLES) and title.count > 0, title
        assert (title.reach == "honorific") == (not title.roles), title


def test_the_evidence_is_written_as_kg_link_evidence(linker):
    text = "استقبل الملك فهدان الوفد في نوربورغ."
    doc = Document("t", text, "test", published=date(2010, 5, 1))
    m = Mention(text.index("فهدان"), text.index("فهدان") + 5, "فهدان", "فهدان", "PER", 0.9, 0)
    linked = linker.link(AnnotatedDocument(doc, (Sentence(0, 0, len(text)),), (), (m,), "test"))
    graph = article_graph(linked, RunInfo("test", "test", "2026-01-01T00:00:00Z"), Iris("https://example.org/"), KB)
    evidence = [str(o) for o in graph.objects(None, KG.linkEvidence)]
    assert len(evidence) == 1 and evidence[0].startswith("post holder on date")



@pytest.mark.parametrize("text", [
    "وقال الشيخ يوسفان إن الوفد وصل.",  # an honorific takes a given name: يوسفان is that KB person's surname
    "وقال الرئيس يوسفان إن الوفد وصل.",  # he chairs a body's commission; no president
])
def test_a_title_vetoes_a_surname_link_it_contradicts(linker, text):
    (person,) = link(linker, text, "يوسفان", published=date(2022, 1, 1))["يوسفان"]
    assert person.kb_id is None


def test_a_surname_of_a_kb_person_without_posts_still_links_after_a_title(linker):
    (person,) = link(linker, "وقال الوزير سليمانوف إن الوفد وصل.", "سليمانوف", published=date(2022, 1, 1))["سليمانوف"]
    assert person.kb_id == "person:plain" and person.link_evidence is None


def test_a_president_the_sources_make_head_of_government_is_a_president(linker):
    (person,) = link(linker, "وقال الرئيس دارياني إن الوفد وصل.", "دارياني", published=date(2015, 1, 1))["دارياني"]
    assert person.kb_id == "person:head-of-government" and person.link_evidence.startswith("post holder on date")
    premier = link(linker, "وقال رئيس الوزراء دارياني إن الوفد وصل.", "دارياني", published=date(2015, 1, 1))
    assert premier["دارياني"][0].link_evidence is None  # a president, not a prime minister
