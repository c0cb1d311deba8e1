"""What every page needs: its language, a role check, and a service's refusal turned into a message."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Page, Paginator
from django.utils import translation

from claims.roles import has_role

PAGE_SIZE = 50


def interface_language(view: Callable) -> Callable:
    """Arabic unless the user chose another language with the switch.

    The browser's Accept-Language is not consulted: many of the fact-checkers' browsers are set
    to English, and the interface is meant to open in Arabic for them too.
    """

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        language = chosen if chosen in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = language
        return view(request, *args, **kwargs)

    return wrapped


def role_required(role: str) -> Callable:
    """Anonymous users go to the login page; signed-in users without ``role`` get 403."""

    def decorate(view: Callable) -> Callable:
        @interface_language
        @login_required
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not has_role(request.user, role):
                raise PermissionDenied(role)
            return view(request, *args, **kwargs)

        return wrapped

    return decorate


def error_text(error: ValidationError) -> str:
    return " ".join(error.messages)


def page_of(queryset, request) -> Page:
    return Paginator(queryset, PAGE_SIZE).get_page(request.GET.get("page"))
