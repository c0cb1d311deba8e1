"""Claims with decided links, as the public review page and the ClaimReview export read them."""

from __future__ import annotations

from datetime import UTC, datetime
from unittest.mock import patch

from claims.models import Review
from tests.factories import ArticleFactory, ClaimFactory, ClaimLinkFactory, SourceFactory, UserFactory

DAY = datetime(2018, 3, 7, 9, 30, tzinfo=UTC)


def decide(first, second, relation: str, *, winner=None, at: datetime = DAY):
    """A decided link between two claims; for a contradiction ``winner`` is the claim that holds (None: neither)."""
    link = ClaimLinkFactory(claim_a=first, claim_b=second, status="decided", decided_relation=relation)
    if relation == "contradicts":
        link.holds = "neither" if winner is None else ("a" if winner.pk == link.claim_a_id else "b")
        link.save()
    with patch("django.utils.timezone.now", return_value=at):
        Review.objects.create(
            link=link,
            reviewer=UserFactory(),
            decision=relation,
            holds=link.holds,
            machine_relation=link.relation,
            machine_score=link.score,
        )
    return link


def claim_in(publisher: str, *, source=None, day: int = 5, **fields):
    """A claim of a new article by ``publisher``, published on March ``day``, 2018."""
    article = ArticleFactory(publisher=publisher, published_at=datetime(2018, 3, day, 14, 0, tzinfo=UTC))
    return ClaimFactory(article=article, source=source or SourceFactory(), **fields)
