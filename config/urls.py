from django.contrib import admin
from django.urls import include, path

from frontend.ratelimit import limit_failed_logins

urlpatterns = [
    # The admin's own login, counted with the web login's failures (frontend/ratelimit.py).
    path("admin/login/", limit_failed_logins(admin.site.login)),
    path("admin/", admin.site.urls),
    path("api/v1/", include("claims.api_urls")),
    path("", include("frontend.urls")),
]
