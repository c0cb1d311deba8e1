"""The project's incident gold (``bench/gold/incidents``, see ``INCIDENTS.md``) and the pair
relations derived from it.

A claim label is a line ``{"doc", "claim", "incident", "role", "counts", "perpetrator"}``; two labelled
claims of different articles relate as ``INCIDENTS.md`` says: different incidents → unrelated; one
``deny`` and one ``report`` of one incident → contradicts; two reports whose counts of the same thing
cannot both hold → contradicts; otherwise one incident → corroborates (two ``context`` claims, or a
``context`` and a ``deny``: unrelated).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path

GOLD = Path(__file__).resolve().parent / "gold" / "incidents"


@dataclass(frozen=True)
class Label:
    doc: str
    claim: str
    incident: str | None
    role: str
    counts: tuple = field(default=())
    perpetrator: str | None = None


def groups(part: str) -> list[str]:
    """The claim groups of a part ("fit", "test" or "all") that have a labels file here."""
    split = json.loads((GOLD / "split.json").read_text(encoding="utf-8"))
    names = split["fit"] + split["test"] if part == "all" else split[part]
    return [name for name in names if (GOLD / f"{name}.jsonl").exists()]


def labels(group: str) -> tuple[dict[str, dict], list[Label]]:
    """The incidents of a group (by id) and its claim labels, in file order."""
    incidents: dict[str, dict] = {}
    claims: list[Label] = []
    for line in (GOLD / f"{group}.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        if "summary" in row:
            incidents[row["incident"]] = row
            continue
        claims.append(
            Label(
                doc=row["doc"],
                claim=row["claim"],
                incident=row.get("incident"),
                role=row.get("role", "report"),
                counts=tuple(
                    json.dumps(c, ensure_ascii=False, sort_keys=True) for c in row.get("counts", [])
                ),
                perpetrator=row.get("perpetrator"),
            )
        )
    return incidents, claims


def _interval(count: dict) -> tuple[float, float]:
    value, qualifier = float(count["value"]), count.get("qualifier", "exact")
    if qualifier == "at_least":
        return value, math.inf
    if qualifier == "more_than":
        return value + 1, math.inf
    if qualifier == "at_most":
        return 0.0, value
    if qualifier == "about":
        return value * 0.8, value * 1.2
    if qualifier == "vague":  # «عشرات» is recorded as 20: tens, not hundreds
        return value / 2, value * 5 - 1
    return value, value


def counts_conflict(a: Label, b: Label) -> bool:
    """Two counts of the same thing that cannot both hold ("23 مدنيين قتلى" exact vs 30 exact)."""
    for left in map(json.loads, a.counts):
        for right in map(json.loads, b.counts):
            if " ".join(left["what"].split()) != " ".join(right["what"].split()):
                continue
            (lo1, hi1), (lo2, hi2) = _interval(left), _interval(right)
            if hi1 < lo2 or hi2 < lo1:
                return True
    return False


def relation(a: Label, b: Label) -> str:
    if a.incident is None or a.incident != b.incident:
        return "unrelated"
    roles = {a.role, b.role}
    if roles == {"deny", "report"}:
        return "contradicts"
    if "report" not in roles:
        return "unrelated"
    if roles == {"report"} and counts_conflict(a, b):
        return "contradicts"
    return "corroborates"
