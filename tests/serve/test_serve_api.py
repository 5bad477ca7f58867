"""``newsextract serve`` over real HTTP: every endpoint, every error status, batches, plugin failures, CORS.

Each server is the real command in a subprocess on a free 127.0.0.1 port, always stopped afterwards.
"""

from __future__ import annotations

import http.client
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsextract.serve.openapi import hoist_definitions
from newsextract.testing import plugin_dir

from . import serve_helpers as sh

if not sh.has_serve_extra():
    pytest.skip('needs the serve extra: pip install "newsextract[serve]"', allow_module_level=True)

SEED_ARTICLE = {"id": "seed", "text": sh.SEED_TEXT, "published": "2025-07-21"}
SHORT = {"id": "short", "text": "Russia launched 40 drones overnight, killing two people, officials said.", "title": "Attack"}
QUOTE = {"id": 3, "text": '"We will respond," President Volodymyr Zelenskyy said.', "published": None, "extra": [1, 2]}
BATCH_LINES = [
    json.dumps(SEED_ARTICLE),
    '{"id": "broken", "text": "unterminated',
    json.dumps({"id": "notext", "title": "no text here"}),
    json.dumps({"id": "inttext", "text": 42}),
    "[1, 2, 3]",
    "",
    json.dumps(SHORT),
    json.dumps({"id": "baddate", "text": "Two were killed.", "published": "not a date at all"}),
    json.dumps(QUOTE, ensure_ascii=False),
    json.dumps({"id": "kyiv-ü", "text": "Київ: 12 people were wounded and one was killed in Kyiv.\u2028Next line."}),
]
GOOD_AT = {1: "seed", 7: "short", 9: "3", 10: "kyiv-ü"}  # input line number -> id


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sh.Server]:
    with sh.running_server(tmp_path_factory.mktemp("serve")) as running:
        yield running


@pytest.fixture(scope="module")
def tight_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sh.Server]:
    """A small body limit, one allowed CORS origin, and a plugin that always raises."""
    root = tmp_path_factory.mktemp("tight")
    plugin = plugin_dir(root, "servefail", sh.FAILING_PLUGIN)
    with sh.running_server(root, "--max-body-bytes", "4096", "--cors-origin", "http://newsroom.test",
                           env=sh.clean_env(plugin)) as running:
        yield running


def cli(*args: str, stdin: str | None = None) -> str:
    """The ``newsextract`` command's stdout (same environment as the server)."""
    proc = subprocess.run([sys.executable, "-m", "newsextract.cli", *args], input=stdin, capture_output=True,
                          text=True, encoding="utf-8", env=sh.clean_env(), timeout=120)
    assert proc.returncode in (0, 1), proc.stderr
    return proc.stdout


def check_error(reply: sh.Reply, status: int, code: str) -> dict[str, Any]:
    assert reply.status == status, reply.body[:500]
    assert reply.headers["content-type"].startswith("application/json")
    data = reply.json()
    assert data["error"] == code
    assert isinstance(data["message"], str) and data["message"]
    assert b"Traceback" not in reply.body
    return data


# -- endpoints -------------------------------------------------------------------------------


def test_healthz_names_the_active_plugins(server: sh.Server) -> None:
    reply = server.request("GET", "/healthz")
    assert reply.status == 200
    data = reply.json()
    assert data["status"] == "ok"
    active = [p["name"] for p in server.request("GET", "/plugins").json() if p["status"] == "active"]
    assert data["plugins"] == active and active


def test_plugins_is_the_cli_listing(server: sh.Server) -> None:
    reply = server.request("GET", "/plugins")
    assert reply.status == 200
    assert reply.json() == json.loads(cli("plugins", "--json"))


def test_schema_is_the_cli_schema(server: sh.Server) -> None:
    reply = server.request("GET", "/schema")
    assert reply.status == 200
    assert reply.json() == json.loads(cli("schema"))


def test_extract_returns_the_cli_json(server: sh.Server, tmp_path: Path) -> None:
    reply = server.post_json("/extract", SEED_ARTICLE)
    assert reply.status == 200
    assert reply.headers["content-type"].startswith("application/json")
    source = tmp_path / "one.jsonl"
    source.write_text(json.dumps(SEED_ARTICLE) + "\n", encoding="utf-8")
    (expected,) = json.loads(cli("extract", str(source), "--format", "json", "--quiet"))
    assert reply.json() == expected
    assert len(expected["facts"]) >= 10 and expected["errors"] == []


