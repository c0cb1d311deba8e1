from django.contrib import admin

from tokens.models import ApiToken


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    """Keys are never stored, so the admin can see and revoke tokens but not read or make a key."""

    list_display = ("prefix", "user", "name", "created_at", "last_used_at", "expires_at", "revoked_at")
    list_filter = ("revoked_at",)
    search_fields = ("user__username", "prefix", "name")
    readonly_fields = ("user", "name", "prefix", "digest", "created_at", "last_used_at", "expires_at")

    def has_add_permission(self, request) -> bool:
        return False
