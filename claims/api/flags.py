from __future__ import annotations

from drf_spectacular.utils import extend_schema
from rest_framework import generics, status
from rest_framework.response import Response

from claims.filters import FlagFilter
from claims.roles import IsEditor, ReadOrEditor
from claims.selectors import flag_list
from claims.serializers import FlagInput, FlagOutput, FlagResolveInput
from claims.services import article_flag, flag_resolve
from config.api import NewestFirst


class FlagsApi(generics.ListAPIView):
    """Editors' flags on articles, newest first. POST flags an article (editor)."""

    permission_classes = [ReadOrEditor]
    serializer_class = FlagOutput
    input_serializer_class = FlagInput
    filterset_class = FlagFilter
    pagination_class = NewestFirst

    def get_queryset(self):
        return flag_list()

    @extend_schema(request=FlagInput, responses={201: FlagOutput})
    def post(self, request):
        given = FlagInput(data=request.data)
        given.is_valid(raise_exception=True)
        flag = article_flag(user=request.user, **given.validated_data)
        return Response(FlagOutput(flag_list().get(pk=flag.pk)).data, status=status.HTTP_201_CREATED)


class FlagDetailApi(generics.RetrieveAPIView):
    serializer_class = FlagOutput

    def get_queryset(self):
        return flag_list()


class FlagResolveApi(generics.GenericAPIView):
    permission_classes = [IsEditor]
    serializer_class = FlagResolveInput

    @extend_schema(request=FlagResolveInput, responses={200: FlagOutput})
    def post(self, request, pk: int):
        given = FlagResolveInput(data=request.data)
        given.is_valid(raise_exception=True)
        flag = flag_resolve(flag_id=pk, user=request.user, **given.validated_data)
        return Response(FlagOutput(flag_list().get(pk=flag.pk)).data)
