"""Feeds: each new RSS/Atom item is an article; its page is fetched only when asked, politely."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from feed_server import Site, serve

from kg.ingest.feeds import FeedStats, fragment_text, read_feed
from kg.ingest.fetch import Fetcher
from kg.types import Document, InputError

FIXTURES = Path(__file__).parent / "fixtures" / "html"

# Composed items (not from any article).
RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>صحيفة المثال</title><link>{base}/</link><description>أخبار</description>
<item><title>وزير الخارجية يلتقي نظيره في القاهرة</title><link>{base}/news/1</link>
  <guid isPermaLink="false">example-1</guid><pubDate>Tue, 05 Mar 2024 09:00:00 GMT</pubDate>
  <description>&lt;p&gt;التقى وزير الخارجية الأردني نظيره المصري في القاهرة.&lt;/p&gt;</description>
  <content:encoded><![CDATA[<p>التقى وزير الخارجية الأردني نظيره المصري في القاهرة اليوم الثلاثاء.</p>
  <p>وقال الوزيران إن المحادثات تناولت التعاون الاقتصادي.<br>وأضافا أن التنسيق مستمر.</p>]]></content:encoded>
</item>
<item><title>افتتاح معرض الكتاب في الرباط</title><link>{base}/news/2</link>
  <pubDate>Fri, 02 Jun 2023 08:00:00 GMT</pubDate>
  <description>افتتح وزير الثقافة المغربي معرض الكتاب الدولي في الرباط.</description>
</item>
<item><title>خبر محجوب</title><link>{base}/private/3</link><guid>{base}/private/3</guid>
  <description>نص قصير.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>وكالة المثال</title><id>urn:x:feed</id>
<updated>2024-03-05T10:00:00Z</updated>
<entry><title>عنوان</title><id>urn:x:1</id><link href="https://news.example.com/a/1"/>
<updated>2024-03-05T10:00:00Z</updated>\
<summary type="html">&lt;b&gt;بدأت&lt;/b&gt; القمة العربية في الرياض.</summary></entry>
</feed>"""


@pytest.fixture
def site():
    site = Site()
    base, stop = serve(site)
    site.pages["/feed.xml"] = (200, "application/rss+xml; charset=utf-8", RSS.format(base=base).encode("utf-8"))
    site.pages["/robots.txt"] = (200, "text/plain", b"User-agent: *\nDisallow: /private/\n")
    site.pages["/news/1"] = (200, "text/html; charset=utf-8", (FIXTURES / "composed-rtl-br-menu.html").read_bytes())
    site.pages["/news/2"] = (200, "text/html", (FIXTURES / "composed-no-date-markup.html").read_bytes())
    site.base = base  # type: ignore[attr-defined]
    yield site
    stop()


def docs_of(records):
    assert all(isinstance(r, Document) for r in records), records
    return records


def test_without_fetch_the_items_text_comes_from_the_feed_and_no_page_is_requested(site, tmp_path):
    fetcher = Fetcher(tmp_path / "cache", interval=0)
    records = list(read_feed(f"{site.base}/feed.xml", fetcher=fetcher))
    first, second, third = docs_of(records)
    assert first.id == "example-1" and first.url == f"{site.base}/news/1"
    assert first.text.split("\n") == ["التقى وزير الخارجية الأردني نظيره المصري في القاهرة اليوم الثلاثاء.",
                                      "وقال الوزيران إن المحادثات تناولت التعاون الاقتصادي.",
                                      "وأضافا أن التنسيق مستمر."]  # content:encoded over the summary
    assert (first.title, first.published, first.source) == (
        "وزير الخارجية يلتقي نظيره في القاهرة", date(2024, 3, 5), "صحيفة المثال")
    assert second.id == f"{site.base}/news/2"  # no GUID: the link names it
    assert second.text == "افتتح وزير الثقافة المغربي معرض الكتاب الدولي في الرباط."
    assert third.text == "نص قصير."
    assert [path for _, path, _, _ in site.requests] == ["/robots.txt", "/feed.xml"]


def test_every_request_names_kg_in_its_user_agent(site, tmp_path):
    list(read_feed(f"{site.base}/feed.xml", fetcher=Fetcher(tmp_path / "c", interval=0), fetch_pages=True))
    assert site.requests and all(ua.startswith("kg/") for _, _, ua, _ in site.requests)


def test_with_fetch_each_page_is_fetched_once_robots_txt_is_honoured_and_the_feed_metadata_wins(site, tmp_path):
    fetcher = Fetcher(tmp_path / "cache", interval=0)
    stats = FeedStats()
    first, second, private = list(read_feed(f"{site.base}/feed.xml", fetcher=fetcher, fetch_pages=True,
                                            stats=stats))
    assert isinstance(first, Document) and "ليبيا" not in first.text  # the page's main text, menus left out
    assert first.text.startswith("وزير الخارجية يلتقي نظيره في القاهرة\nالتقى")
    assert first.url == f"{site.base}/news/1"  # the feed's link, not the page's canonical URL
    assert first.source == "صحيفة المثال" and first.published == date(2024, 3, 5)
    assert isinstance(second, Document) and second.published == date(2023, 6, 2)
    assert isinstance(private, InputError) and "robots.txt" in private.reason
    assert site.asked("/private/3") == 0 and site.asked("/robots.txt") == 1
    assert stats.fetched == 2
    # A second poll: the pages come from the cache, the feed is asked again (its robots.txt is known).
    again = Fetcher(tmp_path / "cache", interval=0)
    list(read_feed(f"{site.base}/feed.xml", fetcher=again, fetch_pages=True))
    assert site.asked("/news/1") == 1 and site.asked("/news/2") == 1 and site.asked("/feed.xml") == 2


