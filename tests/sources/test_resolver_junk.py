"""Sources are created only from mentions that name a speaker."""

import pytest

from sources.models import Source
from sources.services import alias_add, aliases_changed, source_resolver
from tests.factories import SourceFactory


@pytest.mark.django_db
@pytest.mark.parametrize("mention", ["كلمة السر", "انتصارها على داعش", "الموقع", "قالت", "عثر"])
def test_no_source_is_created_from_a_mention_that_names_no_speaker(mention):
    assert source_resolver().source_for(mention, None) is None
    assert Source.objects.count() == 0


@pytest.mark.django_db
@pytest.mark.parametrize(("mention", "name"), [("زومر", "زومر"), ("مصادر محلية", "مصادر محلية")])
def test_a_source_is_created_from_a_mention_that_names_one(mention, name):
    assert source_resolver().source_for(mention, None).name == name


@pytest.mark.django_db
def test_a_short_name_resolves_once_an_editor_gives_it_as_an_alias():
    may = SourceFactory(name="تيريزا ماي", kind="person")
    alias_add(source=may, alias="ماي")
    aliases_changed()
    assert source_resolver().source_for("ماي", None) == may


@pytest.mark.django_db
def test_a_junk_source_stored_before_is_not_resolved_to():
    SourceFactory(name="عثر", kind="person")
    assert source_resolver().source_for("عثر", None) is None
