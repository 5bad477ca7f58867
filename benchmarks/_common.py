"""Shared inputs for the benchmark scripts (not a test; reads ../shared, or $NEWSEXTRACT_SHARED, when present)."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("NEWSEXTRACT_SHARED", ROOT.parent / "shared")) / "eval"
SEED = ROOT / "seeds" / "kyiv-overnight-attack.txt"


def jsonl_texts(path: Path) -> list[str]:
    """The "text" field of every line of a JSON Lines file."""
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line)["text"] for line in handle if line.strip()]


def corpus(min_bytes: int = 2 * 1024 * 1024) -> list[str]:
    """ACLED notes plus dev articles, repeated until at least ``min_bytes`` of UTF-8."""
    texts = jsonl_texts(SHARED / "real" / "acled_2020_fatalities.jsonl") + jsonl_texts(SHARED / "dev.jsonl")
    out: list[str] = []
    size = 0
    while size < min_bytes:
        for text in texts:
            out.append(text)
            size += len(text.encode("utf-8"))
    return out


def dev_texts() -> list[str]:
    return jsonl_texts(SHARED / "dev.jsonl")


def peak_rss_mb() -> float:
    """Peak resident set size of this process (ru_maxrss is KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def hostile_inputs(seed: str) -> dict[str, str]:
    """The hostile inputs of tests/reliability/test_reliability_hostile.py (same construction)."""
    sentences = [
        "Russia launched 426 drones and 24 missiles overnight, killing at least two people.",
        '"We will respond," President Volodymyr Zelenskyy said on Monday.',
        "Kyiv Mayor Vitali Klitschko said 12 people were wounded and one was killed.",
        "The Ukrainian Air Force said it shot down 400 of the drones and all but one of the missiles.",
    ]
    unit = seed + "\n\n" + "\n".join(sentences) + "\n\n"

    def article_like(size: int) -> str:
        return (unit * (size // len(unit) + 1))[:size]

    capitalised = (
        "President Volodymyr Zelenskyy Kyiv Mayor Vitali Klitschko Ukrainian Air Force National Security "
        "Defense Council Minister General Said Killed Drones The Of"
    ).split()
    controls = "".join(chr(c) for c in range(32)) + "\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u202a\u202e\u2066\u2069"
    mixed = [
        "Россия выпустила 426 дронов, Russia launched 426 drones and 24 missiles.",
        "أطلقت روسيا 426 طائرة مسيرة killing ٢ people and wounding ١٢ in Kyiv.",
        "俄罗斯发射了426架无人机 Mayor Vitali Klitschko said １２ people were wounded.",
    ]
    return {
        "article_5mb": article_like(5 * 1024 * 1024),
        "single_line_1mb": article_like(1024 * 1024).replace("\n", " "),
        "quotes_straight_10k": " ".join(f'word{i} "' for i in range(10_000)),
        "quotes_curly_10k": " ".join(f"{'“‘”’'[i % 4]}word{i}" for i in range(10_000)),
        "quotes_open_only": "He said “" + " and “".join(sentences * 2500),
        "digits_100k": "Russia launched " + "9" * 100_000 + " drones, killing " + "1" * 100_000 + " people.",
        "capitals_50k": " ".join(capitalised[(i * 7) % len(capitalised)] for i in range(50_000)),
        "capitals_title_run": "President " + " ".join(["Zelenskyy"] * 50_000) + " said 40 drones were launched.",
        "controls": (controls + " ").join(sentences * 50) + controls,
        "mixed_scripts": ("\n".join(mixed) + "\n" + seed + "\n") * 20,
        "number_words_run": " ".join(["hundreds of thousands of dozens of"] * 10_000) + " drones",
    }


def peer_python() -> Path | None:
    """The peer's interpreter, if one is installed beside the shared data or this checkout."""
    for candidate in (
        os.environ.get("NEWSEXTRACT_PEER_PYTHON", ""),
        SHARED.parent / "peer" / ".venv" / "bin" / "python",
        ROOT.parent / "peer-venv" / "bin" / "python",
    ):
        if candidate and Path(candidate).exists():
            return Path(candidate)
    return None


def write_jsonl(path: Path, records: Iterable[Mapping[str, Any]]) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def run_peer(python: Path, source: Path, out: Path) -> float:
    """Run the peer on ``source`` (JSON Lines with id and text); returns its wall time."""
    started = time.perf_counter()
    with open(out, "w", encoding="utf-8") as handle:
        subprocess.run(
            [str(python), str(SHARED.parent / "peer" / "peers.py"), str(source)],
            stdout=handle,
            stderr=subprocess.DEVNULL,
            check=True,
        )
    return time.perf_counter() - started
