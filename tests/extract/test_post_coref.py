"""Posts by coreference within an article: an unnamed title and its holder named apart."""

from __future__ import annotations

from datetime import date

from extract_fixtures import make

from kg.extract import extract_facts


def posts(linked):
    return {(p.person.entity.label, p.title, p.of.entity.label if p.of else None)
            for p in extract_facts(linked).posts}


def test_a_speaker_named_after_an_unnamed_title_holds_its_post():
    text = ("وصل وزير الخارجية الفنلندي إلى الرياض أمس في زيارة رسمية تستمر يومين.\n"
            "وقال يوهانس فيرتانين إن بلاده تريد تعزيز التعاون الاقتصادي.")
    linked = make(text, ("الرياض", "LOC"), ("يوهانس فيرتانين", "PER"))
    assert posts(linked) == {("يوهانس فيرتانين", "minister:foreign", "فنلندا")}


def test_a_speaker_named_before_the_title_is_not_its_holder():
    text = ("قال يوهانس فيرتانين إن الوضع صعب.\n"
            "ووصل وزير الخارجية الفنلندي إلى الرياض أمس.\n"
            "وقال يوهانس فيرتانين إن بلاده تريد التعاون.")
    linked = make(text, ("يوهانس فيرتانين", "PER"), ("الرياض", "LOC"))
    assert posts(linked) == set()


def test_a_person_who_is_not_a_speaker_does_not_take_an_unnamed_title():
    text = ("وصل وزير الخارجية الفنلندي إلى الرياض أمس في زيارة رسمية.\n"
            "والتقى يوهانس فيرتانين في وقت لاحق رجال الأعمال.")
    linked = make(text, ("الرياض", "LOC"), ("يوهانس فيرتانين", "PER"))
    assert posts(linked) == set()


def test_another_title_between_blocks_the_speaker_binding():
    text = ("وصل وزير الخارجية الفنلندي إلى الرياض أمس واجتمع مع وزير التجارة السعودي.\n"
            "وقال يوهانس فيرتانين إن بلاده تريد التعاون.")
    linked = make(text, ("الرياض", "LOC"), ("يوهانس فيرتانين", "PER"))
    assert ("يوهانس فيرتانين", "minister:foreign", "فنلندا") not in posts(linked)


def test_the_kb_holder_of_an_unnamed_title_named_elsewhere_in_the_article_holds_it():
    text = ("أجرى وزير الخارجية الروسي محادثات في القاهرة أمس تناولت الأزمة السورية.\n"
            "وكان سيرغي لافروف قد وصل إلى مصر في جولة تشمل دول المنطقة.")
    linked = make(text, ("القاهرة", "LOC"), ("سيرغي لافروف", "PER"), ("مصر", "LOC"),
                  published=date(2016, 5, 1))
    assert ("سيرغي لافروف", "minister:foreign", "روسيا") in posts(linked)


def test_a_kb_person_out_of_term_does_not_take_the_unnamed_title():
    text = ("أجرى وزير الخارجية الروسي محادثات في القاهرة أمس تناولت الأزمة السورية.\n"
            "وكان سيرغي لافروف قد وصل إلى مصر في جولة تشمل دول المنطقة.")
    linked = make(text, ("القاهرة", "LOC"), ("سيرغي لافروف", "PER"), ("مصر", "LOC"),
                  published=date(2002, 5, 1))
    assert posts(linked) == set()


# Titles separated from their holder by a body or portfolio phrase in ل (kg.extract.holders.body_phrase)

def test_a_body_phrase_in_lam_between_title_and_name_gives_the_post_its_body():
    text = "وقال الأمين العام لرابطة العالم الإسلامي الدكتور عبدالله التركي إن المؤتمر ناجح."
    linked = make(text, ("عبدالله التركي", "PER"))
    assert posts(linked) == {("عبدالله التركي", "secretary-general", "رابطة العالم الإسلامي")}


def test_a_tagged_body_in_lam_and_a_comma_before_a_rank_still_bind_the_name():
    text = "ترأس رئيس هيئة الأركان العامة للقوات المسلحة اليمنية، اللواء الركن محمد المقدشي اجتماعا."
    linked = make(text, ("للقوات المسلحة اليمنية", "ORG", "القوات المسلحة اليمنية"), ("محمد المقدشي", "PER"))
    assert {p[0] for p in posts(linked)} == {"محمد المقدشي"}


