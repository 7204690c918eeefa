"""A name written with more or less of its lineage than the knowledge base has: the same person."""

from __future__ import annotations

from kg.link.name_parts import NameParts, lineage_match, name_words


def test_lineage_tail_longer_or_shorter_is_the_same_name():
    assert lineage_match(name_words("محمد بن سلمان بن عبدالعزيز"), name_words("محمد بن سلمان"))
    assert lineage_match(name_words("محمد بن سلمان بن عبد العزيز"), name_words("محمد بن سلمان بن عبدالعزيز آل سعود"))
    assert lineage_match(name_words("عبدالله الثاني بن الحسين"), name_words("عبدالله الثاني"))


def test_father_name_inserted_between_given_name_and_surname():
    assert lineage_match(name_words("عادل بن أحمد الجبير"), name_words("عادل الجبير"))
    assert lineage_match(name_words("عادل أحمد الجبير"), name_words("عادل الجبير"))


def test_a_different_tail_or_a_different_surname_is_another_person():
    assert not lineage_match(name_words("محمد بن سلمان"), name_words("محمد بن نايف"))
    assert not lineage_match(name_words("عادل أحمد الطريفي"), name_words("عادل الجبير"))
    # a tail that is not lineage (another word) is not the same name
    assert not lineage_match(name_words("محمد علي حسن"), name_words("محمد علي"))


def test_index_links_only_a_variant_that_names_one_person():
    parts = NameParts([("p:1", "محمد بن سلمان"), ("p:2", "عادل الجبير"),
                       ("p:3", "خالد بن سلمان بن حمد"), ("p:4", "خالد بن سلمان بن عيسى")])
    assert parts.find("محمد بن سلمان بن عبدالعزيز") == "p:1"
    assert parts.find("عادل بن أحمد الجبير") == "p:2"
    assert parts.find("خالد بن سلمان") is None  # two persons' names start so
    assert parts.find("سلمان") is None


def test_a_name_written_with_ibn_or_a_spaced_abd_is_the_kb_name_itself():
    parts = NameParts([("p:1", "راشد بن فهدان آل فلان"), ("p:2", "عبدالكريم سالم"),
                       ("p:3", "سامر بن وليد"), ("p:4", "سامر بن وليد")])
    assert parts.same("راشد ابن فهدان آل فلان") == "p:1"
    assert parts.same("عبد الكريم سالم") == "p:2"
    assert parts.same("عبدالكريم سالم الثاني") is None  # a longer name is `find`'s (lineage) question
    assert parts.same("سامر ابن وليد") is None  # two persons bear it
