"""Finding, loading and describing plugins: a typed facade over pluggy.

Loading is guarded in the manner of conda: an entry point that fails to import,
or a plugin whose ``register_*`` hook raises, is reported as *failed* and the
others load as usual. Nothing here depends on load order: extractors and kinds
are kept sorted by plugin name.
"""

from __future__ import annotations

import functools
import logging
import os
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import attrs
import pluggy

from . import hookspecs
from ._collector import collector_paused
from .entrypoints import EntryPoint, entry_points
from .kinds import Kind
from .model import Document, Fact, PluginError, Provenance

__all__ = ["ENTRY_POINT_GROUP", "Extractor", "PluginInfo", "PluginRegistry", "UnknownNameError", "check_names", "load_plugins"]

log = logging.getLogger("newsextract")

#: The entry-point group plugins register under.
ENTRY_POINT_GROUP = "newsextract"

ExtractFunction = Callable[[Document], Iterable[Fact]]


@attrs.frozen
class Extractor:
    """A registered extractor, with the plugin it belongs to."""

    plugin: str
    name: str
    kinds: frozenset[str]
    function: ExtractFunction = attrs.field(eq=False)
    provenance: Provenance


@attrs.frozen
class PluginInfo:
    """What ``newsextract plugins`` shows about one plugin."""

    name: str
    distribution: str | None
    version: str | None
    status: str  # "active", "disabled" or "failed"
    error: str | None = None
    extractors: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """JSON form."""
        return attrs.asdict(self)


@attrs.frozen
class PluginTiming:
    """What one plugin cost to set up, in seconds (``newsextract plugins --timings``).

    ``import_seconds`` is loading its entry point, which includes any module it is the
    first to import (the core's text machinery, for the first plugin loaded);
    ``register_seconds`` is calling its ``register_*`` hooks.
    """

    plugin: str
    import_seconds: float
    register_seconds: float


@attrs.frozen
class PluginRegistry:
    """Everything the installed plugins provide, in plugin-name order."""

    extractors: tuple[Extractor, ...]
    kinds: dict[str, Kind]
    kind_owner: dict[str, str]
    plugins: tuple[PluginInfo, ...]
    load_errors: tuple[PluginError, ...]
    #: Set-up cost per plugin, and of entry-point discovery (seconds; not part of any result).
    timings: tuple[PluginTiming, ...] = ()
    discovery_seconds: float = 0.0

    @property
    def rank(self) -> dict[str, int]:
        """Deterministic plugin order (by name), used to break ties in the merge."""
        return {info.name: i for i, info in enumerate(self.plugins)}


class UnknownNameError(ValueError):
    """A plugin or kind name that nothing installed provides; the message lists the valid ones."""


def check_names(what: str, names: Iterable[str], valid: Iterable[str]) -> None:
    """Raise :class:`UnknownNameError` when some of ``names`` are not among ``valid``."""
    known = sorted(set(valid))
    unknown = [name for name in dict.fromkeys(names) if name not in known]
    if unknown:
        listed = ", ".join(known) if known else "(none installed)"
        raise UnknownNameError(f"unknown {what} name{'s' if len(unknown) > 1 else ''} "
                               f"{', '.join(map(repr, unknown))}; valid {what} names: {listed}")


def env_list(name: str) -> list[str] | None:
    """A comma-separated environment variable as a list (None when unset)."""
    raw = os.environ.get(name)
    if raw is None:
        return None
    return [item.strip() for item in raw.split(",") if item.strip()]


def env_flag(name: str) -> bool:
    """A boolean environment switch: "1", "true", "yes" or "on" (any case) mean on."""
    return os.environ.get(name, "").strip().lower() in {"1", "true", "yes", "on"}


def _plugin_manager() -> pluggy.PluginManager:
    pm = pluggy.PluginManager(ENTRY_POINT_GROUP)
    pm.add_hookspecs(hookspecs)
    return pm


