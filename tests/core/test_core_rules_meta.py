"""Meta-tests in datasette's manner for the rule layer and the plugins.

* every rule of every installed plugin written on :mod:`newsextract.rules` has at
  least one example, and its examples pass;
* rule names are unique (in a rule set, and plugin/rule across plugins);
* plugins import only the core's public API (the modules with a docs/api page), and take
  text helpers from newsextract.text rather than the scorer (newsextract.evaluation);
* every registered kind has a docs page under docs/kinds/.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
from importlib.metadata import entry_points
from pathlib import Path
from types import ModuleType

import pytest

import newsextract
from newsextract.rules import Rule, RuleSet

ROOT = Path(__file__).resolve().parents[2]
PLUGIN_SOURCES = sorted(ROOT.glob("plugins/*/src")) + sorted(ROOT.glob("docs/examples/*/src"))


def _modules(package: ModuleType) -> list[ModuleType]:
    found = [package]
    for info in pkgutil.walk_packages(getattr(package, "__path__", []), package.__name__ + "."):
        found.append(importlib.import_module(info.name))
    return found


def _rule_sets() -> list[tuple[str, RuleSet]]:
    """(plugin name, rule set) for every RuleSet defined in an installed plugin's package."""
    out: list[tuple[str, RuleSet]] = []
    seen: set[int] = set()
    for ep in entry_points(group="newsextract"):
        module = importlib.import_module(ep.value.split(":")[0])
        for sub in _modules(module):
            for value in vars(sub).values():
                if isinstance(value, RuleSet) and id(value) not in seen:
                    seen.add(id(value))
                    out.append((ep.name, value))
    return out


RULE_SETS = _rule_sets()
RULES = [(plugin, rules.name, rule) for plugin, rules in RULE_SETS for rule in rules]


def test_at_least_one_installed_plugin_uses_the_rule_layer() -> None:
    assert any(plugin == "displacement" for plugin, _, _ in RULES)


@pytest.mark.parametrize(("plugin", "rule_set", "rule"), RULES, ids=[f"{p}/{r.name}" for p, _, r in RULES])
def test_every_rule_has_examples_and_they_pass(plugin: str, rule_set: str, rule: Rule) -> None:
    assert rule.examples, f"{plugin}: rule {rule.name!r} has no examples"
    assert any(example.expect is not None for example in rule.examples), f"{plugin}: rule {rule.name!r} has only counter-examples"
    assert rule.check_examples() == []


def test_rule_names_are_unique() -> None:
    qualified = [f"{plugin}/{rule_set}/{rule.name}" for plugin, rule_set, rule in RULES]
    assert len(qualified) == len(set(qualified))
    names = [rules.name for _, rules in RULE_SETS]
    assert len(names) == len(set(names)), "two rule sets share a name"


def _public_modules() -> set[str]:
    """The modules with an API page (docs/api/*.md: '::: module')."""
    found = set()
    for page in (ROOT / "docs" / "api").glob("*.md"):
        found.update(re.findall(r"^::: ([\w.]+)", page.read_text(encoding="utf-8"), flags=re.M))
    return found


def test_the_rule_layer_has_an_api_page() -> None:
    assert {"newsextract", "newsextract.rules", "newsextract.text"} <= _public_modules()


@pytest.mark.parametrize("source", PLUGIN_SOURCES, ids=[p.parent.name for p in PLUGIN_SOURCES])
def test_plugins_import_only_the_public_api(source: Path) -> None:
    public = _public_modules()
    bad = []
    for path in source.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            for name in names:
                if name.split(".")[0] == "newsextract" and name not in public:
                    bad.append(f"{path.relative_to(ROOT)}:{node.lineno} imports {name}")
                if name == "newsextract.evaluation":  # scoring; the text helpers live in newsextract.text
                    bad.append(f"{path.relative_to(ROOT)}:{node.lineno} imports the scorer, not newsextract.text")
                if name.startswith("newsextract_") and not name.startswith(source.parent.name.replace("-", "_")):
                    bad.append(f"{path.relative_to(ROOT)}:{node.lineno} imports another plugin: {name}")
    assert bad == []


def test_every_registered_kind_has_a_docs_page() -> None:
    pipeline = newsextract.Pipeline()
    missing = [kind for kind in pipeline.kinds if not (ROOT / "docs" / "kinds" / f"{kind}.md").is_file()]
    assert pipeline.kinds and missing == []
