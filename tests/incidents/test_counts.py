"""An incident's stored counts and time span stay what its claims give whoever writes: grouping,
editors' splits and merges, a claim's new source or modality, an article's new publication time,
deleted articles; and ``recount`` puts back what a write around the database's triggers left wrong."""

from datetime import UTC, datetime, timedelta

import pytest
from django.contrib.auth.models import Group, User
from django.db.models import F

from claims.models import Article, Claim, Modality
from claims.services.review import link_decide
from incidents.models import Incident, IncidentClaim
from incidents.selectors import incident_figures_counted
from incidents.services import incident_merge, incident_split, incidents_recount
from sources.services import source_merge
from tests.factories import ArticleFactory, ClaimFactory, SourceFactory
from tests.incidents.test_incidents import DAY, reports  # noqa: F401 (a fixture)

pytestmark = pytest.mark.django_db
FIGURES = tuple(incident_figures_counted())


def stored() -> dict[int, tuple]:
    return {row[0]: row[1:] for row in Incident.objects.values_list("pk", *FIGURES)}


def counted() -> dict[int, tuple]:
    named = {f"n_{name}": expression for name, expression in incident_figures_counted().items()}
    return {row[0]: row[1:] for row in Incident.objects.annotate(**named).values_list("pk", *named)}


@pytest.fixture
def editor():
    user = User.objects.create_user("editor", password="x")
    user.groups.add(Group.objects.get(name="editor"))
    return user


@pytest.fixture
def strike(reports):  # noqa: F811
    return Incident.objects.get(place_name="معرة النعمان")


def test_grouping_counts_the_claims_articles_sources_and_denials(strike):
    assert stored() == counted()
    strike.refresh_from_db()
    assert [getattr(strike, name) for name in FIGURES] == [3, 3, 3, 1, DAY, DAY]


def test_a_split_and_a_merge_move_the_counts_with_the_claims(strike, editor):
    denial = Claim.objects.get(article__publisher="سانا")
    new = incident_split(incident_id=strike.pk, claim_ids=[denial.pk], user=editor)
    assert (stored()[strike.pk][:4], stored()[new.pk][:4]) == ((2, 2, 2, 0), (1, 1, 1, 1))
    assert stored() == counted()
    incident_merge(target_id=strike.pk, merged_id=new.pk, user=editor)
    assert (stored()[strike.pk][:4], stored()[new.pk][:4]) == ((3, 3, 3, 1), (0, 0, 0, 0))
    assert stored() == counted()


def test_a_claims_new_modality_source_or_article_is_counted(strike):
    claim = Claim.objects.get(article__publisher="المرصد")
    claim.modality = Modality.DENY
    claim.save()
    assert stored()[strike.pk][3] == 2
    other = Claim.objects.get(article__publisher="عنب بلدي")
    Claim.objects.filter(pk=other.pk).update(source=claim.source_id)
    Claim.objects.filter(pk=other.pk).update(article=claim.article_id, index=99)
    assert stored()[strike.pk][:4] == (3, 2, 2, 2)
    assert stored() == counted()


def test_a_source_merge_counts_two_sources_as_one(strike, editor):
    sources = list(
        Claim.objects.filter(incident_membership__incident=strike).values_list("source", flat=True)
    )
    source_merge(target_id=sources[0], merged_id=sources[1], user=editor)
    assert stored()[strike.pk][2] == 2
    assert stored() == counted()


def test_an_articles_new_publication_time_moves_the_span(strike):
    later = DAY + timedelta(days=2)
    article = Article.objects.get(publisher="سانا")
    article.published_at = later
    article.save()
    Article.objects.filter(publisher="المرصد").update(published_at=None)
    Article.objects.filter(publisher="المرصد").update(status=article.status)
    assert stored()[strike.pk][4:] == (DAY, later)
    assert stored() == counted()


def test_deleting_an_article_or_a_membership_uncounts_its_claims(strike):
    Article.objects.filter(publisher="سانا").delete()
    assert stored()[strike.pk][:4] == (2, 2, 2, 0)
    IncidentClaim.objects.filter(claim__article__publisher="المرصد").delete()
    assert stored()[strike.pk] == (1, 1, 1, 0, DAY, DAY)
    assert stored() == counted()


def test_a_review_and_the_rescoring_it_starts_leave_the_counts_as_they_are(
    strike, editor, django_capture_on_commit_callbacks
):
    before = stored()
    denial = Claim.objects.get(article__publisher="سانا")
    link = denial.links_as_a.first() or denial.links_as_b.first()
    with django_capture_on_commit_callbacks(execute=True):
        link_decide(link_id=link.pk, user=editor, decision="contradicts", holds="a", override=True)
    assert stored() == before == counted()


def test_claims_placed_in_bulk_are_counted():
    incident = Incident.objects.create(kind="shelling", place_name="حلب")
    source = SourceFactory()
    published = datetime(2020, 1, 2, tzinfo=UTC)
    claims = [
        ClaimFactory(source=source, article=ArticleFactory(published_at=published + timedelta(hours=n)))
        for n in range(3)
    ]
    IncidentClaim.objects.bulk_create([IncidentClaim(incident=incident, claim=claim) for claim in claims])
    assert stored()[incident.pk] == (3, 3, 1, 0, published, published + timedelta(hours=2))


def test_recount_puts_back_figures_written_around_the_triggers(strike):
    quake = Incident.objects.get(place_name="كرمانشاه")
    Incident.objects.filter(pk=strike.pk).update(claim_count=F("claim_count") + 4, last_published=None)
    Incident.objects.filter(pk=quake.pk).update(denial_count=9)
    assert incidents_recount() == sorted([strike.pk, quake.pk])
    assert stored() == counted()
    assert incidents_recount() == []


def test_saving_an_incident_read_before_a_split_keeps_the_counts(strike, editor):
    read = Incident.objects.get(pk=strike.pk)
    denial = Claim.objects.get(article__publisher="سانا")
    incident_split(incident_id=strike.pk, claim_ids=[denial.pk], user=editor)
    read.place_name = "سوق معرة النعمان"
    read.save()
    assert stored()[strike.pk][:4] == (2, 2, 2, 0)
    assert stored() == counted()
