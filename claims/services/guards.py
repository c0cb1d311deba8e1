"""What every claims service checks before it writes: the caller's role, and the state it expects."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied

from claims.roles import has_role


class Conflict(Exception):
    """The object is not in the state the caller expected; ``state`` says what it is now."""

    def __init__(self, message: str, *, state: dict) -> None:
        super().__init__(message)
        self.state = state


def require_role(user, role: str) -> None:
    if not has_role(user, role):
        raise PermissionDenied(f"this needs the {role} role")
