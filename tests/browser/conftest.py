"""Chromium through Playwright against pytest-django's live server. Debian's Chromium, never a download."""

import os
from pathlib import Path

import pytest

# Playwright's sync API keeps an event loop running in this thread; the ORM calls made here are still synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"
PASSWORD = "browser-pass-123"


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.fail("Chromium is missing: run `make browser-deps`")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    opened.set_default_timeout(15_000)
    yield opened
    context.close()


@pytest.fixture
def login(live_server, page):
    """``login("factchecker", "fact-checker")`` makes that user and logs in through the form."""
    from tests.factories import UserFactory

    def sign_in(username: str, role: str):
        user = UserFactory(username=username, role=role)
        user.set_password(PASSWORD)
        user.save()
        page.goto(f"{live_server.url}/login/")
        page.fill("#id_username", username)
        page.fill("#id_password", PASSWORD)
        page.click("form button[type=submit]")
        page.wait_for_url(f"{live_server.url}/")
        return user

    return sign_in


@pytest.fixture
def shoot(page):
    """Save full-page screenshots of the current page at desktop and phone widths."""

    def capture(name: str) -> None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        for label, width in (("desktop", 1280), ("narrow", 390)):
            page.set_viewport_size({"width": width, "height": 900})
            page.screenshot(path=str(SHOTS / f"{name}-{label}.png"), full_page=True)
        page.set_viewport_size({"width": 1280, "height": 900})

    return capture


@pytest.fixture(autouse=True)
def reviews_removable(reviews_removable):
    """Every live-server test here may decide links (tests/conftest.py)."""
    yield
