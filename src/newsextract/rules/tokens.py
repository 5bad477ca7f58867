"""The token stream: one per text, built once, shared by every plugin.

A :class:`TokenStream` holds the text's tokens in order. Each :class:`Token` carries
its offsets into the text exactly as given, its text, lower-cased form, shape,
sentence index (from :func:`newsextract.text.split_sentences`) and kind. Counts
found by :func:`newsextract.text.find_quantities` ("more than two dozen", "426",
"all but one of") are single tokens of kind ``quantity`` carrying their
:class:`~newsextract.text.Quantity`; quotation marks are tokens of kind ``quote``
whose ``quote_role`` says whether :func:`newsextract.text.find_quotations` paired
them as an opening or a closing mark. Runs of capitalised words are available as
:attr:`TokenStream.name_runs`.

:func:`tokenize` caches the last few streams by text (like the core's other
per-text caches), so every plugin reading one document shares one stream.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterator, Sequence
from typing import Final, TypeVar

import attrs
import regex

from newsextract.model import Document, Span
from newsextract.text.numbers import Quantity, find_quantities
from newsextract.text.plain import TwinPattern
from newsextract.text.quotemarks import find_quotations
from newsextract.text.sentences import split_sentences

__all__ = [
    "NUMBER",
    "PUNCT",
    "QUANTITY",
    "QUOTE",
    "SYMBOL",
    "WORD",
    "Token",
    "TokenSpan",
    "TokenStream",
    "shape_of",
    "tokenize",
]

WORD: Final = "word"
"""Kind of a token made of letters (and digits, hyphens, inner apostrophes): "Kh-101", "don't"."""
NUMBER: Final = "number"
"""Kind of a digit token the core does not read as a count: a year in "in 2022" stays a
quantity, but "10:30" or "$18,000" give ``number`` tokens."""
QUANTITY: Final = "quantity"
"""Kind of a count read by the core's number reader; ``Token.quantity`` holds it."""
PUNCT: Final = "punct"
"""Kind of a punctuation mark: ``, . ; : ! ? ( ) - —`` ..."""
QUOTE: Final = "quote"
"""Kind of a quotation mark (straight, curly, angled); see ``Token.quote_role``."""
SYMBOL: Final = "symbol"
"""Kind of anything else: currency signs, ``%``, ``&`` ..."""

# Alternatives, tried in order at each position. Every piece is a bounded or
# possessive run, so the scan is linear whatever the input.
_TOKEN_SOURCE: Final = (
    r"(?P<abbr>(?:\p{Lu}\.){2,8}+)"  # U.S., U.N.
    r"|(?P<poss>['’][sS]\b)"  # the possessive 's is a token of its own
    r"|(?P<num>\d{1,3}(?:,\d{3})++(?:\.\d++)?|\d++(?:[.:]\d++)?(?![\p{L}\-]))"
    r"|(?P<word>[\p{L}\p{M}\p{N}_]++(?:(?:-|['’](?![sS]\b))[\p{L}\p{M}\p{N}_]++)*+)"
    r"|(?P<quote>[\"'\u201c\u201d\u201e\u201f\u00ab\u00bb\u301d\u301e\u301f\uff02\u2018\u2019\u201a\u201b\u2039\u203a])"
    r"|(?P<punct>[.,;:!?()\[\]{}\-\u2010-\u2015/…]|\.\.\.)"
    r"|(?P<symbol>\S)"
)
# The same alternatives for the common case of a plain text (ASCII plus a few punctuation
# marks, see :func:`newsextract.text.plain.is_plain`): over such a text every class of
# ``_TOKEN_SOURCE`` is one of these ASCII classes (the tests check each character), and the
# standard library's engine reads it about twice as fast. Group numbers are the same.
_ASCII_SOURCE: Final = (
    r"(?P<abbr>(?:[A-Z]\.){2,8}+)"
    r"|(?P<poss>['’][sS](?![A-Za-z0-9_]))"
    r"|(?P<num>[0-9]{1,3}(?:,[0-9]{3})++(?:\.[0-9]++)?|[0-9]++(?:[.:][0-9]++)?(?![A-Za-z\-]))"
    r"|(?P<word>[A-Za-z0-9_]++(?:(?:-|['’](?![sS](?![A-Za-z0-9_])))[A-Za-z0-9_]++)*+)"
    r"|(?P<quote>[\"'\u201c\u201d\u201e\u201f\u00ab\u00bb\u301d\u301e\u301f\uff02\u2018\u2019\u201a\u201b\u2039\u203a])"
    r"|(?P<punct>[.,;:!?()\[\]{}\-\u2010-\u2015/…]|\.\.\.)"
    r"|(?P<symbol>[^ \t\n\r\x0b\x0c])"
)
#: Each engine compiled on first use; a text that is not plain takes ``regex``.
_TOKEN: Final = TwinPattern(_TOKEN_SOURCE, regex.VERSION0, plain_source=_ASCII_SOURCE)
_KINDS: Final = {"abbr": WORD, "poss": WORD, "num": NUMBER, "word": WORD, "quote": QUOTE, "punct": PUNCT, "symbol": SYMBOL}
# The kind by group number: every alternative of _TOKEN is one group, and the number of the
# group that matched (``lastindex``) is a cheaper look-up than its name.
# (numbered as in the source: the groups are not nested, so group i is the i-th alternative)
_GROUP_NAMES: Final = ("abbr", "poss", "num", "word", "quote", "punct", "symbol")
_KIND_OF_GROUP: Final[dict[int | None, str]] = {index: _KINDS[name] for index, name in enumerate(_GROUP_NAMES, 1)}
_KIND_OF_GROUP[0] = QUANTITY  # group number 0 stands for a count read by the number reader
_QUOTE_GROUP: Final = _GROUP_NAMES.index("quote") + 1


