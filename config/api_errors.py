"""One error format for the whole API: ``{"error": {"code": …, "message": …, "fields": {…}}}``.

Errors raised below the views (services, selectors, the database) are translated here, so views
stay free of try/except: Django's ValidationError → 400, DoesNotExist → 404, a service Conflict →
409 with the object's current ``state``, an unreachable database → 503. What escapes even that (a
bug: 500, or an error raised outside DRF) is answered under /api/ by Django's error handlers
below, still in this format.
"""

from __future__ import annotations

import logging

from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, RequestDataTooBig
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import DatabaseError, DataError, IntegrityError
from django.http import Http404, JsonResponse
from django.views import defaults
from rest_framework import exceptions
from rest_framework.views import exception_handler as drf_exception_handler

from claims.services.guards import Conflict
from config.api import PayloadTooLarge

logger = logging.getLogger(__name__)
NON_FIELD = "non_field_errors"
API_PREFIX = "/api/"


class ConflictError(exceptions.APIException):
    status_code = 409
    default_code = "conflict"
    default_detail = "the object is not in the expected state"

    def __init__(self, detail: str, state: dict) -> None:
        super().__init__(detail)
        self.state = state


class DatabaseUnavailable(exceptions.APIException):
    status_code = 503
    default_code = "database_unavailable"
    default_detail = "the database cannot be reached; try again shortly"


def _translate(exc: Exception) -> Exception:
    if isinstance(exc, DjangoValidationError):
        detail = exc.message_dict if hasattr(exc, "error_dict") else exc.messages
        return exceptions.ValidationError(detail)
    if isinstance(exc, (ObjectDoesNotExist, Http404)):
        return exceptions.NotFound()
    if isinstance(exc, PermissionDenied):
        return exceptions.PermissionDenied(str(exc) or None)
    if isinstance(exc, Conflict):
        return ConflictError(str(exc), exc.state)
    if isinstance(exc, RequestDataTooBig):
        return PayloadTooLarge()
    if isinstance(exc, IntegrityError):
        return ConflictError("the change conflicts with stored data", {})
    if isinstance(exc, DataError):
        return exceptions.ValidationError("a value is out of the range the database can store")
    if isinstance(exc, DatabaseError):
        logger.warning("database error answered with 503: %s", exc)
        return DatabaseUnavailable()
    return exc


def _validation_body(detail) -> tuple[str, dict]:
    if isinstance(detail, dict):
        fields = {name: errors for name, errors in detail.items() if name != NON_FIELD}
        general = detail.get(NON_FIELD) or []
        named = ", ".join(fields)
        return (str(general[0]) if general else f"invalid value for {named}"), fields
    messages = detail if isinstance(detail, list) else [detail]
    return "; ".join(str(message) for message in messages), {}


def error_body(exc: exceptions.APIException) -> dict:
    if isinstance(exc, exceptions.ValidationError):
        message, fields = _validation_body(exc.detail)
        body = {"code": "invalid", "message": message, "fields": fields}
    else:
        code = exc.detail.code if isinstance(exc.detail, exceptions.ErrorDetail) else exc.default_code
        body = {"code": code, "message": str(exc.detail), "fields": {}}
    if isinstance(exc, ConflictError):
        body["state"] = exc.state
    return {"error": body}


def exception_handler(exc: Exception, context: dict):
    exc = _translate(exc)
    response = drf_exception_handler(exc, context)
    if response is not None:
        response.data = error_body(exc)
    return response


def _api_or_page(status: int, code: str, message: str, page):
    """A Django error handler (handler404 …): the error envelope under /api/, ``page`` elsewhere."""

    def handler(request, exception=None):
        if request.path.startswith(API_PREFIX):
            body = {"error": {"code": code, "message": message, "fields": {}}}
            return JsonResponse(body, status=status)
        return page(request) if exception is None else page(request, exception)

    return handler


bad_request = _api_or_page(400, "bad_request", "Bad request.", defaults.bad_request)
permission_denied = _api_or_page(403, "permission_denied", "Permission denied.", defaults.permission_denied)
page_not_found = _api_or_page(404, "not_found", "Not found.", defaults.page_not_found)
server_error = _api_or_page(500, "server_error", "A server error occurred.", defaults.server_error)


ERROR_SCHEMA = {
    "type": "object",
    "properties": {
        "error": {
            "type": "object",
            "properties": {
                "code": {"type": "string"},
                "message": {"type": "string"},
                "fields": {"type": "object", "additionalProperties": {}},
                "state": {
                    "type": "object",
                    "additionalProperties": {},
                    "description": "on 409: the current state",
                },
            },
            "required": ["code", "message", "fields"],
        }
    },
    "required": ["error"],
}
EVERY_OPERATION = {
    "400": "invalid input",
    "404": "no such object",
    "429": "too many requests for this token",
    "503": "the database cannot be reached",
}
WITH_LOGIN = {"401": "no or invalid credentials", "403": "the user's role does not allow this"}
WITH_BODY = {"409": "the object is not in the expected state", "413": "request body too large"}


def add_error_responses(result: dict, generator, request, public) -> dict:
    """Document the error format on every operation (a drf-spectacular postprocessing hook)."""
    result.setdefault("components", {}).setdefault("schemas", {})["Error"] = ERROR_SCHEMA
    content = {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
    for operations in result["paths"].values():
        for method, operation in operations.items():
            statuses = EVERY_OPERATION | (WITH_LOGIN if "security" in operation else {})
            statuses |= WITH_BODY if method in ("post", "put", "patch") else {}
            for status, description in statuses.items():
                operation["responses"].setdefault(status, {"description": description, "content": content})
    return result
