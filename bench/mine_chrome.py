"""Mine candidate site chrome: word n-grams that recur across many articles of one outlet.

usage: python bench/mine_chrome.py [--min-share 0.2] [--min-docs 5] [--shortest 3] [--longest 8]
                                   [--after-cleaning]

Reads the Baly 2018 articles in ../shared (an outlet is the host of an article's URL; the claim
groups of the own gold's test parts left out, as for every list mined here), folds each
text and counts, per outlet, the articles holding each word n-gram. An n-gram in at least
``--min-share`` of an outlet's articles and in at least ``--min-docs`` of them is printed with its
outlet and share, joined into the whole recurring stretch (a menu, a footer) where pages agree.
The candidates are for a reader to judge (menus, app prompts, footers, the site's tagline) against
news content that also recurs (place names, "قوات النظام"); nothing is written anywhere. With
``--after-cleaning`` the texts are first put through strip_chrome, so only chrome it leaves shows.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.corpora import BALY, held_out_groups  # noqa: E402
from claims.text.chrome import strip_chrome  # noqa: E402
from claims.text.tokens import fold  # noqa: E402

_WORD = re.compile(r"[^\W\d_]+|\d+")


def outlet(url: str) -> str:
    """The host of a URL without "www.": "http://www.dw.com/ar/…" → "dw.com"."""
    host = urlparse(url).hostname or ""
    return host[4:] if host.startswith("www.") else host


def articles_by_outlet() -> dict[str, list[str]]:
    """Folded article texts grouped by outlet, each article once even when two claims cite it."""
    grouped: dict[str, dict[str, str]] = defaultdict(dict)
    held_out = held_out_groups()
    for path in sorted(BALY.glob("*.json")):
        if path.stem in held_out:
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        for url, text in zip(data["url"], data["article"], strict=False):
            if text and text.strip():
                grouped[outlet(url)].setdefault(url, fold(text))
    return {name: list(texts.values()) for name, texts in grouped.items()}


def ngrams(words: list[str], shortest: int, longest: int) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + n]) for n in range(shortest, longest + 1) for i in range(len(words) - n + 1)}


def _lines(text: str) -> list[list[str]]:
    """The words of each line: n-grams never cross a line break or a blanked stretch of chrome."""
    return [words for line in text.split("\n") if (words := _WORD.findall(line))]


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    n = len(shorter)
    return any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))


def _blocks(words: list[str], frequent: set[tuple[str, ...]], shortest: int) -> set[tuple[str, ...]]:
    """Runs of words each inside a frequent n-gram of the shortest length: a whole menu or footer."""
    covered = [False] * len(words)
    for i in range(len(words) - shortest + 1):
        if tuple(words[i : i + shortest]) in frequent:
            covered[i : i + shortest] = [True] * shortest
    runs, i = set(), 0
    while i < len(words):
        j = i
        while j < len(words) and covered[j]:
            j += 1
        if j > i:
            runs.add(tuple(words[i:j]))
        i = j + 1
    return runs


def candidates(
    texts: list[str], min_share: float, min_docs: int, shortest: int, longest: int
) -> list[tuple[tuple[str, ...], int]]:
    """Recurring stretches of one outlet's articles with their article counts.

    A stretch is a whole run of words covered by frequent shortest n-grams when that run recurs as
    it is; where runs differ from page to page, the longest frequent n-grams (up to ``longest``
    words) that no printed stretch holds.
    """
    docs = [_lines(text) for text in texts]
    floor = max(min_docs, min_share * len(texts))
    counts: Counter = Counter()
    for lines in docs:
        counts.update(set().union(*(ngrams(words, shortest, longest) for words in lines)))
    frequent = {gram for gram, count in counts.items() if count >= floor and len(gram) == shortest}
    runs: Counter = Counter()
    for lines in docs:
        runs.update(set().union(*(_blocks(words, frequent, shortest) for words in lines)))
    kept = [(run, count) for run, count in runs.items() if count >= floor]
    pieces = sorted(((g, c) for g, c in counts.items() if c >= floor), key=lambda gc: -len(gc[0]))
    for gram, count in pieces:
        if not any(_contains(longer, gram) for longer, _ in kept):
            kept.append((gram, count))
    return sorted(kept, key=lambda gc: (-gc[1], gc[0]))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-share", type=float, default=0.2)
    parser.add_argument("--min-docs", type=int, default=5)
    parser.add_argument("--shortest", type=int, default=3)
    parser.add_argument("--longest", type=int, default=8)
    parser.add_argument(
        "--after-cleaning", action="store_true", help="mine what strip_chrome leaves, not the raw text"
    )
    args = parser.parse_args(argv)
    if not BALY.is_dir():
        print(f"skipped: {BALY} is absent")
        return 0
    total = 0
    for name, texts in sorted(articles_by_outlet().items(), key=lambda item: -len(item[1])):
        if len(texts) < args.min_docs:
            continue
        if args.after_cleaning:
            texts = [strip_chrome(text) for text in texts]
        found = candidates(texts, args.min_share, args.min_docs, args.shortest, args.longest)
        for gram, count in found:
            print(f"{name}\t{count}/{len(texts)}\t{count / len(texts):.0%}\t{' '.join(gram)}")
        total += len(found)
    print(f"candidates: {total}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
