"""Webhooks: subscribing, emitting events, and sending each delivery, signed.

``emit("flag.raised", {...})`` is how the rest of the code tells external tools that something
happened. Once the caller's transaction commits, every active subscription to the event gets a
Delivery row and a task on the ``hooks`` queue that POSTs it; a receiver that fails is tried again
with backoff, and nothing it does slows down or fails the code that emitted the event.
"""

from __future__ import annotations

import contextlib
import json
import logging
import secrets
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable
from http.client import HTTPException
from urllib.parse import urlsplit

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from claims import pipeline
from config.api import CACHE_ERRORS
from hooks.models import Delivery, DeliveryStatus, Event, Subscription, iso_time
from hooks.selectors import delivery_detail, subscriptions_visible
from hooks.signing import signature

logger = logging.getLogger(__name__)
Payload = dict | Callable[[], dict]
# The events some active subscription wants, shared by every process through the cache.
EVENTS_KEY = "hooks:subscribed-events"
EVENTS_SECONDS = 60
SUBSCRIPTIONS_PER_OWNER = 50
ATTEMPTS = 5
TIMEOUT_SECONDS = 5
FIRST_RETRY_SECONDS = 10
ERROR_MAX_CHARS = 2000
USER_AGENT = "credibility-tracker-hooks/1"


class ReplayRefused(Exception):
    """The delivery is still being sent; ``state`` says how far it got."""

    def __init__(self, message: str, *, state: dict) -> None:
        super().__init__(message)
        self.state = state


def emit(event: str, payload: Payload) -> None:
    """Send ``event`` to its subscribers once the current transaction commits (at once outside one).

    ``payload`` is the event's data, or a function making it that is called only when someone
    subscribes, so an event nobody wants costs a cache read (one query when the cache is cold)::

        emit("flag.raised", {"flag": 7, "article": 42, "reason": "أرقام الضحايا متضاربة"})
        emit("link.proposed", lambda: {"article": 42, "links": new_links_of(42)})

    Errors are logged, never raised into the caller: a webhook must not fail the pipeline.
    """
    if event not in Event.values:
        raise ValueError(f"unknown event {event!r}")
    transaction.on_commit(lambda: deliveries_create(event=event, payload=payload), robust=True)


def subscribed_events() -> frozenset[str]:
    """The events at least one active subscription wants."""
    cached = None
    with contextlib.suppress(*CACHE_ERRORS):
        cached = cache.get(EVENTS_KEY)
    if cached is not None:
        return frozenset(cached)
    rows = Subscription.objects.filter(active=True).values_list("events", flat=True)
    events = frozenset(name for names in rows for name in names)
    with contextlib.suppress(*CACHE_ERRORS):
        cache.set(EVENTS_KEY, sorted(events), EVENTS_SECONDS)
    return events


def _forget_events() -> None:
    with contextlib.suppress(*CACHE_ERRORS):
        cache.delete(EVENTS_KEY)


def subscriptions_changed() -> None:
    """Forget the cached events now and again after commit: a process reading them in between
    would otherwise cache the state before this change for EVENTS_SECONDS."""
    _forget_events()
    transaction.on_commit(_forget_events)


def deliveries_create(*, event: str, payload: Payload) -> list[Delivery]:
    """A pending delivery of ``event`` for every active subscription to it, each queued to be sent."""
    if event not in subscribed_events():
        return []
    wanting = [s for s in Subscription.objects.filter(active=True).only("id", "events") if event in s.events]
    if not wanting:
        return []
    data = payload() if callable(payload) else payload
    with transaction.atomic():
        deliveries = [Delivery.objects.create(subscription=s, event=event, payload=data) for s in wanting]
    for delivery in deliveries:
        _enqueue(delivery.pk)
    return deliveries


def _enqueue(delivery_id: int) -> bool:
    from hooks.tasks import delivery_send_task

    return pipeline.enqueue(delivery_send_task, delivery_id)


def target_url_problem(url: str) -> str | None:
    """Why a subscription cannot POST to ``url``, or None when it can.

    >>> target_url_problem("https://tools.example.org/hooks/credibility")
    >>> target_url_problem("ftp://tools.example.org/in")
    'the target URL must start with http:// or https://'
    """
    if not url.isascii() or any(c.isspace() or not c.isprintable() for c in url):
        return "the target URL must be ASCII with no spaces (percent-encode, and punycode host names)"
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        return "the target URL must start with http:// or https://"
    if not parts.hostname:
        return "the target URL names no host"
    if parts.username is not None or parts.password is not None:
        return "the target URL must not hold a user name or password; the signature authenticates deliveries"
    try:
        parts.port  # noqa: B018 - parsing the port is the check
    except ValueError:
        return "the target URL has an invalid port"
    return None


