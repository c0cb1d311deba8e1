from __future__ import annotations

from django.http import Http404
from drf_spectacular.utils import extend_schema
from rest_framework import generics, status
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response

from claims.roles import IsEditor
from config.api import Pages
from incidents import services
from incidents.filters import IncidentFilter
from incidents.models import Incident
from incidents.selectors import incident_detail, incident_list
from incidents.serializers import IncidentDetailOutput, IncidentMergeInput, IncidentOutput, IncidentSplitInput


def _detail(pk: int) -> dict:
    try:
        view = incident_detail(pk)
    except Incident.DoesNotExist:
        raise Http404 from None
    return {
        "incident": incident_list().get(pk=view.incident.pk),
        "claims": view.claims,
        "figures": view.figures,
        "denials": [claim.pk for claim in view.denials],
        "copies": {str(pk): original.pk for pk, original in view.copy_of.items()},
        "links": view.links,
        "changes": view.incident.changes.select_related("user"),
    }


class IncidentsApi(generics.ListAPIView):
    """Incidents, newest first: one event as every outlet reports it; ?kind=air_strike&place=إدلب."""

    serializer_class = IncidentOutput
    filterset_class = IncidentFilter
    pagination_class = Pages

    def get_queryset(self):
        return incident_list().order_by("-updated_at", "-id")


class IncidentDetailApi(generics.GenericAPIView):
    """An incident: its claims by publication, competing tolls, denials and links. The id of an
    incident merged into another answers with that other incident."""

    serializer_class = IncidentDetailOutput
    queryset = Incident.objects.none()

    def get(self, request, pk: int):
        return Response(IncidentDetailOutput(_detail(pk)).data)


def _changed(change, field: str) -> Incident:
    """Run an editor's change of incidents; a missing incident is a 404, a refused one a 400 on
    the field that caused it."""
    try:
        return change()
    except Incident.DoesNotExist:
        raise Http404 from None
    except ValueError as error:
        raise ValidationError({field: [str(error)]}) from None


class IncidentMergeApi(generics.GenericAPIView):
    """Merge another incident into this one (editor)."""

    permission_classes = [IsEditor]
    serializer_class = IncidentMergeInput

    @extend_schema(request=IncidentMergeInput, responses={200: IncidentDetailOutput})
    def post(self, request, pk: int):
        given = IncidentMergeInput(data=request.data)
        given.is_valid(raise_exception=True)
        merged_id = given.validated_data["merged_id"]
        target = _changed(
            lambda: services.incident_merge(target_id=pk, merged_id=merged_id, user=request.user), "merged_id"
        )
        return Response(IncidentDetailOutput(_detail(target.pk)).data)


class IncidentSplitApi(generics.GenericAPIView):
    """Move some claims of this incident into a new incident (editor); answers with the new one."""

    permission_classes = [IsEditor]
    serializer_class = IncidentSplitInput

    @extend_schema(request=IncidentSplitInput, responses={201: IncidentDetailOutput})
    def post(self, request, pk: int):
        given = IncidentSplitInput(data=request.data)
        given.is_valid(raise_exception=True)
        claim_ids = given.validated_data["claim_ids"]
        new = _changed(
            lambda: services.incident_split(incident_id=pk, claim_ids=claim_ids, user=request.user),
            "claim_ids",
        )
        return Response(IncidentDetailOutput(_detail(new.pk)).data, status=status.HTTP_201_CREATED)
