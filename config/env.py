"""The only reader of ``os.environ``.

Each helper returns a typed value or raises :class:`EnvError` naming the variable and what was
wrong with it, so a typo in a deployment stops the process at start-up instead of running with
a silently different setting.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from urllib.parse import urlsplit

TRUE = {"1", "true", "yes", "on"}
FALSE = {"0", "false", "no", "off"}


class EnvError(ValueError):
    """A variable is set to a value that cannot be used."""


def _raw(name: str, environ: Mapping[str, str] | None) -> str | None:
    value = (os.environ if environ is None else environ).get(name)
    return None if value is None or value.strip() == "" else value.strip()


def env_str(name: str, default: str | None = None, *, environ: Mapping[str, str] | None = None) -> str | None:
    value = _raw(name, environ)
    return default if value is None else value


def env_bool(name: str, default: bool, *, environ: Mapping[str, str] | None = None) -> bool:
    value = _raw(name, environ)
    if value is None:
        return default
    if value.lower() in TRUE:
        return True
    if value.lower() in FALSE:
        return False
    raise EnvError(f"{name}={value!r} is not a boolean; use one of {sorted(TRUE | FALSE)}")


def env_int(
    name: str, default: int, *, minimum: int | None = None, environ: Mapping[str, str] | None = None
) -> int:
    value = _raw(name, environ)
    if value is None:
        return default
    try:
        number = int(value)
    except ValueError:
        raise EnvError(f"{name}={value!r} is not an integer") from None
    if minimum is not None and number < minimum:
        raise EnvError(f"{name}={number} is below the minimum of {minimum}")
    return number


def env_list(name: str, default: list[str], *, environ: Mapping[str, str] | None = None) -> list[str]:
    value = _raw(name, environ)
    if value is None:
        return default
    items = [item.strip() for item in value.split(",")]
    if any(not item for item in items):
        raise EnvError(f"{name}={value!r} has an empty item; separate values with single commas")
    return items


def env_url(name: str, schemes: tuple[str, ...], *, environ: Mapping[str, str] | None = None) -> str | None:
    value = _raw(name, environ)
    if value is None:
        return None
    parts = urlsplit(value)
    if parts.scheme not in schemes:
        raise EnvError(
            f"{name} must start with one of {', '.join(s + '://' for s in schemes)}; got {value!r}"
        )
    if not parts.hostname and not parts.path.strip("/"):
        raise EnvError(f"{name}={value!r} names no host or database")
    return value


def env_origins(name: str, *, environ: Mapping[str, str] | None = None) -> list[str]:
    """Comma-separated web origins, each ``scheme://host[:port]`` with no path: what a browser sends
    in its Origin header, e.g. ``https://tools.example.org,http://localhost:3000``. Unset: none."""
    origins = env_list(name, [], environ=environ)
    for origin in origins:
        parts = urlsplit(origin)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise EnvError(f"{name}: {origin!r} is not an http:// or https:// origin")
        if parts.path or parts.query or parts.fragment or parts.username:
            raise EnvError(f"{name}: {origin!r} must be scheme://host[:port] only, with no path")
    return origins
