"""Build claims/linking/news_common.json: the words too common in Syria news to tie two reports to one incident.

usage: python bench/news_common.py [--shared ../shared]   (from the repository root)

A word two claims share ties them to one incident only when it is specific: a name, a rare
object («حطام», «كرمانشاه»), not «خسارة», «حلفائه», «استخدم» or «ريفي». Rarity is counted over the
Baly 2018 corpus by claim group, not by article: each claim there has a cluster of articles about
it, so a word's share of clusters says how many stories use it, where its share of articles would
mostly say how big one story's cluster is. A stem (every reading of every content word, as the
linker reads them) used in at least COMMON_SHARE of the groups is listed.

Only groups nobody measures on are counted: Baly folds 1–4 (fold 5 is the scorer's held-out
fold), without the claim groups of the test parts of the project's incident and attribution gold.
The output is the sorted list of stems (aggregate counts, no text); it is deterministic.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from train_linker import DEV_FOLDS, TRAIN_FOLDS, baly_claims  # noqa: E402

from bench.corpora import held_out_groups  # noqa: E402
from claims.linking.features import _is_content  # noqa: E402
from claims.linking.incident import NEWS_COMMON_PATH  # noqa: E402
from claims.linking.stems import variants  # noqa: E402
from claims.text.normalize import tokenize  # noqa: E402

COMMON_SHARE = 0.10
ARTICLE_CHARS = 20_000  # a page's first characters: its story, before the lists of other stories


def group_stems(claim: dict) -> set[str]:
    stems: set[str] = set()
    for article in claim["article"]:
        for token in tokenize(article[:ARTICLE_CHARS]):
            if _is_content(token):
                stems.update(variants(token))
    return stems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    args = parser.parse_args()
    if not (args.shared / "data/external/baly2018/dataset").is_dir():
        print("Baly 2018 is not in ../shared: nothing written", file=sys.stderr)
        return 1
    held = held_out_groups()
    claims = [c for c in baly_claims(args.shared, TRAIN_FOLDS + DEV_FOLDS) if c["id"] not in held]
    counts: Counter = Counter()
    for claim in claims:
        counts.update(group_stems(claim))
    common = sorted(
        stem for stem, n in counts.items() if n >= COMMON_SHARE * len(claims) and not stem.isdigit()
    )
    NEWS_COMMON_PATH.write_text(json.dumps(common, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(
        f"{len(claims)} claim groups ({len(held)} held out); wrote {len(common)} stems to {NEWS_COMMON_PATH.name}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
