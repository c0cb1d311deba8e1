"""Credibility maths: corroboration weights, the Beta posterior and its quantiles."""

from __future__ import annotations

import math

import numpy as np
import pytest

from sources.scoring import Credibility, Outcome, beta_cdf, beta_quantile, corroboration_weight, credibility

UPHELD, REFUTED = Outcome("upheld"), Outcome("refuted")


def integrated_cdf(x: float, a: float, b: float) -> float:
    """P(X ≤ x) by the trapezoid rule on the density, independent of the continued fraction."""
    grid = np.linspace(0.0, x, 400_001)
    log_norm = math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b)
    with np.errstate(divide="ignore"):
        density = np.exp(log_norm + (a - 1) * np.log(grid) + (b - 1) * np.log1p(-grid))
    return float(np.trapezoid(np.nan_to_num(density), grid))


@pytest.mark.parametrize(
    ("a", "b", "quantile"),
    [
        (1.0, 1.0, lambda p: p),
        (2.0, 1.0, math.sqrt),
        (1.0, 2.0, lambda p: 1.0 - math.sqrt(1.0 - p)),
        (3.0, 1.0, lambda p: p ** (1.0 / 3.0)),
        (0.5, 0.5, lambda p: math.sin(math.pi * p / 2.0) ** 2),
    ],
)
@pytest.mark.parametrize("p", [0.001, 0.05, 0.3, 0.5, 0.95, 0.999])
def test_beta_quantile_matches_closed_forms(a: float, b: float, quantile, p: float) -> None:
    assert beta_quantile(p, a, b) == pytest.approx(quantile(p), abs=1e-9)


@pytest.mark.parametrize(
    ("x", "a", "b"),
    [
        (0.3, 4.0, 2.0),
        (0.8, 4.0, 2.0),
        (0.42, 2.5, 3.75),
        (0.7, 30.0, 7.0),
        (0.85, 30.0, 7.0),
        (0.2, 1.5, 1.0),
    ],
)
def test_beta_cdf_matches_numerical_integration(x: float, a: float, b: float) -> None:
    assert beta_cdf(x, a, b) == pytest.approx(integrated_cdf(x, a, b), abs=1e-6)


def test_beta_cdf_of_beta_4_2_is_its_polynomial() -> None:
    for x in (0.1, 0.5, 0.9):
        assert beta_cdf(x, 4.0, 2.0) == pytest.approx(5 * x**4 - 4 * x**5, abs=1e-12)


def test_beta_cdf_is_zero_and_one_outside_the_unit_interval() -> None:
    assert (beta_cdf(-0.1, 2.0, 3.0), beta_cdf(0.0, 2.0, 3.0), beta_cdf(1.0, 2.0, 3.0)) == (0.0, 0.0, 1.0)


def test_three_upheld_one_refuted_gives_beta_4_2() -> None:
    result = credibility([UPHELD, UPHELD, UPHELD, REFUTED])
    assert (result.upheld, result.refuted, result.corroborated) == (3, 1, 0)
    assert (result.alpha, result.beta) == (4.0, 2.0)
    assert result.score == pytest.approx(2 / 3)
    assert result.low == pytest.approx(0.342592, abs=1e-6)
    assert result.high == pytest.approx(0.923560, abs=1e-6)
    assert 5 * result.low**4 - 4 * result.low**5 == pytest.approx(0.05, abs=1e-9)
    assert 5 * result.high**4 - 4 * result.high**5 == pytest.approx(0.95, abs=1e-9)


def test_one_upheld_gives_beta_2_1_with_square_root_bounds() -> None:
    result = credibility([UPHELD])
    assert result.score == pytest.approx(2 / 3)
    assert (result.low, result.high) == (pytest.approx(math.sqrt(0.05)), pytest.approx(math.sqrt(0.95)))


def test_source_without_decided_evidence_is_unknown_not_half() -> None:
    assert credibility([]) == Credibility(None, None, None, 0, 0, 0, 1.0, 1.0)