def test_extract_keeps_unicode_and_lone_surrogates(server: sh.Server) -> None:
    body = '{"id": "київ-1", "text": "Київ \\ud800 said 40 drones were launched."}'
    reply = server.request("POST", "/extract", body, {"Content-Type": "application/json"})
    assert reply.status == 200
    data = reply.json()
    assert data["id"] == "київ-1"
    assert "київ-1".encode() in reply.body  # UTF-8, not \\u escapes, as the CLI writes
    assert any(f["text"] == "40 drones" for f in data["facts"])


def test_extract_with_a_plugin_subset(server: sh.Server) -> None:
    every = server.post_json("/extract", SEED_ARTICLE).json()
    only = server.post_json("/extract?plugins=weapons", SEED_ARTICLE)
    assert only.status == 200
    facts = only.json()["facts"]
    assert facts and {f["provenance"]["plugin"] for f in facts} == {"weapons"}
    assert len(facts) < len(every["facts"])
    again = server.post_json("/extract?plugins=weapons", SEED_ARTICLE)  # the cached subset answers the same
    assert again.json() == only.json()


def test_batch_one_line_out_per_line_in_in_order(server: sh.Server, tmp_path: Path) -> None:
    body = "\n".join(BATCH_LINES) + "\n"
    reply = server.request("POST", "/extract/batch", body, {"Content-Type": "application/x-ndjson"})
    assert reply.status == 200
    assert reply.headers["content-type"].startswith("application/x-ndjson")
    assert reply.headers.get("transfer-encoding") == "chunked"  # streamed, not buffered
    out = reply.lines()
    # One record per non-blank input line, in order (blank lines are skipped, as in the CLI).
    numbered = [number for number, line in enumerate(BATCH_LINES, 1) if line.strip()]
    assert len(out) == len(numbered) < len(BATCH_LINES)
    for number, record in zip(numbered, out, strict=True):
        if number in GOOD_AT:
            assert record["id"] == GOOD_AT[number] and record["errors"] == [], record
        else:
            assert record["line"] == number and record["source"] == "<request>"
            assert record["errors"][0]["stage"] == "input"
    # The very records `newsextract extract file.jsonl` writes (only the input's name differs).
    source = tmp_path / "batch.jsonl"
    source.write_text(body, encoding="utf-8")
    expected = [json.loads(line) for line in cli("extract", str(source), "--format", "jsonl", "--quiet").splitlines()]
    for record in expected:
        if record.get("source") == str(source):
            record["source"] = "<request>"
    assert out == expected


def test_batch_many_lines_keep_their_order(server: sh.Server) -> None:
    rows = [{"id": f"d{i}", "text": f"Story {i}: Russia launched {i + 1} drones overnight."} for i in range(120)]
    reply = server.request("POST", "/extract/batch", "".join(json.dumps(r) + "\n" for r in rows))
    out = reply.lines()
    assert [r["id"] for r in out] == [r["id"] for r in rows]
    counts = [next(f["value"]["count"] for f in r["facts"] if f["kind"] == "weapon_count") for r in out]
    assert counts == list(range(1, 121))


def test_batch_edge_bodies(server: sh.Server) -> None:
    assert server.request("POST", "/extract/batch", b"").lines() == []
    unterminated = server.request("POST", "/extract/batch", json.dumps(SHORT) + "\n" + json.dumps(QUOTE)).lines()
    assert [r["id"] for r in unterminated] == ["short", "3"]
    crlf = server.request("POST", "/extract/batch", json.dumps(SHORT).encode() + b"\r\n{}\r\n").lines()
    assert [r["id"] for r in crlf] == ["short", None]  # CRLF lines, as in a file


def test_batch_invalid_utf8_costs_one_line(server: sh.Server) -> None:
    body = json.dumps(SHORT).encode() + b"\n\xff\xfe{}\n" + json.dumps(QUOTE).encode() + b"\n"
    out = server.request("POST", "/extract/batch", body).lines()
    assert [r["id"] for r in out] == ["short", None, "3"]
    assert out[1]["errors"][0]["error_type"] == "UnicodeDecodeError"


def test_batch_with_a_plugin_subset(server: sh.Server) -> None:
    out = server.request("POST", "/extract/batch?plugins=casualties", json.dumps(SHORT) + "\n").lines()
    assert {f["provenance"]["plugin"] for f in out[0]["facts"]} == {"casualties"}


def test_page_is_self_contained(server: sh.Server) -> None:
    reply = server.request("GET", "/")
    assert reply.status == 200
    assert reply.headers["content-type"].startswith("text/html")
    page = reply.body.decode("utf-8")
    assert "<form" in page and "<textarea" in page
    assert "http://" not in page and "https://" not in page and "<script" not in page and "src=" not in page
    assert "default-src 'none'" in reply.headers["content-security-policy"]


