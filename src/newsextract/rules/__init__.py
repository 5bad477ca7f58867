"""The rule layer: write an extractor as lexicons, token patterns and named rules.

Everything a plugin needs is here (see the tutorial and ``docs/rules.md``):

* the shared token stream - :func:`tokenize`, :class:`TokenStream`, :class:`Token`,
  :class:`TokenSpan` (one stream per text, built once, with counts as single tokens);
  :func:`clipped_tokens` (the tokens of a character range, cut to it);
* lexicons as data - :class:`Lexicon` (inflections generated), :func:`verb_forms`,
  :func:`noun_forms`; :func:`alternation` embeds a word list in a regular expression;
* token patterns - :func:`tok`, :func:`lex`, :func:`phrase`, :func:`seq`, :func:`alt`,
  :func:`opt`, :data:`ANY`, :data:`QTY`, ``.opt() .star() .plus() .rep(m, n)
  .capture(name)``; compiled to an NFA and matched in linear time;
* rules - :class:`Rule`, :class:`RuleSet`, :class:`Match`, :class:`Example`,
  :class:`Evidence`, :func:`rule_provenance`;
* anchored matching - :class:`Anchored` (a pattern starting at, or ending right before,
  a given token; :func:`reverse` gives a pattern's mirror image, :func:`longest` the most
  tokens one match takes), :class:`AnchoredMatch`; :class:`BeforeRule` (a rule asked at an
  anchor, with "|"-marked examples), :func:`word_ending`, :func:`nothing`;
* shared constructions - :func:`counted`, :func:`listing`, :func:`introduced_list`,
  :func:`distributed`, :func:`n_of_m`, :func:`n_more`, :data:`ALL_BUT`, :func:`all_but`,
  :func:`more_than_before`, :class:`Derived`.

>>> from newsextract.rules import Lexicon, QTY, Rule, lex
>>> ARREST = Lexicon("arrest", verbs="arrest, detain")
>>> rule = Rule("arrested", [lex(ARREST), QTY("count")], lambda m: m.quantity("count").count)
>>> next(rule.run("Police arrested 12 people.")).value
12
"""

from __future__ import annotations

from .alternation import alternation
from .anchored import Anchored, AnchoredMatch, longest, reverse
from .before import BeforeRule, nothing, word_ending
from .clipped import clipped_tokens
from .constructions import (
    ALL_BUT,
    CONJUNCTION,
    COUNT,
    LIST_SEPARATOR,
    Derived,
    all_but,
    counted,
    distributed,
    introduced_list,
    listing,
    more_than_before,
    n_more,
    n_of_m,
)
from .lexicon import IRREGULAR_NOUNS, IRREGULAR_VERBS, Lexicon, noun_forms, verb_forms
from .patterns import ANY, QTY, Pattern, PatternError, alt, compile_pattern, lex, opt, phrase, seq, tok
from .rules import Evidence, Example, Match, Rule, RuleSet, rule_provenance
from .tokens import NUMBER, PUNCT, QUANTITY, QUOTE, SYMBOL, WORD, Token, TokenSpan, TokenStream, shape_of, tokenize

__all__ = [
    "ALL_BUT",
    "ANY",
    "CONJUNCTION",
    "COUNT",
    "IRREGULAR_NOUNS",
    "IRREGULAR_VERBS",
    "LIST_SEPARATOR",
    "NUMBER",
    "PUNCT",
    "QTY",
    "QUANTITY",
    "QUOTE",
    "SYMBOL",
    "WORD",
    "Anchored",
    "AnchoredMatch",
    "BeforeRule",
    "Derived",
    "Evidence",
    "Example",
    "Lexicon",
    "Match",
    "Pattern",
    "PatternError",
    "Rule",
    "RuleSet",
    "Token",
    "TokenSpan",
    "TokenStream",
    "all_but",
    "alt",
    "alternation",
    "clipped_tokens",
    "compile_pattern",
    "counted",
    "distributed",
    "introduced_list",
    "lex",
    "listing",
    "longest",
    "more_than_before",
    "n_more",
    "n_of_m",
    "nothing",
    "noun_forms",
    "opt",
    "phrase",
    "reverse",
    "rule_provenance",
    "seq",
    "shape_of",
    "tok",
    "tokenize",
    "verb_forms",
    "word_ending",
]
