"""Matching normalization: `match_key` folds spellings, `strip_clitics` only strips toward known names."""

from __future__ import annotations

from kg.link.normalize import clitic_splits, fold_chars, match_key, name_offset, restored_article, strip_clitics


def test_match_key_folds_spellings_news_mixes():
    assert match_key("الولايات المتحدة الأمريكية") == match_key("الولايات المتحده الامريكيه")
    assert match_key("إيران") == match_key("ايران") == match_key("آيران")
    assert match_key("صينى") == match_key("صيني")
    assert match_key("مُوسْكُو") == match_key("موسكـــو") == "موسكو"


def test_match_key_folds_persian_letters():
    assert match_key("پ چ گ ژ ک ی ڤ") == "ب ج ك ز ك ي ف"
    assert match_key("وکالة") == match_key("وكالة")


def test_match_key_collapses_spaces_and_strips_edge_punctuation_only():
    assert match_key("  «موسكو»،  ") == "موسكو"
    assert match_key("الولايات   المتحدة\n") == "الولايات المتحده"
    assert match_key("(غينيا-بيساو).") == "غينيا-بيساو"  # inner punctuation is kept


def test_fold_chars_keeps_length_so_offsets_survive():
    text = "جمهورية پاکستان الإسلامية"
    assert len(fold_chars(text)) == len(text)


def test_clitic_splits_put_the_unstripped_reading_first_and_restore_the_article_of_ll():
    readings = list(clitic_splits("للصين"))
    assert readings[0] == ("", "للصين")
    assert ("لل", "الصين") in readings
    assert ("وال", "صين") in list(clitic_splits("والصين"))
    assert ("وال", "صين") not in list(clitic_splits("والصين", article=False))


KNOWN = {match_key(n) for n in ("إيران", "روسيا", "الصين", "لبنان", "بيروت", "الولايات المتحدة", "إيراني", "فرنسا")}


def known(key: str) -> bool:
    return key in KNOWN


def test_strip_clitics_removes_proclitics_before_a_known_name():
    assert strip_clitics("وإيران", known) == "إيران"
    assert strip_clitics("لروسيا", known) == "روسيا"
    assert strip_clitics("فلروسيا", known) == "روسيا"
    assert strip_clitics("بالصين", known) == "الصين"
    assert strip_clitics("للصين", known) == "الصين"  # ل + الصين
    assert strip_clitics("وبالولايات المتحدة", known) == "الولايات المتحدة"
    assert strip_clitics("الإيراني", known) == "إيراني"  # the article, when only the bare form is known


def test_strip_clitics_never_breaks_a_name_that_starts_with_clitic_letters():
    assert strip_clitics("لبنان", known) == "لبنان"
    assert strip_clitics("بيروت", known) == "بيروت"
    assert strip_clitics("فرنسا", known) == "فرنسا"
    assert strip_clitics("للبنان", known) == "لبنان"


def test_strip_clitics_returns_none_when_no_reading_is_known():
    assert strip_clitics("والغرب", known) is None
    assert strip_clitics("بيلاروسيا", known) is None
    assert strip_clitics("", known) is None


def test_a_name_behind_clitics_starts_after_them_and_lam_lam_gives_back_its_article():
    # وبوزارة: the name starts at وزارة; للصين: the second ل is the article's, so the name is الصين.
    assert "وبوزارة"[name_offset("وبوزارة", "وب"):] == "وزارة"
    assert restored_article("وب") == ""
    text = "للصين"
    assert restored_article("لل") + text[name_offset(text, "لل"):] == "الصين"
    # Diacritics between the clitic letters are skipped, not counted as letters.
    assert "وَبِمصر"[name_offset("وَبِمصر", "وب"):] == "مصر"
    assert name_offset("مصر", "") == 0
