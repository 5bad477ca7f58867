"""Shared text machinery for plugins: sentences, numbers, quotation marks and dates.

All offsets refer to the original text, all results are immutable attrs values, and
every pattern is linear-time so hostile input (megabytes of text, thousands of stray
quote marks, 100,000-digit numbers) cannot stall a pipeline. Per-text results are
cached in small LRU caches keyed on the text string.

* :mod:`.sentences` - :func:`split_sentences`, :func:`sentence_at`, :func:`sentence_bounds`,
  :func:`paragraphs`, :func:`dateline`, :func:`is_abbreviation`, :func:`is_headline`
* :mod:`.numbers` - :data:`QUANTITY_PATTERN`, :func:`parse_quantity`,
  :func:`find_quantities`, :func:`word_to_int`, :func:`is_year_like`
* :mod:`.quotemarks` - :func:`normalize_quote_marks`, :func:`find_quotations`,
  :func:`group_continued`
* :mod:`.dates` - :func:`resolve_times`
* :mod:`.compare` - :func:`words`, :func:`content_words`, :func:`share_content_word`,
  :func:`token_f1`, :func:`same_last_name`, :func:`expand_abbreviations`
* :mod:`.layout` - ``layout.layout`` (hard-wrapped plain text, the normalised view and
  its offset map), :func:`is_hard_wrapped`
* :mod:`.scope` - :func:`find_scope_phrases`, :func:`scope_at` (event / period / cumulative)
* :mod:`.lazy` - :class:`LazyPattern` (a pattern compiled on first use, for start-up time)
* :mod:`.plain` - ``plain.is_plain``, ``plain.PlainPattern`` (a text of ASCII and a few marks,
  which the standard library's ``re`` reads as ``regex`` does, faster)
"""

from __future__ import annotations

from .compare import content_words, expand_abbreviations, same_last_name, share_content_word, token_f1, words
from .dates import TimeExpression, resolve_times
from .layout import Layout, is_hard_wrapped
from .lazy import LazyPattern
from .numbers import QUALIFIERS, QUANTITY_PATTERN, Quantity, find_quantities, is_year_like, parse_quantity, word_to_int
from .plain import TwinMatch, TwinPattern, is_plain
from .quotemarks import Quotation, QuotationGroup, find_quotations, group_continued, normalize_quote_marks
from .scope import BACKGROUND, SCOPES, ScopePhrase, find_scope_phrases, scope_at
from .sentences import (
    Sentence,
    dateline,
    is_abbreviation,
    is_headline,
    paragraphs,
    sentence_at,
    sentence_bounds,
    split_sentences,
)

__all__ = [
    "BACKGROUND",
    "QUALIFIERS",
    "QUANTITY_PATTERN",
    "SCOPES",
    "Layout",
    "LazyPattern",
    "Quantity",
    "Quotation",
    "QuotationGroup",
    "ScopePhrase",
    "Sentence",
    "TimeExpression",
    "TwinMatch",
    "TwinPattern",
    "content_words",
    "dateline",
    "expand_abbreviations",
    "find_quantities",
    "find_quotations",
    "find_scope_phrases",
    "group_continued",
    "is_abbreviation",
    "is_hard_wrapped",
    "is_headline",
    "is_plain",
    "is_year_like",
    "normalize_quote_marks",
    "paragraphs",
    "parse_quantity",
    "resolve_times",
    "same_last_name",
    "scope_at",
    "sentence_at",
    "sentence_bounds",
    "share_content_word",
    "split_sentences",
    "token_f1",
    "word_to_int",
    "words",
]
