import time
from pathlib import Path

import pytest
from django.core.management import call_command

from claims.models import Article, Claim, ClaimLink, Status
from claims.text.adverbials import is_document
from claims.text.tokens import fold
from sources.matching import AliasIndex, describe_unknown
from sources.naming import junk_reason
from tests.integration.conftest import wait_until

SEEDS = Path(__file__).resolve().parents[2] / "claims" / "fixtures" / "seeds"
pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]


def _statuses() -> dict[str, str]:
    return dict(Article.objects.values_list("origin", "status"))


def test_seed_ingest_is_segmented_and_linked_by_a_real_worker(worker, capsys):
    call_command("loadsources", verbosity=0)
    call_command("ingest", str(SEEDS), "--no-progress")
    assert capsys.readouterr().out.splitlines()[-1] == "5 new, 0 duplicate, 0 rejected (5 read)"
    assert set(_statuses().values()) <= {Status.PENDING, Status.SEGMENTED, Status.LINKED}

    def all_linked():
        return set(_statuses().values()) == {Status.LINKED}

    wait_until(all_linked, timeout=240, what=f"all seeds linked, now {_statuses()}")
    for article in Article.objects.all():
        claims = list(article.claims.all())
        assert claims, f"no claims for {article.origin}"
        assert all(article.body[c.start : c.end] == c.text for c in claims)
    attributed = Claim.objects.exclude(source_mention="")
    assert attributed.exists()
    # A mention resolves to a source unless it names no speaker («وثائق عثر») or is a document whose
    # issuer the article does not give («الرسالة المكتوبة»): then the claim keeps the mention alone.
    registry = AliasIndex.from_registry()
    unresolved = attributed.filter(source=None).values_list("source_mention", flat=True)
    named = [
        m
        for m in unresolved
        if not junk_reason(describe_unknown(m).name, registry=registry)
        and not is_document(fold(m).split()[0])
    ]
    assert named == []
    assert attributed.exclude(source=None).count() > len(unresolved)
    links = ClaimLink.objects.all()
    assert links.exists()
    assert all("similarity" in link.evidence for link in links)


def test_running_a_stage_again_changes_nothing(worker, clean_redis):
    call_command("loadsources", verbosity=0)
    call_command("ingest", str(SEEDS / "004_1019a7c50d6a06a0.txt"), "--no-progress")
    wait_until(lambda: set(_statuses().values()) == {Status.LINKED}, timeout=120, what="seed linked")
    before = (Claim.objects.count(), ClaimLink.objects.count())
    call_command("reprocess", "--pending", "--failed")
    article = Article.objects.get()
    from claims.tasks import article_link_task, article_segment_task

    article_segment_task.delay(article.pk)
    article_link_task.delay(article.pk)
    wait_until(
        lambda: not clean_redis.llen("segment") and not clean_redis.llen("link"),
        timeout=60,
        what="queues drained",
    )
    time.sleep(2)
    assert (Claim.objects.count(), ClaimLink.objects.count()) == before
    assert Article.objects.get().status == Status.LINKED
