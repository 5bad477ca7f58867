"""The collector is held off while newsextract loads, and left as the caller had it."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from newsextract import Pipeline
from newsextract._collector import collector_paused


@pytest.fixture
def collector_enabled() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_paused_inside_and_enabled_after(collector_enabled: None) -> None:
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_enabled_again_when_the_block_raises(collector_enabled: None) -> None:
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError("boom")
    assert gc.isenabled()


def test_a_caller_who_disabled_it_finds_it_disabled(collector_enabled: None) -> None:
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()


def test_loading_plugins_leaves_the_collector_on(collector_enabled: None) -> None:
    Pipeline()
    assert gc.isenabled()
