"""Ingesting pasted text and uploaded files, with every rejection and its reason."""

import json

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from claims.models import Article, IngestJob

GOOD = {
    "url": "https://example.org/a",
    "title": "قصف إدلب",
    "body": "قال المرصد إن 19 مدنياً قتلوا.",
    "publisher": "عنب بلدي",
}


def _jsonl(*lines: str) -> SimpleUploadedFile:
    return SimpleUploadedFile("batch.jsonl", "\n".join(lines).encode(), content_type="application/jsonl")


def test_pasted_article_is_stored_and_listed_with_its_status(client_as):
    client = client_as("fact-checker")
    response = client.post(
        reverse("frontend:ingest"), {"body": "قال المرصد إن 19 مدنياً قتلوا.", "title": "عنوان"}
    )
    assert response["Location"] == reverse("frontend:ingest")
    article = Article.objects.get()
    assert (article.title, article.origin) == ("عنوان", "pasted in the web form")
    html = client.get(reverse("frontend:ingest")).content.decode()
    assert reverse("frontend:article", args=[article.pk]) in html
    assert 'data-done="false"' in html


def _upload(client, upload, capture) -> IngestJob:
    """Post an upload and run its job as the embedded default does once the request commits."""
    with capture(execute=True):
        response = client.post(reverse("frontend:ingest"), {"upload": upload})
    assert response["Location"] == reverse("frontend:ingest")
    return IngestJob.objects.latest("id")


def _job_html(client, job: IngestJob) -> str:
    return client.get(reverse("frontend:ingest_job_status", args=[job.pk])).content.decode()


def test_an_upload_becomes_a_job_linked_from_the_ingest_page(client_as):
    client = client_as("fact-checker", language="en")
    response = client.post(reverse("frontend:ingest"), {"upload": _jsonl(json.dumps(GOOD))}, follow=True)
    job = IngestJob.objects.get()
    html = response.content.decode()
    link = f'<a href="{reverse("frontend:ingest_job", args=[job.pk])}">batch.jsonl</a>'
    assert f"{link} is being ingested in the background; its page shows how far it got." in html
    assert html.count(link) == 2
    assert (job.status, job.lines_total, job.file_name) == ("queued", 1, "batch.jsonl")


def test_a_queued_job_shows_its_progress_and_keeps_polling(client_as):
    client = client_as("fact-checker", language="en")
    client.post(reverse("frontend:ingest"), {"upload": _jsonl(json.dumps(GOOD), "{not json", "")})
    job = IngestJob.objects.get()
    page = client.get(reverse("frontend:ingest_job", args=[job.pk])).content.decode()
    assert f'data-poll="{reverse("frontend:ingest_job_status", args=[job.pk])}"' in page
    fragment = _job_html(client, job)
    assert 'data-done="false"' in fragment
    assert "line 0 of 2" in fragment
    assert '<progress max="100" value="0"' in fragment


def test_uploaded_jsonl_reports_each_bad_line_with_its_reason(client_as, django_capture_on_commit_callbacks):
    client = client_as("fact-checker", language="en")
    upload = _jsonl(json.dumps(GOOD, ensure_ascii=False), "{not json", json.dumps({"title": "بلا نص"}))
    job = _upload(client, upload, django_capture_on_commit_callbacks)
    html = _job_html(client, job)
    assert Article.objects.count() == 1
    assert "1 new, 0 duplicate, 2 rejected." in html
    assert "line 3 of 3" in html
    assert "batch.jsonl:2" in html
    assert "line 2 is not valid JSON (Expecting property name enclosed in double quotes at column 2)" in html
    assert "batch.jsonl:3" in html
    assert "article text is missing" in html
    assert "/tmp" not in html


def test_second_upload_of_the_same_article_is_a_duplicate_with_reason(
    client_as, django_capture_on_commit_callbacks
):
    client = client_as("fact-checker", language="en")
    _upload(client, _jsonl(json.dumps(GOOD)), django_capture_on_commit_callbacks)
    job = _upload(client, _jsonl(json.dumps(GOOD)), django_capture_on_commit_callbacks)
    first = Article.objects.get()
    assert f"same address as article {first.pk}" in _job_html(client, job)


def test_a_file_of_another_type_is_rejected_with_its_reason(client_as, django_capture_on_commit_callbacks):
    client = client_as("fact-checker", language="en")
    job = _upload(client, SimpleUploadedFile("notes.pdf", b"%PDF"), django_capture_on_commit_callbacks)
    assert "not a .txt, .jsonl or .ndjson file" in _job_html(client, job)


def test_txt_upload_is_one_article_titled_by_its_first_line(client_as, django_capture_on_commit_callbacks):
    client = client_as("fact-checker")
    upload = SimpleUploadedFile("report.txt", "عنوان الخبر\nقال المرصد إن 19 مدنياً قتلوا.".encode())
    _upload(client, upload, django_capture_on_commit_callbacks)
    assert list(Article.objects.values_list("title", "origin")) == [("عنوان الخبر", "report.txt")]


