"""The project's URLs plus routes that fail unexpectedly, to see how uncaught errors are answered."""

from django.core.exceptions import SuspiciousOperation
from django.urls import path
from rest_framework.permissions import AllowAny
from rest_framework.views import APIView

# The project's error handlers (handler400 … handler500) come with its URLs.
from config.urls import *  # noqa: F403
from config.urls import urlpatterns as project


def fail(request):
    raise RuntimeError("an error nobody anticipated")


def suspicious(request):
    raise SuspiciousOperation("a request that looks forged")


class FailingApi(APIView):
    authentication_classes = []
    permission_classes = [AllowAny]

    def get(self, request):
        raise RuntimeError("an error nobody anticipated")


urlpatterns = [
    path("api/v1/fail/", FailingApi.as_view()),
    path("api/v1/fail-outside-drf/", fail),
    path("api/v1/suspicious/", suspicious),
    path("fail/", fail),
    *project,
]
