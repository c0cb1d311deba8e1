"""The API root, the health check, the schema in the reader's language, the offline API docs page,
and JSON 404s for unknown API paths."""

from __future__ import annotations

import json

from django.http import HttpResponse
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation.trans_real import parse_accept_lang_header
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.utils import extend_schema, inline_serializer
from drf_spectacular.views import SCHEMA_KWARGS, SpectacularAPIView
from rest_framework import serializers
from rest_framework.exceptions import NotFound
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.views import APIView

from config.api import FirstRenderer
from config.health import health

METHODS = ("get", "post", "put", "patch", "delete")


CHECK = "ok, or what failed"
HEALTH = inline_serializer(
    "Health",
    {
        "status": serializers.ChoiceField(choices=["ok", "unavailable"]),
        "database": serializers.CharField(help_text=CHECK),
        "cache": serializers.CharField(help_text=CHECK + " (Redis when REDIS_URL is set)"),
        "broker": serializers.CharField(required=False, help_text=CHECK + "; only with REDIS_URL"),
        "workers": serializers.CharField(
            required=False,
            help_text=CHECK + ": a worker answers and every queue has one; only with REDIS_URL",
        ),
    },
)


# What an external tool starts from: name → address below /api/v1/.
ENTRY_POINTS = {
    "schema": "api:schema",
    "docs": "api:docs",
    "health": "api:health",
    "articles": "api:article-list",
    "claims": "api:claim-list",
    "links": "api:link-list",
    "queue_next": "api:queue-next",
    "sources": "api:source-list",
    "incidents": "api:incident-list",
    "flags": "api:flag-list",
    "hook_subscriptions": "api:hook-subscription-list",
}
ROOT = inline_serializer(
    "ApiRoot",
    {
        "name": serializers.CharField(),
        "version": serializers.CharField(),
        "endpoints": serializers.DictField(child=serializers.URLField()),
    },
)


class RootApi(APIView):
    """Where the API's lists, its schema and its documentation are: {"endpoints": {"claims": "…"}}.
    No login: every address it names asks for its own."""

    authentication_classes = []
    permission_classes = [AllowAny]

    @extend_schema(auth=[], responses={200: ROOT})
    def get(self, request):
        endpoints = {name: request.build_absolute_uri(reverse(route)) for name, route in ENTRY_POINTS.items()}
        return Response(
            {"name": "Claim and source credibility tracker API", "version": "v1", "endpoints": endpoints}
        )


def schema_language(accept_language: str) -> str:
    """The schema is written in English; a client whose first language is Arabic gets it in Arabic.

    >>> schema_language("ar-SY,ar;q=0.9,en;q=0.5"), schema_language(""), schema_language("fr,ar;q=0.5")
    ('ar', 'en', 'en')
    """
    preferred = parse_accept_lang_header(accept_language or "")
    return "ar" if preferred and preferred[0][0].lower().startswith("ar") else "en"


class SchemaApi(SpectacularAPIView):
    """The OpenAPI document: English by default, Arabic with ``Accept-Language: ar`` (or ``?lang=ar``)."""

    @extend_schema(**SCHEMA_KWARGS)
    def get(self, request, *args, **kwargs):
        if request.GET.get("lang"):
            return super().get(request, *args, **kwargs)
        with translation.override(schema_language(request.headers.get("Accept-Language", ""))):
            return super().get(request, *args, **kwargs)


class HealthApi(APIView):
    """Checks the database, the cache and, with REDIS_URL, the broker and the workers, at once, in
    about a second. 200 when all pass, 503 when one fails; the body names each check either way. No login."""

    authentication_classes = []
    permission_classes = [AllowAny]
    throttle_classes = []

    @extend_schema(auth=[], responses={200: HEALTH, 503: HEALTH})
    def get(self, request):
        results = health()
        healthy = all(result == "ok" for result in results.values())
        return Response(
            {"status": "ok" if healthy else "unavailable", **results}, status=200 if healthy else 503
        )


def _operations(schema: dict) -> list[dict]:
    rows = []
    for path, operations in schema["paths"].items():
        for method in METHODS:
            if method in operations:
                operation = operations[method]
                rows.append(
                    {
                        "method": method.upper(),
                        "path": path,
                        "id": operation["operationId"],
                        "description": operation.get("description", ""),
                        "parameters": operation.get("parameters", []),
                        "request": json.dumps(operation.get("requestBody", {}), indent=2),
                        "responses": sorted(operation["responses"]),
                    }
                )
    return rows


class DocsApi(APIView):
    """A self-contained HTML page describing every operation; needs no script or asset from outside."""

    renderer_classes = [JSONRenderer]
    content_negotiation_class = FirstRenderer

    @extend_schema(exclude=True)
    def get(self, request):
        schema = SchemaGenerator().get_schema(request=request, public=True)
        context = {
            "info": schema["info"],
            "operations": _operations(schema),
            "components": json.dumps(schema["components"]["schemas"], indent=2, ensure_ascii=False),
        }
        return HttpResponse(render_to_string("api/docs.html", context, request=request))


class NotFoundApi(APIView):
    authentication_classes = []
    permission_classes = [AllowAny]
    throttle_classes = []

    def initial(self, request, *args, **kwargs):
        raise NotFound("no such API endpoint")
