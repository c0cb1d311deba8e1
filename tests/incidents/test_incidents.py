"""Incidents grouped through the real pipeline (eager Celery), merged and split by editors."""

from datetime import UTC, datetime

import pytest
from django.contrib.auth.models import Group, User
from rest_framework.test import APIClient

from claims.ingestion import Record
from claims.models import Claim
from claims.services import article_ingest
from incidents.models import Incident, IncidentClaim
from incidents.selectors import incident_detail
from incidents.services import article_incidents, incident_merge, incident_split

pytestmark = pytest.mark.django_db
DAY = datetime(2019, 7, 23, 9, tzinfo=UTC)

REPORTS = {
    "المرصد": "قال المرصد السوري لحقوق الإنسان إن 27 مدنياً قتلوا في غارات روسية على سوق معرة النعمان أمس.",
    "سانا": "نفت وزارة الدفاع الروسية أن تكون طائراتها قد قصفت سوق معرة النعمان أمس.",
    "عنب بلدي": "وأفاد الدفاع المدني بأن 20 مدنياً على الأقل قتلوا في غارات على سوق معرة النعمان بريف إدلب أمس.",
    "رويترز": "ضرب زلزال بقوة 7.3 درجات إقليم كرمانشاه في إيران أمس وأدى إلى مقتل 328 شخصاً.",
}


def ingest(publisher: str, text: str) -> None:
    record = Record(body=text, origin=publisher, url=None, title="", publisher=publisher, published_at=DAY)
    article_ingest(record=record)


@pytest.fixture
def reports(registry, django_capture_on_commit_callbacks):
    for publisher, text in REPORTS.items():
        with django_capture_on_commit_callbacks(execute=True):
            ingest(publisher, text)


def members(incident: Incident) -> list[str]:
    return sorted(c.article.publisher for c in Claim.objects.filter(incident_membership__incident=incident))


def test_reports_of_one_strike_by_three_outlets_are_one_incident_and_the_quake_another(reports):
    incidents = {i.place_name: i for i in Incident.objects.all()}
    assert sorted(incidents) == ["كرمانشاه", "معرة النعمان"]
    assert members(incidents["معرة النعمان"]) == ["المرصد", "سانا", "عنب بلدي"]
    assert (incidents["معرة النعمان"].kind, incidents["معرة النعمان"].day) == (
        "air_strike",
        DAY.date().replace(day=22),
    )


def test_the_incident_sets_the_competing_tolls_side_by_side_with_the_denial(reports):
    view = incident_detail(Incident.objects.get(place_name="معرة النعمان").pk)
    killed = [(f.value, f.qualifier, f.claim.article.publisher) for f in view.figures["killed"]]
    assert killed == [(20, "at_least", "عنب بلدي"), (27, "exact", "المرصد")]
    assert [c.article.publisher for c in view.denials] == ["سانا"]
    denial_links = {
        frozenset((link.claim_a.article.publisher, link.claim_b.article.publisher)): link.relation
        for link in view.links
    }
    assert denial_links[frozenset(("سانا", "المرصد"))] == "contradicts"


def test_grouping_again_changes_nothing(reports):
    before = list(IncidentClaim.objects.order_by("claim_id").values_list("claim_id", "incident_id"))
    placed = [
        article_incidents(article_id=a) for a in Claim.objects.values_list("article_id", flat=True).distinct()
    ]
    after = list(IncidentClaim.objects.order_by("claim_id").values_list("claim_id", "incident_id"))
    assert (placed, after) == ([0, 0, 0, 0], before)


@pytest.fixture
def editor():
    user = User.objects.create_user("editor", password="x")
    user.groups.add(Group.objects.get(name="editor"))
    return user


def test_an_editor_splits_a_claim_out_and_merges_it_back(reports, editor):
    strike = Incident.objects.get(place_name="معرة النعمان")
    denial = Claim.objects.get(article__publisher="سانا")
    new = incident_split(incident_id=strike.pk, claim_ids=[denial.pk], user=editor)
    assert (members(strike), members(new)) == (["المرصد", "عنب بلدي"], ["سانا"])
    incident_merge(target_id=strike.pk, merged_id=new.pk, user=editor)
    new.refresh_from_db()
    assert (members(strike), new.merged_into_id, incident_detail(new.pk).incident.pk) == (
        ["المرصد", "سانا", "عنب بلدي"],
        strike.pk,
        strike.pk,
    )
    assert list(strike.changes.values_list("action", "claim_ids")) == [
        ("merge", [denial.pk]),
        ("split", [denial.pk]),
    ]


