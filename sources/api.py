from __future__ import annotations

from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import generics, status
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response

from claims.roles import IsEditor
from config.api import Pages
from config.api_errors import ConflictError
from sources import services
from sources.filters import SourceFilter
from sources.models import Source, SourceMerge
from sources.selectors import source_detail, source_list
from sources.serializers import (
    AliasInput,
    AliasOutput,
    MergeInput,
    MergeOutput,
    SourceDetailOutput,
    SourceOutput,
)


class SourcesApi(generics.ListAPIView):
    """Sources with their credibility (score and interval) and outcome counts; ?ordering=-score etc."""

    serializer_class = SourceOutput
    filterset_class = SourceFilter
    pagination_class = Pages

    def get_queryset(self):
        return source_list().order_by("name", "id")


class SourceDetailApi(generics.RetrieveAPIView):
    """A source with its aliases, parent, counts, credibility history and merges into it."""

    serializer_class = SourceDetailOutput

    def get_queryset(self):
        return source_list()

    def get_object(self):
        return source_detail(self.kwargs["pk"])


class SourceMergeApi(generics.GenericAPIView):
    """Merge another source into this one (editor); undo with the merge's id."""

    permission_classes = [IsEditor]
    serializer_class = MergeInput

    @extend_schema(request=MergeInput, responses={201: MergeOutput})
    def post(self, request, pk: int):
        given = MergeInput(data=request.data)
        given.is_valid(raise_exception=True)
        try:
            merge = services.source_merge(
                target_id=pk, merged_id=given.validated_data["merged_id"], user=request.user
            )
        except ValueError as error:
            raise ValidationError({"merged_id": [str(error)]}) from None
        return Response(MergeOutput(merge).data, status=status.HTTP_201_CREATED)


class SourceMergeUndoApi(generics.GenericAPIView):
    permission_classes = [IsEditor]
    queryset = SourceMerge.objects.none()

    @extend_schema(request=None, responses={204: OpenApiResponse(description="merge undone")})
    def post(self, request, pk: int):
        try:
            services.source_merge_undo(merge_id=pk, user=request.user)
        except ValueError as error:
            raise ConflictError(str(error), {"undone": True}) from None
        return Response(status=status.HTTP_204_NO_CONTENT)


class SourceAliasesApi(generics.GenericAPIView):
    """Add an alias that names this source (editor)."""

    permission_classes = [IsEditor]
    serializer_class = AliasInput

    @extend_schema(request=AliasInput, responses={201: AliasOutput})
    def post(self, request, pk: int):
        given = AliasInput(data=request.data)
        given.is_valid(raise_exception=True)
        source = generics.get_object_or_404(Source, pk=pk, merged_into=None)
        alias = services.alias_add(source=source, alias=given.validated_data["alias"])
        if alias.source_id != source.pk:
            state = {"alias": alias.alias, "source": alias.source_id}
            raise ConflictError("this alias already names another source", state)
        return Response(AliasOutput(alias).data, status=status.HTTP_201_CREATED)
