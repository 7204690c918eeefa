"""Charities named by a head, any name and الخيرية (`kg.link.charity_names`): the founder the NER tags is a word of the
body's name; an indefinite charity described, one of many or a definite ل/ب-phrase is no such name.
Composed sentences."""

from __future__ import annotations

from tests.link.test_mentions import found


def kinds(got):
    return [(label, kind) for _, label, kind, _ in got]


def test_a_foundation_named_after_its_founder_is_one_body(linker):
    got = found(linker, "وقدمت مؤسسة سعد بن خالد الفلاني الخيرية منحا للطلاب.", ("سعد بن خالد الفلاني", "PER"))
    assert kinds(got) == [("مؤسسة سعد بن خالد الفلاني الخيرية", "ORG")]


def test_a_society_with_a_coined_name_takes_its_clitic_off(linker):
    got = found(linker, "ووقع الأمير اتفاقية مع جمعية نماء الخيرية أمس.")
    assert ("جمعية نماء الخيرية", "ORG") in kinds(got)
    got = found(linker, "وسلم الدعم لجمعية نماء الخيرية أمس.")
    assert ("جمعية نماء الخيرية", "ORG") in kinds(got)


def test_a_charity_described_or_with_a_field_phrase_is_no_such_name(linker):
    assert kinds(found(linker, "وتبرعت مؤسسة خيرية بمبلغ كبير.")) == []
    assert kinds(found(linker, "وقالت جمعية من الجمعيات الخيرية إن الدعم وصل.")) == []
    got = found(linker, "وزار الوفد جمعية للأيتام بالرياض الخيرية في الحي.")
    assert "ORG" not in [kind for _, kind in kinds(got)]
