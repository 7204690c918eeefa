"""HTML pages: the main text becomes the article, menus and boilerplate do not; the page's title, date,
outlet and URL become its metadata."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from ingest_helpers import only_document, read_all

from kg.ingest.html import clean_text, extract_page
from kg.types import Document, InputError

FIXTURES = Path(__file__).parent / "fixtures" / "html"

#: Country names that stand only in the composed page's menu, "most read" box and footer.
MENU_ONLY = ("السعودية", "العراق", "سوريا", "المغرب", "ليبيا", "تونس", "الجزائر", "لبنان", "فلسطين")


def page(name: str, tmp_path: Path) -> Path:
    """A copy of one fixture page in tmp_path (so a sidecar can be put beside it)."""
    return Path(shutil.copy(FIXTURES / name, tmp_path / name))


@pytest.mark.parametrize(("name", "published", "source", "url_start", "opening"), [
    ("beirutobserver.com-2020-11-09.html", date(2020, 11, 9), "beirutobserver.com",
     "https://www.beirutobserver.com/2020/11/2338761", "نشر موقع Middle East Eye البريطاني"),
    ("albayan.ae-2020-06-03.html", date(2020, 6, 3), "البيان",
     "https://www.albayan.ae/across-the-uae/news-and-reports/2020-06-03-1.3874341", "ثمّن أحمد ساير داودزي"),
    ("youm7.com-2020-08-24.html", date(2020, 8, 24), "اليوم السابع",
     "https://www.youm7.com/story/2020/8/24/", "شهد الدكتور محمد عبد العاطي وزير الموارد المائية"),
])
def test_a_real_news_page_gives_its_article_text_and_its_date_outlet_and_url(
        tmp_path, name, published, source, url_start, opening):
    doc = only_document(read_all(page(name, tmp_path)))
    assert doc.id == Path(name).stem
    assert doc.text.startswith(opening)
    assert doc.published == published  # the date annotated in htmldate's evaluation set
    assert doc.source == source
    assert doc.url is not None and doc.url.startswith(url_start)
    assert doc.title and "\n" not in doc.title
    assert "<" not in doc.text and "function(" not in doc.text


def test_a_real_pages_menu_and_related_headlines_are_not_article_text(tmp_path):
    doc = only_document(read_all(page("youm7.com-2020-08-24.html", tmp_path)))
    for boilerplate in ("الزمالك يرفض اعتذار وليد سليمان", "اقتصاد وبورصة", "صحافة المواطن"):
        assert boilerplate not in doc.text


def test_menus_and_footers_full_of_country_names_are_left_out(tmp_path):
    doc = only_document(read_all(page("composed-rtl-br-menu.html", tmp_path)))
    for country in MENU_ONLY:
        assert country not in doc.text, country
    assert "جميع الحقوق محفوظة" not in doc.text and "الأكثر قراءة" not in doc.text
    assert "التقى وزير الخارجية الأردني نظيره المصري في القاهرة" in doc.text


def test_br_separated_paragraphs_become_lines_and_rtl_marks_are_dropped(tmp_path):
    doc = only_document(read_all(page("composed-rtl-br-menu.html", tmp_path)))
    lines = doc.text.split("\n")
    assert lines[0] == "وزير الخارجية يلتقي نظيره في القاهرة"  # the headline
    assert lines[1].startswith("التقى") and lines[2].startswith("وقال") and lines[3].startswith("وأضاف")
    assert "\u200f" not in doc.text
    assert (doc.url, doc.source, doc.published) == (
        "https://news.example.com/2024/03/05/meeting", "صحيفة المثال", date(2024, 3, 5))


def test_clean_text_drops_bidi_controls_and_blank_runs_but_keeps_paragraphs():
    assert clean_text("\u200fوقال\u200e  الوزير\u00a0إن\t\tالمحادثات\u202b\n\n\u2067جرت\u2069 \n") == \
        "وقال الوزير إن المحادثات\nجرت"


def test_a_page_in_windows_1256_is_read_as_it_declares(tmp_path):
    doc = only_document(read_all(page("composed-windows-1256.html", tmp_path)))
    assert "التقى وزير الخارجية الأردني" in doc.text
    assert doc.title == "وزير الخارجية يلتقي نظيره في القاهرة"


def test_a_page_without_date_markup_takes_the_date_it_shows(tmp_path):
    doc = only_document(read_all(page("composed-no-date-markup.html", tmp_path)))
    assert doc.published == date(2023, 6, 2)
    assert doc.url is None and doc.source is None  # nothing in the page says so
    for country in ("الجزائر", "تونس", "ليبيا", "موريتانيا"):
        assert country not in doc.text


def test_htmldate_extensive_search_dates_a_page_whose_markup_gives_none(monkeypatch):
    import kg.ingest.html as html

    seen = []
    monkeypatch.setattr(html, "_STRICT_DATE", {"original_date": True, "extensive_search": False,
                                               "max_date": "1990-01-01"})  # the strict search finds nothing
    monkeypatch.setattr(html, "_extensive_date", lambda raw, url: seen.append(url) or "2023-06-02")
    found = extract_page((FIXTURES / "composed-no-date-markup.html").read_bytes(), url="https://x.example/a")
    assert found.metadata.published == date(2023, 6, 2) and seen == ["https://x.example/a"]


def test_a_sidecar_overrides_the_pages_metadata_field_by_field(write, tmp_path):
    path = page("composed-rtl-br-menu.html", tmp_path)
    write("composed-rtl-br-menu.json", '{"published": "2024-03-06", "source": "وكالة المثال"}')
    doc = only_document(read_all(path))
    assert (doc.published, doc.source) == (date(2024, 3, 6), "وكالة المثال")
    assert doc.url == "https://news.example.com/2024/03/05/meeting"  # from the page
    assert doc.title == "وزير الخارجية يلتقي نظيره في القاهرة"


def test_a_bad_sidecar_costs_only_itself(write, tmp_path):
    path = page("composed-rtl-br-menu.html", tmp_path)
    write("composed-rtl-br-menu.json", '{"published": "yesterday"}')
    error, doc = read_all(path)
    assert isinstance(error, InputError) and error.origin.endswith("composed-rtl-br-menu.json")
    assert isinstance(doc, Document) and doc.published == date(2024, 3, 5)


def test_a_folder_of_pages_and_sidecars_reads_each_page_once(write, tmp_path):
    page("composed-rtl-br-menu.html", tmp_path)
    write("composed-rtl-br-menu.json", '{"title": "عنوان"}')
    shutil.copy(FIXTURES / "composed-no-date-markup.html", tmp_path / "b.htm")
    docs = read_all(tmp_path)
    assert [d.id for d in docs if isinstance(d, Document)] == ["b", "composed-rtl-br-menu"]
    assert all(isinstance(d, Document) for d in docs)


@pytest.mark.parametrize(("content", "reason"), [
    (b"", "empty page"),
    (b"<html><body><nav><a href='/'>\xd9\x85\xd8\xb5\xd8\xb1</a></nav></body></html>", "no article text"),
])
def test_a_page_without_article_text_is_one_error_naming_it(write, content, reason):
    error = read_all(write("empty.html", content))
    assert len(error) == 1 and isinstance(error[0], InputError)
    assert error[0].origin.endswith("empty.html") and reason in error[0].reason


def test_an_html_page_saved_as_txt_is_refused_with_the_fix(write):
    path = write("page.txt", (FIXTURES / "composed-rtl-br-menu.html").read_text(encoding="utf-8"))
    [error] = read_all(path)
    assert isinstance(error, InputError) and "rename it to .html" in error.reason


def test_the_limit_applies_to_a_page_file(write):
    [error] = read_all(write("big.html", "<html>" + "ا" * 2000 + "</html>"), max_bytes=1000)
    assert isinstance(error, InputError) and "over the limit" in error.reason
