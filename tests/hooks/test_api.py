"""The webhook API: subscriptions of one's own (an admin's: everyone's), their deliveries, bad input."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims.services import article_flag
from hooks.models import Delivery, Subscription
from hooks.services import subscription_create
from tests.api import api_client, client_for, error
from tests.factories import ArticleFactory, UserFactory
from tests.hooks.receiver import Receiver, closed_port_url

pytestmark = pytest.mark.django_db
URL = "https://tools.example.org/hooks/credibility"
SUBSCRIPTIONS = "/api/v1/hooks/subscriptions/"


def subscription_of(user, url: str = URL) -> Subscription:
    return subscription_create(owner=user, target_url=url, events=["flag.raised"])


def delivery_of(subscription: Subscription, status: str = "failed") -> Delivery:
    return Delivery.objects.create(
        subscription=subscription, event="flag.raised", payload={"flag": 1}, status=status, attempts=5
    )


def raise_flag(capture) -> None:
    article = ArticleFactory()
    with capture(execute=True):
        article_flag(article_id=article.pk, user=UserFactory(role="editor"), reason="أرقام متضاربة")


def outcome(delivery: Delivery) -> tuple:
    delivery.refresh_from_db()
    return delivery.status, delivery.attempts, delivery.last_response_code, delivery.last_error


def test_a_subscription_shows_its_secret_once_on_creation():
    reader = UserFactory(username="tool", role="reader")
    client = api_client(reader)
    created = client.post(SUBSCRIPTIONS, {"target_url": URL, "events": ["link.decided", "flag.raised"]})
    body = created.json()
    subscription = Subscription.objects.get()
    assert created.status_code == 201
    assert body == {
        "id": subscription.pk,
        "owner": "tool",
        "target_url": URL,
        "events": ["flag.raised", "link.decided"],
        "active": True,
        "created_at": body["created_at"],
        "secret": subscription.secret,
    }
    assert len(subscription.secret) == 64
    shown = client.get(f"{SUBSCRIPTIONS}{subscription.pk}/").json()
    listed = client.get(SUBSCRIPTIONS).json()["results"]
    assert "secret" not in shown
    assert listed == [shown]


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("ftp://tools.example.org/in", "the target URL must start with http:// or https://"),
        ("javascript:alert(1)", "the target URL must start with http:// or https://"),
        ("tools.example.org/in", "the target URL must start with http:// or https://"),
        ("http://", "the target URL names no host"),
        ("https://user:pw@tools.example.org/", "the target URL must not hold a user name or password; the signature authenticates deliveries"),
        ("http://tools.example.org:99999/", "the target URL has an invalid port"),
        ("http://tools.example.org/a b", "the target URL must be ASCII with no spaces (percent-encode, and punycode host names)"),
        ("https://أخبار.example/in", "the target URL must be ASCII with no spaces (percent-encode, and punycode host names)"),
    ],
)  # fmt: skip
def test_a_target_url_that_cannot_be_posted_to_is_a_400(url, message):
    response = client_for("reader").post(SUBSCRIPTIONS, {"target_url": url, "events": ["flag.raised"]})
    assert (response.status_code, response.json()) == (
        400,
        error("invalid", "invalid value for target_url", {"target_url": [message]}),
    )
    assert Subscription.objects.count() == 0


def test_unknown_or_no_events_are_a_400():
    client = client_for("reader")
    unknown = client.post(SUBSCRIPTIONS, {"target_url": URL, "events": ["flag.deleted"]})
    empty = client.post(SUBSCRIPTIONS, {"target_url": URL, "events": []})
    assert (unknown.status_code, unknown.json()) == (
        400,
        error(
            "invalid",
            "invalid value for events",
            {"events": {"0": ['"flag.deleted" is not a valid choice.']}},
        ),
    )
    assert (empty.status_code, empty.json()) == (
        400,
        error(
            "invalid", "invalid value for events", {"events": ["Ensure this field has at least 1 elements."]}
        ),
    )


def test_others_subscriptions_and_deliveries_are_not_found():
    mine, other = UserFactory(role="editor"), UserFactory(role="reader")
    theirs = subscription_of(other)
    delivery = delivery_of(theirs)
    client = api_client(mine)
    paths = [
        f"{SUBSCRIPTIONS}{theirs.pk}/",
        f"{SUBSCRIPTIONS}{theirs.pk}/deliveries/",
        f"/api/v1/hooks/deliveries/{delivery.pk}/",
    ]
    statuses = [client.get(path).status_code for path in paths]
    statuses.append(client.post(f"/api/v1/hooks/deliveries/{delivery.pk}/replay/").status_code)
    statuses.append(client.delete(f"{SUBSCRIPTIONS}{theirs.pk}/").status_code)
    assert statuses == [404] * 5
    assert client.get(SUBSCRIPTIONS).json()["results"] == []
    assert (Subscription.objects.count(), Delivery.objects.get().status) == (1, "failed")


def test_an_admin_reads_and_ends_everyones_subscriptions():
    theirs = subscription_of(UserFactory(role="reader"))
    delivery_of(theirs)
    admin = api_client(UserFactory(role="admin"))
    listed = admin.get(SUBSCRIPTIONS).json()["results"]
    deliveries = admin.get(f"{SUBSCRIPTIONS}{theirs.pk}/deliveries/").json()["results"]
    assert ([s["id"] for s in listed], len(deliveries)) == ([theirs.pk], 1)
    assert admin.delete(f"{SUBSCRIPTIONS}{theirs.pk}/").status_code == 204
    assert (Subscription.objects.count(), Delivery.objects.count()) == (0, 0)


@pytest.mark.parametrize(("role", "status"), [(None, 401), ("", 403)])
def test_webhooks_need_a_role(role, status):
    client = client_for(role) if role is None else api_client(UserFactory())
    assert client.get(SUBSCRIPTIONS).status_code == status
    assert client.post(SUBSCRIPTIONS, {"target_url": URL, "events": ["flag.raised"]}).status_code == status


def test_deliveries_are_listed_newest_first_a_cursor_page_at_a_time():
    owner = UserFactory(role="reader")
    subscription = subscription_of(owner)
    first, second, third = (delivery_of(subscription, status) for status in ("delivered", "failed", "failed"))
    client = api_client(owner)
    page = client.get(f"{SUBSCRIPTIONS}{subscription.pk}/deliveries/?page_size=2").json()
    rest = client.get(page["next"]).json()
    failed = client.get(f"{SUBSCRIPTIONS}{subscription.pk}/deliveries/?status=failed").json()
    assert [d["id"] for d in page["results"]] == [third.pk, second.pk]
    assert ([d["id"] for d in rest["results"]], rest["next"]) == ([first.pk], None)
    assert [d["id"] for d in failed["results"]] == [third.pk, second.pk]
    assert page["results"][0] == {
        "id": third.pk,
        "subscription": subscription.pk,
        "event": "flag.raised",
        "payload": {"flag": 1},
        "status": "failed",
        "attempts": 5,
        "last_response_code": None,
        "last_error": "",
        "created_at": page["results"][0]["created_at"],
        "last_attempt_at": None,
        "delivered_at": None,
    }


def test_a_misspelt_delivery_filter_is_a_400():
    owner = UserFactory(role="reader")
    subscription = subscription_of(owner)
    response = api_client(owner).get(f"{SUBSCRIPTIONS}{subscription.pk}/deliveries/?state=failed")
    assert response.status_code == 400
    assert list(response.json()["error"]["fields"]) == ["state"]


def queries(client, path: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(path).status_code == 200
    return len(captured)


def test_list_queries_do_not_grow_with_rows():
    owner = UserFactory(role="reader")
    client = api_client(owner)
    subscription = subscription_of(owner)
    delivery_of(subscription)
    deliveries = f"{SUBSCRIPTIONS}{subscription.pk}/deliveries/"
    one = (queries(client, SUBSCRIPTIONS), queries(client, deliveries))
    for _ in range(2):
        delivery_of(subscription_of(owner))
        delivery_of(subscription)
    # Authentication (token, then the user's groups) is two of each count; deliveries read their
    # subscription first.
    assert (one, (queries(client, SUBSCRIPTIONS), queries(client, deliveries))) == ((3, 4), (3, 4))


def test_the_api_docs_say_how_to_verify_a_delivery():
    page = client_for("reader").get("/api/v1/docs/").content.decode()
    assert "<code>/api/v1/hooks/deliveries/{id}/replay/</code>" in page
    assert (
        "hmac.compare_digest(&quot;sha256=&quot; + mac.hexdigest(), headers[&quot;X-Hook-Signature&quot;])"
        in page
    )


def test_a_failed_delivery_replayed_reaches_the_receiver_once_it_is_back(django_capture_on_commit_callbacks):
    owner = UserFactory(role="reader")
    with Receiver([500]) as receiver:
        subscription_of(owner, receiver.url)
        raise_flag(django_capture_on_commit_callbacks)
        delivery = Delivery.objects.get()
        receiver.statuses = [200]
        response = client_for(None).post(f"/api/v1/hooks/deliveries/{delivery.pk}/replay/")
        assert response.status_code == 401
        with django_capture_on_commit_callbacks(execute=True):
            response = api_client(owner).post(f"/api/v1/hooks/deliveries/{delivery.pk}/replay/")
    assert (response.status_code, response.json()["status"]) == (202, "pending")
    assert outcome(delivery) == ("delivered", 6, 200, "")
    assert [r.headers["X-Hook-Delivery"] for r in receiver.received] == [str(delivery.pk)] * 6


def test_a_delivery_still_being_sent_is_not_replayed():
    owner = UserFactory(role="reader")
    subscription = subscription_of(owner, closed_port_url())
    delivery = Delivery.objects.create(subscription=subscription, event="flag.raised", payload={"flag": 1})
    response = api_client(owner).post(f"/api/v1/hooks/deliveries/{delivery.pk}/replay/")
    assert (response.status_code, response.json()) == (
        409,
        error("conflict", "this delivery is still being sent", state={"status": "pending", "attempts": 0}),
    )
