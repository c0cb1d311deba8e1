import importlib

import pytest
from django.core.cache import cache
from django.core.management import call_command


@pytest.fixture
def registry(db):
    """The curated source registry, loaded as `make run` loads it."""
    call_command("loadsources", verbosity=0)


@pytest.fixture(autouse=True)
def _empty_cache():
    """API throttling counts requests in the cache; each test starts from zero."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def reviews_removable(transactional_db):
    """Reviews are append-only by a database trigger, which also stops the flush between live-server tests."""
    yield
    from django.db import connection

    from claims.models import Review

    append_only = importlib.import_module("claims.migrations.0002_review_append_only")
    with connection.schema_editor() as editor:
        append_only.backwards(None, editor)
    Review.objects.all().delete()
    with connection.schema_editor() as editor:
        append_only.forwards(None, editor)