def test_a_portfolio_in_lam_after_the_nisba_keeps_the_country():
    text = "وقال وزير الدولة الإماراتي للشؤون الخارجية، أنور قرقاش، إن الحل سياسي."
    linked = make(text, ("أنور قرقاش", "PER"))
    assert posts(linked) == {("أنور قرقاش", "minister-of-state", "الإمارات العربية المتحدة")}


def test_an_honorific_in_construct_inside_the_phrase_is_not_the_holders():
    text = "وقع الاتفاقية نائب الرئيس التنفيذي لمدينة الملك عبدالله الاقتصادية أمس."
    linked = make(text, ("عبدالله", "PER"))
    assert posts(linked) == set()


def test_a_phrase_with_a_verb_or_function_word_is_no_body_phrase():
    text = "وقال الأمين العام للصحفيين في مؤتمر إن سمير الهاشمي سيصل غدا."
    linked = make(text, ("سمير الهاشمي", "PER"))
    assert posts(linked) == set()


# Names the NER typed as a place or an organization right after a title (holders.mistyped_name)

def test_a_name_tagged_as_a_place_right_after_a_title_with_its_country_holds_the_post():
    # a composed name: a KB family name the NER typed as a place is a person before the title grammar runs
    text = "وقال وزير الخارجية الروسي كوفالينكو إن موسكو ترحب بالاتفاق."
    linked = make(text, ("كوفالينكو", "LOC"), ("موسكو", "LOC"))
    assert posts(linked) == {("كوفالينكو", "minister:foreign", "روسيا")}


def test_a_place_or_institution_after_a_title_is_not_read_as_a_name():
    text = "وصل وزير الخارجية الروسي الخرطوم أمس، والتقى الرئيس الفرنسي مجلس الشيوخ."
    linked = make(text, ("الخرطوم", "LOC"), ("مجلس الشيوخ", "ORG"))
    assert posts(linked) == set()


def test_a_title_without_its_country_does_not_take_a_mistyped_name():
    text = "وقال وزير الخارجية كوفرتينو إن الاتفاق قريب."
    linked = make(text, ("كوفرتينو", "LOC"))
    assert posts(linked) == set()


# Possessive titles (post_coref.possessive) and orthographic variants of the nisba

def test_a_possessive_minister_is_of_the_country_of_the_official_before():
    text = "وقال الرئيس الإيراني سامي الحداد ووزير خارجيته فلان الفلاني إن الاتفاق تاريخي."
    linked = make(text, ("سامي الحداد", "PER"), ("فلان الفلاني", "PER"))
    assert ("فلان الفلاني", "minister:foreign", "إيران") in posts(linked)


def test_a_possessive_minister_is_of_the_country_named_before():
    text = "وصل وفد من روسيا برئاسة وزير خارجيتها سيرغي لافروف إلى دمشق."
    linked = make(text, ("روسيا", "LOC"), ("سيرغي لافروف", "PER"), ("دمشق", "LOC"))
    assert posts(linked) == {("سيرغي لافروف", "minister:foreign", "روسيا")}


def test_a_possessive_minister_with_no_country_before_it_gets_none_from_the_pronoun():
    text = "وقال وزير خارجيته سمير الهاشمي إن الاتفاق قريب."
    linked = make(text, ("سمير الهاشمي", "PER"))
    assert posts(linked) == set()


def test_a_nisba_written_with_alif_maqsura_names_the_country():
    text = "وقال وزير الخارجية المصرى سامح شكري إن الوضع صعب."
    assert posts(make(text, ("سامح شكري", "PER"))) == {("سامح شكري", "minister:foreign", "مصر")}


def test_a_title_as_speaker_refers_back_to_the_speaker_named_before():
    text = ("وقال يوهانس فيرتانين إن بلاده تريد تعزيز التعاون الاقتصادي مع المملكة.\n"
            "وأضاف الوزير الفنلندي أن الزيارة ناجحة.")
    linked = make(text, ("يوهانس فيرتانين", "PER"))
    assert posts(linked) == {("يوهانس فيرتانين", "minister", "فنلندا")}


def test_a_title_as_speaker_does_not_refer_back_to_a_person_who_was_not_speaking():
    text = ("والتقى يوهانس فيرتانين رجال الأعمال في الرياض.\n"
            "وأضاف الوزير الفنلندي أن الزيارة ناجحة.")
    linked = make(text, ("يوهانس فيرتانين", "PER"), ("الرياض", "LOC"))
    assert posts(linked) == set()


