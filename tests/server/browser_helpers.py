"""One way to drive Debian's headless Chromium in the browser tests (selenium + chromium-driver).

Each browser test module keeps its own `browser` fixture (window size, language) made with
`chromium()`; they share the skip mark, the DevTools request log and where screenshots go.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import pytest

CHROMIUM = next((p for p in ("/usr/bin/chromium", shutil.which("chromium")) if p and Path(p).is_file()), None)
CHROMEDRIVER = next(
    (p for p in ("/usr/bin/chromedriver", shutil.which("chromedriver")) if p and Path(p).is_file()), None
)
ARABIC = re.compile(r"[\u0600-\u06FF]")
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
TIMEOUT = 30

needs_chromium = pytest.mark.skipif(
    CHROMIUM is None or CHROMEDRIVER is None,
    reason="Chromium not found: apt-get install -y chromium chromium-driver (Debian)",
)


@contextmanager
def chromium(window: str = "1280,1600", lang: str | None = None) -> Iterator[object]:
    """A headless Chromium with a fresh profile, no background network, and its browser and
    network logs on; quit and cleaned up on exit."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="kg-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--no-first-run", f"--window-size={window}",
             f"--user-data-dir={profile}"] + ([f"--lang={lang}"] if lang else [])
    for flag in flags:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
    driver.set_page_load_timeout(TIMEOUT)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def requested_urls(driver) -> list[str]:
    """Every http(s)/ws URL the page asked for, from Chromium's DevTools network log."""
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            url = message["params"]["request"]["url"]
            if urlsplit(url).scheme in ("http", "https", "ws", "wss"):
                urls.append(url)
    return urls


def artifact_path(tmp_path: Path, name: str) -> Path:
    """Where a screenshot goes: $KG_TEST_ARTIFACTS when set (CI keeps it), else the test's tmp_path."""
    folder = Path(os.environ.get("KG_TEST_ARTIFACTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder / name
