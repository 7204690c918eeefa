"""The search box in a real headless Chromium: type a name, see suggestions, pick one with the keyboard.

Skipped only when no Chromium is installed (`apt-get install -y chromium chromium-driver`).
Screenshots are kept in $KG_TEST_ARTIFACTS when set (CI uploads that folder), else in tmp_path.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from browser_helpers import PNG_SIGNATURE, TIMEOUT, artifact_path, chromium, needs_chromium
from browser_helpers import requested_urls as _requested_urls
from search_fixtures import MINISTER, UKRAINE, build_search_store

pytestmark = needs_chromium


@pytest.fixture(scope="module")
def base_url(tmp_path_factory, start_server):
    client = start_server(build_search_store(tmp_path_factory.mktemp("search-ui") / "store"))
    return client.base


@pytest.fixture(scope="module")
def browser():
    with chromium("1280,900", lang="ar") as driver:
        yield driver


def _screenshot(driver, tmp_path: Path, name: str) -> Path:
    shot = artifact_path(tmp_path, name)
    assert driver.save_screenshot(str(shot))
    data = shot.read_bytes()
    assert len(data) > 10_000 and data.startswith(PNG_SIGNATURE)
    return shot


def _suggestions(driver):
    from selenium.webdriver.common.by import By

    return driver.find_elements(By.CSS_SELECTOR, "form.kg-search ul.kg-suggest:not([hidden]) li[role=option]")


def test_typing_in_the_search_box_suggests_names_and_enter_opens_the_page(browser, base_url, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(base_url + "/")
    box = browser.find_element(By.CSS_SELECTOR, "form.kg-search input[name=q]")
    box.send_keys("اوكر")  # no hamza: the index folds it
    wait = WebDriverWait(browser, TIMEOUT)
    wait.until(lambda d: _suggestions(d))
    options = _suggestions(browser)
    first = options[0]
    assert first.find_element(By.CSS_SELECTOR, ".label").text == "أوكرانيا"
    assert first.find_element(By.CSS_SELECTOR, ".label-en").text == "Ukraine"
    assert first.find_element(By.CSS_SELECTOR, ".label").value_of_css_property("direction") == "rtl"
    assert box.get_attribute("aria-expanded") == "true"
    _screenshot(browser, tmp_path, "search-suggest.png")

    box.send_keys(Keys.ARROW_DOWN)
    assert first.get_attribute("aria-selected") == "true"
    assert box.get_attribute("aria-activedescendant") == first.get_attribute("id")
    box.send_keys(Keys.ENTER)
    wait.until(lambda d: "/page/entity/country/ukraine" in d.current_url)
    assert browser.find_element(By.TAG_NAME, "h1").text == "أوكرانيا"
    assert UKRAINE.endswith(browser.current_url.rsplit("/page/", 1)[1])

    requested = _requested_urls(browser)
    assert any("/api/suggest?q=" in u for u in requested)
    foreign = [u for u in requested if not u.startswith(base_url + "/")]
    assert foreign == [], f"the page fetched from elsewhere: {foreign}"
    errors = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == [], errors


def test_the_search_box_on_an_entity_page_completes_and_submits_to_the_search_page(browser, base_url, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(base_url + "/page/entity/person/minister")
    box = browser.find_element(By.CSS_SELECTOR, "form.kg-search input[name=q]")
    box.send_keys("وكوفال")  # with a conjunction glued on
    wait = WebDriverWait(browser, TIMEOUT)
    wait.until(lambda d: _suggestions(d))
    assert _suggestions(browser)[0].get_attribute("data-href").endswith(MINISTER.split("kg.example.org", 1)[1])
    _screenshot(browser, tmp_path, "search-entity-page.png")
    box.send_keys(Keys.ESCAPE)  # closes the list (Chromium also empties a search field on Escape)
    wait.until(lambda d: not _suggestions(d))
    if not box.get_attribute("value"):
        box.send_keys("وكوفال")
    browser.find_element(By.CSS_SELECTOR, "form.kg-search button[type=submit]").click()  # to /search
    wait.until(lambda d: "/search?q=" in d.current_url and d.find_elements(By.CSS_SELECTOR, "ol.search-results"))
    labels = [a.text for a in browser.find_elements(By.CSS_SELECTOR, "ol.search-results a.label")]
    assert labels[0] == "أندريه كوفال"
    _screenshot(browser, tmp_path, "search-page.png")
    errors = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == [], errors
