"""The reader's shared state: the document, its sentences, counts, phrases and sentence words."""

from __future__ import annotations

import newsextract
from newsextract.text import Quantity, Sentence, find_quantities, split_sentences

from . import lexicon as lx
from .phrase import Phrase
from .words import spaced_words


class ReaderBase:
    """What every part of the reader shares: the document, its sentences, counts and phrases so far."""

    def __init__(self, document: newsextract.Document) -> None:
        self.doc = document
        self.text = document.text
        self.sentences: tuple[Sentence, ...] = split_sentences(self.text)
        self.phrases: list[Phrase] = []
        self.accepted_heads: set[str] = set()
        # One pass over the whole text; sentences take their slice by bisection (a
        # windowed find_quantities call costs O(all quantities) each time).
        self._quantities: list[Quantity] = find_quantities(self.text)
        self._q_starts: list[int] = [q.span.start for q in self._quantities]
        self._q_by_start: dict[int, Quantity] = {q.span.start: q for q in self._quantities}
        self._sentence_words: dict[int, frozenset[str]] = {}
        self._first_status: dict[str, str] = {}
        self._model_classes: dict[str, str | None] = {}

    def _words_of(self, sentence: Sentence) -> frozenset[str]:
        """Lower-case words of a sentence (cached: asked once per phrase)."""
        cached = self._sentence_words.get(sentence.start)
        if cached is None:
            cached = frozenset(w.casefold() for _s, _e, w in spaced_words(self.text, sentence.start, sentence.end))
            self._sentence_words[sentence.start] = cached
        return cached

    def _military_sentence(self, sentence: Sentence) -> bool:
        return bool(self._words_of(sentence) & lx.MILITARY_CONTEXT)

    def _civil(self, sentence: Sentence) -> bool:
        """A business, sports or film sentence with no military word in it."""
        found = self._words_of(sentence)
        return bool(found & lx.CIVIL_CONTEXT) and not found & lx.MILITARY_CONTEXT

    def _firefighting(self, sentence: Sentence) -> bool:
        """A firefighting sentence with no military word in it."""
        found = self._words_of(sentence)
        return bool(found & lx.FIREFIGHTING_CONTEXT) and not found & lx.MILITARY_CONTEXT
