"""Score segment() on the development seeds against the hand-annotated attribution gold.

usage: python bench/score_dev.py [-v]   (from the repository root)

Writes the predictions in the `manage.py segment --json` shape to a temporary file and runs the
shared scorer on it. The resolver is the shipped source registry.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from claims.text.segment import segment  # noqa: E402
from sources.matching import AliasIndex  # noqa: E402

SHARED = ROOT.parent / "shared"
GOLD = SHARED / "data" / "gold" / "attribution_dev.jsonl"
SCORER = SHARED / "tools" / "score_attribution.py"
SEEDS = SHARED / "data" / "seeds"
DEV_PREFIXES = ("001_", "002_", "003_", "004_")


def main(argv: list[str]) -> int:
    if not (GOLD.exists() and SCORER.exists() and SEEDS.exists()):
        print(f"skipped: {GOLD} or {SCORER} is absent")
        return 0
    resolve = AliasIndex.from_registry().canonical_name
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as out:
        for path in sorted(p for p in SEEDS.glob("*.txt") if p.name.startswith(DEV_PREFIXES)):
            text = path.read_bytes().decode("utf-8")
            for span in segment(text, resolve=resolve):
                out.write(json.dumps(span.contract_row(path.name), ensure_ascii=False) + "\n")
    command = [sys.executable, str(SCORER), str(GOLD), out.name, *argv]
    return subprocess.run(command, check=False).returncode


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
