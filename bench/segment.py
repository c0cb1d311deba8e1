"""Throughput of segment() on the seed articles, repeated until the input reaches the wanted size.

usage: python bench/segment.py [--mb N]   (from the repository root; default 5 MB)

Prints one JSON line: {"mb", "seconds", "mb_per_s", "cpu_seconds", "cpu_mb_per_s", "claims", "peak_rss_mb"}.
Each seed copy is segmented as its own article, as the pipeline does; "mb" counts UTF-8 bytes.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from claims.text.segment import segment  # noqa: E402

SEEDS = ROOT.parent / "shared" / "data" / "seeds"
MB = 1_000_000


def articles(size: int) -> list[str]:
    """Seed texts repeated in order until their UTF-8 size reaches ``size`` bytes."""
    seeds = [p.read_bytes().decode("utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    if not seeds:
        raise SystemExit(f"no seed articles in {SEEDS}")
    chosen: list[str] = []
    total = 0
    while total < size:
        text = seeds[len(chosen) % len(seeds)]
        chosen.append(text)
        total += len(text.encode("utf-8"))
    return chosen


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=5.0, help="input size in megabytes (default 5)")
    args = parser.parse_args(argv)
    texts = articles(int(args.mb * MB))
    size = sum(len(t.encode("utf-8")) for t in texts)
    wall, cpu = time.perf_counter(), time.process_time()
    claims = sum(len(segment(text)) for text in texts)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kilobytes on Linux
    report = {
        "mb": round(size / MB, 3),
        "seconds": round(wall, 3),
        "mb_per_s": round(size / MB / wall, 3),
        "cpu_seconds": round(cpu, 3),
        "cpu_mb_per_s": round(size / MB / cpu, 3),
        "claims": claims,
        "peak_rss_mb": round(peak_kb / 1024, 1),
    }
    print(json.dumps(report))


if __name__ == "__main__":
    main(sys.argv[1:])
