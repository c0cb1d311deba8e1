"""The incident pages: readers see the incident; editors split and merge."""

import pytest
from django.contrib.auth.models import Group, User

from claims.models import Claim
from incidents.models import Incident
from tests.incidents.test_incidents import reports  # noqa: F401  (fixture)

pytestmark = pytest.mark.django_db


def login(client, role: str) -> User:
    user = User.objects.create_user(role, password="x")
    user.groups.add(Group.objects.get(name=role))
    client.force_login(user)
    return user


def test_a_reader_sees_the_competing_tolls_and_the_denial_in_arabic(client, reports):  # noqa: F811
    login(client, "reader")
    strike = Incident.objects.get(place_name="معرة النعمان")
    listing = client.get("/incidents/").content.decode()
    page = client.get(f"/incidents/{strike.pk}/").content.decode()
    assert f'href="/incidents/{strike.pk}/"' in listing
    assert ("20 مدنياً" in page, "27 مدنياً" in page, "سانا" in page, 'dir="rtl"' in page) == (
        True,
        True,
        True,
        True,
    )
    assert "Move the ticked claims" not in page and "نقل" not in page.split("<main")[0]


def test_an_editor_splits_the_ticked_claims_into_a_new_incident(client, reports):  # noqa: F811
    login(client, "editor")
    strike = Incident.objects.get(place_name="معرة النعمان")
    denial = Claim.objects.get(article__publisher="سانا")
    response = client.post(f"/incidents/{strike.pk}/split/", {"claim": [str(denial.pk)]})
    new = Incident.objects.exclude(pk__in=[strike.pk]).get(place_name="معرة النعمان")
    assert (response.status_code, response.url) == (302, f"/incidents/{new.pk}/")
    merged = client.post(f"/incidents/{strike.pk}/merge/", {"merged_id": str(new.pk)})
    assert (merged.status_code, client.get(f"/incidents/{new.pk}/").url) == (302, f"/incidents/{strike.pk}/")


def test_a_reader_cannot_split(client, reports):  # noqa: F811
    login(client, "reader")
    strike = Incident.objects.get(place_name="معرة النعمان")
    assert client.post(f"/incidents/{strike.pk}/split/", {"claim": ["1"]}).status_code == 403