def test_the_job_page_follows_its_articles_until_each_is_processed(
    client_as, django_capture_on_commit_callbacks
):
    client = client_as("fact-checker", language="en")
    job = _upload(client, _jsonl(json.dumps(GOOD)), django_capture_on_commit_callbacks)
    Article.objects.update(status="pending")
    waiting = _job_html(client, job)
    Article.objects.update(status="linked")
    finished = _job_html(client, job)
    assert ('data-done="false"' in waiting, "0 processed, 1 waiting, 0 failed." in waiting) == (True, True)
    assert ('data-done="true"' in finished, "1 processed, 0 waiting, 0 failed." in finished) == (True, True)


def test_an_article_over_the_claim_cap_is_counted_and_explained_in_arabic(
    client_as, settings, django_capture_on_commit_callbacks
):
    settings.ARTICLE_MAX_CLAIMS = 1
    body = "وقال المرصد السوري إن 19 مدنياً قتلوا في كفرنبل. وقالت وكالة سانا إن 4 أشخاص أصيبوا في درعا."
    client = client_as("fact-checker")
    job = _upload(client, _jsonl(json.dumps({**GOOD, "body": body})), django_capture_on_commit_callbacks)
    article = Article.objects.get()
    html = _job_html(client, job)
    cells = _status_cells(html.split('class="stack job-failed"')[1])
    assert (article.status, article.error) == (
        "failed",
        "this article yields 2 claims, more than the 1 allowed",
    )
    assert '<p class="job-processing">تمت معالجة 0، وينتظر 0، وفشل 1.</p>' in html
    assert cells == [
        "batch.jsonl:1",
        f'<a href="{reverse("frontend:article", args=[article.pk])}" dir="auto">قصف إدلب</a>',
        "ينتج هذا المقال 2 ادعاءً، أكثر من الحد المسموح به وهو 1",
    ]


def test_another_fact_checkers_job_is_listed_only_on_their_ingest_page(client_as):
    owner, other = client_as("fact-checker"), client_as("fact-checker")
    owner.post(reverse("frontend:ingest"), {"upload": _jsonl(json.dumps(GOOD))})
    job = IngestJob.objects.get()
    link = reverse("frontend:ingest_job", args=[job.pk])
    assert link not in other.get(reverse("frontend:ingest")).content.decode()
    assert other.get(link).status_code == 200
    assert client_as("reader").get(link).status_code == 403
    assert owner.get(reverse("frontend:ingest_job", args=[job.pk + 1])).status_code == 404


def test_empty_form_is_refused(client_as):
    response = client_as("fact-checker").post(reverse("frontend:ingest"), {})
    assert response.status_code == 200
    assert 'role="alert"' in response.content.decode()
    assert Article.objects.count() == 0


def test_status_fragment_says_done_when_every_article_finished(client_as):
    client = client_as("fact-checker")
    client.post(reverse("frontend:ingest"), {"body": "نص"})
    Article.objects.update(status="linked")
    assert 'data-done="true"' in client.get(reverse("frontend:ingest_status")).content.decode()


def _status_cells(html: str) -> list[str]:
    return [cell.split(">", 1)[1].split("</td>")[0] for cell in html.split("<td")[1:]]


def test_the_arabic_page_gives_origin_and_reasons_in_arabic(client_as):
    client = client_as("fact-checker")
    client.post(reverse("frontend:ingest"), {"body": "قال المرصد إن 19 مدنياً قتلوا."})
    client.post(reverse("frontend:ingest"), {"body": "قال المرصد إن 19 مدنياً قتلوا."})
    first = Article.objects.get()
    cells = _status_cells(client.get(reverse("frontend:ingest_status")).content.decode())
    assert (cells[0], cells[4]) == ("أُلصق في نموذج الصفحة", f"المحتوى نفسه في المقال {first.pk}")


def test_the_arabic_page_explains_a_bad_date_in_arabic(client_as):
    client = client_as("fact-checker")
    client.post(reverse("frontend:ingest"), {"body": "نص الخبر", "published_at": "5/3/2018"})
    cells = _status_cells(client.get(reverse("frontend:ingest_status")).content.decode())
    assert cells[4] == (
        "تاريخ النشر &#x27;5/3/2018&#x27; ليس تاريخاً بصيغة 2018-03-05 أو 2018-03-05T14:00:00Z"
    )


def test_a_rejection_stored_in_the_former_wording_is_still_told_in_arabic():
    from django.utils import translation

    from frontend.reasons import reason_text

    with translation.override("ar"):
        assert reason_text("not a .txt or .jsonl file") == reason_text("not a .txt, .jsonl or .ndjson file")
        assert reason_text("not a .txt, .jsonl or .ndjson file") != "not a .txt, .jsonl or .ndjson file"