@functools.lru_cache(maxsize=65536)
def shape_of(text: str) -> str:
    """The token's shape, spaCy style: ``X`` upper, ``x`` lower, ``d`` digit, other
    characters kept, runs of one class cut at four: "Kinzhal" -> "Xxxxx",
    "426" -> "ddd", "Kh-101" -> "Xx-ddd", "1,200" -> "d,ddd"."""
    out: list[str] = []
    last = ""
    run = 0
    for ch in text[:64]:
        cls = "X" if ch.isupper() else "x" if ch.isalpha() else "d" if ch.isdigit() else ch
        run = run + 1 if cls == last else 1
        last = cls
        if run <= 4:
            out.append(cls)
    return "".join(out)


#: a Token class or a plugin's subclass of it (:meth:`Token.of` builds either)
_T = TypeVar("_T", bound="Token")


@attrs.frozen(slots=True)
class Token:
    """One token of a :class:`TokenStream`.

    ``start``/``end`` are offsets into the text as given (``text == original[start:end]``);
    ``index`` is the token's position in its stream; ``sentence`` the index of its
    sentence in :func:`~newsextract.text.split_sentences`; ``kind`` one of ``word``,
    ``number``, ``quantity``, ``punct``, ``quote``, ``symbol``. ``quantity`` is set
    for ``quantity`` tokens, ``quote_role`` ("open", "close" or "unpaired") for
    ``quote`` tokens.
    """

    index: int
    start: int
    end: int
    text: str
    lower: str
    shape: str
    sentence: int
    kind: str
    quantity: Quantity | None = None
    quote_role: str | None = None

    @classmethod
    def of(
        cls: type[_T],
        index: int,
        start: int,
        end: int,
        text: str,
        sentence: int,
        kind: str,
        quantity: Quantity | None = None,
        quote_role: str | None = None,
    ) -> _T:
        """``cls(index, start, end, text, text.lower(), shape_of(text), sentence, kind, quantity, quote_role)``, faster.

        A stream builds one token per word, and the frozen class's ``__init__`` (one guarded
        attribute write per field) is the largest part of that: here each slot is written once
        through its own setter. A subclass with fields of its own (a plugin's word with a tag)
        writes those the same way right after, before anyone sees the object.
        """
        token = object.__new__(cls)
        _SET_INDEX(token, index)
        _SET_START(token, start)
        _SET_END(token, end)
        _SET_TEXT(token, text)
        _SET_LOWER(token, text.lower())
        _SET_SHAPE(token, shape_of(text))
        _SET_SENTENCE(token, sentence)
        _SET_KIND(token, kind)
        _SET_QUANTITY(token, quantity)
        _SET_ROLE(token, quote_role)
        return token

    @property
    def span(self) -> Span:
        """The token's offsets as a :class:`~newsextract.Span`."""
        return Span(self.start, self.end)

    @property
    def is_title(self) -> bool:
        """True for a word starting with a capital letter ("Kyiv", "NATO", "U.S.")."""
        return self.kind == WORD and self.text[:1].isupper()


