"""Tunisian delegations after their noun, division seats in the knowledge base, and set phrases that name no
place, on composed news sentences (the NER's spans given by hand, as `test_mentions.found` does)."""

from __future__ import annotations

import pytest

from kg.link.resolve import Linker
from kg.link.set_phrases import in_set_phrase
from tests.link.test_mentions import found
from tests.link.test_resolve import annotate


@pytest.fixture(scope="module")
def linker() -> Linker:
    return Linker()


def places(got):
    return [(label, key) for _, label, ner_type, key in got if ner_type == "LOC"]


def test_the_word_after_a_delegation_noun_is_the_delegation(linker):
    got = places(found(linker, "وتجددت الاحتجاجات بمعتمدية جلمة للمطالبة بالتنمية."))
    assert [label for label, _ in got] == ["جلمة"]


def test_a_delegation_whose_first_word_cannot_stand_alone_takes_two_words(linker):
    got = places(found(linker, "وأكد معتمد الجهة أن معتمدية عين دراهم شهدت تساقط الثلوج."))
    assert [label for label, _ in got] == ["عين دراهم"]


def test_a_delegation_with_its_compass_adjective_is_one_name(linker):
    got = places(found(linker, "توفي شاب أصيل معتمدية القصرين الجنوبية أمس."))
    assert [label for label, _ in got] == ["القصرين الجنوبية"]


def test_a_delegation_stops_before_the_preposition_after_it(linker):
    got = places(found(linker, "وقد تم إيقافه بمعتمدية الرقاب من الجهة."))
    assert [label for label, _ in got] == ["الرقاب"]


def test_the_local_delegation_names_no_place(linker):
    assert places(found(linker, "وأفاد مصدر بأن معتمدية المكان أحضرت كمية من الأتربة.")) == []


def test_a_governorate_seat_is_a_linked_city(linker):
    got = places(found(linker, "ونظمت الوزارة ورشة عمل في نابل حول التشغيل."))
    assert got == [("نابل", "kb:city:TN:nabeul")]


def test_a_seat_after_a_clitic_is_the_city_without_it(linker):
    got = places(found(linker, "وتم إيقاف المهرب بالمنستير أمس."))
    assert got == [("المنستير", "kb:city:TN:monastir")]


def test_a_seat_whose_name_is_a_common_word_needs_the_tagger(linker):
    # قبلي 'tribal' and البيضاء 'the white': homographs, no gazetteer mention of their own
    assert places(found(linker, "وأوضح مصدر قبلي أن الرسوم على الأراضي البيضاء ستطبق.")) == []


def test_washington_named_by_the_tagger_is_linked_to_wikidata(linker):
    # Natural Earth's Q61, confirmed by the capital list (two sources): linked though its name is unreviewed
    (entity,) = linker.link(annotate("وصل وزير الخارجية إلى واشنطن أمس.", ("واشنطن", "LOC"))).entities
    assert entity.qid == "Q61"


def test_a_birthplace_is_no_muscat(linker):
    assert places(found(linker, "عاد اللاعب إلى مسقط رأسه بعد غياب طويل.", ("مسقط", "LOC"))) == []
    assert places(found(linker, "وزار الوفد مسقط أمس.", ("مسقط", "LOC"))) == [("مسقط", "kb:city:OM:muscat")]


def test_good_fortune_in_a_feast_greeting_is_no_yemen(linker):
    text = "وهنأ المحافظ المواطنين بالعيد، سائلا الله أن يعيده على الجميع بالخير واليمن والبركات."
    assert places(found(linker, text, ("واليمن", "LOC"))) == []
    assert places(found(linker, "وهنأ المحافظ المواطنين باليمن والمسرات.")) == []
    assert len(places(found(linker, "وبحث الوزير الوضع في اليمن والعراق.", ("اليمن", "LOC"), ("والعراق", "LOC")))) == 2


@pytest.mark.parametrize(("text", "expected"), [
    ("مسقط رأسه", True), ("بمسقط رأسها", True), ("مسقط الراس", True), ("مسقط عاصمة", False), ("مسقط", False),
    ("باليمن والبركات", True), ("واليمن والمسرات", True), ("اليمن والعراق", False),
])
def test_set_phrases_are_read_word_by_word(text, expected):
    assert in_set_phrase(text, 0, text.index(" ") if " " in text else len(text)) is expected


def test_a_person_named_like_a_seat_that_is_a_homograph_stays_a_person(linker):
    got = found(linker, "وقالت عمران إن الحملة غير قانونية.", ("عمران", "PER"))
    assert [(label, ner_type) for _, label, ner_type, _ in got] == [("عمران", "PER")]


def test_a_delegation_named_like_a_city_abroad_is_not_that_city(linker):
    got = places(found(linker, "ويدرس الطفل بالمدرسة الإعدادية بمعتمدية بومرداس من ولاية المهدية."))
    assert ("بومرداس", "kb:city:DZ:boumerdas") not in got
    assert [label for label, _ in got][0] == "بومرداس"


def test_the_same_city_abroad_without_the_noun_is_linked(linker):
    got = places(found(linker, "وتم تفكيك خلية إرهابية في بومرداس شرق العاصمة الجزائرية.", ("بومرداس", "LOC")))
    assert ("بومرداس", "kb:city:DZ:boumerdas") in got


def test_syria_written_with_ta_marbuta_and_tagged_a_place_is_syria(linker):
    (entity,) = linker.link(annotate("وعاد الوفد من سورية أمس.", ("سورية", "LOC"))).entities
    assert entity.qid == "Q858"
    *_, entity = linker.link(annotate("وتوجه الوفد إلى لبنان وسورية.", ("وسورية", "LOC"))).entities
    assert entity.qid == "Q858"


def test_bangladesh_in_the_news_spellings_no_source_gives_is_the_same_country(linker):
    (source_spelling,) = linker.link(annotate("وعاد الوفد من بنغلاديش أمس.", ("بنغلاديش", "LOC"))).entities
    assert source_spelling.qid
    for text, surface in (("وعاد الوفد من بنغلادش أمس.", "بنغلادش"), ("وتوجه الوفد إلى الهند وبنجلادش.", "وبنجلادش")):
        *_, entity = linker.link(annotate(text, (surface, "LOC"))).entities
        assert entity.qid == source_spelling.qid, text


def test_the_nisba_syrian_untagged_is_no_place(linker):
    got = found(linker, "ونقلت مصادر سورية أن الاجتماع تأجل.")
    assert places(got) == []


def test_another_country_in_ta_marbuta_is_an_adjective(linker):
    entities = linker.link(annotate("وصلت قوات تركية إلى المنطقة.", ("تركية", "LOC"))).entities
    assert all(e.qid != "Q43" for e in entities)


def test_a_known_towns_delegation_with_its_adjective_is_one_name(linker):
    assert [label for label, _ in places(found(linker, "توفي شاب أصيل معتمدية صفاقس الجنوبية أمس."))] == \
        ["صفاقس الجنوبية"]
    got = places(found(linker, "توفي شاب أصيل معتمدية صفاقس الجنوبية أمس.", ("صفاقس", "LOC")))
    assert [label for label, _ in got] == ["صفاقس الجنوبية"]
