"""Count the source mentions segment() finds in the Baly 2018 articles, and which the registry resolves.

usage: python bench/mine_speakers.py [--top N] [--min K] [--resolved] [--json OUT]

Reads every article of ../shared/data/external/baly2018/dataset/*.json (never copied here), except
the documents split.json puts in the test part of the own gold, segments it with the shipped
registry (registry.json and the gazetteer people.json) as resolver, and prints:

- the share of mentions the registry resolves;
- the most frequent unresolved speakers, grouped by the name describe_unknown() reads from the
  mention ("وزير الخارجية الروسي سيرغي لافروف" → "سيرغي لافروف"), with their mention and document
  counts and the commonest wording;
- with --resolved, also the mentions resolved to a body although they close on a person's name
  ("المتحدث باسم وزارة الدفاع الروسية إيغور كوناشينكوف" → the ministry), the other place a
  gazetteer entry is missing.

This is how sources/data/people.json was grown: run it, pick the frequent speakers, add them by
hand with their camp, run it again. --json writes every counted group for other tools.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter, defaultdict
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.corpora import BALY, own_docs  # noqa: E402
from claims.text.normalize import normalize_key  # noqa: E402
from claims.text.segment import segment  # noqa: E402
from sources.matching import AliasIndex, describe_unknown  # noqa: E402

_index: AliasIndex | None = None


def _init() -> None:
    global _index
    _index = AliasIndex.from_registry()


def _mentions(job: tuple[Path, frozenset[str]]) -> list[tuple[str, str, str | None]]:
    """(document, mention, canonical or None) for every attributed claim of one claim file."""
    path, skipped = job
    data = json.loads(path.read_text(encoding="utf-8"))
    rows = []
    for i, text in enumerate(data["article"]):
        doc = f"baly-{path.stem}-{i}.txt"
        if doc in skipped or not text:
            continue
        for span in segment(text, resolve=_index.canonical_name):
            if span.source_mention:
                rows.append((doc, span.source_mention, _index.canonical_name(span.source_mention)))
    return rows


def mine(*, include_test: bool = False) -> list[tuple[str, str, str | None]]:
    skipped = frozenset() if include_test else own_docs("test")
    jobs = [(path, skipped) for path in sorted(BALY.glob("*.json"))]
    with Pool(os.cpu_count() or 1, initializer=_init) as pool:
        return [row for rows in pool.imap_unordered(_mentions, jobs) for row in rows]


def group(rows: list[tuple[str, str, str | None]]) -> list[dict]:
    """One group per (described name, canonical): counts, documents, commonest wordings."""
    persons = frozenset(e["name"] for e in _registry_entries() if e["kind"] == "person")
    groups: dict[tuple[str, str | None], dict] = {}
    docs: dict[tuple[str, str | None], set[str]] = defaultdict(set)
    for doc, mention, canonical in rows:
        described = describe_unknown(mention)
        key = (normalize_key(described.name), canonical)
        entry = groups.setdefault(
            key,
            {
                "name": described.name,
                "kind": described.kind,
                "canonical": canonical,
                "person_after_body": False,
                "mentions": Counter(),
            },
        )
        entry["mentions"][mention] += 1
        docs[key].add(doc)
        named = normalize_key(described.name) != normalize_key(mention)
        if canonical and canonical not in persons and described.kind == "person" and named:
            entry["person_after_body"] = True
    out = []
    for key, entry in groups.items():
        count = sum(entry["mentions"].values())
        wordings = [m for m, _ in entry["mentions"].most_common(3)]
        out.append({**entry, "count": count, "docs": len(docs[key]), "mentions": wordings})
    return sorted(out, key=lambda g: (-g["count"], g["name"]))


def _registry_entries() -> list[dict]:
    from sources.matching import load_registry

    return load_registry()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=150, help="groups to print per list (default 150)")
    parser.add_argument("--min", type=int, default=2, help="least number of documents (default 2)")
    parser.add_argument("--resolved", action="store_true", help="also list persons resolved to a body")
    parser.add_argument("--json", type=Path, help="write every group to this file")
    parser.add_argument("--include-test", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if not BALY.exists():
        print(f"skipped: {BALY} is absent")
        return 0
    rows = mine(include_test=args.include_test)
    resolved = sum(1 for _, _, canonical in rows if canonical)
    articles = len({doc for doc, _, _ in rows})
    print(f"articles with claims={articles} mentions={len(rows)} resolved={resolved / max(len(rows), 1):.3f}")
    groups = group(rows)
    if args.json:
        args.json.write_text(json.dumps(groups, ensure_ascii=False, indent=1), encoding="utf-8")
    frequent = [g for g in groups if g["docs"] >= args.min]
    print("\n# unresolved: count docs kind name | commonest wordings")
    for g in [g for g in frequent if not g["canonical"]][: args.top]:
        print(f"{g['count']:5} {g['docs']:4} {g['kind']:11} {g['name']} | {' ¦ '.join(g['mentions'])}")
    if args.resolved:
        print("\n# a person named after the body resolved to: count docs canonical | wordings")
        for g in [g for g in frequent if g["person_after_body"]][: args.top]:
            print(f"{g['count']:5} {g['docs']:4} {g['canonical']} | {' ¦ '.join(g['mentions'])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
