"""Incidents and event-aware links built by real worker processes on PostgreSQL and Redis."""

import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command
from django.db.models import F

from bench.corpora import document_text, document_url
from claims.models import Article, ClaimLink, Status
from incidents.models import IncidentClaim
from tests.integration.conftest import wait_until

SEEDS = Path(__file__).resolve().parents[2] / "claims" / "fixtures" / "seeds"
# Six outlets' reports of the air strikes on Eastern Ghouta of 3 December 2017 (Baly 2018, R-145).
GHOUTA = [f"baly-R-145-{i}.txt" for i in (1, 2, 3, 4, 5, 6)]
pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]


def _most_publishers() -> int:
    """The most publishers whose claims one incident holds."""
    publishers: dict[int, set[str]] = {}
    for incident_id, publisher in IncidentClaim.objects.values_list(
        "incident_id", "claim__article__publisher"
    ):
        publishers.setdefault(incident_id, set()).add(publisher)
    return max((len(p) for p in publishers.values()), default=0)


def _baly_jsonl(path: Path) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for name in GHOUTA:
            url = document_url(name)
            row = {
                "url": url,
                "title": name,
                "body": document_text(name),
                "publisher": urlsplit(url).hostname,
            }
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


@pytest.mark.skipif(document_text(GHOUTA[0]) is None, reason="../shared/data/external/baly2018 is absent")
def test_reports_of_one_strike_by_several_outlets_become_one_incident_with_anchored_links(worker, tmp_path):
    call_command("loadsources", verbosity=0)
    call_command("ingest", str(SEEDS), str(_baly_jsonl(tmp_path / "ghouta.jsonl")), "--no-progress")
    wait_until(
        lambda: set(Article.objects.values_list("status", flat=True)) == {Status.LINKED},
        timeout=300,
        what="every article linked",
    )
    # Each article's claims are grouped by their own task once it is linked: wait for them all.
    wait_until(lambda: _most_publishers() >= 3, timeout=120, what="one incident reported by three outlets")
    anchored = ClaimLink.objects.filter(evidence__has_key="incident_anchors")
    assert anchored.exists()
    assert (
        not ClaimLink.objects.filter(evidence__has_key="incident_clashes")
        .exclude(relation="unrelated")
        .exists()
    )
    assert not ClaimLink.objects.filter(claim_a__article=F("claim_b__article")).exists()
