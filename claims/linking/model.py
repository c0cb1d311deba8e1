"""Logistic regressions over pair features: fitted with numpy, applied in plain Python.

Two stages: whether two claims are about the same thing at all, then, if they are, whether they agree.
Each stage reads its own subset of the pair features, by name.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from operator import mul
from pathlib import Path

WEIGHTS_PATH = Path(__file__).with_name("weights.json")


@dataclass(frozen=True)
class Model:
    """Coefficients apply to raw feature values (standardisation is folded in when fitting) and give
    the logit of every class after the first, whose logit is 0."""

    classes: tuple[str, ...]
    features: tuple[str, ...]
    coef: tuple[tuple[float, ...], ...]
    intercept: tuple[float, ...]

    def probabilities(self, values: list[float]) -> dict[str, float]:
        """Class probabilities for one feature vector, in the order of ``features``."""
        logits = [0.0] + [
            b + sum(map(mul, row, values)) for row, b in zip(self.coef, self.intercept, strict=True)
        ]
        top = max(logits)
        exps = [math.exp(z - top) for z in logits]
        total = sum(exps)
        return {c: e / total for c, e in zip(self.classes, exps, strict=True)}

    def to_json(self) -> dict:
        return {
            "classes": list(self.classes),
            "features": list(self.features),
            "coef": [[float(f"{v:.6g}") for v in row] for row in self.coef],
            "intercept": [float(f"{v:.6g}") for v in self.intercept],
        }


def from_json(data: dict, all_features: tuple[str, ...] | None = None) -> Model:
    """Read a model; with ``all_features`` its coefficients are spread over that longer vector, zeros
    where it reads nothing, so that every stage applies to the same full feature vector."""
    features = tuple(data["features"])
    coef = tuple(tuple(row) for row in data["coef"])
    if all_features is not None:
        spread = [dict(zip(features, row, strict=True)) for row in coef]
        coef = tuple(tuple(row.get(name, 0.0) for name in all_features) for row in spread)
        features = all_features
    return Model(tuple(data["classes"]), features, coef, tuple(data["intercept"]))


@dataclass(frozen=True)
class Linker:
    relatedness: Model
    stance: Model

    def probabilities(self, values: list[float]) -> dict[str, float]:
        """P(corroborates), P(contradicts), P(unrelated) for one full feature vector."""
        related = self.relatedness.probabilities(values)["related"]
        stance = self.stance.probabilities(values)
        return {
            "corroborates": related * stance["corroborates"],
            "contradicts": related * stance["contradicts"],
            "unrelated": 1.0 - related,
        }

    def to_json(self) -> dict:
        return {"relatedness": self.relatedness.to_json(), "stance": self.stance.to_json()}

    @staticmethod
    def from_json(data: dict, all_features: tuple[str, ...] | None = None) -> Linker:
        return Linker(from_json(data["relatedness"], all_features), from_json(data["stance"], all_features))


@lru_cache(maxsize=1)
def load(all_features: tuple[str, ...], path: Path = WEIGHTS_PATH) -> Linker:
    """The committed linker, its stages spread over the full feature vector ``all_features``."""
    return Linker.from_json(json.loads(path.read_text(encoding="utf-8")), all_features)


def fit(
    rows: list[list[float]],
    labels: list[str],
    *,
    classes: tuple[str, ...],
    features: tuple[str, ...],
    l2: float = 1e-2,
    steps: int = 3000,
    sample_weight: list[float] | None = None,
) -> Model:
    """Full-batch gradient descent on the softmax loss with L2; deterministic for given rows."""
    import numpy as np

    x = np.asarray(rows, dtype=float)
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-6
    x = (x - mean) / scale
    y = np.zeros((len(labels), len(classes)))
    y[np.arange(len(labels)), [classes.index(c) for c in labels]] = 1.0
    weights = np.asarray(sample_weight or [1.0] * len(labels), dtype=float)[:, None]
    coef, intercept = np.zeros((len(classes), x.shape[1])), np.zeros(len(classes))
    rate, n = 0.5, weights.sum()
    for _ in range(steps):
        logits = x @ coef.T + intercept
        probs = np.exp(logits - logits.max(axis=1, keepdims=True))
        probs /= probs.sum(axis=1, keepdims=True)
        error = (probs - y) * weights
        coef -= rate * (error.T @ x / n + l2 * coef)
        intercept -= rate * error.sum(axis=0) / n
    raw = (coef - coef[0]) / scale
    raw_intercept = intercept - intercept[0] - raw @ mean
    raw, raw_intercept = raw[1:], raw_intercept[1:]
    return Model(classes, features, tuple(map(tuple, raw.tolist())), tuple(raw_intercept.tolist()))
