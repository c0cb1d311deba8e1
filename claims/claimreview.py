"""One schema.org ClaimReview per reviewed claim, rated from all its decided links.

A claim's links are read by claims.selectors.reviewed_claims (which also says what is published);
what each decided link says of the claim is turned into a rating by claims.rating.claim_rating.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from itertools import chain

from django.urls import reverse

from claims.models import Article, Claim, ClaimLink, LinkStatus, Relation
from claims.rating import BEST, CORROBORATED, RATINGS, REFUTED, UPHELD, WORST, claim_rating
from claims.text.shorten import shorten
from sources.models import Kind, Source

# Which side a contradiction upholds or refutes, by the reviewers' "holds".
CONTRADICTION_OUTCOMES = {"a": (UPHELD, REFUTED), "b": (REFUTED, UPHELD), "neither": (REFUTED, REFUTED)}
# Fact-check consumers show claimReviewed in a line; the full text is itemReviewed.text.
CLAIM_REVIEWED_MAX = 75
HEADLINE_MAX = 110
UNKNOWN_SOURCE = {"ar": "مصدر غير معروف", "en": "Unknown source"}
LANGUAGES = ("ar", "en")


def outcomes(link: ClaimLink) -> list[tuple[Claim, str]]:
    """Each claim of a decided link with what the decision says of it (nothing for unrelated or unknown)."""
    if link.decided_relation == Relation.CORROBORATES:
        return [(link.claim_a, CORROBORATED), (link.claim_b, CORROBORATED)]
    if link.decided_relation == Relation.CONTRADICTS and link.holds in CONTRADICTION_OUTCOMES:
        return list(zip((link.claim_a, link.claim_b), CONTRADICTION_OUTCOMES[link.holds], strict=True))
    return []


@dataclass(frozen=True)
class Decision:
    """What one decided link says of the reviewed claim, and the claim on its other side."""

    other: Claim
    outcome: str
    decided_at: datetime | None
    same_source: bool
    same_outlet: bool

    @property
    def counts(self) -> bool:
        """A corroboration by the same source or outlet repeats the claim; it does not confirm it."""
        return self.outcome != CORROBORATED or not (self.same_source or self.same_outlet)


@dataclass(frozen=True)
class Verdict:
    claim: Claim
    rating: str
    decisions: list[Decision]
    # Articles with an address that carry the claim: its own and those of the same source's
    # claims a fact-checker found to corroborate it, earliest first.
    appearances: list[Article]

    @property
    def decided_at(self) -> datetime | None:
        return max((d.decided_at for d in self.decisions if d.decided_at), default=None)

    @property
    def corroborating(self) -> list[Decision]:
        return [d for d in self.decisions if d.outcome == CORROBORATED]

    @property
    def contradicting(self) -> list[Decision]:
        return [d for d in self.decisions if d.outcome != CORROBORATED]


def _decision(claim: Claim, link: ClaimLink) -> Decision:
    (first, first_outcome), (second, second_outcome) = outcomes(link)
    other, outcome = (second, first_outcome) if first.pk == claim.pk else (first, second_outcome)
    return Decision(
        other=other,
        outcome=outcome,
        decided_at=getattr(link, "decided_at", None),
        # One text carried twice (a wire copy) is the same source, whoever each outlet names.
        same_source=(claim.source_id is not None and claim.source_id == other.source_id)
        or bool(link.evidence.get("copy")),
        same_outlet=claim.article.outlet == other.article.outlet,
    )


def _appearances(claim: Claim, decisions: list[Decision]) -> list[Article]:
    copies = [d.other.article for d in decisions if d.outcome == CORROBORATED and d.same_source]
    articles = {a.pk: a for a in [claim.article, *copies] if a.url}
    return sorted(articles.values(), key=lambda a: (a.published_at is None, a.published_at, a.pk))


def claim_verdict(claim: Claim) -> Verdict | None:
    """The claim's rating from all its decided links (prefetched by reviewed_claims), or None
    when they rate nothing (claims.rating.claim_rating has the rule)."""
    both = chain(claim.links_as_a.all(), claim.links_as_b.all())
    links = [link for link in both if link.status == LinkStatus.DECIDED and outcomes(link)]
    decisions = sorted(
        (_decision(claim, link) for link in links),
        key=lambda d: (d.decided_at is None, d.decided_at, d.other.pk),
    )
    counted = Counter(d.outcome for d in decisions if d.counts)
    rating = claim_rating(
        upheld=counted[UPHELD], refuted=counted[REFUTED], corroborated=counted[CORROBORATED]
    )
    if rating is None:
        return None
    return Verdict(
        claim=claim, rating=rating, decisions=decisions, appearances=_appearances(claim, decisions)
    )


def page_path(claim_id: int, language: str) -> str:
    """The public page of a reviewed claim in ``language`` (Arabic, the default, without a parameter)."""
    path = reverse("frontend:claim_review", args=[claim_id])
    return path if language == "ar" else f"{path}?lang={language}"


def _compact(data: dict) -> dict:
    return {key: value for key, value in data.items() if value not in (None, "", [])}


def _day(moment: datetime | None) -> str | None:
    return moment.date().isoformat() if moment else None


def speaker(claim: Claim, language: str) -> dict:
    """Who made the claim: its source, or for a claim the article makes itself, its publisher."""
    source: Source | None = claim.source
    if source is not None:
        kind = "Person" if source.kind == Kind.PERSON else "Organization"
        name = source.name_en if language == "en" and source.name_en else source.name
        other = source.name if name != source.name else source.name_en
        return _compact({"@type": kind, "name": name, "alternateName": other})
    article = claim.article
    name = article.publisher.strip() or article.outlet.removeprefix("host:")
    if name.startswith("article:"):
        name = UNKNOWN_SOURCE[language]
    return {"@type": "Organization", "name": name}


def _appearance(article: Article) -> dict:
    publisher = {"@type": "Organization", "name": article.publisher} if article.publisher else None
    return _compact(
        {
            "@type": "NewsArticle",
            "url": article.url,
            "headline": shorten(article.title, HEADLINE_MAX),
            "datePublished": _day(article.published_at),
            "publisher": publisher,
        }
    )


def _item(verdict: Verdict, language: str) -> dict:
    claim = verdict.claim
    appearances = [_appearance(article) for article in verdict.appearances]
    return _compact(
        {
            "@type": "Claim",
            "text": claim.text,
            "author": speaker(claim, language),
            "datePublished": _day(claim.article.published_at),
            "firstAppearance": appearances[0] if appearances else None,
            "appearance": appearances,
        }
    )


def claim_review(verdict: Verdict, *, url: str, author: str, language: str) -> dict:
    """The ClaimReview of a verdict, its names and rating in ``language`` ("ar" or "en")."""
    rating = RATINGS[verdict.rating]
    said_by = speaker(verdict.claim, language)["name"]
    return _compact(
        {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "url": url,
            "inLanguage": language,
            "datePublished": _day(verdict.decided_at),
            "author": {"@type": "Organization", "name": author},
            "headline": shorten(f"{said_by}: {verdict.claim.text}", HEADLINE_MAX),
            "claimReviewed": shorten(verdict.claim.text, CLAIM_REVIEWED_MAX),
            "itemReviewed": _item(verdict, language),
            "reviewRating": {
                "@type": "Rating",
                "ratingValue": rating.value,
                "bestRating": BEST,
                "worstRating": WORST,
                "alternateName": rating.name(language),
            },
        }
    )
