"""Starting and stopping the real services from a test."""

import subprocess

import psycopg
from django.db import connection

REDIS_START = [
    "redis-server", "--daemonize", "yes", "--bind", "127.0.0.1", "-::1", "--port", "6379", "--save", "",
    "--appendonly", "no", "--dir", "/var/lib/redis", "--logfile", "/var/log/redis/ci.log",
]  # fmt: skip


def redis_stop() -> None:
    subprocess.run(["redis-cli", "-p", "6379", "shutdown", "nosave"], capture_output=True)


def redis_start() -> None:
    subprocess.run(["mkdir", "-p", "/var/lib/redis", "/var/log/redis"], check=True)
    subprocess.run(REDIS_START, check=True)
    for _ in range(50):
        if subprocess.run(["redis-cli", "-p", "6379", "ping"], capture_output=True).stdout.strip() == b"PONG":
            return
        subprocess.run(["sleep", "0.1"])
    raise AssertionError("Redis did not come back")


def _admin(sql: str, *params) -> None:
    db = connection.settings_dict
    dsn = f"host={db['HOST'] or '127.0.0.1'} port={db['PORT'] or 5432} user={db['USER']} dbname=postgres"
    with psycopg.connect(dsn, autocommit=True) as admin:
        admin.execute(sql, params)


def database_block() -> None:
    """Refuse new connections to the test database and cut the open ones."""
    name = connection.settings_dict["NAME"]
    _admin(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false')
    _admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", name)
    connection.close()


def database_unblock() -> None:
    _admin(f'ALTER DATABASE "{connection.settings_dict["NAME"]}" ALLOW_CONNECTIONS true')
