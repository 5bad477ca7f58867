"""Per-article totals: how many people were killed, how many drones were launched.

A kind says how its facts add up by registering a :class:`TotalRule` on its
:class:`~newsextract.Kind` (``Kind(..., totals=TotalRule(...))``). The core knows no
kind: it reads the fields the rule names from each fact's value (as
:func:`~newsextract.value_to_dict` writes it) and folds the facts of one group
(e.g. one status, or one weapon class and status) into a best figure without counting
anything twice:

1. facts marked superseded (a toll the text later revises) are left out;
2. facts that are a part of another fact of the group (``subset_of`` points at it:
   "including nine children") are left out, their whole already counts them;
3. vague figures ("hundreds of drones", count null) count only when the group has no
   precise one, and then as their largest lower bound;
4. breakdowns and restatements fold into the figure stated first: a later fact, in a later
   sentence, whose count still fits inside an earlier figure together with what that
   figure has already absorbed ("more than two dozen missiles ... five Kinzhal missiles
   and 19 cruise missiles"; a lead and a body sentence giving the same toll) is read as a
   part of it, unless its own words say it is one more (the rule's ``additional``:
   "two *other* policemen were killed": then neither this rule nor the next folds it);
5. recaps fold the figures before them: a later fact, in a later sentence, at least as
   large as the sum of every earlier figure it could hold ("A man was killed in X. In Y a
   child was killed. Two people died in all.") replaces them;
6. what is left is summed.

Two facts take part in rules 4 and 5 only when the rule's ``compatible`` (if any) says
they could be about the same things; facts in one sentence never fold into each other
("killing three in X and two in Y"), except that a bracketed aside folds like a later
sentence ("11 prisoners were also killed (12 in all)").

Only ``event`` facts (scope null or "event") are summed. ``period`` and ``cumulative``
figures ("this week", "since the start of the war") are reported beside the event total
as the largest such figure, never added to it. ``background`` facts (a death the reported
event is about: "residents protested over the killing of a driver", see
:data:`newsextract.text.BACKGROUND`) are in no figure; a group whose only facts are
background gets an event total of 0 (the text names such casualties, none of them the
event's), with those facts as its ``folded`` spans.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import attrs

from .model import Fact, Span, value_to_dict
from .text.scope import BACKGROUND
from .text.sentences import sentence_bounds

__all__ = ["Figure", "Total", "TotalRule", "compute_totals", "totals_lines", "totals_to_dict"]

#: ``compatible(earlier_value, later_value)``: whether two facts of one group could be
#: about the same things (so the later may restate or break down the earlier).
Compatible = Callable[[Mapping[str, Any], Mapping[str, Any]], bool]

_SUMMED_SCOPES = frozenset({None, "event"})
_BESIDE_SCOPES = ("period", "cumulative")


@attrs.frozen
class TotalRule:
    """How facts of one kind add up into per-article totals (given at registration).

    Field names are those of the value's JSON form (``class``, not ``class_``).

    - ``count``: the integer field holding the number (null for vague amounts);
    - ``group_by``: fields whose values split the totals (``("status",)``,
      ``("class", "status")``); the JSON output nests totals in this order;
    - ``lower_bound``: the field with a vague amount's smallest honest reading;
    - ``qualifier``: the field with exact / at_least / more_than / about ...;
    - ``subset_of``: the field holding the span (``[start, end]``) of the fact this one
      is a part of;
    - ``superseded``: a boolean field marking an earlier figure the text revises;
    - ``scope``: the field holding event / period / cumulative (null reads as event);
    - ``fold_breakdowns``: fold later figures that fit inside an earlier one (rule 4);
    - ``compatible``: optional ``(earlier, later) -> bool`` over value dicts; False keeps
      the later figure apart even when it fits (soldiers are not a part of civilians);
    - ``additional``: optional ``(fact_text) -> bool``: whether a fact's own words say it
      adds to what came before ("two *other* policemen were killed", "three were *also*
      hurt"); such a fact is never read as a part, restatement or recap of earlier
      figures (rules 4 and 5), though a later recap may still fold it.
    """

    count: str = "count"
    group_by: tuple[str, ...] = ()
    lower_bound: str | None = "lower_bound"
    qualifier: str | None = "qualifier"
    subset_of: str | None = None
    superseded: str | None = None
    scope: str | None = "scope"
    fold_breakdowns: bool = True
    compatible: Compatible | None = None
    additional: Callable[[str], bool] | None = None


@attrs.frozen
class Figure:
    """One figure of a total: the number, how sure, and the facts it comes from.

    ``count`` is null when only vague amounts were stated (then ``lower_bound`` holds
    their smallest honest reading); ``spans`` are the facts summed, ``folded`` the facts
    read as parts or restatements of those (left out so nothing counts twice).
    """

    count: int | None
    qualifier: str
    lower_bound: int | None
    spans: tuple[Span, ...]
    folded: tuple[Span, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """JSON form: count, qualifier, lower_bound, spans and folded as ``[start, end]`` lists."""
        return {
            "count": self.count,
            "qualifier": self.qualifier,
            "lower_bound": self.lower_bound,
            "spans": [s.to_list() for s in self.spans],
            "folded": [s.to_list() for s in self.folded],
        }


@attrs.frozen
class Total:
    """The article's total for one kind and group (e.g. casualty, status=killed).

    ``event`` is the sum of the event-scope facts (None when there are none);
    ``period`` and ``cumulative`` the largest figure of each such scope, kept apart.
    """

    kind: str
    group: tuple[tuple[str, Any], ...]
    event: Figure | None
    period: Figure | None = None
    cumulative: Figure | None = None

    @property
    def count(self) -> int | None:
        """The event total's count (None when the text gives no event figure)."""
        return self.event.count if self.event is not None else None

    def to_dict(self) -> dict[str, Any]:
        """JSON form: the event figure's fields, plus ``period`` and ``cumulative`` (or null)."""
        event = (
            self.event.to_dict()
            if self.event is not None
            else {"count": None, "qualifier": None, "lower_bound": None, "spans": [], "folded": []}
        )
        return {
            **event,
            "period": self.period.to_dict() if self.period is not None else None,
            "cumulative": self.cumulative.to_dict() if self.cumulative is not None else None,
        }


@attrs.frozen
class _Item:
    fact: Fact
    value: Mapping[str, Any]
    count: int | None
    lower_bound: int | None
    qualifier: str
    sentence: int


def _int_or_none(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _span_of(value: Any) -> tuple[int, int] | None:
    if isinstance(value, (list, tuple)) and len(value) == 2:
        return (int(value[0]), int(value[1]))
    if isinstance(value, Mapping) and "start" in value and "end" in value:
        return (int(value["start"]), int(value["end"]))
    return None


def _combined_qualifier(items: Sequence[_Item]) -> str:
    qualifiers = {item.qualifier for item in items}
    if len(qualifiers) == 1:
        return qualifiers.pop()
    if qualifiers <= {"exact", "at_least", "more_than"}:
        return "at_least"
    if qualifiers <= {"exact", "at_most", "less_than"}:
        return "at_most"
    return "about"


def _says_additional(fact: Fact, rule: TotalRule) -> bool:
    """Whether the fact's own words mark it as one more figure (the rule's ``additional``)."""
    return rule.additional is not None and rule.additional(fact.text)


def _fold_event(items: list[_Item], rule: TotalRule) -> Figure | None:
    if not items:
        return None
    folded: list[Span] = []
    kept: list[_Item] = []
    spans_in_group = {m for item in items for m in (item.fact.span, *item.fact.mentions)}
    for item in items:
        if rule.superseded and item.value.get(rule.superseded):
            folded.append(item.fact.span)
            continue
        parent = _span_of(item.value.get(rule.subset_of)) if rule.subset_of else None
        if parent is not None and Span(*parent) in spans_in_group and Span(*parent) != item.fact.span:
            folded.append(item.fact.span)
            continue
        kept.append(item)
    if not kept:
        return None
    precise = [item for item in kept if item.count is not None]
    if not precise:
        bound = max((item.lower_bound for item in kept if item.lower_bound is not None), default=None)
        return Figure(None, "about", bound, tuple(item.fact.span for item in kept), tuple(folded))
    folded.extend(item.fact.span for item in kept if item.count is None)
    heads: list[tuple[_Item, list[int]]] = []  # each head and the counts it has absorbed
    for item in precise:
        assert item.count is not None
        if not rule.fold_breakdowns:
            heads.append((item, []))
            continue
        earlier = [
            (head, absorbed)
            for head, absorbed in heads
            if head.sentence < item.sentence and (rule.compatible is None or rule.compatible(head.value, item.value))
        ]
        if _says_additional(item.fact, rule):
            heads.append((item, []))  # "two other policemen were killed": one more figure
            continue
        home = next((absorbed for head, absorbed in earlier if sum(absorbed) + item.count <= (head.count or 0)), None)
        if home is not None:  # a part or a restatement of a figure stated before
            home.append(item.count)
            folded.append(item.fact.span)
        elif earlier and item.count >= sum(head.count or 0 for head, _ in earlier):
            # a recap: it sums up (or revises upwards) every figure before it that it could hold
            replaced = {id(head) for head, _ in earlier}
            folded.extend(head.fact.span for head, _ in earlier)
            heads = [entry for entry in heads if id(entry[0]) not in replaced]
            heads.append((item, [head.count or 0 for head, _ in earlier]))
        else:
            heads.append((item, []))
    summed = [head for head, _ in heads]
    count = sum(head.count or 0 for head in summed)
    spans = tuple(sorted((head.fact.span for head in summed), key=lambda s: (s.start, s.end)))
    return Figure(count, _combined_qualifier(summed), count, spans, tuple(sorted(folded, key=lambda s: (s.start, s.end))))


def _largest(items: list[_Item], rule: TotalRule) -> Figure | None:
    live = [item for item in items if not (rule.superseded and item.value.get(rule.superseded))]
    if not live:
        return None
    best = max(live, key=lambda item: (item.count if item.count is not None else item.lower_bound or -1, -item.fact.start))
    return Figure(best.count, best.qualifier, best.count if best.count is not None else best.lower_bound, (best.fact.span,))


def _group_key(value: Mapping[str, Any], rule: TotalRule) -> tuple[tuple[str, Any], ...]:
    return tuple((name, value.get(name)) for name in rule.group_by)


#: How far back from a fact to look for the bracket it may stand in.
_ASIDE_WINDOW = 300
_OPENING = {"(": ")", "[": "]"}


def _aside_start(text: str, sentence_start: int, offset: int) -> int | None:
    """Offset of the still-open bracket that ``offset`` stands in, within its sentence, else None."""
    low = max(sentence_start, offset - _ASIDE_WINDOW)
    if text.rfind("(", low, offset) < 0 and text.rfind("[", low, offset) < 0:
        return None  # no bracket opens before it: most facts, found without walking the window
    depth = {")": 0, "]": 0}
    for i in range(offset - 1, low - 1, -1):
        char = text[i]
        if char in depth:
            depth[char] += 1
        elif char in _OPENING:
            closing = _OPENING[char]
            if depth[closing]:
                depth[closing] -= 1
            else:
                return i
    return None


def _place(text: str, offset: int) -> int:
    """Where a fact stands for folding: its sentence's start, or the bracket it stands in.

    A bracketed aside ("11 prisoners were also killed (12 in all)") restates or breaks
    down what precedes it, so it folds like a later sentence.
    """
    if not text:
        return 0
    start = sentence_bounds(text, offset)[0]
    aside = _aside_start(text, start, offset)
    return aside if aside is not None else start


def compute_totals(facts: Iterable[Fact], rules: Mapping[str, TotalRule], text: str) -> tuple[Total, ...]:
    """Fold ``facts`` into per-kind, per-group totals by each kind's :class:`TotalRule`.

    ``text`` is the document's text (sentence boundaries decide what may break down
    what). Kinds without a rule get no totals. Totals come in kind, then group order.
    """
    groups: dict[tuple[str, tuple[tuple[str, Any], ...]], list[_Item]] = {}
    sentence_of: dict[int, int] = {}
    for fact in facts:
        rule = rules.get(fact.kind)
        if rule is None:
            continue
        value = value_to_dict(fact.value)
        if fact.span.start not in sentence_of:
            sentence_of[fact.span.start] = _place(text, fact.span.start)
        qualifier = value.get(rule.qualifier) if rule.qualifier else None
        item = _Item(
            fact,
            value,
            _int_or_none(value.get(rule.count)),
            _int_or_none(value.get(rule.lower_bound)) if rule.lower_bound else None,
            qualifier if isinstance(qualifier, str) else "exact",
            sentence_of[fact.span.start],
        )
        groups.setdefault((fact.kind, _group_key(value, rule)), []).append(item)
    totals = []
    for (kind, group), items in sorted(groups.items(), key=lambda entry: (entry[0][0], [str(v) for _, v in entry[0][1]])):
        rule = rules[kind]
        items.sort(key=lambda item: (item.fact.span.start, item.fact.span.end))

        def scope_of(item: _Item, rule: TotalRule = rule) -> Any:
            return item.value.get(rule.scope) if rule.scope else None

        event = _fold_event([i for i in items if scope_of(i) in _SUMMED_SCOPES], rule)
        beside = {name: _largest([i for i in items if scope_of(i) == name], rule) for name in _BESIDE_SCOPES}
        background = tuple(i.fact.span for i in items if scope_of(i) == BACKGROUND)
        if event is None and background:  # casualties named, none of them this event's: a toll of 0
            event = Figure(0, "exact", 0, (), background)
        if event is None and not any(beside.values()):
            continue
        totals.append(Total(kind, group, event, beside["period"], beside["cumulative"]))
    return tuple(totals)


def totals_to_dict(totals: Iterable[Total]) -> dict[str, Any]:
    """JSON form: ``{kind: {group value: ... {group value: total}}}``, nested in ``group_by`` order.

    A kind whose rule groups by nothing maps straight to its total.
    """
    out: dict[str, Any] = {}
    for total in totals:
        if not total.group:
            out[total.kind] = total.to_dict()
            continue
        node = out.setdefault(total.kind, {})
        *outer, (_, last) = total.group
        for _, key in outer:
            node = node.setdefault(str(key), {})
        node[str(last)] = total.to_dict()
    return out


def _figure_text(figure: Mapping[str, Any]) -> str:
    count = figure.get("count")
    if count is None:
        bound = figure.get("lower_bound")
        return f"at least {bound} (vague)" if bound is not None else "unknown (vague)"
    qualifier = figure.get("qualifier") or "exact"
    spans = ", ".join(f"{s}-{e}" for s, e in figure.get("spans") or [])
    return (f"{count}" if qualifier == "exact" else f"{count} ({qualifier})") + (f"  from {spans}" if spans else "")


def _leaves(node: Mapping[str, Any], path: tuple[str, ...]) -> Iterable[tuple[tuple[str, ...], Mapping[str, Any]]]:
    if "spans" in node and "count" in node:
        yield path, node
        return
    for key, child in node.items():
        if isinstance(child, Mapping):
            yield from _leaves(child, (*path, key))


def totals_lines(totals: Mapping[str, Any]) -> list[str]:
    """The table form of a record's ``totals`` (as :func:`totals_to_dict` writes them), one line per figure."""
    lines: list[str] = []
    for kind, node in totals.items():
        if not isinstance(node, Mapping):
            continue
        for path, entry in _leaves(node, ()):
            label = f"{kind} {' '.join(path)}".strip()
            if entry.get("spans"):
                lines.append(f"  = total {label}: {_figure_text(entry)}")
            for scope in _BESIDE_SCOPES:
                if isinstance(entry.get(scope), Mapping):
                    lines.append(f"  = {scope} {label}: {_figure_text(entry[scope])}  (not in the total)")
    return lines