def test_same_source_corroboration_is_no_evidence() -> None:
    result = credibility([Outcome("corroborated", corroboration_weight("opposition", "opposition", True))])
    assert result == Credibility(None, None, None, 0, 0, 0, 1.0, 1.0)


def test_corroborations_add_their_weights_to_successes() -> None:
    outcomes = [REFUTED, Outcome("corroborated", 1.0), Outcome("corroborated", 0.25)]
    result = credibility(outcomes)
    assert (result.alpha, result.beta) == (2.25, 2.0)
    assert (result.upheld, result.refuted, result.corroborated) == (0, 1, 2)
    assert result.score == pytest.approx(2.25 / 4.25)


def test_refutations_lower_the_score_below_the_prior_mean() -> None:
    result = credibility([REFUTED, REFUTED, UPHELD])
    assert result.score == pytest.approx(0.4)
    assert result.low == pytest.approx(beta_quantile(0.05, 2.0, 3.0))


def test_narrower_interval_and_custom_prior() -> None:
    result = credibility([UPHELD, REFUTED], prior=(2.0, 2.0), interval=0.5)
    assert (result.alpha, result.beta, result.score) == (3.0, 3.0, 0.5)
    assert result.low == pytest.approx(1.0 - result.high)
    # I_x(3, 3) = 10x³ − 15x⁴ + 6x⁵
    assert 10 * result.low**3 - 15 * result.low**4 + 6 * result.low**5 == pytest.approx(0.25, abs=1e-9)
    assert result.low == pytest.approx(0.359436, abs=1e-6)


@pytest.mark.parametrize(
    ("a", "b", "same", "weight"),
    [
        ("opposition", "pro_government", False, 1.0),
        ("opposition", "turkish_state", False, 0.25),
        ("russian_state", "pro_government", False, 0.25),
        ("iranian_state", "russian_state", False, 0.25),
        ("sdf", "us_coalition", False, 0.25),
        ("sdf", "turkish_state", False, 1.0),
        ("international", "international", False, 0.25),
        ("independent", "independent", False, 1.0),
        ("independent", "pro_government", False, 1.0),
        ("unknown", "opposition", False, 0.25),
        (None, "independent", False, 0.25),
        ("opposition", "pro_government", True, 0.0),
    ],
)
def test_corroboration_weight_by_camp(a: str | None, b: str | None, same: bool, weight: float) -> None:
    assert corroboration_weight(a, b, same) == weight


@pytest.mark.parametrize(
    "outcomes", [[Outcome("confirmed")], [Outcome("upheld", -1.0)]], ids=["unknown kind", "negative weight"]
)
def test_unusable_outcomes_are_refused(outcomes: list[Outcome]) -> None:
    with pytest.raises(ValueError):
        credibility(outcomes)


@pytest.mark.parametrize(("prior", "interval"), [((1.0, 1.0), 1.0), ((0.0, 1.0), 0.9)])
def test_bad_prior_or_interval_is_refused(prior: tuple[float, float], interval: float) -> None:
    with pytest.raises(ValueError):
        credibility([UPHELD], prior=prior, interval=interval)


@pytest.mark.django_db
def test_a_decided_wire_copy_adds_no_corroboration_to_either_source() -> None:
    """SANA and SOHR agreeing counts for both; the same words printed twice are one report."""
    from sources.selectors import outcomes_for
    from tests.factories import ClaimFactory, ClaimLinkFactory, SourceFactory

    sana = SourceFactory(name="سانا", affiliation="state")
    sohr = SourceFactory(name="المرصد السوري لحقوق الإنسان", affiliation="opposition")
    link = ClaimLinkFactory(
        claim_a=ClaimFactory(source=sana),
        claim_b=ClaimFactory(source=sohr),
        status="decided",
        decided_relation="corroborates",
    )
    assert [o.kind for o in outcomes_for([sana.pk])[sana.pk]] == ["corroborated"]
    link.evidence = {"copy": True}
    link.save()
    assert outcomes_for([sana.pk]) == {}
