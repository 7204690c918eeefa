"""Web archives: each HTML page captured in a `.warc`/`.warc.gz` is one article, named by its URL."""

from __future__ import annotations

from datetime import date
from io import BytesIO
from pathlib import Path

from ingest_helpers import read_all
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from kg.types import Document, InputError

FIXTURES = Path(__file__).parent / "fixtures" / "html"
YOUM7 = "https://www.youm7.com/story/2020/8/24/x/4943459"
MENU_PAGE = "https://news.example.com/2024/03/05/meeting?utm_source=feed"


def response(writer: WARCWriter, url: str, body: bytes, *, status: str = "200 OK",
             ctype: str = "text/html; charset=utf-8") -> None:
    http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(url, "response", payload=BytesIO(body), http_headers=http))


def archive(path: Path, *, gz: bool = True) -> Path:
    """A crawl: two article pages, a stylesheet, a redirect, a 404, a request and a second capture."""
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gz)
        response(writer, YOUM7, (FIXTURES / "youm7.com-2020-08-24.html").read_bytes())
        writer.write_record(writer.create_warc_record(YOUM7, "request", payload=BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
        response(writer, "https://www.youm7.com/style.css", b"body{}", ctype="text/css")
        response(writer, "https://www.youm7.com/old", b"", status="301 Moved Permanently")
        response(writer, "https://www.youm7.com/missing", b"<html>not found</html>", status="404 Not Found")
        response(writer, MENU_PAGE, (FIXTURES / "composed-rtl-br-menu.html").read_bytes())
        response(writer, YOUM7, b"<html><body><p>second capture</p></body></html>")
    return path


def test_each_html_page_of_a_gzipped_warc_is_one_article_named_by_its_url(tmp_path):
    docs = read_all(archive(tmp_path / "crawl.warc.gz"))
    assert all(isinstance(d, Document) for d in docs), docs
    assert [d.id for d in docs] == [YOUM7, MENU_PAGE]
    youm7, menu = docs
    assert youm7.text.startswith("شهد الدكتور محمد عبد العاطي") and youm7.published == date(2020, 8, 24)
    assert youm7.origin == f"{tmp_path / 'crawl.warc.gz'}[{YOUM7}]"
    # The page's canonical URL identifies the article, not the tracking-laden address it was fetched from.
    assert menu.url == "https://news.example.com/2024/03/05/meeting"
    assert "ليبيا" not in menu.text and menu.source == "صحيفة المثال"


def test_an_uncompressed_warc_reads_the_same(tmp_path):
    plain = read_all(archive(tmp_path / "crawl.warc", gz=False))
    packed = read_all(archive(tmp_path / "crawl.warc.gz"))
    assert [(d.id, d.text, d.url) for d in plain] == [(d.id, d.text, d.url) for d in packed]


def test_a_page_without_canonical_link_takes_the_records_url(tmp_path):
    path = tmp_path / "one.warc.gz"
    with path.open("wb") as fh:
        response(WARCWriter(fh, gzip=True), "https://blog.example.org/2023/06/02/book-fair",
                 (FIXTURES / "composed-no-date-markup.html").read_bytes())
    [doc] = read_all(path)
    assert isinstance(doc, Document) and doc.url == "https://blog.example.org/2023/06/02/book-fair"


def test_a_cut_off_archive_keeps_the_pages_before_the_damage_and_says_so(tmp_path):
    path = tmp_path / "cut.warc.gz"
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        response(writer, YOUM7, (FIXTURES / "youm7.com-2020-08-24.html").read_bytes())
        response(writer, MENU_PAGE, (FIXTURES / "composed-rtl-br-menu.html").read_bytes())
    whole = path.read_bytes()
    path.write_bytes(whole[: len(whole) - 300])  # the second record loses its end
    records = read_all(path)
    assert isinstance(records[0], Document) and records[0].id == YOUM7
    assert len(records) == 2 and isinstance(records[1], InputError), records
    assert "cut.warc.gz" in records[1].origin and "damaged or cut off" in records[1].reason


def test_a_file_that_is_not_a_warc_is_one_error(write):
    [error] = read_all(write("notes.warc", "هذا ليس أرشيفا"))
    assert isinstance(error, InputError) and "not a readable WARC archive" in error.reason
