"""Score segment() against hand-annotated attribution gold.

usage: python bench/score_dev.py [-v]                      the shared dev gold (seeds and two Baly 2018 articles)
       python bench/score_dev.py --own fit|dev|test [-v]   the project's own gold, one split of split.json
       python bench/score_dev.py --own fit --unresolved    also list the records found with a wrong source

Writes the predictions in the `manage.py segment --json` shape to a temporary file and runs the
shared scorer on it. The resolver is the shipped source registry.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.corpora import SHARED, document_text, own_docs  # noqa: E402
from claims.text.segment import segment  # noqa: E402
from sources.matching import AliasIndex  # noqa: E402

GOLD = SHARED / "data" / "gold" / "attribution_dev.jsonl"
OWN = ROOT / "bench" / "gold" / "attribution"
SCORER = SHARED / "tools" / "score_attribution.py"


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def own_gold(split: str) -> list[dict]:
    """Records of the own batch files whose document belongs to ``split`` in split.json."""
    wanted = own_docs(split)
    return [r for path in sorted(OWN.glob("batch*.jsonl")) for r in _records(path) if r["doc"] in wanted]


def _write_predictions(docs: list[str], out) -> None:
    resolve = AliasIndex.from_registry().canonical_name
    for name in docs:
        text = document_text(name)
        if text is None:
            print(f"skipped {name}: not in ../shared", file=sys.stderr)
            continue
        for span in segment(text, resolve=resolve):
            out.write(json.dumps(span.contract_row(name), ensure_ascii=False) + "\n")


def main(argv: list[str]) -> int:
    if not SCORER.exists():
        print(f"skipped: {SCORER} is absent")
        return 0
    gold_path, args = GOLD, list(argv)
    with tempfile.TemporaryDirectory() as tmp:
        if "--own" in args:
            at = args.index("--own")
            split = args[at + 1] if at + 1 < len(args) else ""
            if split not in ("fit", "dev", "test"):
                print("usage: score_dev.py --own fit|dev|test [-v]", file=sys.stderr)
                return 2
            del args[at : at + 2]
            gold_path = Path(tmp) / f"own-{split}.jsonl"
            lines = (json.dumps(r, ensure_ascii=False) for r in own_gold(split))
            gold_path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        elif not GOLD.exists():
            print(f"skipped: {GOLD} is absent")
            return 0
        docs = sorted({r["doc"] for r in _records(gold_path)})
        predictions = Path(tmp) / "predictions.jsonl"
        with open(predictions, "w", encoding="utf-8") as out:
            _write_predictions(docs, out)
        unresolved = "--unresolved" in args
        args = [a for a in args if a != "--unresolved"]
        command = [sys.executable, str(SCORER), str(gold_path), str(predictions), *args]
        code = subprocess.run(command, check=False).returncode
        if unresolved:
            _print_unresolved(gold_path, predictions)
        return code


def _print_unresolved(gold_path: Path, predictions: Path) -> None:
    """Records the scorer finds whose canonical source is not one of the gold's names, matched as
    the scorer matches them: "UNRESOLVED doc | predicted source | gold names | mention"."""
    spec = importlib.util.spec_from_file_location("score_attribution", SCORER)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    preds = [p for p in _records(predictions) if scorer.attributed(p)]
    for g in _records(gold_path):
        if g.get("optional"):
            continue
        hits = [p for p in preds if p.get("doc") == g["doc"] and scorer.claim_ok(p, g)]
        hit = next((p for p in hits if scorer.source_ok(p, g)), None)
        if hit is not None and not scorer.canonical_ok(hit, g):
            names = " / ".join(g["source_names"])
            print(f"UNRESOLVED {g['doc']} | {hit.get('source')} | {names} | {hit.get('source_mention')}")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
