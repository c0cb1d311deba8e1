import json
from datetime import UTC, datetime

import pytest

from claims.ingestion import Record, Rejection, parse_record, read_paths

BODY = "قال المرصد السوري لحقوق الإنسان إن 19 مدنياً قتلوا في إدلب."


def parse(data, max_chars=1000):
    return parse_record(data, origin="x.jsonl:3", max_chars=max_chars)


def test_a_complete_record_is_accepted_with_its_date_in_utc():
    record = parse(
        {
            "url": "https://example.org/a",
            "title": " عنوان ",
            "body": BODY,
            "publisher": "شام",
            "published_at": "2018-03-05",
        }
    )
    assert record == Record(
        body=BODY,
        origin="x.jsonl:3",
        url="https://example.org/a",
        title="عنوان",
        publisher="شام",
        published_at=datetime(2018, 3, 5, tzinfo=UTC),
    )


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        ([1, 2], "expected a JSON object, got list"),
        ({"title": "t"}, "body is missing"),
        ({"body": "   \n\t"}, "body is empty"),
        ({"body": "\x01\x02 "}, "body is empty"),
        ({"body": 12}, "body must be a string, got int"),
        ({"body": BODY, "url": -1.5}, "url must be a string, got float"),
        ({"body": BODY, "publisher": ["x"]}, "publisher must be a string, got list"),
        (
            {"body": BODY, "author": "x"},
            "unknown field(s): author; expected url, title, body, publisher, published_at",
        ),
        ({"body": "x" * 1001}, "body is 1001 characters, over the limit of 1000"),
        (
            {"body": BODY, "published_at": "yesterday"},
            "published_at 'yesterday' is not an ISO 8601 date such as 2018-03-05 or 2018-03-05T14:00:00Z",
        ),
        (
            {"body": BODY, "url": "javascript:alert(1)"},
            "url 'javascript:alert(1)' is not an absolute http(s) URL",
        ),
        ({"body": "نص\ud800"}, "body contains a lone surrogate, which is not valid Unicode"),
        ({"body": "نص\x00نص"}, "body contains a NUL character"),
        ({"body": BODY, "title": "t" * 1001}, "title is 1001 characters, over the limit of 1000"),
    ],
)
def test_bad_records_are_rejected_with_the_reason(data, reason):
    assert parse(data) == Rejection("x.jsonl:3", reason)


def test_a_folder_reports_every_bad_file_and_line_and_reads_the_rest(tmp_path):
    (tmp_path / "good.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("قال".encode() + b"\xff\xfe")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    nested = tmp_path / "more"
    nested.mkdir()
    lines = [json.dumps({"body": BODY + " 1"}), "{not json", json.dumps({"body": BODY + " 2"})]
    (nested / "batch.jsonl").write_text("\n".join(lines), encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")

    items = list(read_paths([tmp_path], max_chars=10_000))

    rejected = [(i.origin.replace(str(tmp_path), ""), i.reason) for i in items if isinstance(i, Rejection)]
    accepted = [i.body for i in items if isinstance(i, Record)]
    assert rejected == [
        ("/empty.txt", "body is empty"),
        ("/latin1.txt", "invalid UTF-8 at byte 6"),
        (
            "/more/batch.jsonl:2",
            "malformed JSON on line 2: Expecting property name enclosed in double quotes at column 2",
        ),
    ]
    assert accepted == [BODY, BODY + " 1", BODY + " 2"]


def test_missing_paths_and_other_file_types_are_reported(tmp_path):
    (tmp_path / "a.csv").write_text("x", encoding="utf-8")
    items = list(read_paths([tmp_path / "nope", tmp_path / "a.csv"], max_chars=100))
    assert [i.reason for i in items] == ["no such file or folder", "not a .txt, .jsonl or .ndjson file"]


def test_ndjson_is_read_as_json_lines_in_folders_and_uploads(tmp_path):
    """Export tools name JSON Lines files .ndjson: read them as .jsonl, line by line."""
    from claims.ingestion import read_upload, upload_lines

    lines = "\n".join(json.dumps({"body": f"{BODY} {i}"}, ensure_ascii=False) for i in range(2)) + "\n{"
    (tmp_path / "feed.ndjson").write_text(lines, encoding="utf-8")
    items = list(read_paths([tmp_path], max_chars=10_000))
    assert [i.body for i in items if isinstance(i, Record)] == [f"{BODY} 0", f"{BODY} 1"]
    assert [i.origin for i in items if isinstance(i, Rejection)] == [f"{tmp_path / 'feed.ndjson'}:3"]
    uploaded = list(read_upload("feed.ndjson", lines.encode(), max_chars=10_000))
    assert [line for line, _ in uploaded] == [1, 2, 3]
    assert upload_lines("feed.ndjson", lines.encode()) == 3
