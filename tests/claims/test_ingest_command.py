import json
from pathlib import Path

import pytest
from django.core.management import call_command

from claims.ingestion import Record
from claims.models import Article, Status
from claims.services import article_ingest

SEEDS = Path(__file__).resolve().parents[2] / "claims" / "fixtures" / "seeds"
BODY = "قال المرصد السوري لحقوق الإنسان إن 19 مدنياً قتلوا في إدلب."
pytestmark = pytest.mark.django_db


def ingest(*paths, capsys) -> list[str]:
    call_command("ingest", *map(str, paths), "--no-progress")
    return capsys.readouterr().out.splitlines()


def test_second_ingest_of_the_seeds_reports_five_duplicates_and_stores_nothing(capsys):
    assert ingest(SEEDS, capsys=capsys)[-1] == "5 new, 0 duplicate, 0 rejected (5 read)"
    stored = list(Article.objects.order_by("id").values_list("id", "content_hash"))

    second = ingest(SEEDS, capsys=capsys)

    assert second[-1] == "0 new, 5 duplicate, 0 rejected (5 read)"
    assert [line.split(": ")[0] for line in second[:-1]] == ["duplicate"] * 5
    assert list(Article.objects.order_by("id").values_list("id", "content_hash")) == stored


def test_bad_files_and_lines_are_reported_and_the_rest_is_ingested(tmp_path, capsys):
    (tmp_path / "bad.txt").write_bytes(b"\xd9\x82\xff")
    (tmp_path / "empty.txt").write_text("")
    lines = [
        json.dumps({"body": BODY, "url": "https://example.org/1"}),
        '{"body": ',
        json.dumps({"body": "  " + BODY.replace("قال", "قـــالَ")}),
    ]
    (tmp_path / "batch.jsonl").write_text("\n".join(lines), encoding="utf-8")

    out = ingest(tmp_path, capsys=capsys)

    assert [line.replace(str(tmp_path), "") for line in out] == [
        f"duplicate: /batch.jsonl:3: same content as article {Article.objects.get().pk}",
        "rejected: /bad.txt: invalid UTF-8 at byte 2",
        "rejected: /batch.jsonl:2: malformed JSON on line 2: Expecting value at column 10",
        "rejected: /empty.txt: body is empty",
        "1 new, 1 duplicate, 3 rejected (5 read)",
    ]


def test_same_url_with_another_body_is_a_duplicate():
    first = article_ingest(record=Record(body=BODY, origin="a", url="https://example.org/x"))
    again = article_ingest(record=Record(body=BODY + " تحديث", origin="b", url="https://example.org/x"))
    assert (first.outcome, again.outcome, again.reason) == (
        "new",
        "duplicate",
        f"same URL as article {first.article.pk}",
    )
    assert Article.objects.count() == 1


def test_body_over_the_configured_size_is_rejected(tmp_path, capsys):
    (tmp_path / "long.txt").write_text(BODY * 10, encoding="utf-8")
    call_command("ingest", str(tmp_path), "--no-progress", "--max-chars", "100")
    out = capsys.readouterr().out.splitlines()
    assert out[-2].endswith(f"body is {len(BODY) * 10} characters, over the limit of 100")
    assert Article.objects.count() == 0


def test_new_articles_start_pending():
    result = article_ingest(record=Record(body=BODY, origin="api"))
    assert (result.outcome, result.article.status) == ("new", Status.PENDING)
