"""The site in a real browser: ``python -m docsite.browser_check [--screenshot FILE]``.

Builds the site (strict), serves it on loopback and opens it in headless Chromium
(``/usr/bin/chromium``, driven by Playwright; ``.ci/docs-browser-check`` installs it when
missing). Checks, failing with exit status 1 and what went wrong:

- the home page renders with its navigation, and following the navigation to a guide works;
- the search index loads: searching a term lists results that lead to its page;
- the operation reference renders: the index lists every operation of the spec, and an
  operation's section shows its method and path and its parameter table;
- the ``clc`` command-line reference renders, and its link from a command to its operation
  leads there;
- no page answers an error status and the browser console reports no error.

A screenshot of the operation reference, with search results open, is written outside
the repository (default: a temporary folder), for a person to look at.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from playwright.sync_api import ConsoleMessage, Page, Response, expect, sync_playwright
from playwright.sync_api import Error as PlaywrightError

from docsite import operations

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SEARCH_TERM = "WaitUntilComplete"
TIMEOUT_MS = 20_000


class CheckFailed(Exception):
    pass


def build(site: Path) -> float:
    """Build the site into ``site`` in strict mode; the seconds it took."""
    start = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(site)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        raise CheckFailed(f"mkdocs build failed:\n{result.stderr}")
    return time.monotonic() - start


@contextmanager
def serve(site: Path) -> Iterator[str]:
    """Serve ``site`` on a free loopback port; yields the base URL."""

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

    handler = functools.partial(Quiet, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def check(base: str, screenshot: Path) -> list[str]:
    """Run the checks in Chromium; what was checked, one line each."""
    done: list[str] = []
    problems: list[str] = []
    with (
        tempfile.TemporaryDirectory(prefix="clc-docs-chromium-") as profile,
        sync_playwright() as p,
    ):
        browser = p.chromium.launch_persistent_context(
            profile,
            executable_path=CHROMIUM,
            headless=True,
            args=CHROMIUM_ARGS,
            viewport={"width": 1400, "height": 1000},
        )
        page = browser.new_page()
        page.set_default_timeout(TIMEOUT_MS)
        _record_problems(page, problems)
        try:
            done += _navigation(page, base)
            done += _operations(page, base)
            done += _command_line(page, base)
            done += _search(page, base, screenshot)
        finally:
            browser.close()
    if problems:
        raise CheckFailed("\n".join(problems))
    return done


def _record_problems(page: Page, problems: list[str]) -> None:
    """Console errors, uncaught script errors and error statuses, as they happen."""

    def console(message: ConsoleMessage) -> None:
        if message.type == "error":
            problems.append(f"console: {message.text}")

    def response(answer: Response) -> None:
        if answer.status >= 400:
            problems.append(f"HTTP {answer.status}: {answer.url}")

    page.on("console", console)
    page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    page.on("response", response)


def _navigation(page: Page, base: str) -> list[str]:
    page.goto(f"{base}/")
    expect(page.locator("h1")).to_contain_text("clc-v2-sdk")
    tabs = page.locator(".md-tabs__link")
    titles = [t.strip() for t in tabs.all_inner_texts()]
    wanted = ["Home", "Guides", "Python reference", "API operations"]
    if titles != wanted:
        raise CheckFailed(f"navigation tabs {titles}, expected {wanted}")
    tabs.filter(has_text="Guides").click()
    expect(page.locator("h1")).to_contain_text("Getting started")
    links = page.locator("nav.md-nav--primary a.md-nav__link[href]").count()
    return [f"navigation: tabs {', '.join(titles)}; Guides opens Getting started ({links} links)"]


def _operations(page: Page, base: str) -> list[str]:
    ops = operations.operations(operations.load_spec())
    page.goto(f"{base}/{operations.FOLDER}/")
    hrefs = page.locator("article table a").evaluate_all(
        "links => links.map(a => a.getAttribute('href'))"
    )
    missing = {f"{o.tag}/#{o.id}" for o in ops} - set(hrefs)
    if missing:
        raise CheckFailed(f"the operation index does not link {sorted(missing)}")
    op = next(o for o in ops if o.id == "get_server")
    page.locator(f'a[href="{op.tag}/#{op.id}"]').first.click()
    section = page.locator(f"h2#{op.id}")
    expect(section).to_be_visible()
    expect(page.locator("article")).to_contain_text(f"{op.method} {op.path}")
    expect(page.locator("article table").first).to_contain_text("accountAlias")
    return [f"operation reference: all {len(ops)} operations linked; {op.id} renders {op.path}"]


def _command_line(page: Page, base: str) -> list[str]:
    page.goto(f"{base}/reference/cli/")
    expect(page.locator("h1")).to_contain_text("clc")
    commands = page.locator("article h3 code, article h4 code").count()
    page.locator('a[href="../api/servers/#get_server"]').first.click()
    expect(page.locator("h2#get_server")).to_be_visible()
    return [f"command-line reference: {commands} command headings; clc servers get-server links"]


def _search(page: Page, base: str, screenshot: Path) -> list[str]:
    page.goto(f"{base}/{operations.FOLDER}/servers/")
    page.locator("label.md-search__icon, .md-search__input").first.click()
    page.locator("input.md-search__input").press_sequentially(SEARCH_TERM, delay=20)
    results = page.locator(".md-search-result__item")
    expect(results.first).to_be_visible()
    found = results.count()
    page.screenshot(path=str(screenshot))
    results.first.locator("a").first.click()
    expect(page.locator("article")).to_contain_text(SEARCH_TERM)
    return [f"search: {found} results for {SEARCH_TERM!r}; the first opens {page.url[len(base) :]}"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m docsite.browser_check")
    default = Path(tempfile.gettempdir()) / "clc-docs-screenshot.png"
    parser.add_argument("--screenshot", type=Path, default=default, help="where to save it")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="clc-docs-site-") as folder:
        site = Path(folder)
        try:
            seconds = build(site)
            pages = len(list(site.rglob("index.html")))
            print(f"built {pages} pages in {seconds:.1f} s (strict)")
            with serve(site) as base:
                for line in check(base, args.screenshot):
                    print(line)
        except (CheckFailed, AssertionError, PlaywrightError) as failure:
            lines = str(failure).splitlines()  # playwright appends a whole page snapshot
            print("browser check failed: " + "\n".join(lines[:12]), file=sys.stderr)
            return 1
    print(f"screenshot: {args.screenshot}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
