"""Weapon class and model of a counted phrase, from its head noun and modifier words."""

from __future__ import annotations

import functools
import itertools
from collections.abc import Sequence

from . import lexicon as lx
from .patterns import MODEL_CODE, TYPE_SUFFIX


def is_model_like(tok: str) -> bool:
    low = tok.casefold()
    if low in lx.MODELS or any(ch.isdigit() for ch in tok):
        return True
    return tok[:1].isupper() and low not in {"the", "a", "an", "and", "or", "of", "in", "on", "at"}


@functools.lru_cache(maxsize=4096)
def modifier_like(tok: str) -> bool:
    """A "-type"/"-made" compound or a model-like word (pure, cached per token)."""
    return TYPE_SUFFIX.search(tok.casefold()) is not None or is_model_like(tok)


@functools.lru_cache(maxsize=4096)
def model_of(tokens: tuple[str, ...]) -> str | None:
    for i, tok in enumerate(tokens):
        low = tok.casefold()
        base = TYPE_SUFFIX.sub("", low)
        if i + 1 < len(tokens):
            pair = f"{base} {tokens[i + 1].casefold()}"
            if pair in lx.MODELS:
                return f"{TYPE_SUFFIX.sub('', tok)} {tokens[i + 1]}"
        if base in lx.MODELS:
            return TYPE_SUFFIX.sub("", tok)
        if base.endswith("s") and base[:-1] in lx.MODELS:
            return TYPE_SUFFIX.sub("", tok)[:-1]
        if MODEL_CODE.fullmatch(TYPE_SUFFIX.sub("", tok)):
            return TYPE_SUFFIX.sub("", tok)
    return None


def classify(words: Sequence[str], head: str) -> str | None:
    """Weapon class of a phrase from its head and modifier words (lower case)."""
    bag = set(words)
    base = lx.HEADS.get(head)
    if base in {"ship", "armored_vehicle"} and bag & {"uncrewed", "unmanned", "robotic", "drone", "drones", "aerial"}:
        return "drone"
    if head in {"munition", "munitions"}:
        if "loitering" in bag:
            return "drone"
        if bag & {"artillery", "cluster"}:
            return "shell"
        # "precision munitions", "guided munitions": munitions of no named class; a bare "munitions" stays unread
        return "other" if bag & {"precision", "precision-guided", "guided", "air-launched", "smart"} else None
    if head in {"device", "devices"}:
        return "bomb" if bag & lx.EXPLOSIVE_WORDS else None
    if base == "bomb" and "mortar" in bag:
        return "shell"  # mortar bombs are mortar rounds
    if head in {"round", "rounds", "ammunition"}:
        if bag & {"small-arms", "small", "rifle", "bullets", "machine-gun"}:
            return "other"
        return "shell"
    if base in {"tank", "armored_vehicle"} and (bag & lx.AIR_DEFENSE_CUES or any(lx.MODELS.get(w) == "air_defense" for w in bag)):
        return "air_defense"  # "Gepard anti-aircraft tanks"
    if base is not None:
        return base
    if head in {"carrier", "carriers"}:
        if "aircraft" in bag:
            return "ship"
        return "armored_vehicle" if bag & {"personnel", "armored", "armoured"} else None
    if head in {"station", "stations"}:
        return "other" if "radar" in bag else None
    models = {w for w in bag if w in lx.MODELS}
    # two-word model names: "Iron Dome batteries"
    models.update(pair for pair in map(" ".join, itertools.pairwise(words)) if pair in lx.MODELS)
    if bag & lx.AIR_DEFENSE_CUES or any(lx.MODELS[m] == "air_defense" for m in models):
        return "air_defense"
    if bag & lx.ARTILLERY_CUES or any(lx.MODELS[m] == "artillery" for m in models):
        return "artillery"
    if "radar" in bag:
        return "other"
    if head in {"gun", "guns", "pieces"} and "artillery" in bag:
        return "artillery"
    if head not in lx.HEADS:  # a model's plural ("Leopard 2A6s", "Super Hornets")
        return next((lx.MODELS[w] for w in words if w in lx.MODELS), None) or lx.MODELS.get(head[:-1])
    return None
