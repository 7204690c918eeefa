"""Nisba adjectives resolve to their country; they qualify, they are not mentions."""

from __future__ import annotations

import pytest
from extract_fixtures import make

from kg.extract.nisba import nisbas_after, qualifier, resolve_nisba
from kg.extract.text import DocView


@pytest.mark.parametrize("word, iso2", [
    ("الروسي", "RU"), ("الإيرانية", "IR"), ("الأمريكي", "US"), ("الأميركية", "US"), ("الروس", "RU"),
    ("الكورية الشمالية", "KP"), ("الباكستاني", "PK"), ("السعودي", "SA"), ("المصريين", "EG"),
    ("الألمانية", "DE"), ("التركي", "TR"), ("الصيني", "CN"),
])
def test_nisba_forms_resolve_to_their_country(word, iso2):
    entry = resolve_nisba(word)
    assert entry is not None and entry.iso2 == iso2


def test_a_name_is_not_a_nisba():
    assert resolve_nisba("روسيا") is None
    assert resolve_nisba("المتحدث") is None


def test_nisbas_are_not_mentions_but_qualify():
    linked = make("قال وزير الخارجية الروسي إن الوفد الإيراني وصل.")
    assert linked.annotated.mentions == ()
    view = DocView(linked)
    t = next(t.index for t in view.tokens if t.text == "الروسي")
    ref, n = qualifier(view, t)
    assert (ref.entity.qid, ref.mention, n, ref.text) == ("Q159", None, 1, "الروسي")


def test_consecutive_nisbas_name_several_countries():
    view = DocView(make("انعقدت القمة الروسية الإيرانية في موسكو."))
    t = next(t.index for t in view.tokens if t.text == "الروسية")
    refs, used = nisbas_after(view, t)
    assert [r.entity.qid for r in refs] == ["Q159", "Q794"] and used == 2


def test_implied_country_is_the_same_entity_as_its_mentions():
    linked = make("قال الرئيس الروسي إن روسيا مستعدة.", ("روسيا", "LOC"))
    view = DocView(linked)
    t = next(t.index for t in view.tokens if t.text == "الروسي")
    ref, _ = qualifier(view, t)
    assert ref.entity == linked.entities[0]
