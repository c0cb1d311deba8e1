"""Failed log-ins counted per (user name, client address) and per client address, in a fixed window.

Once either count reaches its limit (LOGIN_ATTEMPTS_PER_WINDOW, LOGIN_ATTEMPTS_PER_IP_WINDOW), the
login answers 429 without checking the password until the window (LOGIN_WINDOW_SECONDS) has
passed. A successful log-in clears the count of its user name and address. Counts live in
Django's cache (Redis when REDIS_URL is set, so every web process shares them); when the cache
cannot be reached, log-ins go through uncounted, as API throttling does: a Redis outage must not
lock everyone out.
"""

from __future__ import annotations

import hashlib
import logging
import math
import unicodedata
from collections.abc import Callable
from functools import wraps

from django.conf import settings
from django.contrib.auth.forms import AuthenticationForm
from django.contrib.auth.signals import user_logged_in
from django.core.cache import cache
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import ngettext

from config.api import CACHE_ERRORS

logger = logging.getLogger(__name__)
LOGGED_IN = "_logged_in_by_this_request"


def _mark_logged_in(sender, request=None, **kwargs) -> None:
    if request is not None:
        setattr(request, LOGGED_IN, True)


# Success is a log-in that happened, not merely an authenticated request: a signed-in reader
# posting wrong credentials to the admin login still counts as a failure.
user_logged_in.connect(_mark_logged_in, dispatch_uid="frontend.ratelimit")


def client_address(request) -> str:
    header = settings.LOGIN_CLIENT_IP_HEADER
    if header:
        forwarded = request.META.get("HTTP_" + header.upper().replace("-", "_"), "")
        last = forwarded.rsplit(",", 1)[-1].strip()
        if last:
            return last
    return request.META.get("REMOTE_ADDR", "")


def _digest(*parts: str) -> str:
    return hashlib.sha256("\n".join(parts).encode("utf-8", "replace")).hexdigest()


def counted_name(username: str) -> str:
    """The user name failures are counted under: NFKC-normalised as Django's login form normalises it
    before looking the user up, then case-folded, so no spelling of one name starts a count of its own.

    «ｒｅａｄｅｒ1» (full-width letters) and « READER1 » both give «reader1»; «ﬁras» gives «firas».
    """
    return unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", username).strip().casefold())


def _counters(request) -> list[tuple[str, int]]:
    """Cache keys and their limits: the (user name, address) pair first, then the address."""
    address = client_address(request)
    username = counted_name(request.POST.get("username", ""))
    return [
        (f"login-failures:pair:{_digest(username, address)}", settings.LOGIN_ATTEMPTS_PER_WINDOW),
        (f"login-failures:address:{_digest(address)}", settings.LOGIN_ATTEMPTS_PER_IP_WINDOW),
    ]


def _over_limit(counters: list[tuple[str, int]]) -> bool:
    counts = cache.get_many([key for key, _ in counters])
    return any(counts.get(key, 0) >= limit for key, limit in counters)


def _count_failure(counters: list[tuple[str, int]]) -> None:
    window = settings.LOGIN_WINDOW_SECONDS
    for key, _ in counters:
        if cache.add(key, 1, window):
            continue
        try:
            cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, window)


def _quietly(action: Callable, *args, default=None):
    try:
        return action(*args)
    except CACHE_ERRORS as error:
        logger.warning("login rate limit skipped, cache unreachable: %s", error)
        return default


def _refuse(request):
    window = settings.LOGIN_WINDOW_SECONDS
    minutes = math.ceil(window / 60)
    next_url = request.POST.get("next", "")
    safe = url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    context = {
        "form": AuthenticationForm(request),
        "next": next_url if safe else "",
        "locked_out": ngettext(
            "Too many failed log-in attempts. Wait %(minutes)s minute, then try again.",
            "Too many failed log-in attempts. Wait %(minutes)s minutes, then try again.",
            minutes,
        )
        % {"minutes": minutes},
    }
    response = render(request, "frontend/login.html", context, status=429)
    response["Retry-After"] = str(window)
    add_never_cache_headers(response)
    return response


def limit_failed_logins(view: Callable) -> Callable:
    """Wrap a login view whose form posts ``username``: Django's LoginView or the admin's."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if request.method != "POST":
            return view(request, *args, **kwargs)
        counters = _counters(request)
        if _quietly(_over_limit, counters, default=False):
            return _refuse(request)
        response = view(request, *args, **kwargs)
        if getattr(request, LOGGED_IN, False):
            _quietly(cache.delete, counters[0][0])
        else:
            _quietly(_count_failure, counters)
        return response

    return wrapped
