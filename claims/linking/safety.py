"""Rules that keep weak machine guesses out of the contradiction queue."""

from __future__ import annotations

from collections.abc import Mapping

MIN_WORDS = 8
STRONG_EVIDENCE = ("number_conflicts", "reversals", "negation", "place_mismatch")
RELATION_BASE = {"contradicts": 2.0, "corroborates": 1.0, "related": 0.0}


def has_strong_evidence(evidence: Mapping[str, object]) -> bool:
    return any(evidence.get(name) for name in STRONG_EVIDENCE) or _modalities_clash(evidence)


def _modalities_clash(evidence: Mapping[str, object]) -> bool:
    modalities = evidence.get("modalities") or []
    return len(set(modalities)) == 2 and "deny" in modalities


def safe_relation(relation: str, evidence: Mapping[str, object], text_a: str, text_b: str) -> str:
    """A contradiction between very short or identical claims needs explicit evidence, else "related".

    ("قتل 19 مدنيا", "قتل 19 مدنيا", no evidence) → "related".
    """
    if relation != "contradicts" or has_strong_evidence(evidence):
        return relation
    too_short = min(len(text_a.split()), len(text_b.split())) < MIN_WORDS
    same = " ".join(text_a.split()) == " ".join(text_b.split())
    return "related" if too_short or same else relation


def link_priority(relation: str, score: float, evidence: Mapping[str, object], independent: bool) -> float:
    """Queue order: contradictions with numeric conflicts between independent camps come first."""
    priority = RELATION_BASE.get(relation, 0.0) + score
    if evidence.get("number_conflicts"):
        priority += 1.0
    if independent:
        priority += 0.5
    return round(priority, 4)
