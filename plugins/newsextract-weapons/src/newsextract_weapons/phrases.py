"""Reading a counted weapon phrase at a count: modifiers, head, class, model, post-modifiers."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from newsextract.text import Quantity, Sentence

from . import lexicon as lx
from .classify import classify, model_of, modifier_like
from .patterns import (
    COORDINATED_HEAD,
    DETERMINER,
    FILLER,
    LIST_GAP,
    MAX_MODEL_LOOKUPS,
    MAX_MODEL_MENTIONS,
    PARTITIVE,
    PARTITIVE_BARE,
    POSTMOD,
    POSTMOD_STOP,
    ROUNDS_OF,
    STATUS_PREMODIFIERS,
    head_word,
)
from .phrase import Phrase
from .state import ReaderBase
from .words import spaced_words, word_tokens


class PhraseReader(ReaderBase):
    """Finds the weapon phrase a count starts."""

    # -- phrases -----------------------------------------------------------------------
    def _phrase_at(self, q: Quantity, sentence: Sentence, index: int, quantities: Sequence[Quantity]) -> list[Phrase]:
        """The weapon phrase counted by ``q`` (plus a nested one: "two of its 30 promised jets")."""
        word_start, nested = self._after_count(q, sentence.end)
        tokens = word_tokens(self.text, word_start, 8, sentence.end)
        found = self._head_of(tokens)
        if found is None:
            return []
        head_index, plural_class, premod_status = found
        if head_index < 0:
            return self._shared_head(q, tokens, sentence, index, quantities)
        if head_index + 1 < len(tokens) and tokens[head_index + 1][2].casefold() in lx.COMPOUND_NOUNS:
            return []  # "49 missile tests": the weapon word modifies another noun
        phrase = self._built(q, tokens[: head_index + 1], sentence, index, plural_class)
        if phrase is None:
            return []
        phrase.premod_status = premod_status
        if nested is None:
            return [phrase]
        inner = attrs.evolve(
            phrase,
            q=nested,
            start=nested.span.start,
            count=None if (nested.fraction is not None or nested.all_but is not None) else nested.count,
            qualifier=nested.qualifier,
            lower_bound=nested.lower_bound if nested.vague else None,
            nested=True,
        )
        return [phrase, inner]

    def _after_count(self, q: Quantity, stop: int) -> tuple[int, Quantity | None]:
        """Where the words after ``q`` start, past a partitive ("88 of the"), and a count nested in it."""
        text, pos = self.text, q.span.end
        partitive = False
        word_start = pos
        m = PARTITIVE.match(text, pos, stop)
        bare = PARTITIVE_BARE.match(text, pos, stop)
        if m is not None:
            partitive, word_start = True, m.end()
        elif bare is not None and bare.end() in self._q_by_start:
            partitive, word_start = True, bare.end()  # "35 of 40 missiles"
        elif q.text.lower().endswith(" of"):
            partitive = True
            d = DETERMINER.match(text, pos, stop)
            if d is not None:
                word_start = d.end()
        other = self._q_by_start.get(word_start) if partitive else None
        if other is not None:
            return other.span.end, other
        return word_start, None

    def _head_of(self, tokens: Sequence[tuple[int, int, str]]) -> tuple[int, str | None, str | None] | None:
        """(index of the head noun or -1, class of a model plural, status of a premodifier); None: no weapon."""
        head_index = -1
        plural_class: str | None = None
        premod_status: str | None = None
        for i, (_s, _e, tok) in enumerate(tokens):
            low = tok.casefold()
            if low in lx.BLOCKERS:
                return None
            if head_index < 0 and low in STATUS_PREMODIFIERS:
                premod_status = STATUS_PREMODIFIERS[low]  # "at least 12 destroyed planes"
                continue
            if _heads_phrase(tokens, i, head_index):
                head_index = i
                continue
            if head_index < 0 and len(low) > 2 and low.endswith("s") and any(ch.isdigit() for ch in low):
                # "170 K2s": a model's plural heads the phrase when the model is named
                # with a weapon noun elsewhere in the article ("K2 main battle tanks").
                plural_class = self._model_class(tok[:-1])
                if plural_class is not None:
                    head_index = i
                    break
            if low in lx.MODIFIERS or modifier_like(tok):
                continue
            if (
                low in {"and", "or"}
                and 0 < i < len(tokens) - 1
                and head_index < 0
                and tokens[i - 1][2].casefold() in lx.MODIFIERS
                and tokens[i + 1][2].casefold() in lx.MODIFIERS
            ):
                continue  # coordinated modifiers: "armoured recovery and engineering vehicles"
            break
        return head_index, plural_class, premod_status

    def _built(
        self, q: Quantity, used: Sequence[tuple[int, int, str]], sentence: Sentence, index: int, plural_class: str | None
    ) -> Phrase | None:
        """The phrase of ``q`` whose words up to the head are ``used``, or None when it names no weapon here."""
        text, stop = self.text, sentence.end
        written = [t for _s, _e, t in used]
        words = [t.casefold() for t in written]
        head = words[-1]
        first = 0
        while first < len(used) - 1 and words[first] in FILLER:
            first += 1
        end = ctx_end = used[-1][1]
        weapon = text[used[first][0] : end]
        class_words = list(words)
        rounds = ROUNDS_OF.match(text, end, stop) if head in {"round", "rounds", "shells", "munitions"} else None
        if rounds is not None:
            weapon = text[used[first][0] : rounds.end()]
            ctx_end = rounds.end()
            class_words += [w.casefold() for _s, _e, w in spaced_words(text, rounds.start(1), rounds.end(1))]
        cls = classify(class_words, head) or plural_class
        if cls is None and "such" in words[:first]:
            # "100 such systems": the kind of the systems named before
            class_words = [*self._such_words(head, index, used[0][0]), *class_words]
            cls = classify(class_words, head)
        model = model_of(tuple(written))
        if cls is None or not self._weapon_here(q, sentence, index, head, cls, model, class_words):
            return None
        also = COORDINATED_HEAD.match(text, ctx_end, stop)
        if also is not None and also.group(1).casefold() in lx.HEADS:
            ctx_end = also.end()  # "28 ships and boats": one phrase with two heads
        return Phrase.counted(
            q,
            index,
            end=end,
            ctx_end=self._postmod_end(ctx_end, stop),
            weapon=weapon,
            head=head,
            words=tuple(words),
            class_=cls,
            model=model,
        )

    def _weapon_here(
        self, q: Quantity, sentence: Sentence, index: int, head: str, cls: str, model: str | None, words: Sequence[str]
    ) -> bool:
        """Whether a phrase of class ``cls`` names a weapon in this sentence (not a car, an airliner, a prop)."""
        military = bool(set(words) & lx.MILITARY_WORDS) or model is not None
        if military:
            return True
        if head in lx.PHRASE_MILITARY_HEADS:
            return False  # "burned four vehicles": civilian unless the phrase says otherwise
        if (
            head in lx.AMBIGUOUS_HEADS
            and head_word(head) not in self.accepted_heads
            and not self._military_sentence(sentence)
            and not self._list_member(q, index)
        ):
            return False
        if self._civil(sentence):
            return False
        # "backed by nine helicopters" fighting a wildfire: water bombers
        return not (cls in lx.FIREFIGHTING_CLASSES and self._firefighting(sentence))

    def _shared_head(
        self, q: Quantity, tokens: Sequence[tuple[int, int, str]], sentence: Sentence, index: int, quantities: Sequence[Quantity]
    ) -> list[Phrase]:
        """ "18 ballistic and 7 cruise missiles": a count with modifiers only shares the next count's head."""
        i = next((k for k, (_s, _e, t) in enumerate(tokens) if t.casefold() in {"and", "or"}), -1)
        if i <= 0 or i + 1 >= len(tokens) or any(t.casefold() not in lx.MODIFIERS for _s, _e, t in tokens[:i]):
            return []
        after = self._q_by_start.get(tokens[i + 1][0])
        if after is None:
            return []
        later = self._phrase_at(after, sentence, index, quantities)
        if not later:
            return []
        head = later[0].head
        words = (*(t.casefold() for _s, _e, t in tokens[:i]), head)
        cls = classify(words, head)
        if cls is None:
            return []
        end = tokens[i - 1][1]
        return [
            Phrase.counted(
                q,
                index,
                end=end,
                ctx_end=end,
                weapon=f"{self.text[tokens[0][0] : end]} {head}",
                head=head,
                words=words,
                class_=cls,
                model=None,
            )
        ]

    def _list_member(self, q: Quantity, index: int) -> bool:
        """True when ``q`` continues a list of weapon phrases: "lost 40 tanks, 12 ships"."""
        if not self.phrases or self.phrases[-1].sentence != index or self.phrases[-1].ellipsis:
            return False
        gap = LIST_GAP.match(self.text, self.phrases[-1].ctx_end, q.span.start)
        return gap is not None and gap.end() == q.span.start

    def _model_class(self, model: str) -> str | None:
        """Class of a model code from a phrase naming it with a weapon noun ("K2 main battle tanks")."""
        if model in self._model_classes:
            return self._model_classes[model]
        found = lx.MODELS.get(model.casefold())
        if not any(ch.isalpha() for ch in model) or len(self._model_classes) >= MAX_MODEL_LOOKUPS:
            return found  # "1990s" is a decade; hostile input gets a bounded number of scans
        pos = self.text.find(model)
        tries = 0
        while found is None and pos >= 0 and tries < MAX_MODEL_MENTIONS:
            tries += 1
            end = pos + len(model)
            if (pos == 0 or not self.text[pos - 1].isalnum()) and end < len(self.text) and self.text[end] == " ":
                words: list[str] = []
                for _s, _e, tok in word_tokens(self.text, end, 4, min(len(self.text), end + 80)):
                    low = tok.casefold()
                    words.append(low)
                    if low in lx.HEADS:
                        found = classify(words, low)
                        break
                    if low not in lx.MODIFIERS:
                        break
            pos = self.text.find(model, end)
        self._model_classes[model] = found
        return found

    def _such_words(self, head: str, index: int, before: int) -> list[str]:
        """The modifiers of the last mention of ``head`` of a known class in this sentence or the one
        before, for "such <head>" ("sophisticated air defence systems. ... 100 such systems")."""
        found: list[str] = []
        mods: list[str] = []
        for _s, _e, word in spaced_words(self.text, self.sentences[max(0, index - 1)].start, before):
            low = word.casefold()
            if low == head and mods and classify([*mods, low], low) is not None:
                found = mods
            mods = [*mods[-3:], low] if low in lx.MODIFIERS or modifier_like(word) else []
        return found

    def _postmod_end(self, end: int, stop: int) -> int:
        m = POSTMOD.match(self.text, end, stop)
        if m is None:
            return end
        toks = word_tokens(self.text, m.end(), 5, stop)
        last = m.end()
        for s, e, tok in toks:
            if tok.casefold() in POSTMOD_STOP:
                break
            last = e
            del s
        return last


def _heads_phrase(tokens: Sequence[tuple[int, int, str]], i: int, head_index: int) -> bool:
    """Whether token ``i`` can be the head noun: a weapon noun or a model's plural."""
    tok = tokens[i][2]
    low = tok.casefold()
    if low in lx.HEADS:
        return True
    if low.endswith("s") and any(ch.isdigit() for ch in low) and i > 0 and tokens[i - 1][2].casefold() in lx.MODELS:
        return True  # "Leopard 2A6s", "Challenger 2s": a model's plural variant heads the phrase
    # "16 Super Hornets", "four Apaches": a capitalised plural of a named model
    return head_index < 0 and tok[:1].isupper() and low.endswith("s") and low[:-1] in lx.MODELS
