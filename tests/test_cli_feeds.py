"""`kg build --feed`: a feed's new items are built, and a second poll skips what is stored."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Composed items (not from any article).
RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>صحيفة المثال</title><link>https://news.example.com/</link>
<description>أخبار</description>
<item><title>لقاء في القاهرة</title><link>https://news.example.com/news/1</link><guid>example-1</guid>
<pubDate>Tue, 05 Mar 2024 09:00:00 GMT</pubDate>
<description>التقى وزير الخارجية الأردني نظيره المصري في القاهرة اليوم الثلاثاء.</description></item>
{more}
</channel></rss>"""
MORE = """<item><title>معرض الكتاب</title><link>https://news.example.com/news/2</link>
<description>افتتح وزير الثقافة المغربي معرض الكتاب الدولي في الرباط.</description></item>"""


def kg(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True,
                          timeout=600, cwd=ROOT)


def test_a_feed_is_built_and_a_second_poll_adds_only_the_new_item(tmp_path):
    feed, store = tmp_path / "feed.xml", tmp_path / "kg"
    feed.write_text(RSS.format(more=""), encoding="utf-8")
    first = kg("build", "-q", "--store", str(store), "--feed", str(feed))
    assert first.returncode == 0, first.stderr
    assert "1 added" in first.stdout and "1 items, 0 already stored" in first.stdout
    feed.write_text(RSS.format(more=MORE), encoding="utf-8")
    second = kg("build", "-q", "--store", str(store), "--feed", str(feed))
    assert second.returncode == 0, second.stderr
    assert "2 items, 1 already stored" in second.stdout and "1 added, 0 replaced" in second.stdout
    rows = kg("query", "--store", str(store), "--format", "tsv",
              "SELECT ?url WHERE { ?a <https://schema.org/url> ?url } ORDER BY ?url").stdout
    assert "https://news.example.com/news/1" in rows and "https://news.example.com/news/2" in rows


def test_fetch_without_a_feed_and_a_build_of_nothing_are_usage_errors(tmp_path):
    for args in (["--fetch", str(tmp_path)], []):
        proc = kg("build", "--store", str(tmp_path / "kg"), *args)
        assert proc.returncode == 2 and proc.stderr.count("\n") == 1, proc.stderr


def test_fetch_builds_the_pages_of_a_feed_served_over_http_and_caches_them(tmp_path):
    import functools
    import shutil
    import threading
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    site = tmp_path / "site"
    site.mkdir()
    shutil.copy(ROOT / "tests" / "ingest" / "fixtures" / "html" / "composed-rtl-br-menu.html", site / "page.html")
    (site / "robots.txt").write_text("User-agent: *\nDisallow: /private/\n", encoding="utf-8")
    asked: list[tuple[str, str]] = []

    class Handler(SimpleHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            asked.append((self.path, self.headers.get("User-Agent", "")))
            super().do_GET()

        def log_message(self, *args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}"
    (site / "feed.xml").write_text(
        RSS.format(more="").replace("https://news.example.com/news/1", f"{base}/page.html"), encoding="utf-8")
    store, cache = tmp_path / "kg", tmp_path / "cache"
    try:
        args = ("build", "-q", "--store", str(store), "--feed", f"{base}/feed.xml", "--fetch",
                "--fetch-interval", "0", "--cache", str(cache))
        first = kg(*args)
        assert first.returncode == 0, first.stderr
        assert "1 pages fetched" in first.stdout and "1 added" in first.stdout
        second = kg(*args)
        assert "1 already stored, 0 pages fetched" in second.stdout
    finally:
        server.shutdown()
        server.server_close()
    assert [p for p, _ in asked].count("/page.html") == 1 and all(ua.startswith("kg/") for _, ua in asked)
    text = kg("query", "--store", str(store), "--format", "tsv",
              "SELECT ?t WHERE { ?c a <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#Context> ; "
              "<http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#isString> ?t }").stdout
    assert "التقى وزير الخارجية الأردني" in text and "ليبيا" not in text  # the page's main text, not its menu
