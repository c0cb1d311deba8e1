"""Uploaded files ingested as background jobs: the report `manage.py ingest` gives, progress, resuming."""

import io
import json

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims.ingestion import Record
from claims.models import Article, IngestJob, JobStatus
from claims.services import article_ingest, ingest_job_create, ingest_job_run
from claims.services import ingest_job as job_service
from tests.api import client_for
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

REPORTS = [
    ("https://example.org/idlib", "وقال المرصد السوري لحقوق الإنسان إن 19 مدنياً قتلوا في قصف على كفرنبل."),
    ("https://example.org/douma", "ونفت وزارة الدفاع الروسية أن تكون طائراتها قد قصفت مدينة دوما."),
    ("https://example.org/raqqa", "وأفادت مصادر محلية بأن قوات سوريا الديمقراطية سيطرت على حي في الرقة."),
    ("https://example.org/daraa", "وذكرت وكالة سانا أن 4 أشخاص أصيبوا بقذيفة هاون في درعا."),
]


def article_line(url: str, body: str, **fields) -> str:
    return json.dumps({"url": url, "title": body[:30], "body": body, **fields}, ensure_ascii=False)


def mixed_file() -> bytes:
    """Four articles, the first again, a blank line, broken JSON, a line without body, a bad date."""
    lines = [article_line(url, body) for url, body in REPORTS]
    lines += [
        article_line(*REPORTS[0]),
        "",
        '{"title": "سطر ناقص", "body": ',
        json.dumps({"title": "بلا نص"}, ensure_ascii=False),
        article_line(
            "https://example.org/homs", "وقال الدفاع المدني إن 3 قتلوا في حمص.", published_at="5/3/2018"
        ),
    ]
    return ("\n".join(lines) + "\n").encode()


def run_job(content: bytes, name: str = "batch.jsonl", *, capture) -> IngestJob:
    with capture(execute=True):
        job = ingest_job_create(user=UserFactory(role="fact-checker"), file_name=name, content=content)
    job.refresh_from_db()
    return job


def job_report(job: IngestJob) -> list[str]:
    """The job's report worded as `manage.py ingest` prints it."""
    lines = [f"{row['outcome']}: {row['origin']}: {row['reason']}" for row in job.problems]
    duplicates = [line for line in lines if line.startswith("duplicate")]
    rejected = [line for line in lines if line.startswith("rejected")]
    total = job.new_count + job.duplicate_count + job.rejected_count
    summary = (
        f"{job.new_count} new, {job.duplicate_count} duplicate, {job.rejected_count} rejected ({total} read)"
    )
    return duplicates + rejected + [summary]


def test_a_job_reports_what_the_ingest_command_reports_on_the_same_file(
    tmp_path, django_capture_on_commit_callbacks
):
    content = mixed_file()
    job = run_job(content, capture=django_capture_on_commit_callbacks)
    first_by_job = Article.objects.get(url=REPORTS[0][0]).pk
    by_job = job_report(job)
    by_command = _command_on_fresh_database(tmp_path, content)
    first_by_command = Article.objects.get(url=REPORTS[0][0]).pk
    assert [line.replace(f"article {first_by_job}", "article X") for line in by_job] == [
        line.replace(f"article {first_by_command}", "article X") for line in by_command
    ]
    assert by_job[-1] == "4 new, 1 duplicate, 3 rejected (8 read)"
    assert (job.status, job.lines_read, job.lines_total, bytes(job.content)) == (JobStatus.DONE, 9, 9, b"")


def _command_on_fresh_database(tmp_path, content: bytes) -> list[str]:
    Article.objects.all().delete()
    path = tmp_path / "batch.jsonl"
    path.write_bytes(content)
    out = io.StringIO()
    call_command("ingest", str(path), "--no-progress", stdout=out)
    return out.getvalue().replace(str(path), "batch.jsonl").splitlines()


def test_bad_lines_are_reported_with_their_line_and_reason(django_capture_on_commit_callbacks):
    job = run_job(mixed_file(), capture=django_capture_on_commit_callbacks)
    first = Article.objects.get(url=REPORTS[0][0])
    assert job.problems == [
        {
            "origin": "batch.jsonl:5",
            "outcome": "duplicate",
            "reason": f"same URL as article {first.pk}",
            "article": first.pk,
        },
        {
            "origin": "batch.jsonl:7",
            "outcome": "rejected",
            "reason": "malformed JSON on line 7: Expecting value at column 31",
            "article": None,
        },
        {"origin": "batch.jsonl:8", "outcome": "rejected", "reason": "body is missing", "article": None},
        {
            "origin": "batch.jsonl:9",
            "outcome": "rejected",
            "reason": "published_at '5/3/2018' is not an ISO 8601 date such as 2018-03-05 or 2018-03-05T14:00:00Z",
            "article": None,
        },
    ]


def test_the_new_articles_are_the_jobs_and_are_processed(registry, django_capture_on_commit_callbacks):
    job = run_job(mixed_file(), capture=django_capture_on_commit_callbacks)
    articles = Article.objects.filter(ingest_jobs=job).order_by("id")
    assert [a.url for a in articles] == [url for url, _ in REPORTS]
    assert {a.status for a in articles} == {"linked"}


