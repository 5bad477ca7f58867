"""The value of a ``quote`` fact."""

from __future__ import annotations

import attrs

from newsextract import Span

__all__ = ["Quote"]


@attrs.frozen
class Quote:
    """A direct quote and who said it.

    Attributes:
        speaker: the canonical speaker: a person's full name ("Volodymyr Zelenskyy",
            after entity linking), or an organisation as written ("the Kremlin").
        text: the quoted words without the marks; the comma before an attribution is
            dropped, a final ``.``/``?``/``!`` kept; pieces of a split or
            multi-paragraph quote joined by one space.
        speaker_title: the speaker's title when some plugin knows it (through the
            core's entity index), else None.
        verb: the attribution verb as written ("said", "told reporters",
            "wrote on Telegram", "added", "according to").
        medium: where it was said when the text says so ("statement", "Telegram",
            "X", "interview", ...), else None.
        speaker_span: the speaker mention the attribution names (the pronoun for "he said").
        parts: the spans of the quoted pieces (one per piece of a split quote).
        speaker_as_written: the speaker as the attribution writes it ("Zelenskyy", "he").
        speaker_type: "person", "pronoun", "organization" or "unnamed".
        antecedent_span: for pronoun speakers, the mention the pronoun was resolved to.
    """

    speaker: str
    text: str
    speaker_title: str | None = None
    verb: str | None = None
    medium: str | None = None
    speaker_span: Span | None = None
    parts: tuple[Span, ...] = ()
    speaker_as_written: str | None = None
    speaker_type: str = "person"
    antecedent_span: Span | None = None
