"""Shared text machinery for plugins: sentences, numbers, quotation marks and dates.

All offsets refer to the original text, all results are immutable attrs values, and
every pattern is linear-time so hostile input (megabytes of text, thousands of stray
quote marks, 100,000-digit numbers) cannot stall a pipeline. Per-text results are
cached in small LRU caches keyed on the text string.
"""

from __future__ import annotations

from .numbers import QUALIFIERS, QUANTITY_PATTERN, Quantity, find_quantities, is_year_like, parse_quantity, word_to_int
from .sentences import Sentence, dateline, paragraphs, sentence_at, split_sentences

__all__ = [
    "QUALIFIERS",
    "QUANTITY_PATTERN",
    "Quantity",
    "Sentence",
    "dateline",
    "find_quantities",
    "is_year_like",
    "paragraphs",
    "parse_quantity",
    "sentence_at",
    "split_sentences",
    "word_to_int",
]