def test_a_split_must_name_claims_of_the_incident_and_leave_one(reports, editor):
    strike = Incident.objects.get(place_name="معرة النعمان")
    quake_claim = Claim.objects.get(article__publisher="رويترز")
    everything = list(Claim.objects.filter(incident_membership__incident=strike).values_list("pk", flat=True))
    with pytest.raises(ValueError, match=f"claims not in incident {strike.pk}: {quake_claim.pk}"):
        incident_split(incident_id=strike.pk, claim_ids=[quake_claim.pk], user=editor)
    with pytest.raises(ValueError, match="at least one claim"):
        incident_split(incident_id=strike.pk, claim_ids=everything, user=editor)


def test_the_api_lists_incidents_and_shows_one_and_only_editors_change_them(reports, editor):
    client = APIClient()
    reader = User.objects.create_user("reader", password="x")
    reader.groups.add(Group.objects.get(name="reader"))
    client.force_authenticate(reader)
    listed = client.get("/api/v1/incidents/", {"kind": "air_strike"}).json()
    strike = listed["results"][0]
    detail = client.get(f"/api/v1/incidents/{strike['id']}/").json()
    assert (listed["count"], strike["place_name"], strike["claim_count"], strike["denial_count"]) == (
        1,
        "معرة النعمان",
        3,
        1,
    )
    assert [f["value"] for f in detail["figures"]["killed"]] == [20, 27]
    assert (
        client.post(f"/api/v1/incidents/{strike['id']}/split/", {"claim_ids": [1]}, format="json").status_code
        == 403
    )
    client.force_authenticate(editor)
    bad = client.post(f"/api/v1/incidents/{strike['id']}/split/", {"claim_ids": [999999]}, format="json")
    assert (bad.status_code, bad.json()["error"]["fields"]["claim_ids"]) == (
        400,
        [f"claims not in incident {strike['id']}: 999999"],
    )


def test_a_later_report_of_the_same_place_and_day_joins_the_standing_incident(
    reports, django_capture_on_commit_callbacks
):
    strike = Incident.objects.get(place_name="معرة النعمان")
    with django_capture_on_commit_callbacks(execute=True):
        ingest("الجزيرة", "أفادت مصادر محلية بأن الطائرات الحربية استهدفت السوق الشعبي في معرة النعمان أمس.")
    assert members(strike) == ["الجزيرة", "المرصد", "سانا", "عنب بلدي"]


def test_a_toll_without_a_place_joins_the_incident_its_article_was_reporting(
    registry, django_capture_on_commit_callbacks
):
    text = (
        "شنت طائرات حربية غارات على بلدة حمورية في الغوطة الشرقية يوم الأحد. "
        "وقال الدفاع المدني إن 17 شخصاً قتلوا في الغارات. وفي شأن آخر، دعا الأمين العام إلى ضبط النفس."
    )
    with django_capture_on_commit_callbacks(execute=True):
        ingest("رويترز", text)
    (incident,) = Incident.objects.all()
    placed = list(
        Claim.objects.filter(incident_membership__incident=incident)
        .order_by("index")
        .values_list("text", flat=True)
    )
    assert (incident.place_name, len(placed), "17 شخصاً قتلوا في الغارات" in placed[-1]) == ("حمورية", 2, True)


def test_another_outlets_copy_of_a_placed_claim_joins_its_incident(
    registry, django_capture_on_commit_callbacks
):
    """The toll sentence names no place; in Reuters' article it joins the raid on Hamouria. Printed
    alone by another outlet, it is the same statement: it joins the same incident."""
    toll = "وقال الدفاع المدني إن 17 شخصاً قتلوا في الغارات وأصيب العشرات بجروح بينهم نساء وأطفال."
    with django_capture_on_commit_callbacks(execute=True):
        ingest("رويترز", "شنت طائرات حربية غارات على بلدة حمورية في الغوطة الشرقية يوم الأحد. " + toll)
        ingest("الشرق الأوسط", toll)
    (incident,) = Incident.objects.all()
    assert members(incident) == ["الشرق الأوسط", "رويترز", "رويترز"]
    # The incident says which claim repeats which: one report, printed twice.
    client = APIClient(HTTP_ACCEPT_LANGUAGE="ar")
    reader = User.objects.create_user("reader", password="x")
    reader.groups.add(Group.objects.get(name="reader"))
    client.force_authenticate(reader)
    copies = client.get(f"/api/v1/incidents/{incident.pk}/").json()["copies"]
    (copy_id, original_id), *more = copies.items()
    copy, original = Claim.objects.get(pk=copy_id), Claim.objects.get(pk=original_id)
    assert (more, copy.article.publisher, original.article.publisher) == ([], "الشرق الأوسط", "رويترز")
    client.force_login(reader)
    page = client.get(f"/incidents/{incident.pk}/").content.decode()
    assert "الكلمات نفسها التي نشرها رويترز قبله" in page
