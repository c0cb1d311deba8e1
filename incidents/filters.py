import django_filters

from incidents.models import Incident


class IncidentFilter(django_filters.FilterSet):
    """One filter set for the incident list of the API and of the web page."""

    kind = django_filters.CharFilter()
    place = django_filters.CharFilter(field_name="place_name", lookup_expr="icontains")
    day_from = django_filters.DateFilter(field_name="day", lookup_expr="gte")
    day_to = django_filters.DateFilter(field_name="day", lookup_expr="lte")

    class Meta:
        model = Incident
        fields = ("kind", "place", "day_from", "day_to")
