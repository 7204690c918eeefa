"""Groups of states as a treaty's side: "القوى الكبرى"، "مجموعة 5+1"، "الدول الست الكبرى" (composed sentences)."""

from __future__ import annotations

from extract_fixtures import make

from kg.extract import extract_facts


def treaties(linked):
    return extract_facts(linked).treaties


def sides(t) -> set[tuple[str, str]]:
    return {(p.entity.kind, p.entity.label) for p in t.parties}


def test_a_group_of_world_powers_after_a_relative_signing_verb_is_a_party():
    text = "وناقش الوزير تطبيق الاتفاق الذي توصلت إليه القوى العالمية الست وفنزويلا العام الماضي."
    (t,) = treaties(make(text, ("وفنزويلا", "LOC", "فنزويلا")))
    assert ("Organization", "القوى العالمية الست") in sides(t)
    assert any(p.entity.kind == "Country" for p in t.parties) and len(t.parties) == 2


def test_the_five_plus_one_formula_in_brackets_after_between_is_one_party():
    text = "وجاءت الزيارة بعد إبرام الاتفاق بين بوليفيا ومجموعة (5+1) في جنيف."
    (t,) = treaties(make(text, ("بوليفيا", "LOC"), ("جنيف", "LOC")))
    assert ("Organization", "مجموعة 5+1") in sides(t) and len(t.parties) == 2


def test_a_group_coordinated_with_a_state_as_the_subject_of_signing():
    text = "ووقعت فنزويلا والدول الكبرى اتفاقا بشأن الطاقة."
    (t,) = treaties(make(text, ("فنزويلا", "LOC")))
    assert ("Organization", "الدول الكبرى") in sides(t) and len(t.parties) == 2


def test_the_formula_in_words_is_part_of_the_group_name():
    text = "ووقعت بوليفيا على الاتفاق مع مجموعة خمسة زائد واحد أمس."
    (t,) = treaties(make(text, ("بوليفيا", "LOC")))
    assert ("Organization", "مجموعة خمسة زائد واحد") in sides(t)


def test_a_collective_noun_without_a_word_of_rank_or_count_is_not_a_party():
    text = "ووقعت بوليفيا اتفاقية مع الدول المجاورة لتنظيم التجارة."
    found = treaties(make(text, ("بوليفيا", "LOC")))
    assert not any(p.entity.label.startswith("الدول") for t in found for p in t.parties)


def test_a_treaty_with_one_named_side_and_no_other_is_not_a_record():
    text = "وانتقد النائب الاتفاق التجاري مع بوليفيا في جلسة البرلمان."
    assert not [t for t in treaties(make(text, ("بوليفيا", "LOC"))) if t.parties]


def test_a_speaker_commenting_on_a_treaty_with_one_state_is_not_its_other_side():
    text = "وقال وزير الخارجية الكندي جون سميث إن الاتفاق النووي مع فنزويلا لا بديل له."
    found = treaties(make(text, ("جون سميث", "PER"), ("فنزويلا", "LOC")))
    assert not any("كندا" in {p.entity.label for p in t.parties} for t in found)


def test_the_actor_who_signs_with_one_named_state_is_the_other_side():
    text = "واستقبل وزير الخارجية الكندي جون سميث نظيره أمس. ووقع معه اتفاقية للتعاون الثقافي مع فنزويلا."
    (t,) = treaties(make(text, ("جون سميث", "PER"), ("فنزويلا", "LOC")))
    assert {p.entity.label for p in t.parties} == {"كندا", "فنزويلا"}


def test_a_bare_body_noun_in_the_treaty_clause_is_the_body_named_before():
    text = ("واستقبل رئيس بيرو أمس وفدا من صندوق النماء الإقليمي. وتم اليوم توقيع اتفاقية قرض بين بوليفيا "
            "والصندوق بقيمة 40 مليون دولار.")
    (t,) = treaties(make(text, ("بيرو", "LOC"), ("صندوق النماء الإقليمي", "ORG"), ("بوليفيا", "LOC")))
    assert {p.entity.label for p in t.parties} == {"بوليفيا", "صندوق النماء الإقليمي"}


def test_a_body_noun_with_a_name_of_its_own_is_not_the_body_named_before():
    text = ("وحضر مدير صندوق النماء الإقليمي توقيع اتفاقية قرض بين بوليفيا والصندوق الوطني للتشغيل.")
    found = treaties(make(text, ("صندوق النماء الإقليمي", "ORG"), ("بوليفيا", "LOC")))
    assert not any("صندوق النماء الإقليمي" in {p.entity.label for p in t.parties} for t in found)


