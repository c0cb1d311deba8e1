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
