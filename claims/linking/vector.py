"""Turn the signals between two claims into evidence (for people) and a feature vector (for the model)."""

from __future__ import annotations

import math
from collections.abc import Mapping

from rapidfuzz import fuzz

from claims.linking import compare
from claims.linking.features import Prepared
from claims.linking.incident import place_mismatch

BASE_FEATURES = (
    "set_ratio",
    "sort_ratio",
    "covered_min",
    "covered_max",
    "shared_weight",
    "unmatched_min",
    "unmatched_max",
    "substitutions",
    "nominal_substitutions",
    "numbers_replaced",
    "reversals",
    "same_sense",
    "orphan_polarity",
    "dissent",
    "concession",
    "negation",
    "modality_clash",
    "number_conflicts",
    "number_agreements",
    "place_mismatch",
    "entity_mismatch",
    "length_ratio",
    "longer_length",
)
# A disagreement signal matters in proportion to how much the two claims are about the same thing,
# and overlap means something else between two headlines than between a claim and a long paragraph.
PRODUCTS = (
    ("reversals", "covered_max"),
    ("negation", "covered_max"),
    ("modality_clash", "covered_max"),
    ("place_mismatch", "covered_max"),
    ("dissent", "covered_max"),
    ("covered_max", "length_ratio"),
    ("covered_min", "length_ratio"),
    ("set_ratio", "length_ratio"),
    ("unmatched_min", "length_ratio"),
    ("covered_max", "covered_max"),
    ("covered_max", "longer_length"),
    ("covered_min", "longer_length"),
    ("shared_weight", "longer_length"),
)
FEATURES = BASE_FEATURES + tuple(f"{x}*{y}" for x, y in PRODUCTS)
_PRODUCT_INDEX = tuple((BASE_FEATURES.index(x), BASE_FEATURES.index(y)) for x, y in PRODUCTS)
INTERNAL_EVIDENCE = ("number_agreements", "same_sense", "orphan_polarity")


def _evidence(a: Prepared, b: Prepared, found: compare.Overlap) -> dict:
    conflicts, agreements = compare.numbers(a, b)
    reversed_pairs, same, orphans = compare.polarity(a, b)
    mismatch = compare.exclusive_mismatch(a, b)
    mismatch.pop("place", None)
    candidates = {
        "shared_terms": list(found.shared[:8]),
        "number_conflicts": conflicts,
        "number_agreements": agreements,
        "reversals": reversed_pairs,
        "same_sense": same,
        "orphan_polarity": orphans,
        "dissent": compare.dissent(a, b),
        "negation": compare.negation(a, b),
        "modalities": compare.modality_clash(a, b),
        # Places from the gazetteer, with containment; the word lists' countries name parties too.
        "place_mismatch": place_mismatch(a, b),
        "entity_mismatch": [pair for pairs in mismatch.values() for pair in pairs],
    }
    evidence: dict = {"similarity": round(fuzz.token_set_ratio(a.norm, b.norm) / 100, 3)}
    evidence.update((key, value) for key, value in candidates.items() if value)
    return evidence


def _base(a: Prepared, b: Prepared, evidence: dict, found: compare.Overlap) -> list[float]:
    covered = (found.covered_a, found.covered_b)
    unmatched = (found.unmatched_a, found.unmatched_b)
    shorter, longer = min(len(a.content), len(b.content)), max(len(a.content), len(b.content))
    return [
        evidence["similarity"],
        fuzz.token_sort_ratio(a.norm, b.norm) / 100,
        min(covered),
        max(covered),
        math.log1p(found.shared_weight),
        math.log1p(min(unmatched)),
        math.log1p(max(unmatched)),
        min(found.substitutions, 2),
        min(found.nominal_substitutions, 2),
        float(found.numbers_replaced and not evidence.get("number_agreements")),
        min(len(evidence.get("reversals", ())), 2),
        min(evidence.get("same_sense", 0), 2),
        min(evidence.get("orphan_polarity", 0), 2),
        min(len(evidence.get("dissent", ())), 2),
        float(a.concession != b.concession),
        float("negation" in evidence),
        float("modalities" in evidence),
        min(len(evidence.get("number_conflicts", ())), 2),
        min(evidence.get("number_agreements", 0), 2),
        float("place_mismatch" in evidence),
        float("entity_mismatch" in evidence),
        shorter / longer if longer else 0.0,
        math.log1p(longer),
    ]


def pair_features(
    a: Prepared, b: Prepared, idf: Mapping[str, float] | None = None
) -> tuple[list[float], dict]:
    """The feature vector (in the order of ``FEATURES``) and the full evidence for one pair.

    ("قتل 19 مدنياً في إدلب", "قتل 23 مدنياً في إدلب")
    → ([0.8…, …], {"similarity": 0.8…, "number_conflicts": [{"a": "19 مدنياً", "b": "23 مدنياً", …}], …})
    """
    found = compare.overlap(a, b, idf)
    evidence = _evidence(a, b, found)
    values = _base(a, b, evidence, found)
    values += [values[i] * values[j] for i, j in _PRODUCT_INDEX]
    return values, evidence
