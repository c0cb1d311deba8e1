from django.contrib import admin

from hooks.models import Delivery, Subscription
from hooks.services import subscriptions_changed


@admin.register(Subscription)
class SubscriptionAdmin(admin.ModelAdmin):
    list_display = ("id", "owner", "target_url", "active", "created_at")
    list_filter = ("active",)
    exclude = ("secret",)
    raw_id_fields = ("owner",)

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        subscriptions_changed()

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        subscriptions_changed()


@admin.register(Delivery)
class DeliveryAdmin(admin.ModelAdmin):
    list_display = ("id", "subscription", "event", "status", "attempts", "last_response_code", "created_at")
    list_filter = ("status", "event")
    raw_id_fields = ("subscription",)
    readonly_fields = ("created_at", "last_attempt_at", "delivered_at")
