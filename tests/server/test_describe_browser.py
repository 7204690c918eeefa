"""/ontology and /.well-known/void in a real headless Chromium: anchors land on their term, Arabic
labels lay out right to left, nothing is fetched from elsewhere. Screenshots are kept in
$KG_TEST_ARTIFACTS when set (CI sets it), else under the test's tmp_path."""

from __future__ import annotations

from browser_helpers import PNG_SIGNATURE, TIMEOUT, artifact_path, needs_chromium, requested_urls
from test_ui_browser import base_url, browser  # noqa: F401  (the query UI's server and browser)

pytestmark = needs_chromium


def test_ontology_page_opens_at_the_term_a_namespace_iri_names(browser, base_url, tmp_path):  # noqa: F811
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(base_url + "/ontology#Meeting")
    WebDriverWait(browser, TIMEOUT).until(lambda d: d.find_elements(By.ID, "Meeting"))
    term = browser.find_element(By.ID, "Meeting")
    assert "لقاء" in term.text
    arabic = term.find_element(By.CSS_SELECTOR, 'span[lang="ar"]')
    assert arabic.value_of_css_property("direction") == "rtl"
    top = browser.execute_script("return arguments[0].getBoundingClientRect().top", term)
    assert -5 <= top < 200  # scrolled to the anchor
    shot = artifact_path(tmp_path, "ontology.png")
    assert browser.save_screenshot(str(shot)) and shot.read_bytes().startswith(PNG_SIGNATURE)
    foreign = [u for u in requested_urls(browser) if not u.startswith(base_url + "/")]
    assert foreign == []


def test_void_page_shows_the_counts(browser, base_url, tmp_path):  # noqa: F811
    from selenium.webdriver.common.by import By

    browser.get(base_url + "/.well-known/void")
    cells = {th.text: td.text for th, td in (
        (row.find_element(By.TAG_NAME, "th"), row.find_element(By.TAG_NAME, "td"))
        for row in browser.find_elements(By.CSS_SELECTOR, "table.counts tr"))}
    assert int(cells["triples"]) > 0 and cells["SPARQL endpoint"] == base_url + "/sparql"
    assert int(cells["kg:Person"]) >= 1  # one row per class, with its count
    shot = artifact_path(tmp_path, "void.png")
    assert browser.save_screenshot(str(shot)) and shot.read_bytes().startswith(PNG_SIGNATURE)