@attrs.frozen
class TokenSpan:
    """Tokens ``[start, end)`` of a stream: a capture, a name run, a whole match."""

    stream: TokenStream = attrs.field(repr=False, eq=False)
    start: int
    end: int

    @property
    def tokens(self) -> Sequence[Token]:
        """The tokens covered."""
        return self.stream.tokens[self.start : self.end]

    @property
    def span(self) -> Span:
        """Character offsets from the first token's start to the last token's end."""
        return self.stream.char_span(self.start, self.end)

    @property
    def text(self) -> str:
        """The text covered, exactly as written (inner spaces included)."""
        return self.span.of(self.stream.text)

    @property
    def lower(self) -> str:
        """The tokens' lower-cased forms joined by single spaces: "forced to flee"."""
        return " ".join(t.lower for t in self.tokens)

    @property
    def quantity(self) -> Quantity | None:
        """The first quantity among the tokens, if any."""
        return next((t.quantity for t in self.tokens if t.quantity is not None), None)

    def __len__(self) -> int:
        return self.end - self.start


# Lower-case words that may stand inside a name run when a capitalised word follows:
# "Ministry of Defence", "Bashar al-Assad" is one token already.
_NAME_PARTICLES: Final = frozenset({"of", "de", "del", "da", "van", "von", "der", "bin", "ibn", "al", "la", "le", "du"})


@attrs.frozen(eq=False)
class TokenStream:
    """All tokens of one text, with sentence ranges and capitalised-name runs.

    Build one with :func:`tokenize` (cached), never by hand.
    """

    text: str = attrs.field(repr=False)
    tokens: tuple[Token, ...] = attrs.field(repr=False)
    sentences: tuple[tuple[int, int], ...] = attrs.field(repr=False)
    """``(first, end)`` token indexes of each sentence, in order."""
    _starts: tuple[int, ...] = attrs.field(repr=False)

    def __len__(self) -> int:
        return len(self.tokens)

    def __iter__(self) -> Iterator[Token]:
        return iter(self.tokens)

    def __getitem__(self, index: int) -> Token:
        return self.tokens[index]

    def char_span(self, start: int, end: int) -> Span:
        """Character span of tokens ``[start, end)`` (empty at the next token for ``start == end``)."""
        if end <= start:
            at = self.tokens[start].start if start < len(self.tokens) else len(self.text)
            return Span(at, at)
        return Span(self.tokens[start].start, self.tokens[end - 1].end)

    def slice(self, start: int, end: int) -> TokenSpan:
        """A :class:`TokenSpan` of tokens ``[start, end)``."""
        return TokenSpan(self, start, end)

    def index_at(self, offset: int) -> int:
        """Index of the first token ending after ``offset`` (``len(self)`` if none)."""
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and self.tokens[i].end > offset:
            return i
        return i + 1

    def within(self, span: Span) -> TokenSpan:
        """The tokens lying inside the character span ``span``."""
        start = self.index_at(span.start)
        end = start
        while end < len(self.tokens) and self.tokens[end].end <= span.end:
            end += 1
        return TokenSpan(self, start, end)

    def sentence_tokens(self, sentence: int) -> TokenSpan:
        """The tokens of sentence number ``sentence``."""
        first, end = self.sentences[sentence]
        return TokenSpan(self, first, end)

    @functools.cached_property
    def name_runs(self) -> tuple[TokenSpan, ...]:
        """Runs of capitalised words inside one sentence: "Volodymyr Zelensky",
        "Ministry of Defence". A lower-case particle (of, de, van, al ...) joins two
        capitalised words; a run never crosses a sentence, quote mark or punctuation.
        A single capitalised word opening a sentence is left out (it is usually
        capitalised only because it opens the sentence)."""
        runs: list[TokenSpan] = []
        tokens = self.tokens
        i, n = 0, len(tokens)
        while i < n:
            if not tokens[i].is_title:
                i += 1
                continue
            j = i + 1
            while j < n and tokens[j].sentence == tokens[i].sentence:
                if tokens[j].is_title:
                    j += 1
                elif (
                    tokens[j].lower in _NAME_PARTICLES
                    and j + 1 < n
                    and tokens[j + 1].is_title
                    and tokens[j + 1].sentence == tokens[i].sentence
                ):
                    j += 2
                else:
                    break
            opens_sentence = self.sentences[tokens[i].sentence][0] == i
            if not (opens_sentence and j - i == 1):
                runs.append(TokenSpan(self, i, j))
            i = j
        return tuple(runs)

    def name_run_at(self, index: int) -> TokenSpan | None:
        """The name run containing token ``index``, or None."""
        runs = self.name_runs
        k = bisect.bisect_right([r.start for r in runs], index) - 1
        if k >= 0 and runs[k].end > index:
            return runs[k]
        return None


