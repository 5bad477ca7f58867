"""The ASGI application behind ``newsextract serve`` (Starlette; needs the ``serve`` extra).

Each worker process builds one :class:`~newsextract.Pipeline` when the app is
created and reuses it for every request. Records are the library's own: a
result is ``Result.to_dict()`` (the JSON of ``newsextract extract --format
json``) and a batch is read and answered by the same functions as
``newsextract extract`` on a .jsonl file, so one line out per line in, in order,
with a malformed line becoming an error record in its place.

Extraction runs on the event loop's (main) thread on purpose: there the
pipeline's per-extractor time budget interrupts a hung plugin (SIGALRM only
reaches the main thread). Parallelism comes from ``--workers`` processes; a
thread pool would add none for this CPU-bound work under the GIL.
"""

from __future__ import annotations

import asyncio
import io
import json
import logging
import os
import time
import urllib.parse
from collections import OrderedDict
from collections.abc import AsyncIterator, Sequence
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response, StreamingResponse
from starlette.routing import Route

from .. import __version__
from ..cli import _results
from ..inputs import document_from_row, json_lines
from ..model import Document
from ..pipeline import Pipeline
from ..schema import result_schema
from . import OPTIONS_ENV, ServeOptions
from .openapi import openapi_document
from .page import page_html

__all__ = ["ApiError", "PipelineSet", "app_from_environment", "create_app"]

# uvicorn configures this logger; start-up lines show next to its own.
log = logging.getLogger("uvicorn.error")

#: Source name of batch lines in input-error records (a file name in the CLI).
BATCH_SOURCE = "<request>"
#: Seconds of batch work after which the batch pauses (1 ms) for other requests on this worker.
BATCH_PAUSE_EVERY = 0.05
JSON = "application/json"
JSON_LINES = "application/x-ndjson"
# Pages are self-contained: nothing may load from anywhere, not even this server.
PAGE_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
    "base-uri 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
}


class ApiError(Exception):
    """A request the service refuses: becomes ``{"error": code, "message": ...}`` with ``status``."""

    def __init__(self, status: int, code: str, message: str, **extra: Any) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.extra = extra

    def to_dict(self) -> dict[str, Any]:
        """The JSON body of the error response."""
        return {"error": self.code, "message": self.message, **self.extra}


def json_bytes(data: Any) -> bytes:
    """UTF-8 JSON exactly as the CLI writes it (lone surrogates from JSON input are backslash-escaped)."""
    return json.dumps(data, ensure_ascii=False).encode("utf-8", "backslashreplace")


def json_response(data: Any, status: int = 200) -> Response:
    """A JSON response (Starlette's JSONResponse would fail on lone surrogates)."""
    return Response(json_bytes(data), status_code=status, media_type=JSON)


class PipelineSet:
    """The worker's pipeline, plus pipelines for the plugin subsets requests ask for (built once each).

    A request may narrow the server's plugins with ``?plugins=a,b``; a name that
    is not an active plugin of this server is an :class:`ApiError` (400).
    """

    MAX_SUBSETS = 16  # subsets kept; plugins are loaded once per subset, not per request

    def __init__(self, options: ServeOptions) -> None:
        self.options = options
        self.default = Pipeline(options.plugins, options.exclude, strict=False)
        self.active = tuple(p.name for p in self.default.plugins if p.status == "active")
        self._subsets: OrderedDict[tuple[str, ...], Pipeline] = OrderedDict()

    def select(self, names: Sequence[str] | None) -> Pipeline:
        """The pipeline running exactly ``names`` (None: all of this server's plugins)."""
        if names is None:
            return self.default
        unknown = sorted(set(names) - set(self.active))
        if unknown or not names:
            raise ApiError(400, "unknown_plugin", f"not an active plugin of this server: {', '.join(unknown) or '(none)'}",
                           available=list(self.active))
        key = tuple(sorted(set(names)))
        if key == self.active:
            return self.default
        pipeline = self._subsets.pop(key, None) or Pipeline(key, self.options.exclude, strict=False)
        self._subsets[key] = pipeline
        while len(self._subsets) > self.MAX_SUBSETS:
            self._subsets.popitem(last=False)
        return pipeline


