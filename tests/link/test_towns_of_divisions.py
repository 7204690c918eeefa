"""A town written right before the governorate it lies in (`بX من ولاية Y`) is a place, on composed sentences of
Tunisian local news; the governorate's seat and a term of office (`ولاية ثانية`) give none."""

from __future__ import annotations

from tests.link.test_mentions import found


def places(got):
    return [label for _, label, t, _ in got if t == "LOC"]


def test_a_town_before_of_the_governorate_is_a_place(linker):
    got = found(linker, "وتمكنت وحدات الحرس الوطني بالعقيلة من ولاية نابل من حجز البضائع.")
    assert "العقيلة" in places(got)


def test_a_town_right_before_the_governorate_is_a_place(linker):
    got = found(linker, "وألقى أعوان الأمن بالرحيبة ولاية المنستير القبض على المتهم.")
    assert "الرحيبة" in places(got)


def test_a_two_word_town_takes_the_half_the_tagger_found(linker):
    text = "وتم إيقاف شخص بسيدي العقيلي من ولاية بنزرت."
    got = places(found(linker, text, ("العقيلي", "LOC")))
    assert "سيدي العقيلي" in got
    assert "العقيلي" not in got


def test_a_seat_a_term_of_office_or_an_unknown_division_gives_no_town(linker):
    assert places(found(linker, "وانعقد الاجتماع بمقر ولاية سوسة أمس.")) == ["ولاية سوسة"]
    assert places(found(linker, "وأعلن ترشحه لفترة ولاية ثانية، وانتقد القائلين بمبدأ ولاية الفقيه.")) == []
    assert places(found(linker, "وأشاد المتحدث بالقرار ولاية بعد ولاية.")) == []


def test_the_investors_before_a_governorate_are_no_town(linker):
    got = found(linker, "وقالت المكلفة بالإحاطة بالمستثمرين بولاية نابل إن المشاريع متواصلة.")
    assert places(got) == ["ولاية نابل"]
