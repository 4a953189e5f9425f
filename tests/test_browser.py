"""The map page in a real browser: Debian's Chromium driven by Playwright, against a live server on loopback.

Needs ``apt-get install chromium`` and the ``playwright`` Python package (no ``playwright install``:
the system browser is used). Skips when either is missing.
"""
import os
import shutil
import socket
import threading
import time

import pytest

pytest.importorskip("fastapi")
uvicorn = pytest.importorskip("uvicorn")
sync_api = pytest.importorskip("playwright.sync_api")
expect = sync_api.expect

from _helpers import ROOT, build_seed_store  # noqa: E402

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="chromium is not installed (apt-get install chromium)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from marsad.http.app import create_app

    db = build_seed_store(str(tmp_path_factory.mktemp("browser") / "m.db"))
    port = _free_port()
    config = uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not srv.started:
        if time.time() > deadline:
            pytest.fail("the server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def page(server):
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        pg = browser.new_page(viewport={"width": 1400, "height": 860})
        requests = []
        pg.on("request", lambda r: requests.append(r.url))
        pg.goto(server + "/")
        pg.wait_for_selector("body[data-ready=true]", timeout=20000)
        pg.requests = requests
        yield pg
        browser.close()


def test_page_shows_markers_over_the_country_outlines(page, server):
    assert page.locator("#countries path").count() > 100
    assert page.locator("#markers circle.marker").count() > 5
    assert page.locator("#timeline rect.bar").count() > 3
    assert all(u.startswith(server) for u in page.requests), "every asset comes from the server itself"


def test_type_filter_redraws_the_map(page):
    before = page.locator("#markers circle.marker").count()
    page.select_option("#type-filter", "ASSAULT")
    expect(page.locator("#markers circle.marker:not([data-type=ASSAULT])")).to_have_count(0)
    expect(page.locator("#markers circle.marker").first).to_be_visible()
    after = page.locator("#markers circle.marker").count()
    assert 0 < after < before


def test_event_panel_shows_the_highlighted_arabic_sentence(page, tmp_path):
    # the marker drawn last is on top: two events of one town (two villages mapped to it) stack their markers
    page.locator("#markers circle.marker").last.click()
    page.wait_for_selector("#panel .sentence mark.m-trigger")
    sentence = page.locator("#panel .sentence").first
    assert sentence.get_attribute("dir") == "rtl" and sentence.get_attribute("lang") == "ar"
    trigger = page.locator("#panel .sentence mark.m-trigger").first.inner_text()
    assert trigger and any("\u0600" <= ch <= "\u06ff" for ch in trigger)
    assert any("\u0600" <= ch <= "\u06ff" for ch in sentence.inner_text())
    # MARSAD_SCREENSHOT=docs/map.png refreshes the README's picture; a plain test run leaves the tree alone
    shot = os.environ.get("MARSAD_SCREENSHOT") or str(tmp_path / "map.png")
    page.screenshot(path=shot if os.path.isabs(shot) else os.path.join(ROOT, shot))
    assert os.path.getsize(shot if os.path.isabs(shot) else os.path.join(ROOT, shot)) > 10_000


def test_brushing_the_timeline_filters_the_map(page):
    page.select_option("#type-filter", "")
    expect(page.locator("#markers circle.marker[data-type=REQUEST]").first).to_be_attached()
    bars = page.locator("#timeline rect.bar")
    box = page.locator("#timeline").bounding_box()
    first = bars.first.bounding_box()
    page.mouse.move(first["x"] + 1, box["y"] + box["height"] / 2)
    page.mouse.down()
    page.mouse.move(first["x"] + first["width"] + 2, box["y"] + box["height"] / 2, steps=3)
    page.mouse.up()
    page.wait_for_selector("#timeline rect.brush")
    expect(page.locator("#status")).to_contain_text("on the map")
    status = page.locator("#status").inner_text()
    assert "events match" in status
    page.click("#timeline")
    expect(page.locator("#timeline rect.brush")).to_have_count(0)
