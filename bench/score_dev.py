"""Score segment() on the documents of the dev gold (seeds and Baly 2018 articles) against the hand-annotated attribution gold.

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

from bench.corpora import SHARED, document_text  # noqa: E402
from claims.text.segment import segment  # noqa: E402
from sources.matching import AliasIndex  # noqa: E402

GOLD = SHARED / "data" / "gold" / "attribution_dev.jsonl"
SCORER = SHARED / "tools" / "score_attribution.py"


def main(argv: list[str]) -> int:
    if not (GOLD.exists() and SCORER.exists()):
        print(f"skipped: {GOLD} or {SCORER} is absent")
        return 0
    docs = sorted(
        {json.loads(line)["doc"] for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()}
    )
    resolve = AliasIndex.from_registry().canonical_name
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as out:
        for name in docs:
            text = document_text(name)
            if text is None:
                print(f"skipped {name}: not in ../shared", file=sys.stderr)
                continue
            for span in segment(text, resolve=resolve):
                out.write(json.dumps(span.contract_row(name), ensure_ascii=False) + "\n")
    command = [sys.executable, str(SCORER), str(GOLD), out.name, *argv]
    return subprocess.run(command, check=False).returncode


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