def test_progress_is_counted_batch_by_batch(monkeypatch):
    monkeypatch.setattr(job_service, "BATCH_LINES", 3)
    monkeypatch.setattr(job_service, "RUN_SECONDS", 0.0)
    job = ingest_job_create(user=None, file_name="batch.jsonl", content=mixed_file())
    seen, start = [], 0
    while start is not None:
        start = ingest_job_run(job_id=job.pk, start=start)
        job.refresh_from_db()
        seen.append((job.status, job.lines_read, job.new_count, job.duplicate_count, job.rejected_count))
    assert seen == [
        ("running", 3, 3, 0, 0),
        ("running", 7, 4, 1, 1),
        ("done", 9, 4, 1, 3),
    ]


def test_a_task_delivered_again_after_its_run_went_on_does_nothing(monkeypatch):
    monkeypatch.setattr(job_service, "BATCH_LINES", 3)
    monkeypatch.setattr(job_service, "RUN_SECONDS", 0.0)
    job = ingest_job_create(user=None, file_name="batch.jsonl", content=mixed_file())
    assert ingest_job_run(job_id=job.pk, start=0) == 3
    assert ingest_job_run(job_id=job.pk, start=0) is None
    job.refresh_from_db()
    assert (job.lines_read, job.new_count, job.duplicate_count, Article.objects.count()) == (3, 3, 0, 3)


def test_a_job_whose_worker_died_is_resumed_and_its_stored_lines_are_duplicates(
    monkeypatch, django_capture_on_commit_callbacks, capsys
):
    monkeypatch.setattr(job_service, "BATCH_LINES", 3)
    job = ingest_job_create(user=None, file_name="batch.jsonl", content=mixed_file())
    IngestJob.objects.filter(pk=job.pk).update(status=JobStatus.RUNNING)
    # The worker stored the first two articles of its batch, then died before counting them.
    for url, body in REPORTS[:2]:
        article_ingest(record=Record(body=body, url=url, title=body[:30], origin="batch.jsonl"))
    with django_capture_on_commit_callbacks(execute=True):
        call_command("reprocess", "--ingest-jobs")
    job.refresh_from_db()
    assert capsys.readouterr().out.strip() == "ingest jobs: 1 queued"
    assert (job.status, job.new_count, job.duplicate_count, job.rejected_count) == ("done", 2, 3, 3)
    assert Article.objects.count() == 4


def test_a_failed_job_is_resumed_from_the_line_it_reached(monkeypatch, django_capture_on_commit_callbacks):
    monkeypatch.setattr(job_service, "BATCH_LINES", 3)
    monkeypatch.setattr(job_service, "RUN_SECONDS", 0.0)
    job = ingest_job_create(user=None, file_name="batch.jsonl", content=mixed_file())
    ingest_job_run(job_id=job.pk, start=0)
    job_service.ingest_job_fail(job_id=job.pk, error="OperationalError: server closed the connection")
    with django_capture_on_commit_callbacks(execute=True):
        call_command("reprocess", "--ingest-jobs", stdout=io.StringIO())
    job.refresh_from_db()
    assert (job.status, job.error, job.new_count, job.duplicate_count, job.rejected_count) == (
        "done",
        "",
        4,
        1,
        3,
    )


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("report.txt", "عنوان الخبر\nقال المرصد إن 19 مدنياً قتلوا.".encode(), (1, 0, 0, [])),
        ("notes.pdf", b"%PDF", (0, 0, 1, ["notes.pdf: not a .txt, .jsonl or .ndjson file"])),
        ("empty.jsonl", b"", (0, 0, 0, [])),
    ],
)
def test_a_text_file_is_one_article_and_another_kind_is_rejected(
    name, content, expected, django_capture_on_commit_callbacks
):
    job = run_job(content, name, capture=django_capture_on_commit_callbacks)
    reasons = [f"{row['origin']}: {row['reason']}" for row in job.problems]
    assert (job.new_count, job.duplicate_count, job.rejected_count, reasons) == expected
    assert (job.status, job.lines_read) == ("done", 1)


def test_the_api_gives_a_jobs_progress_report_and_processing(django_capture_on_commit_callbacks):
    job = run_job(mixed_file(), capture=django_capture_on_commit_callbacks)
    first = Article.objects.get(url=REPORTS[0][0])
    body = client_for("fact-checker").get(f"/api/v1/ingest-jobs/{job.pk}/").json()
    assert {name: body[name] for name in ("file_name", "status", "lines_total", "lines_read", "error")} == {
        "file_name": "batch.jsonl",
        "status": "done",
        "lines_total": 9,
        "lines_read": 9,
        "error": "",
    }
    assert (body["new"], body["duplicate"], body["rejected"], body["queue_failures"]) == (4, 1, 3, 0)
    assert body["problems"][0] == {
        "origin": "batch.jsonl:5",
        "outcome": "duplicate",
        "reason": f"same URL as article {first.pk}",
        "article": first.pk,
    }
    assert body["processing"] == {"pending": 0, "segmented": 0, "linked": 4, "failed": 0}
    assert body["created_by"] == job.created_by.username


def test_the_api_answers_a_job_in_the_same_number_of_queries_whatever_its_size(
    django_capture_on_commit_callbacks,
):
    client = client_for("fact-checker")
    counts = []
    for content in (article_line(*REPORTS[0]).encode(), mixed_file()):
        Article.objects.all().delete()
        job = run_job(content, capture=django_capture_on_commit_callbacks)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(f"/api/v1/ingest-jobs/{job.pk}/").status_code == 200
        counts.append(len(captured))
    assert counts == [4, 4]


def test_an_unknown_job_is_a_404():
    assert client_for("fact-checker").get("/api/v1/ingest-jobs/999999/").status_code == 404
