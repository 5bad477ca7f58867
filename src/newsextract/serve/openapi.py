"""The OpenAPI 3.1 document of ``newsextract serve`` (served at ``/openapi.json``).

Written by hand (Starlette generates none) around the output contract the CLI
already publishes: the result schema is ``newsextract schema`` itself.
"""

from __future__ import annotations

from typing import Any

__all__ = ["openapi_document"]


def _error(description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}


_PLUGINS_PARAM = {
    "name": "plugins",
    "in": "query",
    "required": False,
    "description": "Comma-separated plugin names: run only these of the server's active plugins (default: all).",
    "schema": {"type": "string"},
    "example": "weapons,casualties",
}

_ARTICLE = {
    "type": "object",
    "required": ["text"],
    "properties": {
        "text": {"type": "string", "description": "The article; every fact's offsets refer to it exactly."},
        "id": {"type": ["string", "integer", "null"]},
        "title": {"type": ["string", "null"]},
        "published": {"type": ["string", "null"], "description": "Publication date, e.g. 2025-07-21; resolves 'on Monday'."},
        "source": {"type": ["string", "null"]},
        "url": {"type": ["string", "null"]},
    },
    "additionalProperties": True,
}

_INPUT_ERROR = {
    "type": "object",
    "description": "Written in place of a result for a batch line that is not an article.",
    "required": ["id", "source", "line", "facts", "errors"],
    "properties": {
        "id": {"type": "null"},
        "source": {"type": "string"},
        "line": {"type": "integer"},
        "facts": {"type": "array", "maxItems": 0},
        "errors": {"type": "array"},
    },
}

_ERROR = {
    "type": "object",
    "required": ["error", "message"],
    "properties": {
        "error": {
            "type": "string",
            "enum": ["malformed_json", "invalid_article", "body_too_large", "unknown_plugin", "not_found",
                     "method_not_allowed", "internal_error", "http_error"],
        },
        "message": {"type": "string"},
    },
}

_PLUGIN_INFO = {
    "type": "object",
    "properties": {
        "name": {"type": "string"},
        "distribution": {"type": ["string", "null"]},
        "version": {"type": ["string", "null"]},
        "status": {"type": "string", "enum": ["active", "disabled", "failed"]},
        "error": {"type": ["string", "null"]},
        "extractors": {"type": "array", "items": {"type": "string"}},
        "kinds": {"type": "array", "items": {"type": "string"}},
    },
}


