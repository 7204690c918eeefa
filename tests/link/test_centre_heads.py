"""Bodies named by a centre head (`kg.link.centre_heads`): a centre, chamber, league, office or forum is a body where
the institution grammar closes its name (naming adjectives and a ل-phrase, a country's nisba, a field and a naming
adjective), and stays a common noun otherwise. Composed sentences."""

from __future__ import annotations

from kg.link.centre_heads import centre_head
from tests.link.test_mentions import found


def orgs(got):
    return [label for _, label, t, _ in got if t == "ORG"]


def test_a_centre_head_is_read_through_its_clitics():
    assert centre_head("بالمركز") == centre_head("مركز") == centre_head("للمركز") is not None
    assert centre_head("والرابطة") is not None
    assert centre_head("المراكز") is None


def test_a_definite_centre_with_a_naming_adjective_and_a_field_is_a_body(linker):
    got = found(linker, "وأصدر المركز الوطني للرصد البيئي تقريره السنوي أمس.")
    assert orgs(got) == ["المركز الوطني للرصد البيئي"]
    got = found(linker, "وقررت الرابطة الوطنية لكرة السلة تأجيل المباراة.")
    assert orgs(got) == ["الرابطة الوطنية لكرة السلة"]


def test_a_chamber_and_an_office_take_a_field_after_their_naming_adjective(linker):
    got = found(linker, "ودعت الغرفة الجهوية للخبازين إلى إضراب.")
    assert orgs(got) == ["الغرفة الجهوية للخبازين"]
    got = found(linker, "وأعلن الديوان الوطني للموانئ عن مناقصة جديدة.")
    assert orgs(got) == ["الديوان الوطني للموانئ"]


def test_a_centre_with_a_field_closed_by_a_naming_adjective_is_a_body(linker):
    got = found(linker, "وقال مركز البحوث الوطني إن النتائج مشجعة.")
    assert orgs(got) == ["مركز البحوث الوطني"]


def test_a_centre_as_a_rank_a_place_or_a_service_is_no_body(linker):
    assert orgs(found(linker, "واحتل الفريق المركز الثاني في البطولة.")) == []
    assert orgs(found(linker, "وازدحمت شوارع مركز المدينة القديم بالزوار.")) == []
    assert orgs(found(linker, "وافتتح مركز الرعاية الصحية في الحي الجديد.")) == []
    assert orgs(found(linker, "ونشر الخبر على شبكة التواصل الاجتماعي.")) == []


def test_a_centre_before_a_purpose_is_no_named_body(linker):
    got = found(linker, "وأشاد الوزير بدور المركز الدولي لتعزيز قيم التسامح في المنطقة.")
    assert orgs(got) == []


def test_a_league_whose_field_runs_on_over_a_preposition_is_not_cut_short(linker):
    got = found(linker, "وقالت الرابطة الوطنية للدفاع عن حقوق المستهلك إن الأسعار ارتفعت.")
    assert "الرابطة الوطنية للدفاع" not in orgs(got)


def test_a_centre_whose_field_runs_on_over_a_feminine_adjective_is_not_cut_short(linker):
    got = found(linker, "وحذر المركز الوطني للصحة النفسية والعقلية العامة من العدوى.")
    assert "المركز الوطني للصحة النفسية والعقلية" not in orgs(got)