def _entry_points() -> list[EntryPoint]:
    return list(_discover(tuple(sys.path)))


@functools.lru_cache(maxsize=4)
def _discover(search_path: tuple[str, ...]) -> tuple[EntryPoint, ...]:
    # Scanning every installed distribution's metadata is the slow part of discovery;
    # do it once per process (per import path, so a changed sys.path still rescans).
    found = entry_points(ENTRY_POINT_GROUP, search_path)
    if found is None:  # a path this reader does not handle: importlib.metadata does (and costs more)
        import importlib.metadata

        found = tuple(
            EntryPoint(ep.name, ep.value, ep.group, ep.dist.name if ep.dist else None, ep.dist.version if ep.dist else None)
            for ep in importlib.metadata.entry_points(group=ENTRY_POINT_GROUP)
        )
    return tuple(sorted(found, key=lambda ep: ep.name))


def _error(plugin: str, stage: str, exc: BaseException, extractor: str | None = None) -> PluginError:
    return PluginError(plugin=plugin, stage=stage, error_type=type(exc).__name__, message=str(exc), extractor=extractor)


@attrs.define
class _Candidate:
    name: str
    obj: Any
    distribution: str | None
    version: str | None


def _registered_name(obj: Any, name: str | None) -> str:
    if name:
        return name
    explicit = getattr(obj, "__newsextract_name__", None) or getattr(obj, "__name__", None)
    return str(explicit or type(obj).__name__)


def load_plugins(
    plugins: Sequence[str] | None = None,
    exclude: Sequence[str] = (),
    register: Iterable[Any | tuple[str, Any]] = (),
    entry_points: bool = True,
) -> PluginRegistry:
    """Load plugins from entry points and in-process objects into a :class:`PluginRegistry`.

    ``plugins`` is an allowlist of plugin names (None: all, or the
    ``NEWSEXTRACT_PLUGINS`` environment variable when set); ``exclude`` and
    ``NEWSEXTRACT_EXCLUDE`` are blocklists. ``register`` adds in-process plugins:
    modules or objects with hookimpls, optionally as ``(name, obj)`` pairs.
    """
    with collector_paused():
        return _load_plugins(plugins, exclude, register, entry_points)


def _load_plugins(
    plugins: Sequence[str] | None,
    exclude: Sequence[str],
    register: Iterable[Any | tuple[str, Any]],
    entry_points: bool,
) -> PluginRegistry:
    allow = list(plugins) if plugins is not None else env_list("NEWSEXTRACT_PLUGINS")
    block = set(exclude) | set(env_list("NEWSEXTRACT_EXCLUDE") or ())

    infos: list[PluginInfo] = []
    errors: list[PluginError] = []
    candidates: list[_Candidate] = []
    import_seconds: dict[str, float] = {}
    discovery_seconds = 0.0

    if entry_points:
        started = time.perf_counter()
        found = _entry_points()
        discovery_seconds = time.perf_counter() - started
        for ep in found:
            dist, version = ep.distribution, ep.version
            if (allow is not None and ep.name not in allow) or ep.name in block:
                infos.append(PluginInfo(ep.name, dist, version, "disabled"))
                continue
            started = time.perf_counter()
            try:
                obj = ep.load()
            except Exception as exc:  # a plugin that cannot import must not stop the others
                log.warning("newsextract plugin %r failed to load: %s: %s", ep.name, type(exc).__name__, exc)
                errors.append(_error(ep.name, "load", exc))
                infos.append(PluginInfo(ep.name, dist, version, "failed", f"{type(exc).__name__}: {exc}"))
                continue
            finally:
                import_seconds[ep.name] = time.perf_counter() - started
            candidates.append(_Candidate(ep.name, obj, dist, version))

    for item in register:
        name, obj = item if isinstance(item, tuple) else (None, item)
        plugin_name = _registered_name(obj, name)
        if plugin_name in block:
            infos.append(PluginInfo(plugin_name, None, None, "disabled"))
            continue
        candidates.append(_Candidate(plugin_name, obj, None, None))

    extractors: list[Extractor] = []
    kinds: dict[str, Kind] = {}
    kind_owner: dict[str, str] = {}
    seen: set[str] = set()
    timings: list[PluginTiming] = []
    for cand in sorted(candidates, key=lambda c: c.name):
        if cand.name in seen:
            errors.append(PluginError(cand.name, "load", "ValueError", f"a plugin named {cand.name!r} is already loaded"))
            continue
        seen.add(cand.name)
        started = time.perf_counter()
        info, found_extractors, found_kinds, error = _collect(cand)
        timings.append(PluginTiming(cand.name, import_seconds.get(cand.name, 0.0), time.perf_counter() - started))
        infos.append(info)
        if error is not None:
            errors.append(error)
            continue
        for kind in found_kinds:
            if kind.name in kinds:
                owner = kind_owner[kind.name]
                message = f"kind {kind.name!r} is already owned by plugin {owner!r}"
                errors.append(PluginError(cand.name, "load", "ValueError", message))
                continue
            kinds[kind.name] = kind
            kind_owner[kind.name] = cand.name
        extractors.extend(found_extractors)

    infos.sort(key=lambda i: i.name)
    return PluginRegistry(
        extractors=tuple(sorted(extractors, key=lambda e: (e.plugin, e.name))),
        kinds=kinds,
        kind_owner=kind_owner,
        plugins=tuple(infos),
        load_errors=tuple(errors),
        timings=tuple(timings),
        discovery_seconds=discovery_seconds,
    )