def test_page_shows_the_facts_highlighted(server: sh.Server) -> None:
    import urllib.parse

    form = urllib.parse.urlencode({"text": "Russia launched 40 drones. <script>alert(1)</script>", "published": "2025-07-21"})
    reply = server.request("POST", "/", form, {"Content-Type": "application/x-www-form-urlencoded"})
    assert reply.status == 200
    page = reply.body.decode("utf-8")
    # The shared HTML view (as --format html), its script left out for this page's CSP.
    assert 'data-kind="weapon_count"' in page and '>40 drones<span class="nx-tip"' in page
    assert "<th>plugin</th><td>weapons</td>" in page
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_page_reports_a_bad_date(server: sh.Server) -> None:
    reply = server.request("POST", "/", "text=Two+were+killed.&published=not+a+date+at+all",
                           {"Content-Type": "application/x-www-form-urlencoded"})
    assert reply.status == 422
    assert "cannot read published date" in reply.body.decode("utf-8")


def test_openapi_document_covers_every_endpoint(server: sh.Server) -> None:
    reply = server.request("GET", "/openapi.json")
    assert reply.status == 200
    doc = reply.json()
    assert doc["openapi"].startswith("3.1")
    operations = {(path, method.upper()) for path, item in doc["paths"].items() for method in item}
    assert operations == {
        ("/", "GET"), ("/", "POST"), ("/extract", "POST"), ("/extract/batch", "POST"), ("/plugins", "GET"),
        ("/schema", "GET"), ("/healthz", "GET"), ("/openapi.json", "GET"),
    }
    for path, method in operations:  # every documented operation exists (no 404 / 405)
        assert server.request(method, path, b"{}" if method == "POST" else None).status not in (404, 405), (path, method)
    schema = server.request("GET", "/schema").json()
    schema.pop("$schema")
    result, definitions = hoist_definitions(schema)
    assert doc["components"]["schemas"]["Result"] == result
    assert all(doc["components"]["schemas"][name] == definition for name, definition in definitions.items())

    def refs(node: Any) -> Iterator[str]:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "$ref":
                    yield value
                else:
                    yield from refs(value)
        elif isinstance(node, list):
            for value in node:
                yield from refs(value)

    found = set(refs(doc))
    assert found and all(ref.removeprefix("#/components/schemas/") in doc["components"]["schemas"] for ref in found)
    documented = set(doc["paths"]["/extract"]["post"]["responses"])
    assert {"200", "400", "413", "422"} <= documented


# -- errors ------------------------------------------------------------------------------------


@pytest.mark.parametrize("body", [b"{bad", b'{"text": "a"', b"", b"\xff\xfe\x00{", b"[" * 100_000])
def test_malformed_json_is_400(server: sh.Server, body: bytes) -> None:
    check_error(server.request("POST", "/extract", body, {"Content-Type": "application/json"}), 400, "malformed_json")


@pytest.mark.parametrize(
    ("article", "message"),
    [
        ({"id": "x"}, 'missing string field "text"'),
        ({"text": 42}, 'missing string field "text"'),
        ({"text": None}, 'missing string field "text"'),
        ([1, 2], "expected a JSON object"),
        ("just text", "expected a JSON object"),
        ({"text": "Two were killed.", "published": "not a date at all"}, "cannot read published date"),
    ],
)
def test_not_an_article_is_422(server: sh.Server, article: Any, message: str) -> None:
    data = check_error(server.post_json("/extract", article), 422, "invalid_article")
    assert message in data["message"]


@pytest.mark.parametrize("path", ["/extract?plugins=nosuchplugin", "/extract?plugins=weapons,nosuchplugin",
                                  "/extract/batch?plugins=nosuchplugin", "/extract?plugins=,"])
def test_unknown_plugin_is_400(server: sh.Server, path: str) -> None:
    data = check_error(server.post_json(path, SHORT), 400, "unknown_plugin")
    assert "weapons" in data["available"]


def test_declared_body_over_the_default_limit_is_413_before_it_is_sent(server: sh.Server) -> None:
    conn = http.client.HTTPConnection(sh.HOST, server.port, timeout=60)
    try:  # headers only: the server must answer without waiting for 10 MB that never come
        conn.putrequest("POST", "/extract")
        conn.putheader("Content-Type", "application/json")
        conn.putheader("Content-Length", str(10 * 1024 * 1024 + 1))
        conn.endheaders()
        response = conn.getresponse()
        reply = sh.Reply(response.status, {k.lower(): v for k, v in response.getheaders()}, response.read())
    finally:
        conn.close()
    data = check_error(reply, 413, "body_too_large")
    assert data["limit"] == 10 * 1024 * 1024