def _rewrite_refs(node: Any) -> Any:
    if isinstance(node, dict):
        return {
            key: (value.replace("#/$defs/", "#/components/schemas/") if key == "$ref" and isinstance(value, str)
                  else _rewrite_refs(value))
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [_rewrite_refs(value) for value in node]
    return node


def hoist_definitions(schema: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """``schema`` without its ``$defs``, and those definitions, every ``#/$defs/X`` made ``#/components/schemas/X``.

    Inside an OpenAPI document a ``$ref`` resolves against the document's root, where ``$defs``
    of an embedded schema cannot be found; components can.
    """
    definitions = _rewrite_refs(schema.get("$defs", {}))
    return _rewrite_refs({k: v for k, v in schema.items() if k != "$defs"}), definitions


def openapi_document(result_schema: dict[str, Any], version: str, max_body_bytes: int) -> dict[str, Any]:
    """The service's OpenAPI document, with ``result_schema`` (``newsextract schema``) as the Result."""
    result, definitions = hoist_definitions({k: v for k, v in result_schema.items() if k != "$schema"})
    too_large = _error(f"The body exceeds the server's limit ({max_body_bytes} bytes).")
    json_result = {"application/json": {"schema": {"$ref": "#/components/schemas/Result"}}}
    html = {"text/html": {"schema": {"type": "string"}}}
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "newsextract",
            "version": version,
            "description": "Structured, verifiable facts from English news articles. Results are the JSON of "
            "`newsextract extract --format json`; plugin failures are reported in a result's `errors`.",
        },
        "paths": {
            "/extract": {
                "post": {
                    "summary": "Extract facts from one article",
                    "operationId": "extract",
                    "parameters": [_PLUGINS_PARAM],
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Article"}}},
                    },
                    "responses": {
                        "200": {"description": "The result (plugin failures are in its `errors`).", "content": json_result},
                        "400": _error("The body is not UTF-8 JSON, or a requested plugin is not active here."),
                        "413": too_large,
                        "422": _error("The JSON is not an article: not an object, no string `text`, unreadable `published`."),
                    },
                }
            },
            "/extract/batch": {
                "post": {
                    "summary": "Extract facts from articles given as JSON Lines",
                    "description": "One output line per input line, in input order, streamed as each is done. "
                    "A line that is not an article becomes an input-error record in its place.",
                    "operationId": "extractBatch",
                    "parameters": [_PLUGINS_PARAM],
                    "requestBody": {
                        "required": True,
                        "content": {"application/x-ndjson": {"schema": {"type": "string"},
                                                             "example": '{"id": "a1", "text": "..."}\n'}},
                    },
                    "responses": {
                        "200": {
                            "description": "JSON Lines: each line a Result or an InputError.",
                            "content": {"application/x-ndjson": {"schema": {"type": "string"},
                                                                 "x-line-schema": {"oneOf": [
                                                                     {"$ref": "#/components/schemas/Result"},
                                                                     {"$ref": "#/components/schemas/InputError"}]}}},
                        },
                        "400": _error("A requested plugin is not active here."),
                        "413": too_large,
                    },
                }
            },
            "/plugins": {
                "get": {
                    "summary": "Plugins found by this server, with status (as `newsextract plugins --json`)",
                    "operationId": "plugins",
                    "responses": {"200": {"description": "Plugins", "content": {"application/json": {
                        "schema": {"type": "array", "items": {"$ref": "#/components/schemas/PluginInfo"}}}}}},
                }
            },
            "/schema": {
                "get": {
                    "summary": "JSON Schema of a result (as `newsextract schema`)",
                    "operationId": "schema",
                    "responses": {"200": {"description": "JSON Schema",
                                          "content": {"application/json": {"schema": {"type": "object"}}}}},
                }
            },
            "/healthz": {
                "get": {
                    "summary": "Liveness: the worker is up and its pipeline is loaded",
                    "operationId": "healthz",
                    "responses": {"200": {"description": "OK", "content": {"application/json": {"schema": {
                        "type": "object",
                        "properties": {"status": {"const": "ok"}, "version": {"type": "string"},
                                       "plugins": {"type": "array", "items": {"type": "string"}}},
                    }}}}},
                }
            },
            "/openapi.json": {
                "get": {
                    "summary": "This document",
                    "operationId": "openapi",
                    "responses": {"200": {"description": "OpenAPI 3.1",
                                          "content": {"application/json": {"schema": {"type": "object"}}}}},
                }
            },
            "/": {
                "get": {
                    "summary": "A page to paste an article and see its facts highlighted",
                    "operationId": "page",
                    "responses": {"200": {"description": "HTML page", "content": html}},
                },
                "post": {
                    "summary": "The page's form: the article's facts as HTML",
                    "operationId": "pageExtract",
                    "requestBody": {"content": {"application/x-www-form-urlencoded": {"schema": {
                        "type": "object", "required": ["text"],
                        "properties": {"text": {"type": "string"}, "published": {"type": "string"}}}}}},
                    "responses": {"200": {"description": "HTML page with the result", "content": html},
                                  "413": too_large,
                                  "422": {"description": "HTML page with the error", "content": html}},
                },
            },
        },
        "components": {
            "schemas": {
                **definitions,
                "Article": _ARTICLE,
                "Result": result,
                "InputError": _INPUT_ERROR,
                "Error": _ERROR,
                "PluginInfo": _PLUGIN_INFO,
            }
        },
    }
