import django_filters

from hooks.models import Delivery


class DeliveryFilter(django_filters.FilterSet):
    """?status=failed&event=flag.raised"""

    class Meta:
        model = Delivery
        fields = ("status", "event")