def test_requests_to_one_site_are_spaced_by_the_interval(site, tmp_path):
    list(read_feed(f"{site.base}/feed.xml", fetcher=Fetcher(tmp_path / "c", interval=0.3), fetch_pages=True))
    times = [t for t, _, _, _ in site.requests]
    assert len(times) == 4  # robots.txt, feed, two pages
    assert min(b - a for a, b in zip(times, times[1:], strict=False)) >= 0.28


def test_an_unchanged_feed_is_revalidated_with_its_etag(site, tmp_path):
    site.etag = '"v1"'
    fetcher = Fetcher(tmp_path / "c", interval=0)
    first = list(read_feed(f"{site.base}/feed.xml", fetcher=fetcher))
    second = list(read_feed(f"{site.base}/feed.xml", fetcher=fetcher))
    assert [d.id for d in first] == [d.id for d in second]
    feed_requests = [h for _, p, _, h in site.requests if p == "/feed.xml"]
    assert feed_requests[1].get("If-None-Match") == '"v1"'


def test_items_already_stored_by_guid_or_link_are_skipped_without_fetching(site, tmp_path):
    stored = {"example-1", f"{site.base}/news/2"}
    stats = FeedStats()
    records = list(read_feed(f"{site.base}/feed.xml", fetcher=Fetcher(tmp_path / "c", interval=0),
                             fetch_pages=True, is_stored=stored.__contains__, stats=stats))
    assert [type(r).__name__ for r in records] == ["InputError"]  # only the robots-disallowed item is left
    assert (stats.items, stats.stored) == (3, 2)
    assert site.asked("/news/1") == 0 and site.asked("/news/2") == 0


def test_a_site_whose_robots_txt_fails_is_not_fetched_from(site, tmp_path):
    site.pages["/robots.txt"] = (503, "text/plain", b"down")
    [error] = list(read_feed(f"{site.base}/feed.xml", fetcher=Fetcher(tmp_path / "c", interval=0)))
    assert isinstance(error, InputError) and "robots.txt" in error.reason and site.asked("/feed.xml") == 0


def test_an_atom_file_is_read_without_any_network(write):
    [doc] = docs_of(list(read_feed(str(write("feed.atom", ATOM)))))
    assert (doc.id, doc.url, doc.source, doc.published) == (
        "urn:x:1", "https://news.example.com/a/1", "وكالة المثال", date(2024, 3, 5))
    assert doc.text == "بدأت القمة العربية في الرياض."


def test_a_feed_url_without_a_fetcher_is_refused():
    [error] = list(read_feed("https://news.example.com/rss"))
    assert isinstance(error, InputError) and "network" in error.reason


@pytest.mark.parametrize(("content", "reason"), [
    ("هذا ليس خلاصة", "not an RSS or Atom feed"),
    ("<html><body><p>صفحة</p></body></html>", "not an RSS or Atom feed"),
])
def test_a_file_that_is_no_feed_is_one_error_naming_it(write, content, reason):
    path = write("feed.xml", content)
    [error] = list(read_feed(str(path)))
    assert isinstance(error, InputError) and error.origin == str(path) and reason in error.reason


def test_a_missing_feed_file_is_one_error(tmp_path):
    [error] = list(read_feed(str(tmp_path / "none.xml")))
    assert isinstance(error, InputError) and "cannot read the feed" in error.reason


def test_fragment_text_ends_lines_at_blocks_and_br_and_drops_scripts():
    html = "<p>الفقرة الأولى</p><p>الثانية<br/>والثالثة</p><script>alert(1)</script><ul><li>بند</li></ul>"
    assert fragment_text(html) == "الفقرة الأولى\nالثانية\nوالثالثة\nبند"


def test_an_items_date_is_its_outlets_day_not_utcs(write):
    rss = """<?xml version="1.0"?><rss version="2.0"><channel><title>ص</title>
    <item><title>ع</title><link>https://news.example.com/x</link><pubDate>Wed, 06 Mar 2024 01:30:00 +0300</pubDate>
    <description>نص الخبر.</description></item></channel></rss>"""
    [doc] = docs_of(list(read_feed(str(write("riyadh.xml", rss)))))
    assert doc.published == date(2024, 3, 6)  # 22:30 UTC on the 5th


def test_an_item_listed_twice_in_a_feed_is_read_once(write):
    item = ("<item><title>ع</title><link>https://news.example.com/x</link><guid>g1</guid>"
            "<description>نص الخبر.</description></item>")
    rss = f'<?xml version="1.0"?><rss version="2.0"><channel><title>ص</title>{item}{item}</channel></rss>'
    assert [d.id for d in docs_of(list(read_feed(str(write("twice.xml", rss)))))] == ["g1"]
