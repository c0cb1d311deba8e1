"""Health check, the offline API docs page, and JSON 404s for unknown API paths."""

from __future__ import annotations

import json

from django.http import HttpResponse
from django.template.loader import render_to_string
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.utils import extend_schema, inline_serializer
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
