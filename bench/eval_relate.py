"""Measure the claim-pair scorer: macro-F1 on ANS stance and Baly 2018 pairs, and pairs scored per second.

usage: python bench/eval_relate.py [--shared ../shared] [--write DIR]

Reads the corpora from ../shared next to the repository (never copies them) and skips a corpus with
a message when it is absent. Macro-F1 is computed as tools/macro_f1.py does ("related" counts as
unrelated). Baly pairs are built as tools/baly_pairs.py builds them and reported per fold group:
the scorer is trained on folds 1–3 and selected on fold 4, so fold 5 is the held-out figure.
--write DIR also writes <name>.pred.jsonl and <name>.gold.json for tools/macro_f1.py.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from train_linker import TEST_FOLDS, Pair, baly_claims, load_ans, macro_f1  # noqa: E402

from claims.linking import ClaimText, prepare, score_pair  # noqa: E402

CLASS_NAMES = ("corroborates", "contradicts", "unrelated")
SPEED_PAIRS = 20000


def relate(pairs: list[Pair]) -> list[str]:
    return [score_pair(prepare(ClaimText(a)), prepare(ClaimText(b))).relation for a, b, _ in pairs]


def report(name: str, pairs: list[Pair], write: Path | None) -> None:
    predicted = relate(pairs)
    gold = [g for *_, g in pairs]
    score, per_class = macro_f1(gold, predicted)
    classes = " ".join(f"{c}={f:.3f}" for c, f in zip(CLASS_NAMES, per_class, strict=True))
    print(f"{name:<22} n={len(pairs):<5} macro-F1={score:.3f}  {classes}")
    if write:
        write.mkdir(parents=True, exist_ok=True)
        with (write / f"{name}.pred.jsonl").open("w", encoding="utf-8") as f:
            f.writelines(json.dumps({"id": str(i), "relation": p}) + "\n" for i, p in enumerate(predicted))
        json.dump({str(i): g for i, g in enumerate(gold)}, (write / f"{name}.gold.json").open("w"))


def baly_by_fold(shared: Path) -> dict[str, list[Pair]]:
    from train_linker import baly_pairs

    return {
        "baly_folds1-3_train": baly_pairs(baly_claims(shared, (1, 2, 3))),
        "baly_fold4_dev": baly_pairs(baly_claims(shared, (4,))),
        "baly_fold5_heldout": baly_pairs(baly_claims(shared, TEST_FOLDS)),
    }


def speed(pairs: list[Pair]) -> None:
    """Pairs per second of this process's CPU time, so that other load on the machine does not count."""
    start = time.process_time()
    prepared = [(prepare(ClaimText(a)), prepare(ClaimText(b))) for a, b, _ in pairs]
    prepare_rate = 2 * len(pairs) / (time.process_time() - start)
    batch = (prepared * (SPEED_PAIRS // len(prepared) + 1))[:SPEED_PAIRS]
    start = time.process_time()
    for a, b in batch:
        score_pair(a, b)
    rate = len(batch) / (time.process_time() - start)
    print(
        f"speed (CPU time, one core): score_pair {rate:,.0f} pairs/s on prepared claims; "
        f"prepare {prepare_rate:,.0f} claims/s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--write", type=Path, default=None)
    args = parser.parse_args()
    ans_dir = args.shared / "data/external/ans/stance"
    baly_dir = args.shared / "data/external/baly2018/dataset"
    if ans_dir.is_dir():
        for split in ("dev", "test"):
            report(f"ans_{split}", load_ans(args.shared, split), args.write)
        speed(load_ans(args.shared, "test"))
    else:
        print(f"skipped ANS: {ans_dir} not found")
    if baly_dir.is_dir():
        folds = baly_by_fold(args.shared)
        for name, pairs in folds.items():
            report(name, pairs, args.write)
        report("baly_all_folds", [p for pairs in folds.values() for p in pairs], args.write)
    else:
        print(f"skipped Baly 2018: {baly_dir} not found")


if __name__ == "__main__":
    main()
