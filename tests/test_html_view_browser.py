"""The HTML view in a real headless browser (Debian's chromium, driven over the DevTools pipe).

Loads the page of the seed article, checks that every fact is highlighted and visible,
that a click opens a fact's card, and that the page fetched nothing from the network;
keeps a screenshot in the test's temporary folder. ``NEWSEXTRACT_UPDATE_SCREENSHOT=1``
also copies it to docs/images/html-view.png (the README's picture).

Without a chromium on PATH the test is skipped, except under CI (``CI`` set), where
.ci/run installs one and a skip would hide a missing browser.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import select
import shutil
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest

from newsextract import Pipeline
from newsextract.htmlview import render_html

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "kyiv-overnight-attack.txt"
SCREENSHOT = ROOT / "docs" / "images" / "html-view.png"


def _browser() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("no chromium on PATH: .ci/run should have installed Debian's chromium")
        pytest.skip("no chromium on PATH (apt-get install chromium)")
    return found


class DevTools:
    """A minimal Chrome DevTools Protocol client over --remote-debugging-pipe (fd 3 in, fd 4 out)."""

    def __init__(self, binary: str, profile: Path) -> None:
        to_browser_r, self._to_browser = os.pipe()
        self._from_browser, from_browser_w = os.pipe()

        def wire_pipes() -> None:  # runs in the child, before exec
            os.dup2(to_browser_r, 3)
            os.dup2(from_browser_w, 4)

        self.process = subprocess.Popen(
            [binary, "--headless", "--remote-debugging-pipe", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--no-default-browser-check", "--disable-extensions", "--disable-background-networking",
             "--hide-scrollbars", f"--user-data-dir={profile}", "--window-size=1100,900", "about:blank"],
            pass_fds=(3, 4), preexec_fn=wire_pipes, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        os.close(to_browser_r)
        os.close(from_browser_w)
        self._buffer = b""
        self._next_id = 0
        self.events: list[dict[str, Any]] = []

    def _read_message(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not select.select([self._from_browser], [], [], remaining)[0]:
                raise TimeoutError("the browser did not answer")
            chunk = os.read(self._from_browser, 1 << 20)
            if not chunk:
                raise EOFError("the browser closed its pipe")
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        message: dict[str, Any] = json.loads(raw)
        return message

    def call(self, method: str, session: str | None = None, timeout: float = 60, **params: Any) -> dict[str, Any]:
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            reply = self._read_message(deadline)
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                result: dict[str, Any] = reply.get("result", {})
                return result
            self.events.append(reply)

    def wait_for(self, method: str, timeout: float = 60) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        for event in self.events:
            if event.get("method") == method:
                return event
        while True:
            event = self._read_message(deadline)
            self.events.append(event)
            if event.get("method") == method:
                return event

    def close(self) -> None:
        with contextlib.suppress(OSError, TimeoutError, EOFError, RuntimeError):
            self.call("Browser.close", timeout=10)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self._to_browser)
        os.close(self._from_browser)


FACTS_JS = """JSON.stringify([...document.querySelectorAll('.nx-fact')].map(function (e) {
  var r = e.getBoundingClientRect(); var bg = getComputedStyle(e).backgroundColor;
  return [e.dataset.kind, +e.dataset.start, +e.dataset.end, r.width > 0 && r.height > 0,
          bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent'];
}))"""

CLICK_JS = """(function () {
  var f = document.querySelector('.nx-fact'); var tip = f.querySelector(':scope > .nx-tip');
  var before = getComputedStyle(tip).display; f.click();
  return JSON.stringify([before, getComputedStyle(tip).display, tip.textContent]);
})()"""


def test_seed_article_page_in_a_headless_browser(tmp_path: Path) -> None:
    binary = _browser()
    pipeline = Pipeline(strict=False)
    result = pipeline.extract(SEED.read_text(encoding="utf-8"), id="kyiv-overnight-attack", published="2025-07-21",
                              title="Kyiv overnight attack (seed article)")
    assert len(result.facts) > 10, "the built-in plugins should be installed"
    page = tmp_path / "view.html"
    page.write_text(render_html([result], title="newsextract: seed article"), encoding="utf-8")

    browser = DevTools(binary, tmp_path / "profile")
    try:
        target = browser.call("Target.createTarget", url="about:blank")["targetId"]
        session = browser.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        browser.call("Network.enable", session)
        browser.call("Page.enable", session)
        browser.call("Page.navigate", session, url=page.as_uri())
        browser.wait_for("Page.loadEventFired")
        shown = json.loads(browser.call("Runtime.evaluate", session, expression=FACTS_JS, returnByValue=True)
                           ["result"]["value"])
        before, after, card = json.loads(browser.call("Runtime.evaluate", session, expression=CLICK_JS,
                                                      returnByValue=True)["result"]["value"])
        shot = browser.call("Page.captureScreenshot", session, format="png",
                            clip={"x": 0, "y": 0, "width": 1100, "height": 760, "scale": 1})
        requests = [e["params"]["request"]["url"] for e in browser.events if e.get("method") == "Network.requestWillBeSent"]
    finally:
        browser.close()

    # Every fact is highlighted: one mark per fact, at its offsets, laid out and coloured.
    assert sorted((k, s, e) for k, s, e, _, _ in shown) == sorted((f.kind, f.start, f.end) for f in result.facts)
    assert all(visible and coloured for _, _, _, visible, coloured in shown)
    # A click pins the fact's card open; it names the plugin.
    assert before == "none" and after == "block" and "plugin" in card
    # Nothing but the page itself was requested.
    assert requests and all(url.startswith(("file:", "data:", "about:")) for url in requests), requests

    image = base64.b64decode(shot["data"])
    assert image.startswith(b"\x89PNG\r\n\x1a\n")
    (tmp_path / "html-view.png").write_bytes(image)
    if os.environ.get("NEWSEXTRACT_UPDATE_SCREENSHOT"):
        SCREENSHOT.parent.mkdir(exist_ok=True)
        SCREENSHOT.write_bytes(image)


def test_readme_screenshot_is_checked_in() -> None:
    assert SCREENSHOT.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert f"]({SCREENSHOT.relative_to(ROOT).as_posix()})" in (ROOT / "README.md").read_text(encoding="utf-8")
