import pytest

from claims.selectors import contested_articles, queue_links
from tests.factories import ArticleFactory, ClaimFactory, ClaimLinkFactory, FlagFactory

pytestmark = pytest.mark.django_db


def test_contested_articles_include_a_confirmed_contradiction_without_a_flag():
    flagged, contradicted, quiet, resolved = (ArticleFactory() for _ in range(4))
    FlagFactory(article=flagged)
    FlagFactory(article=resolved, state="resolved")
    contradiction = ClaimLinkFactory(
        claim_a=ClaimFactory(article=contradicted),
        status="decided",
        decided_relation="contradicts",
        holds="a",
    )
    ClaimLinkFactory(claim_a=ClaimFactory(article=quiet), status="decided", decided_relation="corroborates")
    ClaimLinkFactory(claim_a=ClaimFactory(article=quiet), status="second_review")
    rows = contested_articles().order_by("id").values_list("id", "open_flag_count", "contradiction_count")
    other_side = contradiction.claim_b.article_id
    assert list(rows) == [(flagged.pk, 1, 0), (contradicted.pk, 0, 1), (other_side, 0, 1)]


def test_the_queue_holds_proposed_and_second_review_links_by_priority():
    low = ClaimLinkFactory(priority=1.0)
    high = ClaimLinkFactory(priority=2.0, status="second_review")
    ClaimLinkFactory(priority=5.0, status="disputed")
    ClaimLinkFactory(priority=5.0, status="decided")
    assert list(queue_links().values_list("id", flat=True)) == [high.pk, low.pk]


def test_queue_filters_match_either_claim():
    ClaimLinkFactory()
    wanted = ClaimLinkFactory(claim_b=ClaimFactory(source__affiliation="russian_state"))
    by_source = queue_links(filters={"source": wanted.claim_a.source_id})
    by_affiliation = queue_links(filters={"affiliation": "russian_state"})
    assert [list(by_source), list(by_affiliation)] == [[wanted], [wanted]]
