from django.contrib import admin
from django.urls import include, path

from config.metrics import metrics
from frontend.ratelimit import limit_failed_logins

# Errors Django answers itself (outside DRF's exception handling) are JSON under /api/.
handler400 = "config.api_errors.bad_request"
handler403 = "config.api_errors.permission_denied"
handler404 = "config.api_errors.page_not_found"
handler500 = "config.api_errors.server_error"

urlpatterns = [
    # The admin's own login, counted with the web login's failures (frontend/ratelimit.py).
    path("admin/login/", limit_failed_logins(admin.site.login)),
    path("admin/", admin.site.urls),
    path("api/v1/", include("claims.api_urls")),
    path("metrics", metrics, name="metrics"),
    path("", include("frontend.urls")),
]
