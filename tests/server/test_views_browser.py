"""The map, timeline and who-met-whom views in a real headless Chromium (Debian `chromium` +
`chromium-driver`), on an entity page and as result views of the query UI.

Each test keeps its screenshots: under pytest's tmp folder (`views-screenshots*`), and also in
$KG_TEST_ARTIFACTS when that is set (CI uploads it). Skipped only when no Chromium is installed.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from browser_helpers import ARABIC, PNG_SIGNATURE, TIMEOUT, chromium, needs_chromium, requested_urls
from explore_fixtures import (
    CAIRO_IRI,
    MEETING_IRI,
    MOSCOW_IRI,
    PEZESHKIAN_IRI,
    PUTIN_IRI,
    QUOTE,
    SISI_IRI,
    build_store,
)
from ld_fixtures import served_url

pytestmark = needs_chromium


@pytest.fixture(scope="module")
def base_url():
    yield from served_url(build_store)


@pytest.fixture(scope="module")
def shots(tmp_path_factory):
    """Save a screenshot (of the page, or of one element) as a test artifact; returns its path."""
    folder = tmp_path_factory.mktemp("views-screenshots")
    extra = os.environ.get("KG_TEST_ARTIFACTS")

    def save(target, name: str) -> Path:
        path = folder / f"{name}.png"
        assert target.save_screenshot(str(path)) if hasattr(target, "save_screenshot") else target.screenshot(str(path))
        data = path.read_bytes()
        assert data.startswith(PNG_SIGNATURE) and len(data) > 5_000, name
        if extra:
            Path(extra).mkdir(parents=True, exist_ok=True)
            shutil.copy(path, Path(extra) / path.name)
        return path

    return save


@pytest.fixture(scope="module")
def browser():
    with chromium("1280,1600") as driver:
        yield driver


def _requested(driver) -> list[str]:
    return requested_urls(driver)


def _assert_clean(driver, base_url: str) -> list[str]:
    """Nothing fetched from another host, no console error (a CSP refusal is one)."""
    requested = _requested(driver)
    foreign = [u for u in requested if not u.startswith(base_url + "/")]
    assert foreign == [], f"fetched from elsewhere: {foreign}"
    errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == [], errors
    return requested


def _page(iri: str) -> str:
    return "/page/" + iri.split("/", 3)[3]


def _wait_drawn(driver, element_id: str, view: str):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, TIMEOUT).until(
        lambda d: d.find_element(By.ID, element_id).get_attribute("data-kg-drawn") == view
    )
    return driver.find_element(By.ID, element_id)


def test_entity_page_draws_its_map_timeline_and_graph(browser, base_url, shots):
    from selenium.webdriver.common.by import By

    browser.get(base_url + _page(PUTIN_IRI))
    html = browser.find_element(By.TAG_NAME, "html")
    assert (html.get_attribute("lang"), html.get_attribute("dir")) == ("ar", "rtl")
    assert browser.title.startswith("فلاديمير بوتين – ") and "/" not in browser.title  # no path on disk

    # the map: Natural Earth outlines, one circle per place, labelled in Arabic and English
    the_map = _wait_drawn(browser, "view-map", "map")
    assert the_map.get_attribute("data-kg-error") is None
    outlines = the_map.find_elements(By.CSS_SELECTOR, ".leaflet-overlay-pane path")
    assert len(outlines) > 100  # the countries, plus the markers
    labels = [t.text for t in the_map.find_elements(By.CSS_SELECTOR, ".kg-map-label")]
    assert any("موسكو" in t and "Moscow" in t and "2 articles" in t for t in labels), labels
    assert any("القاهرة" in t and "Cairo" in t for t in labels), labels
    assert not the_map.find_elements(By.CSS_SELECTOR, ".leaflet-tile")  # no tile layer
    browser.execute_script("arguments[0].scrollIntoView()", the_map)
    shots(the_map, "entity-map")

    # the timeline: both meetings in date order, each linking to its page
    timeline = _wait_drawn(browser, "view-timeline", "timeline")
    dots = timeline.find_elements(By.CSS_SELECTOR, "svg circle.kg-event")
    assert len(dots) == 2
    items = timeline.find_elements(By.CSS_SELECTOR, "ol.kg-timeline-list li")
    assert [i.find_element(By.TAG_NAME, "time").text for i in items] == ["2025-03-09", "2025-04-10"]
    assert "2 articles" in items[0].text
    hrefs = [i.find_element(By.TAG_NAME, "a").get_attribute("href") for i in items]
    assert hrefs[0] == base_url + "/" + MEETING_IRI.split("/", 3)[3]
    browser.execute_script("arguments[0].scrollIntoView()", timeline)
    shots(timeline, "entity-timeline")

    # the graph: Putin in the middle, an edge to each partner weighted by the reporting articles
    graph = _wait_drawn(browser, "view-graph", "graph")
    data = browser.execute_script(
        "var cy = arguments[0].kgGraph; return {nodes: cy.nodes().map(n => [n.id(), n.data('center')]),"
        " edges: cy.edges().map(e => [e.data('source'), e.data('target'), e.data('weight')])};",
        graph,
    )
    assert sorted(data["nodes"]) == sorted([[PUTIN_IRI, 1], [PEZESHKIAN_IRI, 0], [SISI_IRI, 0]])
    weights = {frozenset((s, t)): w for s, t, w in data["edges"]}
    assert weights == {frozenset((PUTIN_IRI, PEZESHKIAN_IRI)): 2, frozenset((PUTIN_IRI, SISI_IRI)): 1}
    browser.execute_script("arguments[0].scrollIntoView()", graph)
    shots(graph, "entity-graph")

    # statements have their own section, with the quote and who it is attributed to
    statements = browser.find_element(By.ID, "statements")
    assert QUOTE in statements.text and "وكالة أنباء الشرق" in statements.text
    assert statements.find_element(By.TAG_NAME, "blockquote").value_of_css_property("direction") == "rtl"
    browser.set_window_size(1280, 4000)
    shots(browser, "entity-page")
    browser.set_window_size(1280, 1600)

    requested = _assert_clean(browser, base_url)
    for asset in ("leaflet/leaflet.js", "cytoscape/cytoscape.min.js", "world-atlas/countries-110m.json"):
        assert any(u.endswith("/assets/vendor/" + asset) for u in requested), asset


def test_place_page_shows_only_its_map(browser, base_url, shots):
    from selenium.webdriver.common.by import By

    browser.get(base_url + _page(MOSCOW_IRI))
    the_map = _wait_drawn(browser, "view-map", "map")
    assert not browser.find_elements(By.ID, "view-graph")  # a city meets nobody
    own = browser.execute_script(
        "var n = 0; arguments[0].kgMap.eachLayer(l => {"
        " if (l instanceof L.CircleMarker && l.options.weight === 3) n++; }); return n;",
        the_map,
    )
    assert own == 1  # the place itself is drawn, highlighted
    shots(the_map, "place-map")
    _assert_clean(browser, base_url)


def test_meeting_page_lists_each_reporting_article_with_its_claims(browser, base_url, shots):
    from selenium.webdriver.common.by import By

    browser.get(base_url + _page(MEETING_IRI))
    reports = browser.find_element(By.ID, "reports")
    assert "Reported by 2 articles" in reports.text
    items = reports.find_elements(By.CSS_SELECTOR, "ol.reports > li")
    assert len(items) == 2
    assert "planned" in items[0].text and "held" in items[1].text  # what each article claims
    assert all("موسكو" in i.text for i in items)
    assert items[0].value_of_css_property("direction") == "rtl"
    browser.execute_script("arguments[0].scrollIntoView()", reports)
    shots(browser, "meeting-page")
    _assert_clean(browser, base_url)


def _run_example(browser, name: str, plugin: str):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    wait = WebDriverWait(browser, TIMEOUT)
    browser.find_element(By.CSS_SELECTOR, f'button.example[data-name="{name}"]').click()
    browser.find_element(By.CSS_SELECTOR, ".yasqe_queryButton").click()
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, ".yasr tbody td"))
    button = wait.until(lambda d: d.find_element(By.CSS_SELECTOR, f".yasr .select_{plugin}"))
    wait.until(lambda d: "disabled" not in (button.get_attribute("class") or ""))
    button.click()
    return wait.until(lambda d: d.find_element(By.CSS_SELECTOR, f".kg-result-{plugin}"))


def test_query_results_open_as_map_timeline_and_graph(browser, base_url, shots):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    wait = WebDriverWait(browser, TIMEOUT)
    browser.get(base_url + "/")
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, ".yasqe .CodeMirror"))

    # places with lat/long columns → Map
    view = _run_example(browser, "map", "map")
    wait.until(lambda d: view.get_attribute("data-kg-drawn") == "map")
    labels = [t.text for t in view.find_elements(By.CSS_SELECTOR, ".kg-map-label")]
    assert len(labels) == 2 and any("موسكو" in t and "Moscow" in t for t in labels), labels
    lats = browser.execute_script(
        "var out = []; arguments[0].kgMap.eachLayer(l => {"
        " if (l instanceof L.CircleMarker) out.push(l.getLatLng().lat); }); return out;",
        view,
    )
    assert sorted(round(x, 2) for x in lats) == [30.06, 55.63]
    browser.execute_script("arguments[0].scrollIntoView()", view)
    shots(view, "results-map")

    # dated events → Timeline
    view = _run_example(browser, "timeline", "timeline")
    wait.until(lambda d: view.get_attribute("data-kg-drawn") == "timeline")
    items = view.find_elements(By.CSS_SELECTOR, "ol.kg-timeline-list li")
    assert [i.find_element(By.TAG_NAME, "time").text for i in items] == ["2025-03-09", "2025-04-10"]
    assert ARABIC.search(items[0].text)
    browser.execute_script("arguments[0].scrollIntoView()", view)
    shots(view, "results-timeline")

    # two entity columns → Graph, weighted by the articles column
    view = _run_example(browser, "meeting-pairs", "graph")
    wait.until(lambda d: view.get_attribute("data-kg-drawn") == "graph")
    edges = browser.execute_script(
        "return arguments[0].kgGraph.edges().map(e => [e.data('source'), e.data('target'), e.data('weight')]);", view
    )
    weights = {frozenset((s, t)): w for s, t, w in edges}
    assert weights == {frozenset((PUTIN_IRI, PEZESHKIAN_IRI)): 2, frozenset((PUTIN_IRI, SISI_IRI)): 1}
    names = browser.execute_script("return arguments[0].kgGraph.nodes().map(n => n.data('name'));", view)
    assert any(n.startswith("فلاديمير بوتين") and "Vladimir Putin" in n for n in names), names
    browser.execute_script("arguments[0].scrollIntoView()", view)
    shots(view, "results-graph")

    _assert_clean(browser, base_url)


def test_places_on_the_map_keep_their_iris(browser, base_url):
    """The Map result view links each point to the place's page (the IRI column)."""
    browser.get(base_url + "/")
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(browser, TIMEOUT).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".yasqe .CodeMirror"))
    points = browser.execute_script(
        "return window.kgResultViews.toPoints({vars: ['place', 'label', 'lat', 'long', 'articles'], rows: ["
        "{place: {type: 'uri', value: arguments[0]}, label: {type: 'literal', value: 'موسكو'},"
        " lat: {type: 'literal', value: '55.6'}, long: {type: 'literal', value: '37.6'},"
        " articles: {type: 'literal', value: '2'}},"
        "{place: {type: 'uri', value: arguments[1]}, wkt: {type: 'literal', value: 'POINT(31.2 30.1)'}}]});",
        MOSCOW_IRI,
        CAIRO_IRI,
    )
    assert points == [
        {"label": "موسكو", "label_en": None, "href": "/" + MOSCOW_IRI.split("/", 3)[3], "lat": 55.6, "long": 37.6,
         "articles": 2}
    ]