def test_the_country_of_a_region_between_its_title_and_the_name_does_not_block_the_holder():
    text = "التقى الوزير أمس رئيس إقليم كردستان العراق مسعود بارزاني في أربيل."
    linked = make(text, ("إقليم كردستان", "LOC"), ("العراق", "LOC"), ("مسعود بارزاني", "PER"), ("أربيل", "LOC"))
    assert {p[0] for p in posts(linked)} == {"مسعود بارزاني"}


def test_a_bare_minister_after_a_verb_of_saying_is_the_last_speaker():
    text = "وقال سامي الحداد إن الحكومة تدعم الفلاحين. وأضاف الوزير أن الأردن يدعم المشروع."
    assert posts(make(text, ("سامي الحداد", "PER"), ("الأردن", "LOC"))) == {("سامي الحداد", "minister", "الأردن")}


def test_a_speaker_named_by_attribution_is_the_bare_ministers_holder():
    text = "وسيتم الانطلاق ببرنامج نموذجي، وفق سامي الحداد. واعتبر الوزير أن الاستثمار مهم."
    (post,) = extract_facts(make(text, ("سامي الحداد", "PER"))).posts
    assert (post.person.entity.label, post.title, post.title_text) == ("سامي الحداد", "minister", "الوزير")


def test_a_bare_minister_is_no_speakers_post_when_the_story_names_another_minister():
    text = ("والتقى وزير الخارجية الأردني فلان الفلاني بالوفد. وقال سامي الحداد إن الزيارة مهمة. "
            "وأضاف الوزير أن الأردن يدعم.")
    linked = make(text, ("فلان الفلاني", "PER"), ("سامي الحداد", "PER"), ("الأردن", "LOC"))
    assert posts(linked) == {("فلان الفلاني", "minister:foreign", "الأردن")}


def test_a_bare_president_after_a_verb_of_saying_is_not_bound():
    text = "وقال سامي الحداد إن الشركة تنمو. وأضاف الرئيس أن الأرباح زادت."
    assert posts(make(text, ("سامي الحداد", "PER"))) == set()


def test_a_counterpart_after_the_visits_host_is_the_visitors_counterpart_by_the_kb():
    # "ونظيره" after the host met: the KB holds Wang Yi as a foreign minister, never a president.
    text = "وزار وزير الخارجية الفلاني سامي الحداد الصين، والتقى الرئيس شي جين بينغ، ونظيره وانغ يي."
    linked = make(text, ("سامي الحداد", "PER"), ("الصين", "LOC"), ("شي جين بينغ", "PER"), ("وانغ يي", "PER"))
    assert ("وانغ يي", "minister:foreign", "الصين") in posts(linked)
    assert not any(p[0] == "وانغ يي" and p[1] == "president" for p in posts(linked))


def test_a_counterpart_the_kb_does_not_know_keeps_the_nearest_officials_post():
    text = "والتقى الرئيس فلان الفلاني، ونظيره سامي الحداد."
    linked = make(text, ("فلان الفلاني", "PER"), ("سامي الحداد", "PER"))
    assert {p[:2] for p in posts(linked)} == {("فلان الفلاني", "president"), ("سامي الحداد", "president")}


# A bare title after a verb of saying, and the paragraph's one speaker of its gender (kg.extract.title_speakers)

def test_a_feminine_title_before_the_name_is_the_woman_who_speaks_after_it():
    text = ("وأكدت الوزيرة أن القطاع يتعافى بعد سنوات صعبة. "
            "وبينت ليلى الطرابلسي أن تونس استقبلت عددا أكبر من الزوار.")
    linked = make(text, ("ليلى الطرابلسي", "PER"), ("تونس", "LOC"))
    assert posts(linked) == {("ليلى الطرابلسي", "minister", "تونس")}


def test_a_bare_minister_after_a_grown_verb_of_saying_is_the_speaker_named_before():
    text = "وثمن سامي الحداد القرار الجديد. وبين الوزير أيضا أن الأردن يدعم المشروع."
    assert posts(make(text, ("سامي الحداد", "PER"), ("الأردن", "LOC"))) == {("سامي الحداد", "minister", "الأردن")}


