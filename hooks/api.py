from __future__ import annotations

from drf_spectacular.utils import extend_schema
from rest_framework import generics, status
from rest_framework.response import Response

from config.api import NewestFirst
from config.api_errors import ConflictError
from hooks import services
from hooks.filters import DeliveryFilter
from hooks.models import Delivery, Subscription
from hooks.selectors import delivery_detail, delivery_list, subscription_list
from hooks.serializers import DeliveryOutput, SubscriptionCreatedOutput, SubscriptionInput, SubscriptionOutput

RECEIVING = """Subscribe a URL to events; the answer holds the subscription's secret, shown this once.

Each event is POSTed as JSON {"id": <delivery id>, "event": "flag.raised", "created_at": "…", "data": {…}}
with the headers X-Hook-Event, X-Hook-Delivery (the id: a delivery may arrive twice), X-Hook-Timestamp
(Unix seconds) and X-Hook-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<raw body>" keyed with
the secret>. Answer 2xx within 5 seconds; anything else is tried again after 10, 30, 90 and 270
seconds, 5 attempts in all. Verify before trusting a body:

    import hashlib, hmac, time
    def verified(secret: str, headers, body: bytes) -> bool:
        timestamp = headers["X-Hook-Timestamp"]
        mac = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256)
        fresh = abs(time.time() - int(timestamp)) < 300
        return fresh and hmac.compare_digest("sha256=" + mac.hexdigest(), headers["X-Hook-Signature"])

Events: article.processed, link.proposed, link.decided, flag.raised, flag.resolved, incident.changed."""


class SubscriptionsApi(generics.ListAPIView):
    """Your webhook subscriptions, newest first (an admin's list holds everyone's)."""

    serializer_class = SubscriptionOutput
    input_serializer_class = SubscriptionInput
    pagination_class = NewestFirst

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return Subscription.objects.none()
        return subscription_list(user=self.request.user)

    @extend_schema(
        request=SubscriptionInput, responses={201: SubscriptionCreatedOutput}, description=RECEIVING
    )
    def post(self, request):
        given = SubscriptionInput(data=request.data)
        given.is_valid(raise_exception=True)
        subscription = services.subscription_create(owner=request.user, **given.validated_data)
        return Response(SubscriptionCreatedOutput(subscription).data, status=status.HTTP_201_CREATED)


class SubscriptionDetailApi(generics.RetrieveDestroyAPIView):
    """A subscription of yours (its secret is never shown again); DELETE ends it and its log."""

    serializer_class = SubscriptionOutput

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return Subscription.objects.none()
        return subscription_list(user=self.request.user)

    def destroy(self, request, *args, **kwargs):
        services.subscription_delete(subscription_id=self.kwargs["pk"], user=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)


class DeliveriesApi(generics.ListAPIView):
    """What was sent to a subscription, newest first, with each delivery's last attempt."""

    serializer_class = DeliveryOutput
    filterset_class = DeliveryFilter
    pagination_class = NewestFirst

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return Delivery.objects.none()
        return delivery_list(user=self.request.user, subscription_id=self.kwargs["pk"])


class DeliveryDetailApi(generics.RetrieveAPIView):
    serializer_class = DeliveryOutput
    queryset = Delivery.objects.none()

    def get_object(self):
        return delivery_detail(user=self.request.user, delivery_id=self.kwargs["pk"])


class DeliveryReplayApi(generics.GenericAPIView):
    """Send a delivered or failed delivery again (same id and body, new timestamp and signature)."""

    queryset = Delivery.objects.none()

    @extend_schema(request=None, responses={202: DeliveryOutput})
    def post(self, request, pk: int):
        try:
            delivery = services.delivery_replay(delivery_id=pk, user=request.user)
        except services.ReplayRefused as refused:
            raise ConflictError(str(refused), refused.state) from None
        return Response(DeliveryOutput(delivery).data, status=status.HTTP_202_ACCEPTED)
