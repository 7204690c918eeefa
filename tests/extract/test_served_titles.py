"""Titles that serve another title, and titles set off after a name: "مدير مكتب جلالة الملك X" is the
director, not the king; "مبعوث جلالة الملك" the envoy; "X - وزير الزراعة الأردني -" the minister named
before; "ووزير خارجيته X" a foreign minister even when the text names no country before it. Composed
sentences in the shapes of Jordanian, Gulf and Egyptian news."""

from __future__ import annotations

from extract_fixtures import make

from kg.extract import extract_facts


def roles(linked):
    """(person, role) for every current post."""
    return {(p.person.entity.label, p.role) for p in extract_facts(linked).posts}


def test_the_director_of_his_majestys_office_is_the_director_not_the_king():
    text = "وكان في استقباله مدير مكتب جلالة الملك الدكتور سامي الحداد في المطار."
    linked = make(text, ("سامي الحداد", "PER"))
    assert roles(linked) == {("سامي الحداد", "director")}


def test_the_director_of_the_office_of_a_president_holds_the_office_of_that_country():
    text = "وقال مدير مكتب الرئيس الأفغاني سامي الحداد إن المحادثات انتهت."
    posts = extract_facts(make(text, ("سامي الحداد", "PER"))).posts
    assert [(p.person.entity.label, p.role, p.of.entity.label if p.of else None) for p in posts] == \
        [("سامي الحداد", "director", "أفغانستان")]


def test_the_envoy_of_his_majesty_to_a_state_is_the_envoy_and_the_state_is_not_the_kings():
    text = "وحضر اللقاء مبعوث جلالة الملك للمملكة العربية السعودية الدكتور سامي بن عبدالله صباح."
    linked = make(text, ("للمملكة العربية السعودية", "LOC", "المملكة العربية السعودية"),
                  ("سامي بن عبدالله صباح", "PER"))
    assert roles(linked) == {("سامي بن عبدالله صباح", "envoy")}


def test_a_title_after_his_highness_in_the_private_affairs_office_is_not_the_persons_post():
    text = "وحضر الحفل رئيس الشؤون الخاصة لسمو ولي العهد الأستاذ سامي الحداد."
    assert ("سامي الحداد", "crown-prince") not in roles(make(text, ("سامي الحداد", "PER")))


def test_a_title_between_dashes_after_a_name_is_that_persons_post():
    text = "وقال سامي بن عبدالله صباح - وزير الزراعة الأردني - إن الاتفاق مهم."
    linked = make(text, ("سامي بن عبدالله صباح", "PER"))
    assert roles(linked) == {("سامي بن عبدالله صباح", "minister")}


def test_a_dash_glued_to_the_title_sets_it_off_too():
    text = "وقال سامي الحداد -نائب رئيس الوزراء العراقي- إن الحكومة ستستقيل."
    assert roles(make(text, ("سامي الحداد", "PER"))) == {("سامي الحداد", "deputy-prime-minister")}


def test_a_dateline_dash_before_a_sentence_gives_the_reporter_no_post():
    text = "سامي الحداد - سبق - الرياض: أكد وزير الزراعة أن الموسم جيد."
    linked = make(text, ("سامي الحداد", "PER"), ("سبق", "ORG"), ("الرياض", "LOC"))
    assert roles(linked) == set()


def test_his_foreign_minister_with_no_country_named_before_is_still_a_foreign_minister():
    text = "ورأينا أن إدارة الرئيس سامي الحداد ووزير خارجيته يوري فلانوف قد أخطأت."
    posts = extract_facts(make(text, ("سامي الحداد", "PER"), ("يوري فلانوف", "PER"))).posts
    assert ("يوري فلانوف", "minister", "foreign") in {(p.person.entity.label, p.role, p.portfolio) for p in posts}


def test_an_adviser_at_the_royal_court_before_the_name_holds_an_advisers_post():
    text = "وحضر الحفل معالي المستشار بالديوان الملكي الأستاذ سامي بن عبدالله صباح."
    assert roles(make(text, ("سامي بن عبدالله صباح", "PER"))) == {("سامي بن عبدالله صباح", "adviser")}


def test_an_adviser_in_the_royal_court_after_the_name_is_that_persons_post():
    text = "وحضر اللقاء سامي الحداد المستشار في الديوان الملكي، ويوري فلانوف."
    linked = make(text, ("سامي الحداد", "PER"), ("يوري فلانوف", "PER"))
    assert roles(linked) == {("سامي الحداد", "adviser")}


def test_a_name_whose_mention_ends_in_a_dash_keeps_the_title_after_it():
    text = "أكد السيد سامي الحداد- الأمين العام للمجلس الإسلامي العربي- أن التعاون مهم."
    linked = make(text, ("سامي الحداد-", "PER"), ("للمجلس الإسلامي العربي-", "ORG", "المجلس الإسلامي العربي"))
    assert roles(linked) == {("سامي الحداد-", "secretary-general")}


def test_an_adviser_in_the_office_of_a_minister_holds_the_advisers_post():
    text = "وقال المستشار في مكتب وزير الدفاع الأمريكي سامي الحداد إن الخطة جاهزة."
    assert roles(make(text, ("سامي الحداد", "PER"))) == {("سامي الحداد", "adviser")}



def test_a_states_mufti_named_with_its_country_holds_that_post_but_a_bare_mufti_none():
    text = "وقال مفتي الديار التونسية، سامي الحداد، إن الحج ناجح، وقال المفتي الشيخ يوري فلانوف إن الصيام واجب."
    linked = make(text, ("سامي الحداد", "PER"), ("يوري فلانوف", "PER"))
    assert roles(linked) == {("سامي الحداد", "mufti")}