def test_a_signing_that_only_dates_the_sentence_does_not_make_its_actor_a_party():
    text = "وزار وزير الخارجية الكندي جون سميث فنزويلا بعد إبرام الاتفاق النووي البوليفي."
    found = treaties(make(text, ("جون سميث", "PER"), ("فنزويلا", "LOC")))
    assert not [t for t in found if t.parties]


def test_a_relative_signing_verb_without_its_subject_does_not_make_the_speaker_a_party():
    text = "وقال وزير الخارجية الكندي جون سميث إنه بحث الاتفاق البوليفي الذي أبرم اليوم."
    found = treaties(make(text, ("جون سميث", "PER")))
    assert not [t for t in found if t.parties]


def test_the_permanent_members_are_a_group_of_states():
    text = "ودافع الوزير عن الاتفاق الذي وقعته الدول الخمس الدائمة العضوية مع فنزويلا."
    (t,) = treaties(make(text, ("فنزويلا", "LOC")))
    assert ("Organization", "الدول الخمس الدائمة العضوية") in sides(t) and len(t.parties) == 2


def test_a_treaty_noun_the_ner_took_for_a_name_is_not_a_party():
    text = "وكان المعرض وقع «بروتوكولا» مع فنزويلا لتنظيم المشاركة."
    found = treaties(make(text, ("بروتوكولا", "ORG"), ("فنزويلا", "LOC")))
    assert not any("بروتوكولا" in {p.entity.label for p in t.parties} for t in found)


def test_the_two_sides_may_be_a_body_the_kb_knows_and_a_state():
    text = ("ورحبت اليابان بالخطوة. وتوصل الاتحاد الأوروبي وكولومبيا إلى اتفاق على إبرام اتفاقية تجارة حرة "
            "تزيل الرسوم الجمركية بين الطرفين.")
    found = treaties(make(text, ("اليابان", "LOC"), ("الاتحاد الأوروبي", "ORG"), ("وكولومبيا", "LOC", "كولومبيا")))
    assert {frozenset(p.entity.label for p in t.parties) for t in found} == {
        frozenset({"الاتحاد الأوروبي", "كولومبيا"})}


def test_a_company_signing_is_not_paired_with_its_own_state():
    text = "وارتفعت صادرات روسيا هذا العام. ووقعت شركة «نفطكو» الروسية اتفاقية طويلة الأمد في عام 2013."
    found = treaties(make(text, ("روسيا", "LOC"), ("نفطكو", "ORG")))
    assert not any({p.entity.label for p in t.parties} == {"نفطكو", "روسيا"} for t in found)


def test_a_signing_body_the_ner_missed_is_read_in_the_subject_and_partner_slots():
    text = "أبرم البريد الكولومبي، الثلاثاء، اتفاقية شراكة مع مؤسسة نماء لتمويل المشاريع الصغرى."
    (t,) = treaties(make(text))
    assert {p.entity.label for p in t.parties} == {"البريد الكولومبي", "مؤسسة نماء لتمويل المشاريع الصغرى"}


def test_a_body_phrase_around_an_organization_the_ner_found_is_that_organization():
    text = "ووقعت بوليفيا مذكرة تفاهم مع شركة «نفطكو» لتطوير الحقول."
    (t,) = treaties(make(text, ("بوليفيا", "LOC"), ("نفطكو", "ORG")))
    assert {p.entity.label for p in t.parties} == {"بوليفيا", "نفطكو"}


def test_a_possessor_has_every_treaty_of_its_clause_with_the_state_after_ma():
    text = ("ووسعت كولومبيا علاقاتها التجارية في السنوات الأخيرة. ولديها اتفاقيات تجارية مع بيرو "
            "فضلا عن اتفاقية شراكة مع تشيلي.")
    found = treaties(make(text, ("كولومبيا", "LOC"), ("بيرو", "LOC"), ("تشيلي", "LOC")))
    assert {frozenset(p.entity.label for p in t.parties) for t in found} == {
        frozenset({"كولومبيا", "بيرو"}), frozenset({"كولومبيا", "تشيلي"})}


def test_a_state_introduced_by_wa_dawlat_is_joined_to_the_list():
    text = "وبحث الوزير تنفيذ اتفاقيات التعاون الموقعة بين بوليفيا ودولة بيرو."
    (t,) = treaties(make(text, ("بوليفيا", "LOC"), ("بيرو", "LOC")))
    assert {p.entity.label for p in t.parties} == {"بوليفيا", "بيرو"}