def _collect(cand: _Candidate) -> tuple[PluginInfo, list[Extractor], list[Kind], PluginError | None]:
    """Call one plugin's ``register_*`` hooks, each inside its own error handler."""
    pm = _plugin_manager()
    extractors: list[Extractor] = []
    kinds: list[Kind] = []

    def register_extractor(
        function: ExtractFunction, name: str | None = None, kinds: Iterable[str] = ()
    ) -> None:
        if not callable(function):
            raise TypeError(f"extractor must be callable, got {type(function).__name__}")
        kind_set = frozenset([kinds] if isinstance(kinds, str) else kinds)
        if not kind_set:
            raise ValueError("an extractor must declare the kinds it emits")
        ext_name = str(name or getattr(function, "__name__", "extractor"))
        extractors.append(
            Extractor(
                plugin=cand.name,
                name=ext_name,
                kinds=kind_set,
                function=function,
                provenance=Provenance(cand.name, ext_name, cand.distribution, cand.version),
            )
        )

    def register_kind(kind: Kind) -> None:
        if not isinstance(kind, Kind):
            raise TypeError(f"register_kinds takes newsextract.Kind instances, got {type(kind).__name__}")
        kinds.append(kind)

    def failed(stage: str, exc: BaseException) -> tuple[PluginInfo, list[Extractor], list[Kind], PluginError]:
        log.warning("newsextract plugin %r failed at %s: %s: %s", cand.name, stage, type(exc).__name__, exc)
        info = PluginInfo(cand.name, cand.distribution, cand.version, "failed", f"{type(exc).__name__}: {exc}")
        return info, [], [], _error(cand.name, stage, exc)

    try:
        pm.register(cand.obj, name=cand.name)
    except Exception as exc:
        return failed("load", exc)
    for hook_name, registrar in (("register_kinds", register_kind), ("register_extractors", register_extractor)):
        for impl in getattr(pm.hook, hook_name).get_hookimpls():
            try:
                impl.function(register=registrar)
            except Exception as exc:
                return failed(hook_name, exc)
    info = PluginInfo(
        cand.name,
        cand.distribution,
        cand.version,
        "active",
        extractors=tuple(sorted(e.name for e in extractors)),
        kinds=tuple(sorted({k for e in extractors for k in e.kinds} | {k.name for k in kinds})),
    )
    return info, extractors, kinds, None
