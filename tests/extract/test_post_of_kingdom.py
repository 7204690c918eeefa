"""post_of: "المملكة" in a title where the article names no kingdom, and "ولي ولي العهد" as naming its state."""

from __future__ import annotations

from extract_fixtures import make

from kg.extract import extract_facts
from kg.extract.news_kingdom import UNNAMED_KINGDOM

SA = "المملكة العربية السعودية"


def posts(linked):
    return {(p.person.entity.label, p.title, p.of.entity.label if p.of else None)
            for p in extract_facts(linked).posts}


def test_the_kingdoms_permanent_representative_with_no_kingdom_named_is_saudi():
    text = ("ووقع المندوب الدائم للمملكة لدى الأمم المتحدة السفير سامي بن عبدالله صباح على الاتفاقية "
            "مع مندوب ناميبيا.")
    linked = make(text, ("الأمم المتحدة", "ORG"), ("سامي بن عبدالله صباح", "PER"), ("ناميبيا", "LOC"))
    assert ("سامي بن عبدالله صباح", "representative", SA) in posts(linked)
    post = next(p for p in extract_facts(linked).posts if p.person.entity.label == "سامي بن عبدالله صباح")
    assert post.of_source == "article" and post.of_confidence == UNNAMED_KINGDOM
    assert "المملكة" in post.of_evidence


def test_the_one_kingdom_the_article_names_still_comes_first():
    text = "وأكد وزير خارجية المملكة سامي بن عبدالله صباح أن الأردن يرحب بالمبادرة."
    linked = make(text, ("سامي بن عبدالله صباح", "PER"), ("الأردن", "LOC"))
    assert posts(linked) == {("سامي بن عبدالله صباح", "minister:foreign", "الأردن")}


def test_two_kingdoms_named_leave_the_kingdoms_title_without_a_country():
    text = "وأكد وزير خارجية المملكة سامي بن عبدالله صباح أن الأردن والمغرب يدعمان المبادرة."
    linked = make(text, ("سامي بن عبدالله صباح", "PER"), ("الأردن", "LOC"), ("المغرب", "LOC"))
    assert {p[2] for p in posts(linked)} == {None}


def test_other_deictic_words_are_not_taken_for_the_kingdom():
    text = "وأكد وزير خارجية البلاد سامي بن عبدالله صباح أن الحكومة ترحب بالمبادرة."
    assert {p[2] for p in posts(make(text, ("سامي بن عبدالله صباح", "PER")))} == {None}


def test_the_deputy_crown_prince_names_the_state_of_the_articles_bare_ministers():
    text = "ويضم الوفد المرافق لسمو ولي ولي العهد في زيارته وزير الزراعة سامي بن عبدالله صباح."
    assert posts(make(text, ("سامي بن عبدالله صباح", "PER"))) == {("سامي بن عبدالله صباح", "minister:agriculture", SA)}
