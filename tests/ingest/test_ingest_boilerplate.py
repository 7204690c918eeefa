"""Trailing related-articles lists are cut from scraped text; an article's own lists and credits stay."""

from __future__ import annotations

from ingest_helpers import only_document, read_all

from kg.ingest.boilerplate import is_list_line, strip_trailing_furniture, trailing_furniture

# Composed text.
BODY = "التقى وزير الخارجية الأردني نظيره المصري في القاهرة اليوم الثلاثاء.\nوقال إن المحادثات كانت مثمرة.\n"
HEADLINES = "\nاقرأ أيضا\n\n  • ليبيا: انتخابات جديدة في الربيع\n  • تونس والجزائر توقعان اتفاقية للتعاون\n" \
            "  • العراق يستضيف قمة إقليمية\n"
AGES = "\nالمزيد من صحيفة المثال\nمنذ ساعتين\nمنذ 4 ساعات\nقناة المثال منذ 12 ساعة\nوكالة المثال منذ يومين\n"


def test_a_heading_over_bulleted_headlines_is_cut_from_the_end():
    assert strip_trailing_furniture(BODY + HEADLINES) == BODY.rstrip()


def test_outlets_with_their_ages_under_a_heading_are_cut():
    assert strip_trailing_furniture(BODY + AGES) == BODY.rstrip()


def test_an_articles_own_bulleted_points_end_like_sentences_and_stay():
    own = BODY + ("وتضمنت التوصيات:\n• تعزيز التعاون الاقتصادي.\n• تبادل الزيارات.\n"
                  "• تنسيق المواقف في المحافل الدولية.\n")
    assert trailing_furniture(own) is None


def test_two_list_lines_are_not_enough_and_prose_among_them_keeps_everything():
    assert trailing_furniture(BODY + "• خبر أول\n• خبر ثان\n") is None
    mixed = BODY + "• خبر أول\n• خبر ثان\nوأضاف الوزير أن التنسيق مستمر.\n• خبر ثالث\n"
    assert trailing_furniture(mixed) is None


def test_a_credit_in_brackets_above_the_list_is_kept():
    text = BODY + "(رويترز)\n" + HEADLINES.replace("\nاقرأ أيضا\n", "\n")
    assert strip_trailing_furniture(text).endswith("(رويترز)")


def test_a_text_that_is_only_a_list_is_left_whole():
    only = "• خبر أول\n• خبر ثان\n• خبر ثالث\n"
    assert strip_trailing_furniture(only) == only


def test_list_lines():
    assert is_list_line("  • ترامب: الرئيس يريد وقف القتال")
    assert not is_list_line("• تبادل الزيارات.")
    assert is_list_line("سكاي نيوز عربية منذ 12 ساعة") and is_list_line("منذ ساعتين")
    assert not is_list_line("وصل الوفد منذ ساعتين إلى العاصمة")


def test_txt_and_jsonl_articles_lose_the_list_and_keep_their_offsets(write):
    doc = only_document(read_all(write("a.txt", BODY + HEADLINES)))
    assert doc.text == BODY.rstrip() and (BODY + HEADLINES).startswith(doc.text)
    line = '{"id": "j", "text": "' + (BODY + AGES).replace("\n", "\\n") + '"}\n'
    assert only_document(read_all(write("b.jsonl", line))).text == BODY.rstrip()
