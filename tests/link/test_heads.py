"""Institution heads of the raw news the NER corpora never open a name with: an observatory (`المرصد السوري`) and an
airline (`الخطوط الجوية القطرية`) with its nisba are organizations; the same nouns described are none."""

from __future__ import annotations

from kg.link.heads import head_of
from tests.link.test_mentions import found


def orgs(got):
    return [label for _, label, t, _ in got if t == "ORG"]


def test_an_observatory_with_its_nisba_and_field_is_one_body(linker):
    assert head_of("والمرصد") == head_of("مرصد")
    got = found(linker, "وقال المرصد العراقي لحقوق الإنسان إن الاشتباكات تواصلت.")
    assert orgs(got) == ["المرصد العراقي لحقوق الإنسان"]


def test_an_airline_by_its_country_nisba_is_a_body(linker):
    assert orgs(found(linker, "وأعلنت الخطوط الجوية الكويتية عن رحلات جديدة.")) == ["الخطوط الجوية الكويتية"]
    assert orgs(found(linker, "وزادت الخطوط الأردنية رحلاتها الأسبوعية.")) == ["الخطوط الأردنية"]


def test_lines_and_an_observatory_described_are_no_bodies(linker):
    assert orgs(found(linker, "وتجاوز المتظاهرون الخطوط الحمراء التي وضعتها الحكومة.")) == []
    assert orgs(found(linker, "وقال المرصد في بيان إن القصف تواصل.")) == []


def test_the_saudi_airline_by_its_full_name_is_one_body(linker):
    got = orgs(found(linker, "وتسلمت الخطوط الجوية العربية السعودية طائرة جديدة أمس."))
    assert got == ["الخطوط الجوية العربية السعودية"]


def test_a_bank_named_by_its_country_or_city_is_one_body_with_its_adjective(linker):
    got = found(linker, "ووقع بنك الكويت الوطني اتفاقية مع مصرف ليبيا المركزي في طرابلس.",
                ("الكويت", "LOC"), ("ليبيا", "LOC"), ("طرابلس", "LOC"))
    assert orgs(got) == ["بنك الكويت الوطني", "مصرف ليبيا المركزي"]
    assert [label for _, label, t, _ in got if t == "LOC"] == ["طرابلس"]


def test_a_bank_adjective_closes_only_a_bank(linker):
    assert orgs(found(linker, "وحصل بنك الشارقة الإسلامي على جائزة.", ("الشارقة", "LOC"))) == ["بنك الشارقة الإسلامي"]
    got = found(linker, "وعقد مؤتمر القاهرة الإسلامي أمس.", ("القاهرة", "LOC"))
    assert "مؤتمر القاهرة الإسلامي" not in orgs(got)


def test_masraf_is_a_bank_head(linker):
    assert head_of("لمصرف") == head_of("المصرف") is not None
    assert orgs(found(linker, "وأعلن مصرف الإنماء عن قروض جديدة.", ("الإنماء", "ORG"))) == ["مصرف الإنماء"]


def test_a_preposition_on_a_school_or_hospital_head_is_cut_from_the_label(linker):
    got = found(linker, "وتلقى الجرحى العلاج بمستشفى الأمير سلطان ودرسوا بمدرسة الهندسة العسكرية.",
                ("بمستشفى الأمير سلطان", "ORG"), ("بمدرسة الهندسة العسكرية", "ORG"))
    assert orgs(got) == ["مستشفى الأمير سلطان", "مدرسة الهندسة العسكرية"]


def test_a_name_opening_with_a_clitic_letter_keeps_it(linker):
    got = found(linker, "وقال بنك فرنسا إن النمو تباطأ.", ("بنك فرنسا", "ORG"))
    assert orgs(got) == ["بنك فرنسا"]
