"""Claim search ranks the matches among the newest claims (claims.filters.SEARCH_WINDOW of them), then
lists the older matches newest first; cursor pages walk both parts forwards and back."""

import pytest
from rest_framework.request import Request
from rest_framework.test import APIRequestFactory

from claims.api.articles import ClaimsApi
from claims.filters import claims_matching
from claims.models import Claim
from claims.selectors import claim_list
from config.api import RankedOrNewestFirst
from tests.factories import ArticleFactory, ClaimFactory

pytestmark = pytest.mark.django_db

# Oldest first; whole: the word stands alone, which ranks it above the word inside another one.
TEXTS = {
    "old whole": "قصف على إدلب",
    "old inside": "قصف على وادلب",
    "old other": "معارك في حماة",
    "new whole": "غارات على ادلب",
    "new inside": "نزحوا من بادلب",
    "newest whole": "سقطت قذائف على إدلب",
}


@pytest.fixture
def claims() -> dict[str, int]:
    article = ArticleFactory()
    return {
        name: ClaimFactory(article=article, index=i, text=text, source=None).pk
        for i, (name, text) in enumerate(TEXTS.items())
    }


def page(url: str, window: int, query: str = "ادلب", **params) -> tuple[list[int], str | None, str | None]:
    """One page of the claim list's paginator over a search with ``window``: ids, next and previous links."""
    request = Request(APIRequestFactory().get(url, params))
    paginator = RankedOrNewestFirst()
    found = paginator.paginate_queryset(
        claims_matching(claim_list(), query, window=window), request, view=ClaimsApi()
    )
    return [claim.pk for claim in found], paginator.get_next_link(), paginator.get_previous_link()


def walk(window: int, page_size: int) -> tuple[list[list[int]], list[list[int]]]:
    """Every page following next links from the first, then every page following previous links back."""
    ids, following, _ = page("/api/v1/claims/", window, page_size=page_size)
    forwards = [ids]
    while following:
        ids, following, preceding = page(following, window)
        forwards.append(ids)
    backwards = []
    while preceding:
        ids, _, preceding = page(preceding, window)
        backwards.append(ids)
    return forwards, backwards


def named(claims: dict[str, int], *names: str) -> list[int]:
    return [claims[name] for name in names]


def test_matches_older_than_the_window_follow_the_ranked_ones_newest_first(claims):
    assert page("/api/v1/claims/", window=3)[0] == named(
        claims, "newest whole", "new whole", "new inside", "old inside", "old whole"
    )


def test_a_window_holding_every_claim_ranks_every_match(claims):
    assert page("/api/v1/claims/", window=6)[0] == named(
        claims, "newest whole", "new whole", "old whole", "new inside", "old inside"
    )


@pytest.mark.parametrize("page_size", [1, 2, 3])
def test_cursor_pages_walk_both_parts_forwards_and_back(claims, page_size):
    forwards, backwards = walk(window=3, page_size=page_size)
    order = named(claims, "newest whole", "new whole", "new inside", "old inside", "old whole")
    assert sum(forwards, []) == order
    assert all(len(ids) == page_size for ids in forwards[:-1])
    assert backwards == list(reversed(forwards[:-1]))


def test_a_page_ending_in_a_tie_of_ranks_goes_on_with_the_rest_of_the_tie(claims):
    more = ClaimFactory.create_batch(3, text="قال ناشطون إن ادلب تعرضت للقصف", source=None)
    forwards, backwards = walk(window=6, page_size=2)
    assert backwards == list(reversed(forwards[:-1]))
    assert sum(forwards, []) == [
        *(claim.pk for claim in reversed(more)),
        *named(claims, "newest whole", "new whole", "new inside", "old inside", "old whole"),
    ]


def test_older_matches_rank_below_every_match_in_the_window_in_id_order(claims):
    ranks = dict(claims_matching(Claim.objects.all(), "ادلب", window=3).values_list("pk", "search_rank"))
    window = {claims[name] for name in ("new whole", "new inside", "newest whole")}
    assert {pk: rank for pk, rank in ranks.items() if pk in window} == {
        claims["new whole"]: 1,
        claims["new inside"]: 0,
        claims["newest whole"]: 1,
    }
    older = [ranks[claims["old whole"]], ranks[claims["old inside"]]]
    assert older == sorted(older) and max(older) < 0


def test_a_search_without_words_is_the_list_newest_first(claims):
    assert page("/api/v1/claims/", window=3, query="  ،  ")[0] == sorted(claims.values(), reverse=True)
