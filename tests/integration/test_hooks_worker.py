"""A webhook delivered by a real worker consuming the hooks queue, on PostgreSQL and Redis."""

import hashlib
import hmac
import json

import pytest

from claims.services import article_flag
from hooks.models import Delivery
from hooks.services import subscription_create
from tests.factories import ArticleFactory, UserFactory
from tests.hooks.receiver import Receiver
from tests.integration.conftest import wait_until

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]


def test_a_raised_flag_reaches_the_receiver_through_the_worker(worker):
    with Receiver([503, 200]) as receiver:
        subscription = subscription_create(
            owner=UserFactory(role="reader"), target_url=receiver.url, events=["flag.raised"]
        )
        article = ArticleFactory()
        article_flag(article_id=article.pk, user=UserFactory(role="editor"), reason="أرقام متضاربة")
        delivery = wait_until(
            lambda: Delivery.objects.filter(status="delivered").first(), timeout=60, what="delivered"
        )
    first, second = receiver.received
    timestamp = second.headers["X-Hook-Timestamp"]
    mac = hmac.new(subscription.secret.encode(), f"{timestamp}.".encode() + second.body, hashlib.sha256)
    assert second.headers["X-Hook-Signature"] == f"sha256={mac.hexdigest()}"
    assert json.loads(second.body)["data"]["article"] == article.pk
    assert (first.body, delivery.attempts, delivery.last_response_code) == (second.body, 2, 200)
