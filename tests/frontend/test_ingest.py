"""Ingesting pasted text and uploaded files, with every rejection and its reason."""

import json

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from claims.models import Article

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


def test_uploaded_jsonl_reports_each_bad_line_with_its_reason(client_as):
    client = client_as("fact-checker", language="en")
    upload = _jsonl(json.dumps(GOOD, ensure_ascii=False), "{not json", json.dumps({"title": "بلا نص"}))
    client.post(reverse("frontend:ingest"), {"upload": upload})
    html = client.get(reverse("frontend:ingest_status")).content.decode()
    assert Article.objects.count() == 1
    assert "batch.jsonl:2" in html
    assert "line 2 is not valid JSON (Expecting property name enclosed in double quotes at column 2)" in html
    assert "batch.jsonl:3" in html
    assert "article text is missing" in html
    assert "/tmp" not in html


def test_second_upload_of_the_same_article_is_a_duplicate_with_reason(client_as):
    client = client_as("fact-checker", language="en")
    client.post(reverse("frontend:ingest"), {"upload": _jsonl(json.dumps(GOOD))})
    client.post(reverse("frontend:ingest"), {"upload": _jsonl(json.dumps(GOOD))})
    html = client.get(reverse("frontend:ingest_status")).content.decode()
    first = Article.objects.get()
    assert f"same address as article {first.pk}" in html


def test_a_file_of_another_type_is_rejected_with_its_reason(client_as):
    client = client_as("fact-checker", language="en")
    client.post(reverse("frontend:ingest"), {"upload": SimpleUploadedFile("notes.pdf", b"%PDF")})
    assert "not a .txt or .jsonl file" in client.get(reverse("frontend:ingest_status")).content.decode()


def test_txt_upload_is_one_article_titled_by_its_first_line(client_as):
    client = client_as("fact-checker")
    upload = SimpleUploadedFile("report.txt", "عنوان الخبر\nقال المرصد إن 19 مدنياً قتلوا.".encode())
    client.post(reverse("frontend:ingest"), {"upload": upload})
    assert list(Article.objects.values_list("title", "origin")) == [("عنوان الخبر", "report.txt")]


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
