import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _settings(env: dict[str, str]) -> subprocess.CompletedProcess:
    clean = {
        k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_URL", "REDIS_URL"))
    }
    code = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.DATABASES['default']['ENGINE'], s.CELERY_TASK_ALWAYS_EAGER, s.CACHES['default']['BACKEND'])"
    )
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**clean, "DJANGO_SETTINGS_MODULE": "config.settings", **env},
        capture_output=True,
        text=True,
    )


def test_no_environment_means_sqlite_eager_celery_and_local_memory_cache():
    result = _settings({})
    assert result.stdout.split() == [
        "django.db.backends.sqlite3",
        "True",
        "django.core.cache.backends.locmem.LocMemCache",
    ]


def test_database_and_redis_urls_switch_to_postgresql_and_redis():
    result = _settings({"DATABASE_URL": "postgres://u@127.0.0.1/x", "REDIS_URL": "redis://127.0.0.1:6379/0"})
    assert result.stdout.split() == [
        "django.db.backends.postgresql",
        "False",
        "django.core.cache.backends.redis.RedisCache",
    ]


def test_production_mode_refuses_to_start_without_secret_key_and_hosts():
    result = _settings({"DJANGO_DEBUG": "false"})
    assert result.returncode != 0
    assert "DJANGO_DEBUG=false requires DJANGO_SECRET_KEY and DJANGO_ALLOWED_HOSTS" in result.stderr


def test_a_malformed_variable_stops_start_up_with_its_name():
    result = _settings({"REVIEW_LEASE_SECONDS": "soon"})
    assert result.returncode != 0
    assert "REVIEW_LEASE_SECONDS='soon' is not an integer" in result.stderr
