"""The review page in a real browser: Debian's chromium, headless, offline."""
from __future__ import annotations

import shutil

import pytest

from extractor import dataset

CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def _chromium() -> str:
    for name in ("/usr/bin/chromium", "chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    pytest.skip("chromium is not installed (apt-get install chromium; .ci/run installs it)")


@pytest.fixture
def browser_page(tmp_path):
    executable = _chromium()
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is a test dependency: pip install -e .[test]")
    profile = tmp_path / "profile"
    profile.mkdir()
    with sync_api.sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile), executable_path=executable, headless=True, args=CHROMIUM_FLAGS,
            viewport={"width": 1280, "height": 1600})
        try:
            yield context.new_page()
        finally:
            context.close()


def test_review_page_loads_offline_draws_charts_and_filters(tmp_path, store, browser_page, capsys):
    page_path = dataset.write_review(store, tmp_path / "review.html")
    page = browser_page
    errors: list[str] = []
    requests: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("request", lambda request: requests.append(request.url))

    page.goto(page_path.as_uri())
    page.wait_for_selector(".chart .main-svg", timeout=10_000)
    assert errors == []
    assert all(url.startswith(("file:", "data:", "blob:", "about:")) for url in requests), requests
    drawn = page.locator(".chart[data-drawn] .main-svg")
    assert drawn.count() >= 1
    assert page.locator(".chart[data-drawn] .scatterlayer .trace").count() >= 1  # points, not an empty frame

    def visible(selector: str) -> int:
        return page.locator(f"{selector}:visible").count()

    cards, rows = visible(".card"), visible(".ranking tr.item")
    assert cards == 6 and rows == 8
    page.fill("#q", "dong son")  # without accents, as often typed
    assert visible(".card") == 1 and visible(".ranking tr.item") == 2
    assert "Đông Sơn" in page.locator(".card:visible h3").inner_text()
    page.fill("#q", "")
    page.check("#conflicts-only")
    assert visible(".ranking tr.item") == 1 and visible(".conflict") == 2
    page.uncheck("#conflicts-only")
    page.select_option("#year", "2022")
    assert visible(".ranking") == 2 and visible(".conflict") == 0
    page.select_option("#year", "")
    assert visible(".card") == cards

    marked = page.locator(".conflict mark")
    assert sorted(set(marked.all_inner_texts())) == ["12,4", "12,5", "91,81", "91,87"]
    assert page.locator(".conflict a.source").first.get_attribute("href").startswith("https://")

    page.locator("#history").scroll_into_view_if_needed()
    page.wait_for_timeout(300)
    page.add_style_tag(content="header { position: static !important; }")  # the sticky bar once, at the top
    screenshot = tmp_path / "review.png"
    page.screenshot(path=str(screenshot), full_page=True)
    assert screenshot.stat().st_size > 10_000
    assert errors == []
    with capsys.disabled():
        print(f"\nreview page screenshot: {screenshot}")
