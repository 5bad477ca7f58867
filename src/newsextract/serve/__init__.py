"""``newsextract serve``: the pipeline as an HTTP service, for pipelines that are not Python.

This module holds only the command (arguments, options, starting uvicorn) and
imports nothing beyond the standard library, so ``newsextract --help`` works
without the ``serve`` extra. The application itself is :mod:`newsextract.serve.app`.
"""

from __future__ import annotations

import argparse
import ipaddress
import json
import os
import sys
from collections.abc import Iterable
from typing import Any

import attrs

__all__ = ["DEFAULT_MAX_BODY_BYTES", "ServeOptions", "add_parser", "cmd_serve"]

#: Largest request body accepted (bytes) unless ``--max-body-bytes`` says otherwise.
DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024

# How the command hands its options to every worker process: uvicorn starts
# workers as fresh interpreters that build the app from an import string, so the
# options travel in the environment, which each worker inherits.
OPTIONS_ENV = "NEWSEXTRACT_SERVE_OPTIONS"

EXIT_USAGE = 2


def _names(value: Iterable[str] | None) -> tuple[str, ...] | None:
    return tuple(value) if value is not None else None


def _strings(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


@attrs.frozen
class ServeOptions:
    """What one worker needs to build the application (JSON-serialisable)."""

    plugins: tuple[str, ...] | None = attrs.field(default=None, converter=_names)
    exclude: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    cors_origins: tuple[str, ...] = attrs.field(default=(), converter=_strings)

    def to_json(self) -> str:
        """The options as JSON text (for :data:`OPTIONS_ENV`)."""
        return json.dumps(attrs.asdict(self))

    @classmethod
    def from_json(cls, text: str) -> ServeOptions:
        """Options read back from :meth:`to_json` output."""
        data: dict[str, Any] = json.loads(text)
        return cls(**data)


def _split(value: str | None) -> list[str] | None:
    return [name.strip() for name in value.split(",") if name.strip()] if value else None


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def add_parser(subparsers: Any) -> None:
    """Register the ``serve`` subcommand on the CLI's subparsers."""
    p = subparsers.add_parser("serve", help="run an HTTP service (needs the serve extra)")
    p.add_argument("--host", default="127.0.0.1", help="interface to listen on (default 127.0.0.1, loopback only)")
    p.add_argument("--port", type=int, default=8000, help="TCP port (default 8000)")
    p.add_argument("--workers", type=int, default=1, help="worker processes, each loading the pipeline once (default 1)")
    p.add_argument("--plugins", help="comma-separated plugin names to load (default: all)")
    p.add_argument("--exclude", help="comma-separated plugin names not to load")
    p.add_argument("--max-body-bytes", type=int, default=DEFAULT_MAX_BODY_BYTES,
                   help=f"largest request body accepted; larger ones get 413 (default {DEFAULT_MAX_BODY_BYTES})")
    p.add_argument("--cors-origin", action="append", default=[], metavar="ORIGIN",
                   help="allow cross-origin browser requests from ORIGIN (repeatable; default: no CORS)")
    p.add_argument("--shutdown-timeout", type=float, default=30.0,
                   help="seconds to let in-flight requests finish after SIGTERM (default 30)")
    p.add_argument("--access-log", action="store_true", help="log every request to stderr")
    p.set_defaults(func=cmd_serve)


def cmd_serve(args: argparse.Namespace) -> int:
    """``newsextract serve``: run uvicorn with one pipeline per worker until SIGTERM or Ctrl-C."""
    try:
        import uvicorn
    except ImportError:
        print('newsextract: serve needs the serve extra: pip install "newsextract[serve]"', file=sys.stderr)
        return EXIT_USAGE
    if args.workers < 1 or args.max_body_bytes < 1 or not 0 <= args.port <= 65535:
        print("newsextract: --workers and --max-body-bytes must be >= 1 and --port in 0-65535", file=sys.stderr)
        return EXIT_USAGE
    if not _is_loopback(args.host):
        print(f"newsextract: warning: listening on {args.host}: anyone who can reach it can use this service "
              "(there is no authentication)", file=sys.stderr)
    options = ServeOptions(_split(args.plugins), _split(args.exclude) or [], args.max_body_bytes, args.cors_origin)
    os.environ[OPTIONS_ENV] = options.to_json()
    uvicorn.run(
        "newsextract.serve.app:app_from_environment",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        access_log=args.access_log,
        timeout_graceful_shutdown=args.shutdown_timeout,
        log_level="info",
        # The service speaks JSON over plain HTTP/1.1; no proxy headers are trusted.
        proxy_headers=False,
        server_header=False,
    )
    return 0
