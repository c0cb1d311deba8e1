"""Source credibility from reviewers' decisions, as a Beta–Binomial posterior.

A decided contradiction upholds one claim (a success for its source) and refutes the other (a
failure). A corroboration by another source is a success weighted by how independent that source
is. The prior is Beta(1, 1), uniform: before any decision every credibility is equally likely, and
one decision moves the score by a visible but modest step. The posterior is then
Beta(1 + successes, 1 + failures); its mean is the score and its central interval the uncertainty.
A source with no decided evidence has no score: unknown is not 0.5.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

KINDS = ("upheld", "refuted", "corroborated")
INDEPENDENT_WEIGHT = 1.0
SAME_CAMP_WEIGHT = 0.25
# Affiliations that report from one side of the war. "independent" is no camp: two independent
# outlets are independent of each other. "unknown" cannot show independence, so it weighs as a camp.
CAMPS = {
    "pro_government": "damascus",
    "russian_state": "damascus",
    "iranian_state": "damascus",
    "opposition": "opposition",
    "turkish_state": "opposition",
    "sdf": "coalition",
    "us_coalition": "coalition",
    "international": "international",
}


@dataclass(frozen=True)
class Outcome:
    """One reviewer-decided piece of evidence about a source's claim."""

    kind: str  # "upheld" | "refuted" | "corroborated"
    weight: float = 1.0


@dataclass(frozen=True)
class Credibility:
    """Posterior mean and central interval; all three None when nothing has been decided."""

    score: float | None
    low: float | None
    high: float | None
    upheld: int
    refuted: int
    corroborated: int
    alpha: float
    beta: float


def corroboration_weight(affiliation_a: str | None, affiliation_b: str | None, same_source: bool) -> float:
    """How much a corroboration between two sources counts as independent evidence.

    The same source repeating itself counts 0; two sources of one camp 0.25 (Sputnik confirming
    the Russian Reconciliation Centre); sources of different camps 1.0 (SOHR confirming SANA).
    ("opposition", "turkish_state", False) → 0.25; ("opposition", "pro_government", False) → 1.0.
    """
    if same_source:
        return 0.0
    if affiliation_a in (None, "unknown") or affiliation_b in (None, "unknown"):
        return SAME_CAMP_WEIGHT
    camp_a, camp_b = CAMPS.get(affiliation_a), CAMPS.get(affiliation_b)
    return SAME_CAMP_WEIGHT if camp_a is not None and camp_a == camp_b else INDEPENDENT_WEIGHT


def credibility(
    outcomes: Iterable[Outcome], *, prior: tuple[float, float] = (1.0, 1.0), interval: float = 0.90
) -> Credibility:
    """Beta posterior over the share of a source's decided claims that hold.

    Outcomes of weight 0 are not evidence and are not counted. For المرصد السوري with 3 upheld and
    1 refuted: Beta(4, 2), score 0.6667, 90 % interval (0.3426, 0.9236).
    """
    if not 0.0 < interval < 1.0 or min(prior) <= 0.0:
        raise ValueError("interval must lie in (0, 1) and prior parameters be positive")
    decided = [o for o in outcomes if _checked(o).weight > 0.0]
    successes = sum(o.weight for o in decided if o.kind != "refuted")
    failures = sum(o.weight for o in decided if o.kind == "refuted")
    alpha, beta = prior[0] + successes, prior[1] + failures
    counts = {kind: sum(o.kind == kind for o in decided) for kind in KINDS}
    if not decided:
        return Credibility(None, None, None, **counts, alpha=alpha, beta=beta)
    tail = (1.0 - interval) / 2.0
    low, high = beta_quantile(tail, alpha, beta), beta_quantile(1.0 - tail, alpha, beta)
    return Credibility(alpha / (alpha + beta), low, high, **counts, alpha=alpha, beta=beta)


def _checked(outcome: Outcome) -> Outcome:
    if outcome.kind not in KINDS or outcome.weight < 0.0:
        raise ValueError(f"unusable outcome {outcome!r}")
    return outcome


def beta_cdf(x: float, a: float, b: float) -> float:
    """Regularized incomplete beta I_x(a, b): P(X ≤ x) for X ~ Beta(a, b). beta_cdf(0.5, 2, 1) → 0.25."""
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    # The continued fraction converges fast only left of the mean; use I_x(a, b) = 1 - I_{1-x}(b, a).
    if x > (a + 1.0) / (a + b + 2.0):
        return 1.0 - beta_cdf(1.0 - x, b, a)
    log_front = a * math.log(x) + b * math.log1p(-x) - _log_beta(a, b)
    return math.exp(log_front) * _continued_fraction(x, a, b) / a


def _log_beta(a: float, b: float) -> float:
    return math.lgamma(a) + math.lgamma(b) - math.lgamma(a + b)


def _continued_fraction(x: float, a: float, b: float, *, eps: float = 1e-15, steps: int = 500) -> float:
    """1 / (1 + d1 / (1 + d2 / (1 + …))) for the incomplete beta, by the modified Lentz method."""
    tiny = 1e-300
    c, d = 1.0, 1.0 / _nonzero(1.0 - (a + b) * x / (a + 1.0), tiny)
    result = d
    for m in range(1, steps + 1):
        even = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m))
        odd = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))
        for term in (even, odd):
            d = 1.0 / _nonzero(1.0 + term * d, tiny)
            c = _nonzero(1.0 + term / c, tiny)
            result *= c * d
        if abs(c * d - 1.0) < eps:
            break
    return result


def _nonzero(value: float, tiny: float) -> float:
    return value if abs(value) >= tiny else tiny


def beta_quantile(p: float, a: float, b: float, *, tol: float = 1e-12) -> float:
    """The x with beta_cdf(x, a, b) = p, by bisection. beta_quantile(0.25, 2, 1) → 0.5."""
    if not 0.0 <= p <= 1.0:
        raise ValueError("p must lie in [0, 1]")
    low, high = 0.0, 1.0
    while high - low > tol:
        mid = (low + high) / 2.0
        low, high = (mid, high) if beta_cdf(mid, a, b) < p else (low, mid)
    return (low + high) / 2.0
