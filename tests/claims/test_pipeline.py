"""The pipeline stages on the embedded default (eager Celery): idempotent, resumable, never lossy."""

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from django.core.management import call_command

from claims.ingestion import read_paths
from claims.linking import candidate_keys, prepare
from claims.linking.features import restore
from claims.models import Article, Claim, ClaimKey, ClaimLink, LinkStatus, Status, key_hash
from claims.services import article_link, article_segment, articles_ingest
from claims.services import link as link_stage
from tests.factories import ArticleFactory, ClaimFactory, SourceFactory

SEEDS = Path(__file__).resolve().parents[2] / "claims" / "fixtures" / "seeds"
pytestmark = pytest.mark.django_db


def seed_articles(*names: str) -> list[Article]:
    paths = [SEEDS / name for name in names] or [SEEDS]
    articles_ingest(items=read_paths(paths, max_chars=1_000_000))
    return list(Article.objects.order_by("id"))


def snapshot() -> tuple:
    claims = list(
        Claim.objects.order_by("id").values_list("id", "article_id", "index", "start", "end", "source_id")
    )
    links = list(
        ClaimLink.objects.order_by("id").values_list("id", "claim_a", "claim_b", "relation", "status")
    )
    return claims, links


def test_ingest_runs_every_stage_once_committed(registry, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        seed_articles()
    assert set(Article.objects.values_list("status", flat=True)) == {Status.LINKED}
    assert Claim.objects.count() > 50
    assert ClaimLink.objects.exists()


def test_stages_run_twice_change_nothing_the_second_time(registry):
    article = seed_articles("004_1019a7c50d6a06a0.txt", "001_a4898baba763a058.txt")[0]
    assert article_segment(article_id=article.pk) is True
    assert article_segment(article_id=article.pk) is False
    first = snapshot()
    article_link(article_id=article.pk)
    linked = snapshot()
    assert article_link(article_id=article.pk) is None
    assert Article.objects.get(pk=article.pk).status == Status.LINKED
    assert snapshot() == linked
    assert first[0] == linked[0]


def test_a_lost_task_is_recovered_by_reprocess(registry, django_capture_on_commit_callbacks, capsys):
    # Ingested while nothing ran the queued work: the articles wait as pending.
    seed_articles("002_fc843bc12e8cb1da.txt", "003_b5a4cbd58d800fb5.txt")
    assert set(Article.objects.values_list("status", flat=True)) == {Status.PENDING}

    with django_capture_on_commit_callbacks(execute=True):
        call_command("reprocess", "--pending")

    assert capsys.readouterr().out.strip() == "2 queued, 0 could not be queued"
    assert set(Article.objects.values_list("status", flat=True)) == {Status.LINKED}


def test_failed_articles_restart_from_segmentation(registry, django_capture_on_commit_callbacks):
    article = seed_articles("004_1019a7c50d6a06a0.txt")[0]
    Article.objects.filter(pk=article.pk).update(status=Status.FAILED, error="OperationalError: gone")
    with django_capture_on_commit_callbacks(execute=True):
        call_command("reprocess", "--failed")
    article.refresh_from_db()
    assert (article.status, article.error) == (Status.LINKED, "")
    assert article.claims.exists()


def test_relinking_never_overwrites_a_decided_link(registry, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        seed_articles()
    link = ClaimLink.objects.order_by("id").first()
    ClaimLink.objects.filter(pk=link.pk).update(status=LinkStatus.DECIDED, decided_relation="unrelated")
    before = snapshot()
    Article.objects.update(status=Status.SEGMENTED)
    for article in Article.objects.all():
        offset = 0
        while (offset := article_link(article_id=article.pk, offset=offset)) is not None:
            pass
    assert snapshot() == before
    assert ClaimLink.objects.get(pk=link.pk).decided_relation == "unrelated"


def test_reprocess_needs_a_choice():
    with pytest.raises(Exception, match="say what to reprocess"):
        call_command("reprocess")


def _links() -> list[tuple]:
    return list(
        ClaimLink.objects.order_by("claim_a", "claim_b").values_list(
            "claim_a", "claim_b", "relation", "score", "priority", "evidence"
        )
    )


def test_stored_features_change_what_is_linked_in_nothing(registry):
    articles = seed_articles(
        "000_ad1fb7e4361e0011.txt", "004_1019a7c50d6a06a0.txt", "001_a4898baba763a058.txt"
    )
    for article in articles:
        article_segment(article_id=article.pk)
    claims = list(Claim.objects.select_related("source"))
    assert all(
        restore(link_stage._claim_text(c), c.features) == prepare(link_stage._claim_text(c)) for c in claims
    )

    def link_all() -> list[tuple]:
        for article in articles:
            offset = 0
            while offset is not None:
                offset = article_link(article_id=article.pk, offset=offset)
        return _links()

    with_features = link_all()
    assert with_features
    ClaimLink.objects.all().delete()
    Article.objects.update(status=Status.SEGMENTED)
    Claim.objects.update(features=None)
    assert link_all() == with_features


def test_the_cap_keeps_the_report_of_the_same_event_before_a_louder_contradiction(settings):
    settings.LINK_MAX_CANDIDATES = 1
    stored = [
        "قتل 7 مدنيين في قصف مدفعي على مدينة معرة النعمان بريف إدلب الجنوبي",
        "قتل 19 مدنياً في قصف جوي على بلدة كفرنبل بريف إدلب",
    ]
    for text in stored:
        link_stage.claims_create(
            [ClaimFactory.build(article=ArticleFactory(), text=text, index=0, source=SourceFactory())]
        )
    new = ArticleFactory(status=Status.SEGMENTED)
    claim = link_stage.claims_create(
        [
            ClaimFactory.build(
                article=new,
                index=0,
                source=SourceFactory(),
                text="قتل 19 مدنياً في قصف جوي على بلدة كفرنبل بريف إدلب الجنوبي",
            )
        ]
    )[0]
    assert article_link(article_id=new.pk) is None
    link = ClaimLink.objects.get()
    other = link.claim_a if link.claim_b_id == claim.pk else link.claim_b
    assert (other.text, link.relation) == (stored[1], "corroborates")


def test_the_cap_keeps_a_denial_of_the_event_beyond_the_reports_it_keeps(settings):
    settings.LINK_MAX_CANDIDATES = 1
    report = "27 مدنياً قتلوا في غارات على سوق معرة النعمان يوم الاثنين"
    stored = [(report, "assert"), ("قصف سوق معرة النعمان يوم الاثنين", "deny")]
    for text, modality in stored:
        link_stage.claims_create(
            [
                ClaimFactory.build(
                    article=ArticleFactory(), text=text, index=0, modality=modality, source=SourceFactory()
                )
            ]
        )
    new = ArticleFactory(status=Status.SEGMENTED)
    link_stage.claims_create(
        [ClaimFactory.build(article=new, index=0, source=SourceFactory(), text=report + " بحسب المرصد")]
    )
    assert article_link(article_id=new.pk) is None
    relations = sorted(ClaimLink.objects.values_list("relation", flat=True))
    assert relations == ["contradicts", "corroborates"]


def test_with_a_date_window_only_claims_published_near_the_article_are_candidates(settings):
    settings.LINK_DATE_WINDOW_DAYS = 30
    text = "قتل 19 مدنياً في قصف جوي على بلدة كفرنبل بريف إدلب"
    published = datetime(2018, 3, 5, tzinfo=UTC)
    near, far = (
        link_stage.claims_create(
            [
                ClaimFactory.build(
                    article=ArticleFactory(published_at=published + timedelta(days=days)),
                    text=text,
                    index=0,
                    source=SourceFactory(),
                )
            ]
        )[0]
        for days in (-10, 100)
    )
    new = ArticleFactory(status=Status.SEGMENTED, published_at=published)
    link_stage.claims_create([ClaimFactory.build(article=new, index=0, source=SourceFactory(), text=text)])
    assert article_link(article_id=new.pk) is None
    linked = {pk for link in ClaimLink.objects.all() for pk in (link.claim_a_id, link.claim_b_id)}
    assert near.pk in linked
    assert far.pk not in linked


def test_keys_are_stored_as_signed_64_bit_hashes_of_their_text():
    # Migration 0012 computes the same values in PostgreSQL (first 8 bytes of SHA-256, signed).
    assert key_hash("place:ادلب") == 7050177327732259592
    assert key_hash("اليمن+معارك") == -7332419256867379238
    article = ArticleFactory(status=Status.SEGMENTED)
    text = "قتل 19 مدنياً في قصف جوي على بلدة كفرنبل بريف إدلب"
    claim = link_stage.claims_create([ClaimFactory.build(article=article, index=0, text=text, source=None)])[
        0
    ]
    expected = {key_hash(key) for key in candidate_keys(prepare(link_stage._claim_text(claim)))}
    assert set(ClaimKey.objects.filter(claim=claim).values_list("key", flat=True)) == expected
    assert set(link_stage._stored_keys([claim])[claim.pk]) == expected
    article.delete()
    assert not ClaimKey.objects.exists()


def test_reindex_rebuilds_stale_features_and_keys_and_keeps_links(capsys):
    articles = seed_articles("004_1019a7c50d6a06a0.txt", "001_a4898baba763a058.txt")
    for article in articles:
        article_segment(article_id=article.pk)
        article_link(article_id=article.pk)
    links = _links()
    keys = sorted(ClaimKey.objects.values_list("claim_id", "key"))
    old, missing, *current = list(Claim.objects.order_by("pk"))
    Claim.objects.filter(pk=old.pk).update(features={**old.features, "version": "older"})
    Claim.objects.filter(pk=missing.pk).update(features=None)
    ClaimKey.objects.filter(claim__in=[old, missing]).delete()
    ClaimKey.objects.filter(claim=current[0]).delete()
    ClaimKey.objects.create(claim=current[0], key=key_hash("stale"))
    Claim.objects.filter(pk=current[0].pk).update(features={**current[0].features, "keys": "older"})

    call_command("reindex")

    assert capsys.readouterr().out.strip() == f"3 claims reindexed, {len(current) - 1} already current"
    assert sorted(ClaimKey.objects.values_list("claim_id", "key")) == keys
    assert Claim.objects.get(pk=old.pk).features == old.features
    assert Claim.objects.get(pk=missing.pk).features == missing.features
    assert _links() == links
    call_command("reindex")
    assert capsys.readouterr().out.strip() == f"0 claims reindexed, {len(current) + 2} already current"


@pytest.mark.parametrize(("limit", "linked"), [(3, 0), (4, 3)])
def test_keys_held_by_more_claims_than_the_limit_propose_nothing(settings, limit, linked):
    settings.LINK_MAX_KEY_FREQUENCY = limit
    text = "قتل 19 مدنياً في قصف جوي على بلدة كفرنبل بريف إدلب"
    for _ in range(3):
        link_stage.claims_create(
            [ClaimFactory.build(article=ArticleFactory(), text=text, index=0, source=SourceFactory())]
        )
    new = ArticleFactory(status=Status.SEGMENTED)
    link_stage.claims_create([ClaimFactory.build(article=new, index=0, source=SourceFactory(), text=text)])
    assert article_link(article_id=new.pk) is None
    assert ClaimLink.objects.count() == linked


REPORT = "قتل 19 مدنياً في قصف جوي على بلدة كفرنبل بريف إدلب الجنوبي"


def _store(article, texts):
    return link_stage.claims_create(
        [
            ClaimFactory.build(article=article, index=i, text=text, source=SourceFactory())
            for i, text in enumerate(texts)
        ]
    )


def test_two_claims_of_one_article_are_never_linked():
    article = ArticleFactory(status=Status.SEGMENTED)
    _store(article, [REPORT, "قتل 23 مدنياً في قصف جوي على بلدة كفرنبل بريف إدلب الجنوبي"])
    assert article_link(article_id=article.pk) is None
    assert list(ClaimLink.objects.all()) == []


def test_the_same_outlet_repeating_a_report_is_not_corroboration():
    _store(ArticleFactory(publisher="عنب بلدي"), [REPORT])
    new = ArticleFactory(status=Status.SEGMENTED, publisher="عنب بلدي")
    _store(new, [REPORT])
    assert article_link(article_id=new.pk) is None
    assert list(ClaimLink.objects.values_list("relation", flat=True)) == ["related"]


@pytest.mark.parametrize(
    "first, second",
    [
        ({"publisher": "www.alakhbar.ca"}, {"publisher": "alakhbar.ca"}),
        (
            {"publisher": "", "url": "https://www.enabbaladi.net/a/1"},
            {"publisher": "", "url": "https://m.enabbaladi.net/a/2"},
        ),
    ],
)
def test_one_site_however_its_address_is_written_is_one_outlet(first, second):
    _store(ArticleFactory(**first), [REPORT])
    new = ArticleFactory(status=Status.SEGMENTED, **second)
    _store(new, [REPORT])
    article_link(article_id=new.pk)
    assert list(ClaimLink.objects.values_list("relation", flat=True)) == ["related"]


def test_another_outlet_repeating_a_report_corroborates_it():
    _store(ArticleFactory(publisher="عنب بلدي"), [REPORT])
    new = ArticleFactory(status=Status.SEGMENTED, publisher="سمارت")
    _store(new, [REPORT])
    assert article_link(article_id=new.pk) is None
    assert list(ClaimLink.objects.values_list("relation", flat=True)) == ["corroborates"]


def test_a_place_name_left_alone_is_no_claim_to_link():
    """A fragment of one or two words («حميميم») states nothing to weigh against a report."""
    _store(ArticleFactory(publisher="سانا"), ["قاعدة حميميم"])
    new = ArticleFactory(status=Status.SEGMENTED, publisher="سبوتنيك")
    _store(new, ["قاعدة حميميم"])
    assert article_link(article_id=new.pk) is None
    assert not ClaimLink.objects.exists()


def test_a_headline_that_only_names_a_topic_is_no_claim_to_link():
    """«تسريبات حول معبر نصيب الحدودي مع الأردن» says nothing a report can confirm or refute."""
    _store(ArticleFactory(publisher="سانا"), ["تسريبات حول معبر نصيب الحدودي مع الأردن"])
    new = ArticleFactory(status=Status.SEGMENTED, publisher="سبوتنيك")
    _store(new, ["معبر نصيب الحدودي مع الأردن يعود إلى العمل بعد ثلاث سنوات من إغلاقه"])
    assert article_link(article_id=new.pk) is None
    assert not ClaimLink.objects.exists()


@pytest.mark.parametrize("new_first", [True, False])
def test_evidence_sides_name_the_stored_pair_in_either_order(new_first):
    """The claim being linked may be the pair's claim_a or its claim_b: "a" is always claim_a."""
    old, new = ArticleFactory(publisher="سانا"), ArticleFactory(status=Status.SEGMENTED, publisher="المرصد")
    texts = ["قتل 19 مدنياً في غارات على بلدة حمورية", "قتل 27 مدنياً في غارات على بلدة حمورية"]
    if new_first:  # the new article's claim gets the lower id
        (low,) = _store(new, [texts[0]])
        (high,) = _store(old, [texts[1]])
    else:
        (low,) = _store(old, [texts[0]])
        (high,) = _store(new, [texts[1]])
    Article.objects.filter(pk=old.pk).update(status=Status.LINKED)
    article_link(article_id=new.pk)
    link = ClaimLink.objects.get()
    conflict = link.evidence["number_conflicts"][0]
    assert (link.claim_a_id, link.evidence["claims"], conflict["a_value"], conflict["b_value"]) == (
        low.pk,
        [low.pk, high.pk],
        19,
        27,
    )


def test_reports_of_one_incident_come_before_a_toll_of_another_in_the_queue():
    old = ArticleFactory(publisher="سانا")
    _store(old, ["قتل 27 مدنياً في غارات على سوق معرة النعمان يوم الاثنين", "قتل 12 مدنياً في القصف"])
    new = ArticleFactory(status=Status.SEGMENTED, publisher="المرصد")
    _store(new, ["قتل 27 مدنياً في غارات روسية على سوق معرة النعمان يوم الاثنين", "قتل 40 مدنياً في القصف"])
    article_link(article_id=new.pk)
    queue = [
        (link.claim_a.text, link.claim_b.text, link.relation)
        for link in ClaimLink.objects.order_by("-priority").select_related("claim_a", "claim_b")
    ]
    assert queue[0] == (
        "قتل 27 مدنياً في غارات على سوق معرة النعمان يوم الاثنين",
        "قتل 27 مدنياً في غارات روسية على سوق معرة النعمان يوم الاثنين",
        "corroborates",
    )
    assert ("قتل 12 مدنياً في القصف", "قتل 40 مدنياً في القصف", "contradicts") not in queue


def test_one_discrepancy_repeated_by_many_pairs_is_put_forward_once():
    """Six outlets repeat "27 killed", one says "20 killed": six pairs show one discrepancy."""
    report = "قتل 27 مدنياً في غارات على سوق معرة النعمان يوم الاثنين"
    for publisher in ("المرصد", "سمارت", "الجزيرة", "عنب بلدي", "أورينت", "زمان الوصل"):
        _store(ArticleFactory(publisher=publisher), [report])
    new = ArticleFactory(status=Status.SEGMENTED, publisher="سانا")
    _store(new, ["قتل 20 مدنياً في غارات على سوق معرة النعمان يوم الاثنين"])
    article_link(article_id=new.pk)
    links = list(ClaimLink.objects.order_by("-priority", "id"))
    head, *rest = links
    assert (len(links), head.relation, head.finding) == (6, "contradicts", "killed:20-27:معرة النعمان")
    assert [link.evidence.get("repeats") for link in rest] == [None] * 5
    assert all(link.priority < head.priority - 5 for link in rest)
    again = ArticleFactory(status=Status.SEGMENTED, publisher="الوطن")
    _store(again, ["قتل 20 مدنياً في غارات على سوق معرة النعمان يوم الاثنين"])
    article_link(article_id=again.pk)
    later = ClaimLink.objects.filter(claim_b__article=again)
    assert {link.evidence.get("repeats") for link in later if link.finding.startswith("killed")} == {head.pk}


WIRE = "المعارضة أسقطت طائرة عسكرية في محافظة حماة بشمال البلاد اليوم الثلاثاء مما أسفر عن مقتل طيارها"
OWN = "إحدى طائراته العسكرية أسقطت في محافظة حماة بشمال البلاد اليوم الثلاثاء مما أسفر عن مقتل طيارها"


def _link_each(publishers_texts):
    for publisher, texts in publishers_texts:
        article = ArticleFactory(status=Status.SEGMENTED, publisher=publisher)
        _store(article, texts)
        article_link(article_id=article.pk)


def test_one_wire_report_carried_by_several_outlets_is_put_forward_once():
    """Four outlets print one wire sentence (with or without a comma), a fifth words it its own
    way: six pairs of copies are one finding, four pairs of the other account against a copy
    another; the queue leads with one of each."""
    _link_each(
        [
            ("رويترز", [WIRE]),
            ("الشرق الأوسط", [WIRE.replace(" اليوم", " ، اليوم")]),
            ("القدس العربي", [WIRE]),
            ("العربي الجديد", [WIRE.replace(" مما", " ، مما")]),
            ("الحياة", [OWN]),
        ]
    )
    links = list(ClaimLink.objects.order_by("-priority", "id"))
    assert len(links) == 10
    copies = [link for link in links if link.evidence.get("copy")]
    assert len(copies) == 6
    assert len({link.finding for link in copies}) == 1
    assert len({link.finding for link in links}) == 2
    head = [link for link in links if link.priority > links[0].priority - 5]
    assert len(head) == 2
    assert {link.evidence.get("copy", False) for link in head} == {True, False}
    stored_leaders = {link.finding: link.pk for link in links if "repeats" not in link.evidence}
    later = [link for link in links if link.evidence.get("repeats")]
    assert later and all(link.evidence["repeats"] == stored_leaders[link.finding] for link in later)


def test_a_wire_copy_is_told_from_another_account_of_the_event():
    """Two outlets printing one wire sentence are a copy; the army's own account is not, though
    both corroborate it."""
    _link_each([("رويترز", [WIRE]), ("الشرق الأوسط", [WIRE.replace("في", "فى")]), ("الحياة", [OWN])])
    links = list(ClaimLink.objects.order_by("id"))
    assert [(link.relation, link.evidence.get("copy")) for link in links] == [
        ("corroborates", True),
        ("corroborates", None),
        ("corroborates", None),
    ]


def test_reprocess_links_proposes_open_links_again_and_keeps_what_people_touched(
    django_capture_on_commit_callbacks,
):
    """Links stored by an older linker (no copy marks, no findings) are proposed again by today's;
    the decided one, with its review, and the one a reviewer holds are kept as they are."""
    from io import StringIO

    from django.utils import timezone

    from claims.models import Review
    from tests.factories import UserFactory

    _link_each([("رويترز", [WIRE]), ("الشرق الأوسط", [WIRE]), ("القدس العربي", [WIRE]), ("الحياة", [OWN])])
    ClaimLink.objects.update(finding="", evidence={}, priority=50.0)
    decided, leased = ClaimLink.objects.order_by("id")[:2]
    reviewer = UserFactory(role="fact-checker")
    Review.objects.create(
        link=decided,
        reviewer=reviewer,
        decision="corroborates",
        machine_relation="corroborates",
        machine_score=0.9,
    )
    ClaimLink.objects.filter(pk=decided.pk).update(status=LinkStatus.DECIDED, decided_relation="corroborates")
    ClaimLink.objects.filter(pk=leased.pk).update(
        leased_to=reviewer, lease_until=timezone.now() + timedelta(minutes=10)
    )
    out = StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("reprocess", "--links", stdout=out)
    assert out.getvalue().startswith("links: 4 open proposals withdrawn, 4 articles queued, 0 could not be")
    assert set(Article.objects.values_list("status", flat=True)) == {Status.LINKED}
    kept = {link.pk: link for link in ClaimLink.objects.filter(pk__in=[decided.pk, leased.pk])}
    assert [(k.priority, k.evidence) for k in kept.values()] == [(50.0, {}), (50.0, {})]
    again = ClaimLink.objects.exclude(pk__in=kept)
    assert again.count() == 4 and all(link.finding for link in again)
    assert any(link.evidence.get("copy") for link in again)


def test_a_large_article_is_linked_in_process_without_nesting_a_call_per_chunk():
    """On the embedded default the chunks of a 1,200-claim article are linked one after another:
    queueing each next chunk from the last one nested 40 task calls and overflowed the stack of
    articles past about 4,700 claims."""
    import sys

    from claims.tasks import article_link_task

    article = ArticleFactory(status=Status.SEGMENTED)
    # Stored without blocking keys, so each chunk finds no candidates and the test stays quick.
    Claim.objects.bulk_create(
        ClaimFactory.build(article=article, index=i, text=f"قتل {i} مدنياً في قصف على كفرنبل", source=None)
        for i in range(1200)
    )
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(150)
    try:
        article_link_task.delay(article.pk)
    finally:
        sys.setrecursionlimit(limit)
    article.refresh_from_db()
    assert (article.status, article.error) == (Status.LINKED, "")
