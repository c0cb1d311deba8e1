"""A user's own API tokens: list, create (the key shown once), rotate, revoke."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema
from rest_framework import generics, status
from rest_framework.response import Response

from config.api import NewestFirst
from tokens import services
from tokens.models import ApiToken
from tokens.selectors import token_list
from tokens.serializers import TokenCreatedOutput, TokenInput, TokenOutput, created


class TokensApi(generics.ListAPIView):
    """Your live API tokens, newest first (expired ones too, until revoked); never their keys."""

    serializer_class = TokenOutput
    input_serializer_class = TokenInput
    pagination_class = NewestFirst

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return ApiToken.objects.none()
        return token_list(user=self.request.user)

    @extend_schema(
        request=TokenInput,
        responses={201: TokenCreatedOutput},
        description="Make a token of yours; the answer's `key` is shown this once.",
    )
    def post(self, request):
        given = TokenInput(data=request.data)
        given.is_valid(raise_exception=True)
        token, key = services.token_create(user=request.user, **given.validated_data)
        return Response(created(token, key), status=status.HTTP_201_CREATED)


class TokenDetailApi(generics.GenericAPIView):
    queryset = ApiToken.objects.none()

    @extend_schema(request=None, responses={204: None}, description="Revoke one of your tokens.")
    def delete(self, request, pk: int):
        services.token_revoke(user=request.user, token_id=pk)
        return Response(status=status.HTTP_204_NO_CONTENT)


class TokenRotateApi(generics.GenericAPIView):
    queryset = ApiToken.objects.none()

    @extend_schema(
        request=None,
        responses={201: TokenCreatedOutput},
        description="Revoke one of your tokens and make its successor (same name); the new `key` is shown once.",
    )
    def post(self, request, pk: int):
        token, key = services.token_rotate(user=request.user, token_id=pk)
        return Response(created(token, key), status=status.HTTP_201_CREATED)
