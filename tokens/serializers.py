from __future__ import annotations

from rest_framework import serializers

from tokens.models import ApiToken


class TokenInput(serializers.Serializer):
    name = serializers.CharField(
        max_length=100, required=False, default="", allow_blank=True, help_text="what the token is for"
    )


class TokenOutput(serializers.ModelSerializer):
    prefix = serializers.CharField(read_only=True, help_text="the key's first 8 characters")

    class Meta:
        model = ApiToken
        fields = ("id", "name", "prefix", "created_at", "last_used_at", "expires_at")


class TokenCreatedOutput(TokenOutput):
    key = serializers.CharField(
        help_text="send as `Authorization: Token <key>`; shown this once, only its digest is stored"
    )

    class Meta(TokenOutput.Meta):
        fields = (*TokenOutput.Meta.fields, "key")


def created(token: ApiToken, key: str) -> dict:
    return TokenCreatedOutput({**TokenOutput(token).data, "key": key}).data
