"""Browser fixtures for the end-to-end tests: Debian's Chromium driven by Playwright's sync API.

Playwright's sync API runs an asyncio loop in the test thread, so Django's "no ORM calls from an
async context" guard would refuse the test's own database queries; the tests run no async code of
their own, so the guard is switched off here before anything touches the database.
"""

import os
from pathlib import Path

import pytest
from django.db import connections

os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = Path(os.environ.get("VHUB_E2E_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
SCREENSHOTS = Path(__file__).parent / "screenshots"
VIEWPORT = {"width": 1280, "height": 900}


@pytest.fixture
def browser(transactional_db, live_server):
    """Chromium, started after the test database is ready and stopped before it is flushed.

    While Playwright runs, asyncio sees a running loop, so Django hands this thread a separate,
    context-local connection; started any earlier, Django's serialized rollback would look on
    that connection for the saved data, find none and leave the data-migration rows out.
    """
    if not CHROMIUM.exists():
        pytest.skip(f"No Chromium at {CHROMIUM} (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()
        connections.close_all()  # the context-local connections opened during the test


@pytest.fixture(scope="session")
def screenshots_dir() -> Path:
    """Each picture is overwritten by the test that takes it; the folder is not emptied, so
    running one browser suite never deletes another suite's pictures."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS


@pytest.fixture
def shot(screenshots_dir):
    """Save a full-page screenshot of a page as screenshots/<name>.png."""

    def save(page, name: str) -> None:  # type: ignore[no-untyped-def]
        page.screenshot(path=screenshots_dir / f"{name}.png", full_page=True)

    return save


@pytest.fixture
def console_errors() -> list[str]:
    """Every console error and uncaught page exception seen by any page in the test."""
    return []


@pytest.fixture
def new_page(browser, console_errors):
    """Open a page in a fresh browser context (its own cookies: one per signed-in person)."""
    contexts = []

    def open_page():  # type: ignore[no-untyped-def]
        context = browser.new_context(viewport=VIEWPORT, accept_downloads=True, locale="en-GB")
        contexts.append(context)
        page = context.new_page()
        page.on(
            "console",
            lambda msg: (
                msg.type == "error"
                and console_errors.append(
                    f"{page.url}: {msg.text} ({msg.location.get('url') or 'no source'})"
                )
            ),
        )
        page.on("pageerror", lambda exc: console_errors.append(f"{page.url}: exception: {exc}"))
        return page

    yield open_page
    for context in contexts:
        context.close()
    # Every browser test also proves the pages it opened keep to the Content-Security-Policy.
    violations = [error for error in console_errors if "Content Security Policy" in error]
    assert violations == [], violations