def test_a_persons_statements_named_by_a_noun_make_him_the_bare_ministers_holder():
    text = ("وجاءت تصريحات سامي الحداد خلال المؤتمر السنوي أمس في عمان. "
            "وقال الوزير إن الأردن يريد تعزيز الاستثمار.")
    linked = make(text, ("سامي الحداد", "PER"), ("عمان", "LOC"), ("الأردن", "LOC"))
    assert posts(linked) == {("سامي الحداد", "minister", "الأردن")}


def test_a_feminine_title_does_not_take_a_man_who_speaks():
    text = "وأكدت الوزيرة أن القطاع يتعافى. وبين سامي الحداد أن تونس استقبلت عددا أكبر من الزوار."
    assert posts(make(text, ("سامي الحداد", "PER"), ("تونس", "LOC"))) == set()


def test_a_masculine_title_does_not_take_a_woman_who_spoke_before_it():
    text = "وقالت ليلى الطرابلسي إن القرار مهم. وأضاف الوزير أن تونس تدعم المشروع."
    assert posts(make(text, ("ليلى الطرابلسي", "PER"), ("تونس", "LOC"))) == set()


def test_a_feminine_title_needs_the_woman_shown_by_the_grammar():
    text = "وأكدت الوزيرة أن القطاع يتعافى. والتقى سامي الحداد رجال الأعمال في تونس."
    assert posts(make(text, ("سامي الحداد", "PER"), ("تونس", "LOC"))) == set()


def test_two_candidate_speakers_leave_a_title_before_them_unbound():
    text = ("وأكد الوزير أن القطاع يتعافى. وبين سامي الحداد أن الأردن يدعم المشروع، "
            "فيما قال فلان الفلاني إن الاستثمار مهم.")
    linked = make(text, ("سامي الحداد", "PER"), ("الأردن", "LOC"), ("فلان الفلاني", "PER"))
    assert posts(linked) == set()


def test_a_man_and_a_woman_who_speak_leave_the_feminine_title_to_the_woman():
    text = ("وأكدت الوزيرة أن القطاع يتعافى. وبينت ليلى الطرابلسي أن تونس تدعم المشروع، "
            "فيما قال سامي الحداد إن الاستثمار مهم.")
    linked = make(text, ("ليلى الطرابلسي", "PER"), ("تونس", "LOC"), ("سامي الحداد", "PER"))
    assert posts(linked) == {("ليلى الطرابلسي", "minister", "تونس")}


def test_a_title_before_the_speaker_is_not_his_when_another_minister_is_named():
    text = ("والتقى وزير الخارجية الأردني فلان الفلاني الوفد. وأكد الوزير أن الأردن يدعم المشروع. "
            "وبين سامي الحداد أن الاستثمار مهم.")
    linked = make(text, ("فلان الفلاني", "PER"), ("الأردن", "LOC"), ("سامي الحداد", "PER"))
    assert posts(linked) == {("فلان الفلاني", "minister:foreign", "الأردن")}


def test_between_the_minister_and_a_person_is_no_verb_of_saying():
    text = "وقال سامي الحداد إن الاجتماع مهم. وجرى لقاء بين الوزير ووفد من رجال الأعمال في الأردن."
    assert posts(make(text, ("سامي الحداد", "PER"), ("الأردن", "LOC"))) == set()


def test_a_person_the_kb_holds_in_another_office_is_no_candidate_for_a_bare_minister():
    # the KB holds Joe Biden as a head of state, never a minister: the bare minister is the other speaker
    text = ("وجاءت تصريحات سامي الحداد بعد أن أعلن جو بايدن القرار في نيويورك. "
            "وقال الوزير إن الولايات المتحدة تدعم الاتفاق.")
    linked = make(text, ("سامي الحداد", "PER"), ("جو بايدن", "PER"), ("نيويورك", "LOC"),
                  ("الولايات المتحدة", "LOC"))
    assert ("سامي الحداد", "minister", "الولايات المتحدة") in posts(linked)
    assert not any(p[0] == "جو بايدن" and p[1] == "minister" for p in posts(linked))


def test_a_feminine_title_with_its_body_does_not_refer_back_to_a_man_who_spoke():
    text = ("وقال سامي الحداد إن الحكومة تدعم الفلاحين في الأردن. "
            "وأضافت المتحدثة باسم وزارة الخارجية الأردنية أن الزيارة ناجحة.")
    linked = make(text, ("سامي الحداد", "PER"), ("الأردن", "LOC"))
    assert not any(p[0] == "سامي الحداد" for p in posts(linked))
