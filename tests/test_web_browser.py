"""Real-browser tests: headless Chromium (the system's /usr/bin/chromium) driven by Playwright.

They load the incident list, filter it, open an incident and a report, check that
the map draws markers and the timeline draws, that no hostile script ran, and
take screenshots: into a temporary folder, or, with EVENTDESK_SCREENSHOTS=docs, into
docs/screenshots (the pictures docs/web.md shows), so that a test run leaves the
checkout as it was.  Playwright never downloads a browser here: a missing Chromium is
a failure with instructions, not a skip.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from .conftest import HOSTILE_ID

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run"]
DOC_SHOTS = Path(__file__).resolve().parent.parent / "docs" / "screenshots"

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    """Where the screenshots go: docs/screenshots when asked for, else a temporary folder."""
    if os.environ.get("EVENTDESK_SCREENSHOTS") == "docs":
        return DOC_SHOTS
    return tmp_path_factory.mktemp("screenshots")


@pytest.fixture(scope="module")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium) to run the browser tests")
    os.environ.setdefault("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    pg = context.new_page()
    problems: list[str] = []
    pg.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    pg.on("console", lambda m: m.type == "error" and problems.append(f"console: {m.text}"))
    pg.problems = problems
    yield pg
    context.close()


def wait_until(pg, check, what: str, timeout_s: float = 15) -> None:
    """Poll from Python: the page's CSP (rightly) forbids the eval that wait_for_function uses."""
    for _ in range(int(timeout_s * 10)):
        if check():
            return
        pg.wait_for_timeout(100)
    raise AssertionError(f"timed out waiting for {what}")


def pwned(pg) -> object:
    return pg.evaluate("window.__pwned")


def test_list_filter_incident_report(page, live_server, shots):
    shots.mkdir(parents=True, exist_ok=True)
    page.goto(live_server + "/")
    page.wait_for_selector("#map.loaded")
    page.wait_for_selector("#map .leaflet-interactive, #map .marker-cluster")
    # the offline basemap drew country outlines
    wait_until(page, lambda: page.locator("#map svg path").count() > 100, "the country outlines")
    assert int(page.get_attribute("#map", "data-markers")) >= 4
    page.screenshot(path=str(shots / "incidents.png"))

    # filter through the form: the filter lands in the URL, so the view can be shared
    page.select_option("select[name=country]", "SY")
    page.fill("input[name=min_killed]", "20")
    page.click("button[type=submit]")
    page.wait_for_selector("#map.loaded")
    assert "country=SY" in page.url and "min_killed=20" in page.url
    rows = page.locator("#incident-list tbody tr")
    assert rows.count() >= 1
    assert "Maiduguri" not in page.inner_text("#incident-list")
    page.screenshot(path=str(shots / "incidents-filtered.png"))

    # open the incident with the highest toll
    page.goto(live_server + "/?order=killed")
    page.locator("#incident-list tbody tr").first.locator("a").first.click()
    page.wait_for_selector("#minimap.loaded")
    assert page.locator("#minimap .leaflet-interactive").count() >= 1
    chart = page.locator("#timeline-chart")
    chart.scroll_into_view_if_needed()
    wait_until(page, lambda: chart.evaluate("img => img.complete && img.naturalWidth > 200"), "the timeline chart")
    assert page.locator("table.claims tbody tr").count() >= 5
    assert page.locator("table.claims mark.hl-number").count() >= 5
    page.screenshot(path=str(shots / "incident.png"), full_page=True)

    # switch policy
    page.click("nav.policy >> text=conservative")
    assert "policy=conservative" in page.url
    assert page.inner_text("nav.policy .current") == "conservative"

    # follow a claim to its report
    page.locator("table.claims tbody tr").last.locator("a").first.click()
    page.wait_for_selector("#report-text")
    assert page.locator("#report-text mark.hl-number").count() >= 1
    assert page.locator("#report-text mark.hl-place").count() >= 1
    page.screenshot(path=str(shots / "report.png"), full_page=True)
    assert not page.problems, page.problems


def test_hostile_report_runs_no_script(page, live_server):
    page.goto(f"{live_server}/reports/{HOSTILE_ID}")
    page.wait_for_selector("#report-text")
    assert "<script>" in page.inner_text("#report-text")  # shown as text
    page.hover("#report-text mark >> nth=0")  # an injected onmouseover would fire here
    page.goto(live_server + "/?q=kano")
    page.wait_for_selector("#map.loaded")
    assert pwned(page) is None
    first = page.locator("#incident-list tbody tr a").first
    first.click()
    page.wait_for_load_state()
    assert pwned(page) is None
    assert not [p for p in page.problems if "Content Security Policy" not in p], page.problems
