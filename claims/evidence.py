"""A link's evidence with every side-specific entry referring to claim_a as "a" and claim_b as "b".

The link stage now stores ``"claims": [claim_a_id, claim_b_id]`` beside the evidence it wrote in
that order. Links stored before have no such key and their sides may be reversed (the scorer saw
the new claim first, the link orders its claims by id), so each entry's side is read from which
claim's text holds the quoted words, falling back to the stored order.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from claims.text.normalize import normalize_key


class Side(Protocol):
    pk: int
    text: str
    modality: str


def _swap_pair(value: object) -> object:
    return [value[1], value[0]] if isinstance(value, list) and len(value) == 2 else value


def _swap_sides(entry: dict) -> dict:
    swapped = dict(entry)
    for first, second in (("a", "b"), ("a_value", "b_value")):
        if first in entry or second in entry:
            swapped[first], swapped[second] = entry.get(second), entry.get(first)
    return swapped


def _words(value: object) -> list[str]:
    if isinstance(value, list | tuple):
        return [word for item in value for word in _words(item)]
    return [normalize_key(str(value))] if value not in (None, "") else []


class _Reader:
    """Tells whether the words quoted for one side are found in claim a, in claim b, or both."""

    def __init__(self, a: Side, b: Side):
        self.a, self.b = normalize_key(a.text), normalize_key(b.text)

    def reversed(self, first: object, second: object) -> bool:
        """True when ``first`` reads as claim b's words and ``second`` as claim a's, and not otherwise."""
        kept = any(w in self.a and w not in self.b for w in _words(first)) or any(
            w in self.b and w not in self.a for w in _words(second)
        )
        swapped = any(w in self.b and w not in self.a for w in _words(first)) or any(
            w in self.a and w not in self.b for w in _words(second)
        )
        return swapped and not kept


def _pairs(value: object, reversed_: Callable[[object, object], bool]) -> object:
    if not isinstance(value, list):
        return value
    return [_swap_pair(p) if isinstance(p, list) and len(p) == 2 and reversed_(*p) else p for p in value]


def _legacy(evidence: dict, a: Side, b: Side) -> dict:
    read = _Reader(a, b)
    oriented = dict(evidence)
    conflicts = evidence.get("number_conflicts")
    if isinstance(conflicts, list):
        oriented["number_conflicts"] = [
            _swap_sides(c) if isinstance(c, dict) and read.reversed(c.get("a"), c.get("b")) else c
            for c in conflicts
        ]
    negation = evidence.get("negation")
    if isinstance(negation, dict) and read.reversed(negation.get("a"), negation.get("b")):
        oriented["negation"] = _swap_sides(negation)
    for key in ("reversals", "place_mismatch", "entity_mismatch"):
        if key in evidence:
            oriented[key] = _pairs(evidence[key], read.reversed)
    modalities = evidence.get("modalities")
    if isinstance(modalities, list) and modalities == [b.modality, a.modality] != [a.modality, b.modality]:
        oriented["modalities"] = _swap_pair(modalities)
    return oriented


def swapped_sides(evidence: dict) -> dict:
    """Every side-specific entry turned round: what was "a" becomes "b"."""
    swapped = dict(evidence)
    for key, value in evidence.items():
        if key == "number_conflicts" and isinstance(value, list):
            swapped[key] = [_swap_sides(c) if isinstance(c, dict) else c for c in value]
        elif key in ("negation", "refers") and isinstance(value, dict):
            swapped[key] = _swap_sides(value)
        elif key in ("reversals", "converse", "place_mismatch", "entity_mismatch") and isinstance(
            value, list
        ):
            swapped[key] = [_swap_pair(p) for p in value]
        elif key in ("modalities", "perpetrators", "versions"):
            swapped[key] = _swap_pair(value)
        elif key == "denial" and value in ("a", "b"):
            swapped[key] = "b" if value == "a" else "a"
    return swapped


def evidence_by_claim(evidence: dict | None, *, claim_a: Side, claim_b: Side) -> dict:
    """The evidence with "a" meaning ``claim_a`` and "b" ``claim_b``, and ``"claims"`` saying so.

    Stored without "claims", claim_a «قتل 19 مدنياً», claim_b «قتل 23 مدنياً»:
    {"number_conflicts": [{"a": "23 مدنياً", "b": "19 مدنياً", …}]}
    → {"number_conflicts": [{"a": "19 مدنياً", "b": "23 مدنياً", …}], "claims": [claim_a.pk, claim_b.pk]}
    """
    evidence = dict(evidence or {})
    ids = [claim_a.pk, claim_b.pk]
    stored = evidence.get("claims")
    if stored == ids:
        return evidence
    if stored == ids[::-1]:
        oriented = swapped_sides(evidence)
    else:
        oriented = _legacy(evidence, claim_a, claim_b)
    oriented["claims"] = ids
    return oriented


def link_evidence(link) -> dict:
    """``evidence_by_claim`` of a ClaimLink whose two claims are loaded."""
    return evidence_by_claim(link.evidence, claim_a=link.claim_a, claim_b=link.claim_b)
