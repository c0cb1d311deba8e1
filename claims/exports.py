"""Decided links as schema.org ClaimReview JSON-LD, CSV rows and JSON lines."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from claims.models import Article, Claim, ClaimLink, Relation
from sources.models import Kind, Source

# Which side a contradiction upholds or refutes, by the reviewers' "holds".
CONTRADICTION_OUTCOMES = {
    "a": ("upheld", "refuted"),
    "b": ("refuted", "upheld"),
    "neither": ("refuted", "refuted"),
}
# ratingValue on a 1 (worst) to 5 (best) scale, with its Arabic and English names.
RATINGS = {
    "upheld": (5, "صحيح", "Upheld"),
    "corroborated": (4, "تؤكده مصادر أخرى", "Corroborated"),
    "refuted": (1, "غير صحيح", "Refuted"),
}
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


def outcomes(link: ClaimLink) -> list[tuple[Claim, str]]:
    """Each claim of a decided link with what the decision says of it (nothing for unrelated or unknown)."""
    if link.decided_relation == Relation.CORROBORATES:
        return [(link.claim_a, "corroborated"), (link.claim_b, "corroborated")]
    if link.decided_relation == Relation.CONTRADICTS and link.holds in CONTRADICTION_OUTCOMES:
        return list(zip((link.claim_a, link.claim_b), CONTRADICTION_OUTCOMES[link.holds], strict=True))
    return []


def _compact(data: dict) -> dict:
    return {key: value for key, value in data.items() if value not in (None, "")}


def _author(source: Source | None) -> dict | None:
    if source is None:
        return None
    kind = "Person" if source.kind == Kind.PERSON else "Organization"
    return _compact({"@type": kind, "name": source.name, "alternateName": source.name_en})


def _appearance(article: Article) -> dict:
    published = article.published_at.date().isoformat() if article.published_at else None
    publisher = {"@type": "Organization", "name": article.publisher} if article.publisher else None
    return _compact(
        {
            "@type": "NewsArticle",
            "url": article.url,
            "headline": article.title,
            "datePublished": published,
            "publisher": publisher,
        }
    )


def _rating(outcome: str) -> dict:
    value, arabic, english = RATINGS[outcome]
    names = [{"@language": "ar", "@value": arabic}, {"@language": "en", "@value": english}]
    return {
        "@type": "Rating",
        "ratingValue": value,
        "bestRating": 5,
        "worstRating": 1,
        "alternateName": names,
    }


def claim_review(link: ClaimLink, claim: Claim, outcome: str, *, url: str, author: str) -> dict:
    item = _compact(
        {"@type": "Claim", "author": _author(claim.source), "appearance": _appearance(claim.article)}
    )
    return _compact(
        {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "url": f"{url}#claim-{claim.pk}",
            "datePublished": link.decided_at.date().isoformat() if link.decided_at else None,
            "author": {"@type": "Organization", "name": author},
            "claimReviewed": claim.text,
            "itemReviewed": item,
            "reviewRating": _rating(outcome),
        }
    )


def claim_reviews(links, *, link_url: Callable[[int], str], author: str) -> Iterator[dict]:
    for link in links:
        for claim, outcome in outcomes(link):
            yield claim_review(link, claim, outcome, url=link_url(link.pk), author=author)


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