def tokenize(source: str | Document) -> TokenStream:
    """The token stream of a text or document (cached: one stream per text)."""
    text = source.text if isinstance(source, Document) else source
    if not isinstance(text, str):
        raise TypeError(f"tokenize() needs a str or a Document, got {type(source).__name__}")
    return _tokenize(text)


def _quote_roles(text: str) -> dict[int, str]:
    roles: dict[int, str] = {}
    for quotation in find_quotations(text):
        roles[quotation.open] = "open"
        if quotation.close is not None:
            roles[quotation.close] = "close"
    return roles


def _raw_tokens(text: str, begin: int, stop: int, out: list[tuple[int, int, str, Quantity | None]]) -> None:
    """Append the plain tokens of ``text[begin:stop]`` to ``out`` as (start, end, kind, None)."""
    kinds = _KIND_OF_GROUP
    out += [(m.start(), m.end(), kinds[m.lastindex], None) for m in _TOKEN.finditer(text, begin, stop)]  # type: ignore[index]


# Setting a frozen slotted class's fields through ``object.__setattr__`` (what attrs'
# ``__init__`` does) is the largest part of building a stream; the slots' own setters,
# called directly, give the same object (every field set, no other state) in less time.
_SET_FIELDS: Final = tuple(getattr(Token, field.name).__set__ for field in attrs.fields(Token))
(_SET_INDEX, _SET_START, _SET_END, _SET_TEXT, _SET_LOWER, _SET_SHAPE, _SET_SENTENCE, _SET_KIND, _SET_QUANTITY, _SET_ROLE) = (
    _SET_FIELDS
)


@functools.lru_cache(maxsize=16)
def _tokenize(text: str) -> TokenStream:
    quantities = find_quantities(text)
    roles = _quote_roles(text) if ('"' in text or "'" in text or not text.isascii()) else {}
    sentences = split_sentences(text)
    sentence_ends = [s.end for s in sentences]
    # (start, end, group number or 0 for a count, quantity): the plain tokens between counts
    # and the counts themselves, in text order, read in one pass below
    pieces: list[tuple[int, int, int | None, Quantity | None]] = []
    cursor = 0
    finditer = _TOKEN.for_text(text).finditer
    for q in quantities:
        q_start = q.span.start
        pieces += [(*m.span(), m.lastindex, None) for m in finditer(text, cursor, q_start)]
        pieces.append((q_start, q.span.end, 0, q))
        cursor = q.span.end
    pieces += [(*m.span(), m.lastindex, None) for m in finditer(text, cursor, len(text))]

    tokens: list[Token] = []
    append = tokens.append
    kinds = _KIND_OF_GROUP
    quote_group = _QUOTE_GROUP
    of = Token.of
    sentence = 0
    last_sentence = max(0, len(sentences) - 1)
    # tokens per sentence (token sentence numbers never decrease), for the ranges below
    counts = [0] * (last_sentence + 1)
    # the offset at which the next sentence starts counting (no next one: never)
    bound = sentence_ends[0] if last_sentence > 0 else len(text) + 1
    for index, (start, end, group, quantity) in enumerate(pieces):
        if start >= bound:
            while sentence < last_sentence and start >= sentence_ends[sentence]:
                sentence += 1
            bound = sentence_ends[sentence] if sentence < last_sentence else len(text) + 1
        counts[sentence] += 1
        word = text[start:end]
        role = roles.get(start, "unpaired") if group == quote_group else None
        token = of(index, start, end, word, sentence, kinds[group], quantity, role)
        append(token)

    ranges: list[tuple[int, int]] = []
    first = 0
    for number in range(len(sentences)):
        end = first + counts[number]
        ranges.append((first, end))
        first = end
    if not ranges and tokens:
        ranges.append((0, len(tokens)))
    return TokenStream(text, tuple(tokens), tuple(ranges), tuple([piece[0] for piece in pieces]))
