"""Twenty fact-checkers racing for the same links on PostgreSQL: one decision per link, no double count."""

import threading
from collections import Counter

import pytest
from django.db import connection

from claims.models import Review
from claims.services import ReviewConflict, link_decide, link_take_next
from sources.models import Source
from tests.factories import ClaimFactory, ClaimLinkFactory, SourceFactory, UserFactory
from tests.integration.conftest import wait_until

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]
LINKS, REVIEWERS = 12, 20


def _race(users, link_ids, outcome: Counter, lock: threading.Lock):
    start, second_round = threading.Barrier(len(users)), threading.Barrier(len(users))

    def decide(user, link_id, key):
        try:
            link_decide(link_id=link_id, user=user, decision="contradicts", holds="a")
            result = key
        except ReviewConflict:
            result = "conflict"
        with lock:
            outcome[result] += 1

    def work(user):
        try:
            start.wait()
            while (link := link_take_next(user=user)) is not None:
                decide(user, link.pk, "won")
            second_round.wait()
            for link_id in link_ids:
                decide(user, link_id, "late win")
        finally:
            connection.close()

    threads = [threading.Thread(target=work, args=(user,)) for user in users]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)


def test_each_link_is_decided_once_and_counted_once(worker, settings):
    settings.REVIEW_SECOND_OPINION = False
    upheld_side, refuted_side = SourceFactory(), SourceFactory()
    links = [
        ClaimLinkFactory(claim_a=ClaimFactory(source=upheld_side), claim_b=ClaimFactory(source=refuted_side))
        for _ in range(LINKS)
    ]
    users = [UserFactory(role="fact-checker") for _ in range(REVIEWERS)]
    outcome: Counter = Counter()

    _race(users, [link.pk for link in links], outcome, threading.Lock())

    assert outcome == Counter({"won": LINKS, "conflict": LINKS * REVIEWERS})
    assert Counter(Review.objects.values_list("link_id", flat=True)) == Counter(
        {link.pk: 1 for link in links}
    )

    def scored():
        history = Source.objects.get(pk=upheld_side.pk).history.last()
        return history and history.upheld == LINKS and history

    wait_until(scored, timeout=60, what="credibility recomputed by the worker")
    assert Source.objects.get(pk=refuted_side.pk).history.last().refuted == LINKS
