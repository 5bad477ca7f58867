"""What ``import newsextract`` leaves for later: modules a text's extraction never needs."""

from __future__ import annotations

import subprocess
import sys

import pytest

import newsextract
from newsextract import tables


def test_table_helpers_are_the_tables_modules_functions() -> None:
    assert newsextract.to_pandas is tables.to_pandas
    assert newsextract.to_arrow is tables.to_arrow
    assert newsextract.to_records is tables.to_records


def test_star_import_still_gives_every_public_name() -> None:
    scope: dict[str, object] = {}
    exec("from newsextract import *", scope)
    assert set(newsextract.__all__) <= set(scope)


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no_such_name"):
        newsextract.no_such_name  # noqa: B018


def test_importing_and_extracting_loads_no_input_readers_or_pickling() -> None:
    code = (
        "import sys, newsextract; newsextract.extract('Russia launched 40 drones overnight.'); "
        "print(sorted(m for m in ('newsextract.tables', 'newsextract.inputs', 'pickle', 'uuid', 'html') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
