"""segment() on the seed articles the project started from, against their hand-annotated attributions."""

import json
from pathlib import Path

import pytest

from bench.corpora import SEEDS as SEED_DIR
from bench.corpora import SHARED, document_text
from claims.text.numbers import extract_numbers
from claims.text.segment import segment

SEEDS = sorted(SEED_DIR.glob("*.txt"))
GOLD = SHARED / "data" / "gold" / "attribution_dev.jsonl"

pytestmark = pytest.mark.skipif(not SEEDS, reason="shared seed articles are absent")


def _text(path: Path) -> str:
    return path.read_bytes().decode("utf-8")


def _gold() -> list[dict]:
    """The dev gold records of the seed articles; the Baly 2018 ones are scored by bench/score_dev.py."""
    if not GOLD.exists():
        return []
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [row for row in rows if (SEED_DIR / row["doc"]).exists()]


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_segment_offsets_index_the_original_seed_text(path):
    text = _text(path)
    claims = segment(text)
    assert [c.index for c in claims] == list(range(len(claims)))
    for claim in claims:
        assert text[claim.start : claim.end] == claim.claim
        assert text[claim.sentence_start : claim.sentence_end] == claim.sentence
        assert claim.sentence_start <= claim.start < claim.end <= claim.sentence_end
        assert all(text[n.start : n.end] == n.text for n in claim.numbers)


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_segment_claims_are_in_document_order_and_do_not_overlap(path):
    claims = segment(_text(path))
    assert all(a.end <= b.start for a, b in zip(claims, claims[1:], strict=False))


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_segment_numbers_are_those_of_the_whole_claim(path):
    for claim in segment(_text(path)):
        whole = [
            (n.value, n.qualifier, n.counted, n.start + claim.start) for n in extract_numbers(claim.claim)
        ]
        assert [(n.value, n.qualifier, n.counted, n.start) for n in claim.numbers] == whole


def test_segment_emits_the_repeated_block_of_seed_003_once():
    (path,) = [p for p in SEEDS if p.name.startswith("003_")]
    sentences = {(c.sentence_start, c.sentence) for c in segment(_text(path))}
    assert len(sentences) == len({sentence for _, sentence in sentences})


@pytest.mark.skipif(not GOLD.exists(), reason="shared attribution gold is absent")
@pytest.mark.parametrize(
    "gold", [g for g in _gold() if not g["optional"]], ids=lambda g: f"{g['doc'][:3]}-{g['cue']}"
)
def test_segment_finds_each_dev_gold_attribution(gold):
    claims = segment(document_text(gold["doc"]))
    found = [
        (_agrees(c.source_mention, gold["source_mention"], c.cue), c.cue, c.modality)
        for c in claims
        if gold["claim"] in c.claim
    ]
    assert found == [(True, gold["cue"], gold["modality"])]


def _agrees(mention: str | None, annotated: str, cue: str | None) -> bool:
    """The same words, or one of them is the other plus a place or an outlet ("مصادر موثوقة للمرصد السوري")."""
    if annotated.startswith("("):  # the annotator's note for a verb with no subject: the verb names it
        return mention is None or mention == cue
    return mention is not None and (annotated.startswith(mention) or mention.startswith(annotated))


@pytest.mark.skipif(not GOLD.exists(), reason="shared attribution gold is absent")
def test_segment_attributes_nothing_beyond_the_dev_gold():
    gold = _gold()
    extra = []
    for doc in sorted({g["doc"] for g in gold}):
        expected = [g["claim"] for g in gold if g["doc"] == doc]
        claims = segment(document_text(doc))
        for claim in claims:
            if claim.source and not any(g in claim.claim for g in expected) and not _adds(claim, claims):
                extra.append((doc, claim.source_mention, claim.claim[:40]))
    assert extra == []


def _adds(claim, claims) -> bool:
    """A participle of saying ("، لافتةً إلى أن …") that goes on with the report before it in the same sentence:
    the dev gold keeps its words in that report's record."""
    before = [c for c in claims if c.sentence_start == claim.sentence_start and c.end <= claim.start]
    return claim.cue == claim.source_mention and bool(before) and before[-1].source == claim.source
