"""Browser fixtures for the end-to-end tests: Debian's Chromium driven by Playwright's sync API.

Playwright's sync API runs an asyncio loop in the test thread, so Django's "no ORM calls from an
async context" guard would refuse the test's own database queries; the tests run no async code of
their own, so the guard is switched off here before anything touches the database.

Every page a browser test opens is also checked with axe-core (WCAG 2.0, 2.1 and 2.2, levels A
and AA) by the `axe` fixture, which `new_page` wires into each browser context; a violation on
any page fails the test that opened it (docs/accessibility.md).
"""

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.db import connections

os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = Path(os.environ.get("VHUB_E2E_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
SCREENSHOTS = Path(__file__).parent / "screenshots"
VIEWPORT = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
SMALL_PHONE = {"width": 320, "height": 640}

# axe-core from the project's npm packages (package.json pins it), read from disk and put into
# each page by the browser itself: never fetched from the internet.
AXE_SCRIPT = settings.BASE_DIR / "node_modules" / "axe-core" / "axe.min.js"
# The rules for WCAG 2.0, 2.1 and 2.2 at levels A and AA (axe-core tags its rules this way).
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
# Runs in the page. Only HTML documents are checked (a downloaded CSV or PDF is not a page).
AXE_RUN = """async (tags) => {
  if (typeof window.axe === "undefined" || document.contentType !== "text/html") return null;
  const results = await window.axe.run(document, {
    runOnly: {type: "tag", values: tags},
    resultTypes: ["violations"],
  });
  return results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.slice(0, 5).map((node) => node.target.join(" ")),
  }));
}"""
# Each page's document as it stands once loaded: after VHub's deferred scripts have set up the
# GOV.UK components (they run before DOMContentLoaded), before the test touches anything.
SNAPSHOT = """document.addEventListener("DOMContentLoaded", () => {
  if (window.top !== window || document.contentType !== "text/html") return;
  window.__vhubPageLoaded(location.href, document.documentElement.outerHTML);
});"""
# CSRF tokens differ on every load; the same page is checked once per width.
TOKENS = re.compile(r'(name="csrfmiddlewaretoken" value=|data-csrf=|"X-CSRFToken": )"[^"]*"')


@dataclass
class Axe:
    """axe-core over every page a test opens, at the width it was opened.

    Each page is snapshotted when it has loaded (a binding the page calls at DOMContentLoaded),
    so a test that moves on at once cannot outrun the check. At the end of the test every
    snapshot is put back in a page of its own, at the same width, with VHub's styles and
    without its scripts (the snapshot already holds what they did), and axe runs on it. The
    pages still open are checked as the test left them too (reveals opened, errors shown,
    htmx updates).

    (Checking each page live, from an event handler, is not possible: Playwright's sync API
    cannot evaluate in a page from a load or route handler while the test waits on that page.)
    """

    violations: list[str] = field(default_factory=list)
    pages_checked: list[str] = field(default_factory=list)
    snapshots: dict[tuple[str, int, int], tuple[str, str, int, int]] = field(default_factory=dict)

    def watch(self, context, viewport: dict[str, int]) -> None:
        if not AXE_SCRIPT.exists():
            pytest.fail(f"No axe-core at {AXE_SCRIPT}: run `make install` (npm ci)")
        context.add_init_script(path=str(AXE_SCRIPT))
        context.add_init_script(script=SNAPSHOT)

        def loaded(source, url: str, html: str) -> None:
            size = source["page"].viewport_size or viewport
            key = (url.split("#")[0], size["width"], hash(TOKENS.sub("", html)))
            self.snapshots[key] = (url, html, size["width"], size["height"])

        context.expose_binding("__vhubPageLoaded", loaded)

    def check(self, page) -> list[str]:
        """Run axe on the page as it is now; record and return its violations."""
        if not page.url.startswith("http") or page.is_closed():
            return []
        try:
            found = page.evaluate(AXE_RUN, AXE_TAGS)
        except Exception as error:
            if "context was destroyed" in str(error):
                return []  # still navigating: the new page's snapshot is checked instead
            raise
        if found is None:
            return []
        width = page.viewport_size["width"] if page.viewport_size else 0
        return self._record(page.url, width, found)

    def check_snapshots(self, browser) -> None:
        """Check every page the test loaded, each in the state it loaded in."""
        context = browser.new_context(java_script_enabled=True, locale="en-GB")
        context.add_init_script(path=str(AXE_SCRIPT))
        page = context.new_page()
        current: dict[str, str] = {}

        def serve(route) -> None:
            request = route.request
            # A request's URL has no fragment; the page's (after a redirect to "#notes") may.
            if request.resource_type == "document" and request.url == current["url"].split("#")[0]:
                route.fulfill(status=200, content_type="text/html", body=current["html"])
            elif request.resource_type in ("stylesheet", "image", "font"):
                route.continue_()
            else:  # scripts (their work is in the snapshot), htmx calls, pings
                route.abort()

        page.route("**/*", serve)
        for url, html, width, height in self.snapshots.values():
            current.update(url=url, html=html)
            page.set_viewport_size({"width": width, "height": height})
            page.goto(url)
            found = page.evaluate(AXE_RUN, AXE_TAGS)
            if found is not None:
                self._record(url, width, found)
        context.close()
        self.snapshots.clear()

    def _record(self, url: str, width: int, found: list[dict[str, Any]]) -> list[str]:
        self.pages_checked.append(f"{url} at {width}px")
        problems = [
            f"{url} at {width}px: {v['rule']} ({v['impact']}) on {', '.join(v['targets'])}: "
            f"{v['help']}"
            for v in found
        ]
        for problem in problems:
            if problem not in self.violations:
                self.violations.append(problem)
        return problems


@pytest.fixture
def axe() -> Axe:
    """The accessibility check of every page the test's browser contexts open."""
    return Axe()


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

    def save(page, name: str) -> None:
        page.screenshot(path=screenshots_dir / f"{name}.png", full_page=True)

    return save


@pytest.fixture
def console_errors() -> list[str]:
    """Every console error and uncaught page exception seen by any page in the test."""
    return []


@pytest.fixture
def new_page(browser, console_errors, axe):
    """Open a page in a fresh browser context (its own cookies: one per signed-in person),
    at desktop width unless a viewport is given; every page it shows is checked by axe."""
    contexts = []

    def open_page(viewport: dict[str, int] | None = None):
        context = browser.new_context(
            viewport=viewport or VIEWPORT, accept_downloads=True, locale="en-GB"
        )
        axe.watch(context, viewport or VIEWPORT)
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
        for page in context.pages:
            axe.check(page)
        context.close()
    axe.check_snapshots(browser)
    # Every browser test also proves the pages it opened keep to the Content-Security-Policy.
    violations = [error for error in console_errors if "Content Security Policy" in error]
    assert violations == [], violations
    # ... and keeps to WCAG 2.2 AA as far as axe-core can tell.
    assert axe.violations == [], "axe-core found accessibility problems:\n" + "\n".join(
        axe.violations
    )
