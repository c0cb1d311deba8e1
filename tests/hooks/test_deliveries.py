"""Deliveries to a real HTTP receiver on 127.0.0.1, with Celery eager as on the embedded default."""

import hashlib
import hmac
import json
import time

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims.services import article_flag
from hooks import services
from hooks.models import Delivery, Subscription
from hooks.services import deliveries_create, subscription_create
from tests.api import client_for
from tests.factories import ArticleFactory, UserFactory
from tests.hooks.receiver import Receiver, closed_port_url

pytestmark = pytest.mark.django_db
REASON = "أرقام الضحايا متضاربة بين المصادر"


def subscribe(url: str, events=("flag.raised",), owner=None) -> Subscription:
    return subscription_create(owner=owner or UserFactory(role="reader"), target_url=url, events=events)


def raise_flag(capture) -> int:
    article = ArticleFactory()
    with capture(execute=True):
        article_flag(
            article_id=article.pk, user=UserFactory(username="editor1", role="editor"), reason=REASON
        )
    return article.pk


def verified(secret: str, headers: dict, body: bytes) -> bool:
    """The receiver's check, as the README gives it."""
    timestamp = headers["X-Hook-Timestamp"]
    mac = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256)
    fresh = abs(time.time() - int(timestamp)) < 300
    return fresh and hmac.compare_digest("sha256=" + mac.hexdigest(), headers["X-Hook-Signature"])


def outcome(delivery: Delivery) -> tuple:
    delivery.refresh_from_db()
    return delivery.status, delivery.attempts, delivery.last_response_code, delivery.last_error


def test_an_event_is_posted_as_signed_json_to_the_subscribed_url(
    receiver, django_capture_on_commit_callbacks
):
    subscription = subscribe(receiver.url)
    article_id = raise_flag(django_capture_on_commit_callbacks)
    delivery = Delivery.objects.get()
    [sent] = receiver.received
    body = json.loads(sent.body)
    assert sent.path == "/hooks/in"
    assert {name: sent.headers[name] for name in ("Content-Type", "X-Hook-Event", "X-Hook-Delivery")} == {
        "Content-Type": "application/json",
        "X-Hook-Event": "flag.raised",
        "X-Hook-Delivery": str(delivery.pk),
    }
    assert verified(subscription.secret, sent.headers, sent.body)
    assert not verified("another secret", sent.headers, sent.body)
    assert body == {
        "id": delivery.pk,
        "event": "flag.raised",
        "created_at": delivery.created_at.isoformat().replace("+00:00", "Z"),
        "data": {
            "flag": delivery.payload["flag"],
            "article": article_id,
            "reason": REASON,
            "raised_by": "editor1",
            "links": [],
            "created_at": delivery.payload["created_at"],
        },
    }
    assert outcome(delivery) == ("delivered", 1, 204, "")


def test_a_receiver_answering_500_is_tried_again_until_it_accepts(django_capture_on_commit_callbacks):
    with Receiver([500, 503, 200]) as receiver:
        subscribe(receiver.url)
        raise_flag(django_capture_on_commit_callbacks)
    delivery = Delivery.objects.get()
    assert outcome(delivery) == ("delivered", 3, 200, "")
    assert [r.headers["X-Hook-Delivery"] for r in receiver.received] == [str(delivery.pk)] * 3
    assert len({r.body for r in receiver.received}) == 1


def test_a_dead_endpoint_ends_failed_after_every_attempt_and_the_flag_is_still_raised(
    django_capture_on_commit_callbacks,
):
    subscribe(closed_port_url())
    client = client_for("editor")
    article = ArticleFactory()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/api/v1/flags/", {"article_id": article.pk, "reason": REASON})
    status, attempts, code, last_error = outcome(Delivery.objects.get())
    assert response.status_code == 201
    assert (status, attempts, code) == ("failed", services.ATTEMPTS, None)
    assert last_error.startswith("ConnectionRefusedError: ")


def test_an_error_answer_or_a_redirect_is_logged_with_its_status(django_capture_on_commit_callbacks):
    with Receiver([500]) as failing, Receiver([302]) as redirecting:
        subscribe(failing.url)
        subscribe(redirecting.url)
        raise_flag(django_capture_on_commit_callbacks)
    failed = sorted(outcome(delivery) for delivery in Delivery.objects.all())
    assert failed == [
        ("failed", 5, 302, "HTTP 302: not now"),
        ("failed", 5, 500, "HTTP 500: not now"),
    ]
    assert (len(failing.received), len(redirecting.received)) == (5, 5)


def test_retries_wait_longer_each_time():
    assert [services.retry_delay(retries) for retries in range(services.ATTEMPTS - 1)] == [10, 30, 90, 270]


def test_an_inactive_subscription_is_sent_nothing(receiver, django_capture_on_commit_callbacks):
    subscribe(receiver.url)
    Subscription.objects.update(active=False)
    services.subscriptions_changed()
    raise_flag(django_capture_on_commit_callbacks)
    assert (Delivery.objects.count(), receiver.received) == (0, [])


def test_only_subscribers_of_the_event_get_it(receiver, django_capture_on_commit_callbacks):
    subscribe(receiver.url, events=["flag.resolved", "link.decided"])
    raise_flag(django_capture_on_commit_callbacks)
    assert (Delivery.objects.count(), receiver.received) == (0, [])


def test_an_event_nobody_subscribes_to_costs_one_query_then_none():
    def payload():
        raise AssertionError("the payload is made only for a subscriber")

    with CaptureQueriesContext(connection) as first:
        assert deliveries_create(event="link.proposed", payload=payload) == []
    with CaptureQueriesContext(connection) as second:
        assert deliveries_create(event="link.proposed", payload=payload) == []
    assert (len(first), len(second)) == (1, 0)


def test_a_new_subscription_is_seen_by_the_next_event(receiver, django_capture_on_commit_callbacks):
    assert services.subscribed_events() == frozenset()
    with django_capture_on_commit_callbacks(execute=True):
        subscribe(receiver.url, events=["flag.raised"])
    assert services.subscribed_events() == frozenset({"flag.raised"})
    raise_flag(django_capture_on_commit_callbacks)
    assert len(receiver.received) == 1


def test_an_unknown_event_is_a_programming_error():
    with pytest.raises(ValueError, match="unknown event 'flag.deleted'"):
        services.emit("flag.deleted", {})