def subscription_create(*, owner, target_url: str, events: Iterable[str]) -> Subscription:
    """Subscribe ``target_url`` to ``events``; the new subscription's secret signs its deliveries."""
    target_url = target_url.strip()
    problem = target_url_problem(target_url)
    if problem:
        raise ValidationError({"target_url": [problem]})
    wanted = sorted(set(events))
    unknown = sorted(set(wanted) - set(Event.values))
    if not wanted or unknown:
        raise ValidationError({"events": [f"choose among {', '.join(Event.values)}"]})
    if Subscription.objects.filter(owner=owner).count() >= SUBSCRIPTIONS_PER_OWNER:
        raise ValidationError({"target_url": [f"at most {SUBSCRIPTIONS_PER_OWNER} subscriptions per user"]})
    subscription = Subscription.objects.create(
        owner=owner, target_url=target_url, events=wanted, secret=secrets.token_hex(32)
    )
    subscriptions_changed()
    return subscription


def subscription_delete(*, subscription_id: int, user) -> None:
    """Delete a subscription the user may see, with its deliveries; queued ones are then skipped."""
    deleted, _ = subscriptions_visible(user=user).filter(pk=subscription_id).delete()
    if not deleted:
        raise Subscription.DoesNotExist
    subscriptions_changed()


def delivery_body(delivery: Delivery) -> bytes:
    """The JSON POSTed: ``{"id": 12, "event": "flag.raised", "created_at": "…", "data": {…}}``."""
    body = {
        "id": delivery.pk,
        "event": delivery.event,
        "created_at": iso_time(delivery.created_at),
        "data": delivery.payload,
    }
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """A redirect is answered as a failure: deliveries go to the URL subscribed, nowhere else."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


# No proxy read from the environment either: a delivery goes straight to its receiver.
_opener = urllib.request.build_opener(urllib.request.ProxyHandler({}), _NoRedirects)


def _post(url: str, body: bytes, headers: dict[str, str]) -> tuple[int | None, str]:
    """(the HTTP status, or None when there was no answer; what went wrong, or "")."""
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")
    try:
        with _opener.open(request, timeout=TIMEOUT_SECONDS) as response:
            return response.status, ""
    except urllib.error.HTTPError as error:
        with error:
            answer = error.read(300).decode("utf-8", errors="replace")
        return error.code, f"HTTP {error.code}: {answer}".strip()
    except (OSError, HTTPException, ValueError) as error:
        reason = getattr(error, "reason", error)
        return None, f"{type(reason).__name__}: {reason}"


def _send(delivery: Delivery) -> tuple[int | None, str]:
    body = delivery_body(delivery)
    timestamp = str(int(time.time()))
    headers = {
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        "X-Hook-Event": delivery.event,
        "X-Hook-Delivery": str(delivery.pk),
        "X-Hook-Timestamp": timestamp,
        "X-Hook-Signature": signature(delivery.subscription.secret, timestamp, body),
    }
    return _post(delivery.subscription.target_url, body, headers)


def delivery_attempt(*, delivery_id: int, last: bool) -> bool:
    """POST a pending delivery once and log the attempt on it. Returns True when it failed and
    should be tried again.

    A 2xx answer delivers it. Any other status, a refused connection or no answer within
    TIMEOUT_SECONDS is an error; on the ``last`` attempt, or for an inactive subscription, the
    delivery is failed.
    """
    delivery = (
        Delivery.objects.select_related("subscription")
        .filter(pk=delivery_id, status=DeliveryStatus.PENDING)
        .first()
    )
    if delivery is None:
        return False
    if delivery.subscription.active:
        code, error = _send(delivery)
    else:
        code, error, last = None, "the subscription is inactive", True
    now = timezone.now()
    delivered = code is not None and 200 <= code < 300
    status = (
        DeliveryStatus.DELIVERED if delivered else DeliveryStatus.FAILED if last else DeliveryStatus.PENDING
    )
    Delivery.objects.filter(pk=delivery.pk).update(
        status=status,
        attempts=F("attempts") + 1,
        last_response_code=code,
        last_error=error[:ERROR_MAX_CHARS],
        last_attempt_at=now,
        delivered_at=now if delivered else None,
    )
    if not delivered:
        logger.info("delivery %s of %s: %s", delivery.pk, delivery.event, error)
    return status == DeliveryStatus.PENDING


def retry_delay(retries: int) -> int:
    """Seconds before the next attempt after ``retries`` retries: 10, 30, 90, 270 (7 minutes in all,
    well inside the broker's visibility timeout, so a waiting retry is never delivered twice)."""
    return FIRST_RETRY_SECONDS * 3**retries


def delivery_replay(*, delivery_id: int, user) -> Delivery:
    """Send a delivered or failed delivery again, with a fresh round of attempts."""
    delivery = delivery_detail(user=user, delivery_id=delivery_id)
    replayed = Delivery.objects.filter(
        pk=delivery.pk, status__in=(DeliveryStatus.DELIVERED, DeliveryStatus.FAILED)
    ).update(status=DeliveryStatus.PENDING, delivered_at=None)
    if replayed != 1:
        state = {"status": delivery.status, "attempts": delivery.attempts}
        raise ReplayRefused("this delivery is still being sent", state=state)
    transaction.on_commit(lambda: _enqueue(delivery.pk))
    return delivery_detail(user=user, delivery_id=delivery.pk)
