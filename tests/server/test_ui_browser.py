"""The query UI end to end in a real headless Chromium (Debian's `chromium` + `chromium-driver`).

Load `/`, click an example, run it, see Arabic in a result row laid out right to left, and
check that the page fetched nothing from anywhere but this server. Skipped only when no
Chromium is installed (`apt-get install -y chromium chromium-driver`).
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from browser_helpers import ARABIC, PNG_SIGNATURE, TIMEOUT, artifact_path, chromium, needs_chromium
from browser_helpers import requested_urls as _requested_urls
from ld_fixtures import PUTIN_IRI, build_store, served_url
from server_helpers import Client


@pytest.fixture(scope="module")
def base_url():
    yield from served_url(build_store)


@pytest.fixture(scope="module")
def browser():
    with chromium() as driver:
        yield driver


def test_vendored_yasgui_matches_its_checksums():
    """The committed bundle is the pinned npm release (scripts/vendor-yasgui.sh --check, in Python)."""
    folder = Path(__file__).resolve().parents[2] / "kg" / "server" / "static" / "vendor" / "yasgui"
    sums = (folder / "SHA256SUMS").read_text(encoding="utf-8").split("\n")
    entries = [line.split() for line in sums if line.strip()]
    assert {name for _, name in entries} == {"yasgui.min.js", "yasgui.min.css"}
    for digest, name in entries:
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest, name


def test_ui_page_lists_examples_from_the_queries_folder_at_run_time(base_url, tmp_path, monkeypatch):
    (tmp_path / "zz-new.rq").write_text(
        "# A query added while serving\n# استعلام جديد\nASK {}\n", encoding="utf-8"
    )
    monkeypatch.setenv("KG_QUERIES_DIR", str(tmp_path))
    client = Client("127.0.0.1", int(urlsplit(base_url).port))
    reply = client.get("/")
    assert reply.status == 200
    assert "A query added while serving</button>" in reply.text
    monkeypatch.delenv("KG_QUERIES_DIR")
    reply = client.get("/")
    assert "Persons named in the news, most mentioned first.</button>" in reply.text
    assert "connect-src 'self'" in reply.headers["content-security-policy"]


@needs_chromium
def test_example_query_runs_and_shows_arabic_right_to_left(browser, base_url, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(base_url + "/")
    wait = WebDriverWait(browser, TIMEOUT)
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, ".yasqe .CodeMirror"))

    browser.find_element(By.CSS_SELECTOR, 'button.example[data-name="persons"]').click()
    editor_text = browser.execute_script("return window.kgYasgui.getTab().getQuery()")
    assert "kg:Person" in editor_text and editor_text.startswith("# Persons named in the news")
    assert browser.find_elements(By.CSS_SELECTOR, ".yasqe .cm-keyword")  # SPARQL highlighting

    browser.find_element(By.CSS_SELECTOR, ".yasqe_queryButton").click()
    wait.until(
        lambda d: any(ARABIC.search(td.text) for td in d.find_elements(By.CSS_SELECTOR, ".yasr tbody td"))
    )
    rows = browser.find_elements(By.CSS_SELECTOR, ".yasr tbody tr")
    arabic_cells = [
        td for row in rows for td in row.find_elements(By.TAG_NAME, "td") if ARABIC.search(td.text)
    ]
    assert "فلاديمير بوتين" in {td.text for td in arabic_cells}
    for td in arabic_cells:
        assert td.get_attribute("dir") == "auto"
        assert td.value_of_css_property("direction") == "rtl"  # resolved from the Arabic text

    # the entity IRI links to this server's Linked Data page
    hrefs = {a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, ".yasr tbody a")}
    assert base_url + "/entity/" + PUTIN_IRI.split("/entity/", 1)[1] in hrefs

    # downloads go through the endpoint with the chosen Accept header
    browser.find_element(By.CSS_SELECTOR, 'button.download[data-ext="csv"]').click()
    wait.until(lambda d: "results.csv" in d.find_element(By.ID, "download-status").text)

    browser.execute_script("document.querySelector('.yasr').scrollIntoView()")
    shot = artifact_path(tmp_path, "ui.png")
    assert browser.save_screenshot(str(shot))
    data = shot.read_bytes()
    assert len(data) > 10_000 and data.startswith(PNG_SIGNATURE)

    requested = _requested_urls(browser)
    assert any(u.endswith("/assets/vendor/yasgui/yasgui.min.js") for u in requested)
    assert any(u.endswith("/sparql") for u in requested)
    foreign = [u for u in requested if not u.startswith(base_url + "/")]
    assert foreign == [], f"the UI fetched from elsewhere: {foreign}"
    errors = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == [], errors


@needs_chromium
def test_entity_link_from_results_opens_its_page(browser, base_url):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(base_url + "/entity/" + PUTIN_IRI.split("/entity/", 1)[1])
    WebDriverWait(browser, TIMEOUT).until(lambda d: d.find_elements(By.TAG_NAME, "h1"))
    assert browser.current_url.startswith(base_url + "/page/entity/person/")  # followed the 303
    h1 = browser.find_element(By.TAG_NAME, "h1")
    assert h1.text == "فلاديمير بوتين" and h1.value_of_css_property("direction") == "rtl"
    mark = browser.find_element(By.CSS_SELECTOR, "#mentions blockquote mark")
    assert mark.text in ("فلاديمير بوتين", "بوتين")
    assert mark.value_of_css_property("background-color") != "rgba(0, 0, 0, 0)"