def test_explore_page_maps_and_dates_the_whole_store(browser, base_url, shots):
    from selenium.webdriver.common.by import By

    browser.get(base_url + "/explore")
    the_map = _wait_drawn(browser, "view-map", "map")
    labels = [t.text for t in the_map.find_elements(By.CSS_SELECTOR, ".kg-map-label")]
    assert sorted(label.split(" · ")[1].split(" (")[0] for label in labels) == ["Cairo", "Moscow"]
    timeline = _wait_drawn(browser, "view-timeline", "timeline")
    assert len(timeline.find_elements(By.CSS_SELECTOR, "ol.kg-timeline-list li")) == 2
    shots(browser, "explore-page")
    _assert_clean(browser, base_url)


def test_result_columns_are_recognised_as_points_dates_and_pairs(browser, base_url):
    """What makes a result drawable: WKT points, typed or ISO dates, two IRI columns."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(base_url + "/")
    WebDriverWait(browser, TIMEOUT).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".yasqe .CodeMirror"))
    got = browser.execute_script(
        """var v = window.kgResultViews, wkt = 'http://www.opengis.net/ont/geosparql#wktLiteral';
        var iri = function (x) { return {type: 'uri', value: 'https://kg.example.org/entity/' + x}; };
        var lit = function (x, dt) { return dt ? {type: 'literal', value: x, datatype: dt} : {type: 'literal', value: x}; };
        return {
          points: v.toPoints({vars: ['place', 'geom'], rows: [
            {place: iri('city/c'), geom: lit('<http://www.opengis.net/def/crs/OGC/1.3/CRS84> POINT(31.2 30.1)', wkt)},
            {place: iri('city/x'), geom: lit('LINESTRING(1 2, 3 4)', wkt)}]}),
          events: v.toEvents({vars: ['event', 'eventLabel', 'when'], rows: [
            {event: iri('meeting/m'), eventLabel: lit('لقاء'), when: lit('2025-03', 'http://www.w3.org/2001/XMLSchema#gYearMonth')},
            {event: iri('meeting/m'), eventLabel: lit('لقاء'), when: lit('2025-03', 'http://www.w3.org/2001/XMLSchema#gYearMonth')}]}),
          graph: v.toGraph({vars: ['a', 'b', 'n'], rows: [
            {a: iri('person/1'), b: iri('person/2'), n: lit('3')},
            {a: iri('person/2'), b: iri('person/1'), n: lit('2')},
            {a: iri('person/1'), b: lit('not an entity'), n: lit('9')}]}),
        };"""  # noqa: E501
    )
    assert [(p["lat"], p["long"], p["href"]) for p in got["points"]] == [(30.1, 31.2, "/entity/city/c")]
    assert [(e["date"], e["label"], e["articles"], e["kind"]) for e in got["events"]] == [
        ("2025-03", "لقاء", 2, "meeting")]
    assert [(e["weight"], e["articles"]) for e in got["graph"]["edges"]] == [(5, 5)]  # both directions, one edge
    assert len(got["graph"]["nodes"]) == 2
