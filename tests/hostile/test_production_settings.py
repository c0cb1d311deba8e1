"""Production settings (DJANGO_DEBUG=false) pass `check --deploy`, send HSTS and secure cookies, and answer
every API error, 500 included, in the JSON error envelope."""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION = {
    "DJANGO_DEBUG": "false",
    "DJANGO_SECRET_KEY": secrets.token_urlsafe(64),
    "DJANGO_ALLOWED_HOSTS": "example.org",
}
# One start-up for both tests: `check --deploy` as manage.py runs it, then requests.
PROBE = """
import io, json, django
django.setup()
from django.conf import settings
from django.core.management import call_command
from django.test import Client, override_settings
out, err = io.StringIO(), io.StringIO()
call_command("check", deploy=True, fail_level="WARNING", stdout=out, stderr=err)
client = Client(HTTP_HOST="example.org", raise_request_exception=False)
plain = client.get("/login/")
login = client.get("/login/", secure=True)
missing = client.get("/no-such-page/", secure=True)
with override_settings(ROOT_URLCONF="tests.hostile.failing_urls"):
    failing = [client.get(path, secure=True) for path in ("/api/v1/fail/", "/fail/")]
print(json.dumps({
    "check": [out.getvalue().strip(), err.getvalue().strip()],
    "debug": settings.DEBUG,
    "plain": [plain.status_code, plain.get("Location")],
    "hsts": login.get("Strict-Transport-Security"),
    "csrf_cookie_secure": login.cookies["csrftoken"]["secure"],
    "session_cookie_secure": settings.SESSION_COOKIE_SECURE,
    "nosniff": login.get("X-Content-Type-Options"),
    "frame": login.get("X-Frame-Options"),
    "missing": [missing.status_code, "Traceback" in missing.content.decode()],
    "api_500": [failing[0].status_code, failing[0]["Content-Type"], failing[0].content.decode()],
    "page_500": [failing[1].status_code, failing[1]["Content-Type"]],
}))
"""


def run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    clean = {
        k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_URL", "REDIS_URL"))
    }
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env={**clean, "DJANGO_SETTINGS_MODULE": "config.settings", **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture(scope="module")
def production() -> dict:
    result = run(["-c", PROBE], PRODUCTION)
    # A warning at --fail-level WARNING raises SystemCheckError: a non-zero exit naming it.
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_check_deploy_finds_no_issues(production):
    assert production["check"] == ["System check identified no issues (0 silenced).", ""]


def test_production_answers_with_hsts_secure_cookies_and_https_redirect(production):
    answers = {name: value for name, value in production.items() if name != "check"}
    assert answers == {
        "debug": False,
        "plain": [301, "https://example.org/login/"],
        "hsts": "max-age=31536000; includeSubDomains; preload",
        "csrf_cookie_secure": True,
        "session_cookie_secure": True,
        "nosniff": "nosniff",
        "frame": "DENY",
        "missing": [404, False],
        "api_500": [
            500,
            "application/json",
            '{"error": {"code": "server_error", "message": "A server error occurred.", "fields": {}}}',
        ],
        "page_500": [500, "text/html; charset=utf-8"],
    }


def test_manage_py_refuses_to_start_in_production_without_a_secret_key():
    result = run(["manage.py", "check"], {**PRODUCTION, "DJANGO_SECRET_KEY": ""})
    assert result.returncode != 0
    assert "ImproperlyConfigured: DJANGO_DEBUG=false requires DJANGO_SECRET_KEY" in result.stderr
    assert "DJANGO_ALLOWED_HOSTS" not in result.stderr.splitlines()[-1]
