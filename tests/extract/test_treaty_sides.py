"""A side named by its place ("ونظيره في فنزويلا") or by the pronoun on the signing noun ("عن توقيعها
اتفاقية"), composed sentences; the last three pin that "بين" + a dual or the article pair still gives both states."""

from __future__ import annotations

from extract_fixtures import make

from kg.extract import extract_facts


def parties(linked) -> list[set[str]]:
    return [{p.entity.label for p in t.parties} for t in extract_facts(linked).treaties]


def test_a_counterpart_named_by_the_state_he_serves_is_that_state():
    text = "ووقع وزير الخارجية البيروفي سامي الحداد ونظيره في فنزويلا اتفاقية للتعاون الثقافي."
    assert parties(make(text, ("سامي الحداد", "PER"), ("فنزويلا", "LOC"))) == [{"بيرو", "فنزويلا"}]


def test_a_female_counterpart_after_with_and_the_treaty_noun():
    text = "ووقعت وزيرة التجارة البيروفية هند الحداد مذكرة تفاهم مع نظيرتها في فنزويلا."
    assert parties(make(text, ("هند الحداد", "PER"), ("فنزويلا", "LOC"))) == [{"بيرو", "فنزويلا"}]


def test_a_counterpart_in_a_place_that_is_not_a_state_gives_no_party():
    text = "ووقعت شركة النماء اتفاقية مع نظيرتها في نادي الشباب."
    assert all("نادي الشباب" not in p for p in parties(make(text, ("شركة النماء", "ORG"), ("نادي الشباب", "ORG"))))


def test_the_possessor_of_the_signing_noun_is_a_party():
    text = "وأعلنت شركة النماء عن توقيعها اتفاقية مع حكومة بيرو لبناء محطة."
    assert parties(make(text, ("شركة النماء", "ORG"), ("بيرو", "LOC"))) == [{"شركة النماء", "بيرو"}]


def test_the_possessor_may_be_a_capital_standing_for_its_state():
    text = "مثلما ستفعل أنقرة بإبرامها اتفاقا صاروخيا مع بكين."
    assert parties(make(text, ("أنقرة", "LOC"), ("بكين", "LOC"))) == [{"تركيا", "الصين"}]


def test_a_feminine_pronoun_does_not_stand_for_a_man_named_before():
    text = "وأشاد وزير الخارجية البيروفي سامي الحداد بالشركات وتوقيعها اتفاقيات مع فنزويلا."
    assert parties(make(text, ("سامي الحداد", "PER"), ("فنزويلا", "LOC"))) == []


def test_a_pronoun_whose_antecedent_has_no_name_gets_no_side_guessed():
    text = "وزار رئيس بيرو فنزويلا أمس. وأشاد بمكافأة الشركات على توقيعها اتفاقيات مع فنزويلا."
    found = parties(make(text, ("بيرو", "LOC"), ("فنزويلا", "LOC"), ("فنزويلا", "LOC")))
    assert found == []


def test_the_treaty_resumed_by_the_pronoun_keeps_its_between_sides():
    text = "وأشارت الوزيرة إلى الاتفاق الذي تم توقيعه بين بيرو وفنزويلا الشهر الماضي."
    assert parties(make(text, ("بيرو", "LOC"), ("فنزويلا", "LOC"))) == [{"بيرو", "فنزويلا"}]


def test_both_countries_a_few_words_after_between_are_still_the_article_sides():
    text = "وزار رئيس بيرو فنزويلا أمس. كما تم التوقيع على اتفاقيات بين وزارتي الخارجية في البلدين."
    assert parties(make(text, ("بيرو", "LOC"), ("فنزويلا", "LOC"))) == [{"بيرو", "فنزويلا"}]


def test_the_two_governments_after_between_with_their_nisbas_are_the_states():
    text = "ووقعت اتفاقية للتعاون بين الحكومتين البيروفية والفنزويلية."
    assert parties(make(text)) == [{"بيرو", "فنزويلا"}]


def test_the_two_governments_after_between_are_the_article_sides():
    text = "وزار رئيس بيرو فنزويلا أمس. ووقعت اتفاقية للتعاون بين الحكومتين."
    assert parties(make(text, ("بيرو", "LOC"), ("فنزويلا", "LOC"))) == [{"بيرو", "فنزويلا"}]


def test_two_governments_the_ner_read_as_one_name_are_two_states():
    text = "ووقعت اتفاقية للتعاون بين حكومة جمهورية بيرو وحكومة جمهورية فنزويلا."
    linked = make(text, ("حكومة جمهورية بيرو وحكومة جمهورية فنزويلا", "ORG"))
    assert parties(linked) == [{"بيرو", "فنزويلا"}]


def test_a_government_and_a_kingdom_in_one_mention_are_two_states():
    text = "ويتعلق المشروع بالموافقة على اتفاقية الضمان الاجتماعي بين حكومة الجمهورية البيروفية والمملكة المغربية."
    linked = make(text, ("حكومة الجمهورية البيروفية والمملكة المغربية", "ORG"))
    assert parties(linked) == [{"بيرو", "المغرب"}]


def test_one_ministry_with_two_fields_joined_by_and_is_one_state():
    text = "ووقعت وزارة الخارجية والتعاون الدولي البيروفية اتفاقية مع فنزويلا."
    linked = make(text, ("وزارة الخارجية والتعاون الدولي البيروفية", "ORG"), ("فنزويلا", "LOC"))
    assert parties(linked) == [{"بيرو", "فنزويلا"}]
