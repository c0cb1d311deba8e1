"""Decided links as CSV rows and JSON lines (ClaimReview JSON-LD is claims.claimreview)."""

from __future__ import annotations

from claims.models import Claim, ClaimLink

CSV_COLUMNS = (
    *("link_id", "machine_relation", "machine_score", "decided_relation", "holds", "decided_at"),
    *(
        f"{side}_{name}"
        for side in "ab"
        for name in ("claim_id", "text", "source", "affiliation", "article_url")
    ),
)
# Spreadsheets run a cell starting with one of these as a formula.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(text: str) -> str:
    return f"'{text}" if text.startswith(FORMULA_START) else text


def _side(claim: Claim) -> list:
    source = claim.source
    return [
        claim.pk,
        _cell(claim.text),
        _cell(source.name) if source else "",
        source.affiliation if source else "",
        claim.article.url or "",
    ]


def csv_row(link: ClaimLink) -> list:
    decided_at = link.decided_at.isoformat() if link.decided_at else ""
    head = [link.pk, link.relation, link.score, link.decided_relation, link.holds, decided_at]
    return [*head, *_side(link.claim_a), *_side(link.claim_b)]


def _claim_json(claim: Claim) -> dict:
    source = claim.source
    return {
        "id": claim.pk,
        "text": claim.text,
        "source": {"id": source.pk, "name": source.name, "affiliation": source.affiliation}
        if source
        else None,
        "article": {"id": claim.article_id, "url": claim.article.url, "title": claim.article.title},
    }


def json_line(link: ClaimLink) -> dict:
    return {
        "id": link.pk,
        "machine_relation": link.relation,
        "machine_score": link.score,
        "decided_relation": link.decided_relation,
        "holds": link.holds or None,
        "decided_at": link.decided_at.isoformat() if link.decided_at else None,
        "a": _claim_json(link.claim_a),
        "b": _claim_json(link.claim_b),
    }
