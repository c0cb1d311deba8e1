"""Fit the claim-pair scorer from the training splits and write its two data files.

usage: python bench/train_linker.py [--shared ../shared] [--in-domain PAIRS]

Reads ANS stance train (and dev to choose the regularisation) and Baly 2018 claims of folds 1–3
(fold 4 joins dev for model selection; fold 5 is never read here). Writes
claims/linking/frequent.json (inverse document frequencies of frequent stems, from training
text only) and claims/linking/weights.json. Deterministic: the same corpora give the same files.

--in-domain PAIRS adds the labelled pairs of the project's own claim groups (written by
`bench/review_queue.py --part fit --pairs PAIRS`) to the grid, two groups in three to fit and one to
select. Measured on the fit part (17 grid points): every weight given to them lowered all three
selection figures (their own part 0.17-0.20 → 0.155-0.166, ANS dev, Baly dev), because pairs of one
incident that tell different facts share few words; the committed weights are fitted without them.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from claims.linking import lexicon, model  # noqa: E402
from claims.linking.features import ClaimText, prepare  # noqa: E402
from claims.linking.scoring import decide  # noqa: E402
from claims.linking.stems import stem  # noqa: E402
from claims.linking.vector import FEATURES, pair_features  # noqa: E402
from claims.text.normalize import tokenize  # noqa: E402

CLASSES = ("corroborates", "contradicts", "unrelated")
ANS_LABELS = {"agree": "corroborates", "disagree": "contradicts", "other": "unrelated"}
BALY_LABELS = {"agree": "corroborates", "disagree": "contradicts"}
TRAIN_FOLDS, DEV_FOLDS, TEST_FOLDS = (1, 2, 3), (4,), (5,)
FREQUENT_MAX_IDF = 6.0
RELATEDNESS_FEATURES = (
    "set_ratio",
    "sort_ratio",
    "covered_min",
    "covered_max",
    "shared_weight",
    "unmatched_min",
    "unmatched_max",
    "substitutions",
    "number_agreements",
    "place_mismatch",
    "length_ratio",
    "longer_length",
    "covered_max*length_ratio",
    "covered_min*length_ratio",
    "covered_max*covered_max",
    "covered_max*longer_length",
    "covered_min*longer_length",
    "shared_weight*longer_length",
)
STANCE_FEATURES = tuple(f for f in FEATURES if not f.endswith("*longer_length"))
# Grid searched on dev: L2 strength, weight of Baly pairs, weight of ANS's few unrelated pairs, weight of
# in-domain pairs (our own claim groups; none when they are not given).
GRID = [
    (l2, baly, other, own)
    for l2 in (1e-3, 1e-2)
    for baly in (0.5, 1.0)
    for other in (1.0, 3.0)
    for own in (0.0, 0.3, 1.0)
]

Pair = tuple[str, str, str]


def load_ans(shared: Path, split: str) -> list[Pair]:
    path = shared / "data/external/ans/stance" / f"{split}.csv"
    with path.open(encoding="utf-8") as f:
        return [(r["s1"], r["s2"], ANS_LABELS[r["stance"]]) for r in csv.DictReader(f)]


def baly_folds(shared: Path) -> dict[str, int]:
    folds = {}
    for line in (shared / "data/external/baly2018/train_test_splits.txt").read_text().splitlines():
        name, _, ids = line.partition(":")
        folds.update((claim_id, int(name.split("_")[1])) for claim_id in ids.split())
    return folds


def baly_claims(shared: Path, folds: tuple[int, ...]) -> list[dict]:
    fold_of = baly_folds(shared)
    paths = sorted((shared / "data/external/baly2018/dataset").glob("*.json"))
    claims = [json.loads(p.read_text(encoding="utf-8")) for p in paths]
    return [c for c in claims if fold_of[c["id"]] in folds]


def baly_pairs(claims: list[dict]) -> list[Pair]:
    """The pairs tools/baly_pairs.py builds: rationale lines for agree/disagree, one unrelated line."""
    pairs = []
    for c in claims:
        took_unrelated = False
        for article, stance, rationale in zip(c["article"], c["stance"], c["rationale"], strict=True):
            lines = article.split("\n")
            if stance in BALY_LABELS and rationale:
                pairs += [(c["claim"], lines[j], BALY_LABELS[stance]) for j in json.loads(rationale)]
            elif stance == "unrelated" and not took_unrelated and lines:
                pairs.append((c["claim"], max(lines, key=len)[:600], "unrelated"))
                took_unrelated = True
    return pairs


def load_in_domain(path: Path) -> dict[str, list[Pair]]:
    """Labelled pairs of our own claim groups, as ``bench/review_queue.py --part fit --pairs FILE`` writes
    them (ids "R-145:12-40"), by group."""
    groups: dict[str, list[Pair]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        group = row["id"].split(":", 1)[0]
        groups.setdefault(group, []).append((row["a"]["text"], row["b"]["text"], row["gold"]))
    return groups


def split_in_domain(groups: dict[str, list[Pair]]) -> tuple[list[Pair], list[Pair]]:
    """Training and selection pairs, split by claim group: every third group (in name order) selects."""
    names = sorted(groups)
    train = [p for i, name in enumerate(names) if i % 3 != 1 for p in groups[name]]
    select = [p for i, name in enumerate(names) if i % 3 == 1 for p in groups[name]]
    return train, select


def frequent_terms(documents: list[str]) -> dict[str, float]:
    """Log inverse document frequency of every stem frequent enough to matter."""
    df: Counter[str] = Counter()
    for doc in documents:
        df.update({stem(t) for t in tokenize(doc) if t.isalnum()})
    n = len(documents)
    idf = {t: math.log(n / c) for t, c in df.items()}
    return {t: round(v, 2) for t, v in sorted(idf.items()) if v < FREQUENT_MAX_IDF}


def training_documents(ans: list[Pair], claims: list[dict]) -> list[str]:
    docs = [text for a, b, _ in ans for text in (a, b)]
    for c in claims:
        docs += [line for article in c["article"] for line in article.split("\n") if len(line) > 30]
    return docs


def featurize(pairs: list[Pair]) -> list[list[float]]:
    return [pair_features(prepare(ClaimText(a)), prepare(ClaimText(b)))[0] for a, b, _ in pairs]


def macro_f1(gold: list[str], pred: list[str]) -> tuple[float, list[float]]:
    """Macro-F1 over the three classes, "related" counted as unrelated, as tools/macro_f1.py does."""
    pred = ["unrelated" if p == "related" else p for p in pred]
    scores = []
    for c in CLASSES:
        tp = sum(g == c == p for g, p in zip(gold, pred, strict=True))
        fp = sum(g != c and p == c for g, p in zip(gold, pred, strict=True))
        fn = sum(g == c and p != c for g, p in zip(gold, pred, strict=True))
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / len(scores), scores


def predict(linker: model.Linker, rows: list[list[float]]) -> list[str]:
    """Relations for full feature rows, from a linker as written to weights.json."""
    full = model.Linker.from_json(linker.to_json(), FEATURES)
    covered = FEATURES.index("covered_max")
    return [decide(full.probabilities(x), x[covered])[0] for x in rows]


def _columns(rows: list[list[float]], names: tuple[str, ...]) -> list[list[float]]:
    index = [FEATURES.index(n) for n in names]
    return [[r[i] for i in index] for r in rows]


def fit_linker(rows: list[list[float]], labels: list[str], weights: list[float], l2: float) -> model.Linker:
    """Relatedness on every pair; stance only on the pairs that are related."""
    related = ["unrelated" if g == "unrelated" else "related" for g in labels]
    relatedness = model.fit(
        _columns(rows, RELATEDNESS_FEATURES),
        related,
        classes=("related", "unrelated"),
        features=RELATEDNESS_FEATURES,
        l2=l2,
        sample_weight=weights,
    )
    keep = [i for i, g in enumerate(labels) if g != "unrelated"]
    stance = model.fit(
        _columns([rows[i] for i in keep], STANCE_FEATURES),
        [labels[i] for i in keep],
        classes=("corroborates", "contradicts"),
        features=STANCE_FEATURES,
        l2=l2,
        sample_weight=[weights[i] for i in keep],
    )
    return model.Linker(relatedness, stance)


def select(
    ans: list[Pair], baly: list[Pair], dev_sets: dict[str, list[Pair]], own: list[Pair] | None = None
) -> model.Linker:
    """Fit each grid point; keep the one with the best mean dev macro-F1 over the dev sets."""
    own = own or []
    rows, labels = featurize(ans + baly + own), [g for *_, g in ans + baly + own]
    dev_rows = {name: (featurize(pairs), [g for *_, g in pairs]) for name, pairs in dev_sets.items()}
    best, best_score = None, -1.0
    for l2, baly_weight, other_weight, own_weight in GRID:
        if own_weight and not own:
            continue
        weights = [other_weight if g == "unrelated" else 1.0 for *_, g in ans] + [baly_weight] * len(baly)
        weights += [own_weight] * len(own)
        linker = fit_linker(rows, labels, weights, l2)
        scores = {name: macro_f1(gold, predict(linker, x))[0] for name, (x, gold) in dev_rows.items()}
        mean = sum(scores.values()) / len(scores)
        print(
            f"l2={l2:g} baly={baly_weight} other={other_weight} own={own_weight} "
            + " ".join(f"{k}={v:.3f}" for k, v in scores.items())
            + f" mean={mean:.3f}"
        )
        if mean > best_score:
            best, best_score = linker, mean
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--in-domain", type=Path, help="pairs of bench/review_queue.py --part fit --pairs")
    args = parser.parse_args()
    ans_train = load_ans(args.shared, "train")
    baly_train = baly_claims(args.shared, TRAIN_FOLDS)
    lexicon.FREQUENT.clear()
    lexicon.FREQUENT.update(frequent_terms(training_documents(ans_train, baly_train)))
    lexicon.FREQUENT_PATH.write_text(json.dumps(lexicon.FREQUENT, ensure_ascii=False, indent=0) + "\n")
    dev = {
        "ans_dev": load_ans(args.shared, "dev"),
        "baly_dev": baly_pairs(baly_claims(args.shared, DEV_FOLDS)),
    }
    own = []
    if args.in_domain:
        own, dev["own_select"] = split_in_domain(load_in_domain(args.in_domain))
    linker = select(ans_train, baly_pairs(baly_train), dev, own)
    model.WEIGHTS_PATH.write_text(json.dumps(linker.to_json(), indent=1) + "\n")
    print(f"wrote {lexicon.FREQUENT_PATH.name} ({len(lexicon.FREQUENT)} stems) and {model.WEIGHTS_PATH.name}")


if __name__ == "__main__":
    main()
