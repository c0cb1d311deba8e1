"""Sources are created only from mentions that name a speaker."""

import pytest

from sources.models import Source
from sources.services import source_resolver


@pytest.mark.django_db
@pytest.mark.parametrize("mention", ["كلمة السر", "انتصارها على داعش", "الموقع", "قالت"])
def test_no_source_is_created_from_a_mention_that_names_no_speaker(mention):
    assert source_resolver().source_for(mention, None) is None
    assert Source.objects.count() == 0


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("mention", "name"), [("زومر", "زومر"), ("ماي", "ماي"), ("مصادر محلية", "مصادر محلية")]
)
def test_a_source_is_created_from_a_mention_that_names_one(mention, name):
    assert source_resolver().source_for(mention, None).name == name