def _plugins_param(request: Request) -> list[str] | None:
    raw = request.query_params.get("plugins")
    if raw is None:
        return None
    return [name.strip() for name in raw.split(",") if name.strip()]


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, or 413 as soon as it is known to exceed ``limit`` bytes (declared or sent)."""
    too_big = ApiError(413, "body_too_large", f"request body exceeds the limit of {limit} bytes", limit=limit)
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise too_big
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise too_big
        chunks.append(chunk)
    return b"".join(chunks)


def parse_json_body(body: bytes) -> Any:
    """The body as JSON; 400 when it is not UTF-8 JSON."""
    try:
        return json.loads(body.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ApiError(400, "malformed_json", f"body is not valid UTF-8: {exc}") from None
    except (ValueError, RecursionError) as exc:
        raise ApiError(400, "malformed_json", f"body is not valid JSON: {exc}") from None


def document_from_json(row: Any) -> Document:
    """One article from a parsed JSON body, exactly as a .jsonl line is read; 422 when it is not one."""
    try:
        return document_from_row(row, None)
    except (ValueError, TypeError) as exc:
        raise ApiError(422, "invalid_article", str(exc)) from None


def create_app(options: ServeOptions | None = None) -> Starlette:
    """The application: builds this worker's pipeline now, once."""
    options = options or ServeOptions()
    pipelines = PipelineSet(options)
    limit = options.max_body_bytes
    schema = result_schema(pipelines.default.kinds)
    openapi = openapi_document(schema, __version__, limit)

    async def extract(request: Request) -> Response:
        pipeline = pipelines.select(_plugins_param(request))
        document = document_from_json(parse_json_body(await read_body(request, limit)))
        return json_response(pipeline.extract(document).to_dict())

    async def extract_batch(request: Request) -> Response:
        pipeline = pipelines.select(_plugins_param(request))
        body = await read_body(request, limit)
        # The same reader and order-keeping loop as `newsextract extract file.jsonl`.
        items = _results(pipeline, json_lines(BATCH_SOURCE, io.BytesIO(body), None), 1)

        async def lines() -> AsyncIterator[bytes]:
            last_pause = time.monotonic()
            for item in items:  # each result is computed as the previous line goes out
                yield json_bytes(item.to_dict()) + b"\n"
                # Extraction holds the event loop, so pause between articles. A zero sleep gives
                # the loop one pass only (too few to accept and answer a new connection); a short
                # timed sleep every BATCH_PAUSE_EVERY seconds of work lets other requests through
                # during a long batch, at a cost of 1/50 of its time at most.
                if time.monotonic() - last_pause >= BATCH_PAUSE_EVERY:
                    await asyncio.sleep(0.001)
                    last_pause = time.monotonic()
                else:
                    await asyncio.sleep(0)

        return StreamingResponse(lines(), media_type=JSON_LINES)

    async def plugins(request: Request) -> Response:
        return json_response([info.to_dict() for info in pipelines.default.plugins])

    async def schema_endpoint(request: Request) -> Response:
        return json_response(schema)

    async def healthz(request: Request) -> Response:
        return json_response({"status": "ok", "version": __version__, "plugins": list(pipelines.active)})

    async def openapi_endpoint(request: Request) -> Response:
        return json_response(openapi)

    async def page(request: Request) -> Response:
        if request.method == "GET":
            return HTMLResponse(page_html(), headers=PAGE_HEADERS)
        form = urllib.parse.parse_qs((await read_body(request, limit)).decode("utf-8", "replace"), keep_blank_values=True)
        fields = {name: values[0] for name, values in form.items() if values}
        text = fields.get("text", "")
        row = {"text": text, "published": fields.get("published") or None, "id": fields.get("id") or None}
        try:
            document = document_from_json(row)
        except ApiError as exc:
            return HTMLResponse(page_html(fields, error=exc.message), status_code=exc.status, headers=PAGE_HEADERS)
        return HTMLResponse(page_html(fields, pipelines.default.extract(document)), headers=PAGE_HEADERS)

    async def api_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, ApiError)
        return json_response(exc.to_dict(), exc.status)

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        response = json_response({"error": code, "message": exc.detail}, exc.status_code)
        response.headers.update(exc.headers or {})  # e.g. Allow on 405
        return response

    async def internal_error(request: Request, exc: Exception) -> Response:
        # The traceback goes to the server's log (uvicorn logs it), never to the client.
        return json_response({"error": "internal_error", "message": f"{type(exc).__name__} while serving the request"}, 500)

    routes = [
        Route("/", page, methods=["GET", "POST"]),
        Route("/extract", extract, methods=["POST"]),
        Route("/extract/batch", extract_batch, methods=["POST"]),
        Route("/plugins", plugins, methods=["GET"]),
        Route("/schema", schema_endpoint, methods=["GET"]),
        Route("/healthz", healthz, methods=["GET"]),
        Route("/openapi.json", openapi_endpoint, methods=["GET"]),
    ]
    middleware = []
    if options.cors_origins:
        middleware.append(Middleware(CORSMiddleware, allow_origins=list(options.cors_origins),
                                     allow_methods=["GET", "POST"], allow_headers=["Content-Type"]))
    log.info("newsextract serve: worker %d ready with plugins: %s", os.getpid(), ", ".join(pipelines.active) or "(none)")
    return Starlette(
        routes=routes,
        middleware=middleware,
        exception_handlers={ApiError: api_error, HTTPException: http_error, Exception: internal_error},
    )


def app_from_environment() -> Starlette:
    """The app for the options ``newsextract serve`` put in the environment (uvicorn's factory)."""
    raw = os.environ.get(OPTIONS_ENV)
    return create_app(ServeOptions.from_json(raw) if raw else ServeOptions())
