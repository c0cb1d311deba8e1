"""Roles are Django groups (migration claims/0003_roles), ordered so that each implies those below it.

reader < fact-checker < editor < admin; a superuser is an admin whatever its groups.
"""

from __future__ import annotations

from rest_framework.permissions import SAFE_METHODS, BasePermission

READER = "reader"
FACT_CHECKER = "fact-checker"
EDITOR = "editor"
ADMIN = "admin"
ROLES = (READER, FACT_CHECKER, EDITOR, ADMIN)
RANK = {role: rank for rank, role in enumerate(ROLES)}
NO_ROLE = -1


def role_rank(user) -> int:
    """The rank of the user's highest role, NO_ROLE for anonymous, inactive or group-less users."""
    if user is None or not user.is_authenticated or not user.is_active:
        return NO_ROLE
    if user.is_superuser:
        return RANK[ADMIN]
    # Kept on the instance so a request asks the database once, however many checks it makes.
    if not hasattr(user, "_role_rank"):
        names = user.groups.filter(name__in=ROLES).values_list("name", flat=True)
        user._role_rank = max((RANK[name] for name in names), default=NO_ROLE)
    return user._role_rank


def role_of(user) -> str | None:
    rank = role_rank(user)
    return None if rank == NO_ROLE else ROLES[rank]


def has_role(user, *roles: str) -> bool:
    """True when the user holds one of ``roles`` or a role above it."""
    unknown = set(roles) - set(RANK)
    if unknown:
        raise ValueError(f"unknown role(s): {', '.join(sorted(unknown))}")
    return bool(roles) and role_rank(user) >= min(RANK[role] for role in roles)


class RolePermission(BasePermission):
    """Reading needs ``read_role``; any other method needs ``write_role``."""

    read_role = READER
    write_role = READER

    def has_permission(self, request, view) -> bool:
        role = self.read_role if request.method in SAFE_METHODS else self.write_role
        return has_role(request.user, role)


class IsReader(RolePermission):
    pass


class IsFactChecker(RolePermission):
    read_role = write_role = FACT_CHECKER


class IsEditor(RolePermission):
    read_role = write_role = EDITOR


class IsAdmin(RolePermission):
    read_role = write_role = ADMIN


class ReadOrFactChecker(RolePermission):
    write_role = FACT_CHECKER


class ReadOrEditor(RolePermission):
    write_role = EDITOR
