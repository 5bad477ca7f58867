"""Test-wide settings: plugin errors raise in the project's own tests (strict mode)."""

import os

os.environ.setdefault("NEWSEXTRACT_STRICT", "1")
