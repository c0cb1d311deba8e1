"""Reading subscriptions and deliveries: a user reads their own, an admin everyone's."""

from __future__ import annotations

from django.db.models import QuerySet

from claims.roles import ADMIN, has_role
from hooks.models import Delivery, Subscription


def subscriptions_visible(*, user) -> QuerySet[Subscription]:
    subscriptions = Subscription.objects.all()
    return subscriptions if has_role(user, ADMIN) else subscriptions.filter(owner_id=user.pk)


def subscription_list(*, user) -> QuerySet[Subscription]:
    return subscriptions_visible(user=user).select_related("owner")


def delivery_list(*, user, subscription_id: int) -> QuerySet[Delivery]:
    """The deliveries of one subscription the user may read; raises Subscription.DoesNotExist (a
    404) for another user's, so whether it exists is not given away."""
    visible = subscriptions_visible(user=user).values_list("pk", flat=True).get(pk=subscription_id)
    return Delivery.objects.filter(subscription_id=visible)


def delivery_detail(*, user, delivery_id: int) -> Delivery:
    return Delivery.objects.filter(subscription__in=subscriptions_visible(user=user)).get(pk=delivery_id)
