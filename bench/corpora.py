"""Documents the gold files name, read from ../shared where they live (never copied here).

A seed is ``data/seeds/<name>``; a Baly 2018 article ``baly-<CLAIM>-<INDEX>.txt`` is entry INDEX of
``data/external/baly2018/dataset/<CLAIM>.json``, as ``tools/baly_articles.py`` writes it.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEEDS = SHARED / "data" / "seeds"
BALY = SHARED / "data" / "external" / "baly2018" / "dataset"
BALY_NAME = re.compile(r"baly-([RV]-\d+)-(\d+)\.txt")
ATTRIBUTION_SPLIT = Path(__file__).resolve().parent / "gold" / "attribution" / "split.json"
INCIDENT_SPLIT = Path(__file__).resolve().parent / "gold" / "incidents" / "split.json"


def own_docs(split: str) -> frozenset[str]:
    """The documents of one part ("fit", "dev" or "test") of the project's own attribution gold."""
    docs = json.loads(ATTRIBUTION_SPLIT.read_text(encoding="utf-8"))["docs"]
    return frozenset(name for name, entry in docs.items() if entry["split"] == split)


def held_out_groups() -> set[str]:
    """Baly 2018 claim groups of the test parts of the project's own incident and attribution gold:
    what is mined from the corpus (common words, speakers, site chrome) leaves them out."""
    incidents = json.loads(INCIDENT_SPLIT.read_text(encoding="utf-8"))
    attribution = {match[1] for name in own_docs("test") if (match := BALY_NAME.fullmatch(name))}
    return set(incidents["test"]) | attribution


@cache
def baly_claim(claim: str) -> dict | None:
    path = BALY / f"{claim}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def document_text(name: str) -> str | None:
    """The text of a document named as the gold names it, or None when it is not here."""
    seed = SEEDS / name
    if seed.exists():
        return seed.read_bytes().decode("utf-8")
    match = BALY_NAME.fullmatch(name)
    data = baly_claim(match[1]) if match else None
    if data is None or int(match[2]) >= len(data["article"]):
        return None
    return data["article"][int(match[2])]


def document_url(name: str) -> str | None:
    match = BALY_NAME.fullmatch(name)
    data = baly_claim(match[1]) if match else None
    return data["url"][int(match[2])] if data else None
