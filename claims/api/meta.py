"""Health check, the offline API docs page, and JSON 404s for unknown API paths."""

from __future__ import annotations

import json

from django.db import connection
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

METHODS = ("get", "post", "put", "patch", "delete")


class HealthApi(APIView):
    """Answers 200 when the database answers, 503 (standard error body) when it does not. No login."""

    authentication_classes = []
    permission_classes = [AllowAny]
    throttle_classes = []

    @extend_schema(
        auth=[],
        responses=inline_serializer(
            "Health", {"status": serializers.CharField(), "database": serializers.CharField()}
        ),
    )
    def get(self, request):
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        return Response({"status": "ok", "database": "ok"})


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
