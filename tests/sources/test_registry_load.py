"""Loading the registry: a source renamed in the files keeps its claims, reviews and history."""

import pytest

from claims.models import Claim
from sources.matching import REGISTRY_PATH, _entries
from sources.models import Source
from sources.services import registry_load
from tests.factories import ClaimFactory

pytestmark = pytest.mark.django_db


def _russia() -> dict:
    return next(e for e in _entries(REGISTRY_PATH) if e["name"] == "روسيا")


def test_a_source_stored_under_a_former_name_takes_the_new_one_in_place():
    old = Source.objects.create(name="الحكومة الروسية", kind="government", from_registry=True)
    claim = ClaimFactory(source=old)
    registry_load(entries=[_russia()])
    renamed = Source.objects.get(pk=old.pk)
    assert renamed.name == "روسيا"
    assert Claim.objects.get(pk=claim.pk).source_id == old.pk
    assert not Source.objects.filter(name="الحكومة الروسية").exists()


def test_a_former_name_an_editor_gave_a_source_of_their_own_is_left_alone():
    own = Source.objects.create(name="الحكومة الروسية", kind="government", from_registry=False)
    registry_load(entries=[_russia()])
    assert Source.objects.get(pk=own.pk).name == "الحكومة الروسية"
    assert Source.objects.filter(name="روسيا", from_registry=True).exists()


def test_both_names_stored_are_both_kept_for_an_editor_to_merge():
    old = Source.objects.create(name="الحكومة الروسية", kind="government", from_registry=True)
    new = Source.objects.create(name="روسيا", kind="government", from_registry=True)
    registry_load(entries=[_russia()])
    assert {Source.objects.get(pk=old.pk).name, Source.objects.get(pk=new.pk).name} == {
        "الحكومة الروسية",
        "روسيا",
    }
