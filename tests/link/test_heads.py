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
