"""Score segment() on the development seeds against the hand-annotated attribution gold.

usage: python bench/score_dev.py [-v]   (from the repository root)

Writes the predictions in the `manage.py segment --json` shape to a temporary file and runs the
shared scorer on it. The resolver comes from the source registry when that module is importable.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from claims.text.segment import ClaimSpan, segment  # noqa: E402

SHARED = ROOT.parent / "shared"
GOLD = SHARED / "data" / "gold" / "attribution_dev.jsonl"
SCORER = SHARED / "tools" / "score_attribution.py"
SEEDS = SHARED / "data" / "seeds"
DEV_PREFIXES = ("001_", "002_", "003_", "004_")


def registry_resolver() -> Callable[[str], str | None] | None:
    try:
        from sources.matching import AliasIndex
    except ImportError:
        print("sources.matching not available: scoring without a resolver", file=sys.stderr)
        return None
    index = AliasIndex.from_registry()

    def resolve(mention: str) -> str | None:
        match = index.resolve(mention)
        return match.canonical if match else None

    return resolve


def row(doc: str, span: ClaimSpan) -> dict:
    return {
        "doc": doc,
        "index": span.index,
        "sentence": span.sentence,
        "claim": span.claim,
        "start": span.start,
        "end": span.end,
        "source_mention": span.source_mention,
        "source": span.source,
        "via": span.via,
        "cue": span.cue,
        "modality": span.modality,
        "numbers": [{"value": n.value, "text": n.text} for n in span.numbers],
    }


def main(argv: list[str]) -> int:
    if not (GOLD.exists() and SCORER.exists() and SEEDS.exists()):
        print(f"skipped: {GOLD} or {SCORER} is absent")
        return 0
    resolve = registry_resolver()
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as out:
        for path in sorted(p for p in SEEDS.glob("*.txt") if p.name.startswith(DEV_PREFIXES)):
            text = path.read_bytes().decode("utf-8")
            for span in segment(text, resolve=resolve):
                out.write(json.dumps(row(path.name, span), ensure_ascii=False) + "\n")
    command = [sys.executable, str(SCORER), str(GOLD), out.name, *argv]
    return subprocess.run(command, check=False).returncode


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