def test_a_body_at_the_default_limit_is_read(server: sh.Server) -> None:
    # A 9 MB article of padding is accepted (not 413) and answered.
    text = "Russia launched 40 drones. " + " " * (9 * 1024 * 1024)
    reply = server.post_json("/extract", {"id": "big", "text": text})
    assert reply.status == 200
    assert reply.json()["id"] == "big"


def test_unknown_path_and_wrong_method(server: sh.Server) -> None:
    check_error(server.request("GET", "/nowhere"), 404, "not_found")
    reply = server.request("GET", "/extract")
    check_error(reply, 405, "method_not_allowed")
    assert "POST" in reply.headers["allow"]
    check_error(server.request("DELETE", "/healthz"), 405, "method_not_allowed")


def test_no_cors_unless_asked_for(server: sh.Server) -> None:
    reply = server.request("GET", "/healthz", headers={"Origin": "http://newsroom.test"})
    assert reply.status == 200
    assert "access-control-allow-origin" not in reply.headers
    preflight = server.request("OPTIONS", "/extract", headers={
        "Origin": "http://newsroom.test", "Access-Control-Request-Method": "POST"})
    assert "access-control-allow-origin" not in preflight.headers


# -- the tight server: body limit, CORS, a failing plugin ----------------------------------------


def test_a_failing_plugin_yields_errors_and_keeps_the_others(tight_server: sh.Server) -> None:
    reply = tight_server.post_json("/extract", {"id": "s", "text": SHORT["text"]})
    assert reply.status == 200
    data = reply.json()
    assert [(e["plugin"], e["stage"], e["error_type"], e["message"]) for e in data["errors"]] == [
        ("servefail", "extract", "RuntimeError", "serve boom")]
    assert {"weapon_count", "casualty"} <= {f["kind"] for f in data["facts"]}
    out = tight_server.request("POST", "/extract/batch", json.dumps(SHORT) + "\n" + json.dumps(QUOTE) + "\n").lines()
    assert [r["id"] for r in out] == ["short", "3"]
    assert all([e["plugin"] for e in r["errors"]] == ["servefail"] for r in out)
    listed = {p["name"]: p["status"] for p in tight_server.request("GET", "/plugins").json()}
    assert listed["servefail"] == "active"
    assert tight_server.request("GET", "/healthz").status == 200  # the process lives on


def test_excluding_the_failing_plugin_per_request(tight_server: sh.Server) -> None:
    reply = tight_server.post_json("/extract?plugins=weapons,casualties", SHORT)
    assert reply.status == 200 and reply.json()["errors"] == []


@pytest.mark.parametrize("path", ["/extract", "/extract/batch", "/"])
def test_sent_body_over_the_limit_is_413(tight_server: sh.Server, path: str) -> None:
    # Chunked: no Content-Length, so the limit is found while reading.
    chunks = iter([b'{"text": "', b"x" * 3000, b"y" * 3000, b'"}'])
    conn = http.client.HTTPConnection(sh.HOST, tight_server.port, timeout=60)
    try:
        conn.request("POST", path, body=chunks, encode_chunked=True, headers={"Content-Type": "application/json"})
        response = conn.getresponse()
        reply = sh.Reply(response.status, {k.lower(): v for k, v in response.getheaders()}, response.read())
    finally:
        conn.close()
    data = check_error(reply, 413, "body_too_large")
    assert data["limit"] == 4096


def test_limit_is_exact(tight_server: sh.Server) -> None:
    at_limit = json.dumps({"text": "Two were killed."}).encode()
    at_limit = at_limit[:-1] + b" " * (4096 - len(at_limit)) + b"}"
    assert len(at_limit) == 4096
    assert tight_server.request("POST", "/extract", at_limit).status == 200
    check_error(tight_server.request("POST", "/extract", at_limit + b" "), 413, "body_too_large")


def test_cors_only_for_the_allowed_origin(tight_server: sh.Server) -> None:
    allowed = tight_server.request("GET", "/healthz", headers={"Origin": "http://newsroom.test"})
    assert allowed.headers["access-control-allow-origin"] == "http://newsroom.test"
    preflight = tight_server.request("OPTIONS", "/extract", headers={
        "Origin": "http://newsroom.test", "Access-Control-Request-Method": "POST"})
    assert preflight.status == 200
    assert preflight.headers["access-control-allow-origin"] == "http://newsroom.test"
    other = tight_server.request("GET", "/healthz", headers={"Origin": "http://elsewhere.test"})
    assert "access-control-allow-origin" not in other.headers
