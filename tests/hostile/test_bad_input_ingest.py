"""Bad files through `manage.py ingest`: each rejection is reported with its reason and counted, nothing
of it is stored, and the rest of the batch goes on."""

import json

import pytest
from django.core.management import call_command

from claims.models import Article, Claim, Status
from claims.services import article_link, article_segment
from claims.services.segment import SENTENCE_MAX_CHARS, sentence_window

pytestmark = pytest.mark.django_db

BODY = "قال المرصد السوري لحقوق الإنسان إن 19 مدنياً قتلوا في قصف على ريف إدلب."
DEEP = b"[" * 100_000 + b"]" * 100_000

CASES = {
    "malformed JSON": ("a.jsonl", b'{"body": ', "malformed JSON on line 1: Expecting value at column 10"),
    "unterminated string": (
        "a.jsonl",
        b'{"body": "x',
        "malformed JSON on line 1: Unterminated string starting at column 10",
    ),
    "raw NUL byte inside a string": (
        "a.jsonl",
        b'{"body": "a\x00b"}',
        "malformed JSON on line 1: Invalid control character at column 12",
    ),
    "nested 100,000 deep": (
        "a.jsonl",
        b'{"body": ' + DEEP + b"}",
        "malformed JSON on line 1: nested too deeply",
    ),
    "5,000-digit number": (
        "a.jsonl",
        b'{"body": 1' + b"0" * 5000 + b"}",
        "malformed JSON on line 1: Exceeds the limit (4300 digits) for integer string conversion",
    ),
    "invalid UTF-8": ("a.jsonl", b'{"body": "\xd9\x82\xff"}', "invalid UTF-8 at byte 12"),
    "surrogate encoded as UTF-8 bytes": ("a.jsonl", b'{"body": "\xed\xa0\x80"}', "invalid UTF-8 at byte 10"),
    "lone surrogate escape": (
        "a.jsonl",
        b'{"body": "\\u0642\\udc00"}',
        "body contains a lone surrogate, which is not valid Unicode",
    ),
    "NUL escape": ("a.jsonl", b'{"body": "\\u0000"}', "body contains a NUL character"),
    "NUL escape in title": (
        "a.jsonl",
        b'{"body": "x", "title": "\\u0000"}',
        "title contains a NUL character",
    ),
    "JSON null": ("a.jsonl", b"null", "expected a JSON object, got null"),
    "JSON array": ("a.jsonl", b"[]", "expected a JSON object, got list"),
    "missing body": ("a.jsonl", b'{"title": "t"}', "body is missing"),
    "body a number": ("a.jsonl", b'{"body": 19}', "body must be a string, got int"),
    "url an object": ("a.jsonl", b'{"body": "x", "url": {}}', "url must be a string, got dict"),
    "published_at a boolean": (
        "a.jsonl",
        b'{"body": "x", "published_at": false}',
        "published_at must be a string, got bool",
    ),
    "url with an unclosed IPv6 bracket": (
        "a.jsonl",
        b'{"body": "x", "url": "http://[::1"}',
        "url 'http://[::1' is not an absolute http(s) URL",
    ),
    "published_at before year 1 in UTC": (
        "a.jsonl",
        b'{"body": "x", "published_at": "0001-01-01T00:00:00+14:00"}',
        "published_at '0001-01-01T00:00:00+14:00' is before year 1 or after year 9999 in UTC",
    ),
    "published_at after year 9999 in UTC": (
        "a.jsonl",
        b'{"body": "x", "published_at": "9999-12-31T23:59:59-12:00"}',
        "published_at '9999-12-31T23:59:59-12:00' is before year 1 or after year 9999 in UTC",
    ),
    "unknown field": (
        "a.jsonl",
        b'{"body": "x", "<script>": 1}',
        "unknown field(s): <script>; expected url, title, body, publisher, published_at",
    ),
    "body only zero-width and bidi characters": (
        "a.jsonl",
        '{"body": "\u200b\u200d\u202e\u2067\ufeff"}'.encode(),
        "body is empty",
    ),
    "text file with a NUL byte": ("a.txt", BODY.encode() + b"\x00", "body contains a NUL character"),
    "text file with a surrogate encoded as UTF-8": (
        "a.txt",
        b"\xd9\x82\xed\xa0\x80",
        "invalid UTF-8 at byte 2",
    ),
    "text file of a byte-order mark alone": ("a.txt", b"\xef\xbb\xbf", "body is empty"),
    "text file of invisible characters": ("a.txt", "\u200f\u200b\n\u202e\u0640\n".encode(), "body is empty"),
}


def ingest(*paths, capsys) -> list[str]:
    call_command("ingest", *map(str, paths), "--no-progress")
    return capsys.readouterr().out.splitlines()


@pytest.mark.parametrize(("name", "raw", "reason"), CASES.values(), ids=CASES.keys())
def test_a_bad_file_is_rejected_with_its_reason_and_nothing_is_stored(tmp_path, capsys, name, raw, reason):
    path = tmp_path / name
    path.write_bytes(raw)
    origin = f"{path}:1" if name.endswith(".jsonl") else str(path)
    assert ingest(path, capsys=capsys) == [
        f"rejected: {origin}: {reason}",
        "0 new, 0 duplicate, 1 rejected (1 read)",
    ]
    assert (Article.objects.count(), Claim.objects.count()) == (0, 0)


def test_10000_lines_with_one_broken_store_9999_and_reject_that_line(tmp_path, capsys):
    lines = [
        json.dumps({"body": f"قال المرصد إن {n} مدنياً قتلوا في القصف على البلدة رقم {n}.", "title": f"#{n}"})
        for n in range(1, 10_001)
    ]
    lines[4999] = '{"body": "قال المرصد إن 5000 مدنياً'  # line 5000 loses its end
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    out = ingest(path, capsys=capsys)

    assert out == [
        f"rejected: {path}:5000: malformed JSON on line 5000: Unterminated string starting at column 10",
        "9999 new, 0 duplicate, 1 rejected (10000 read)",
    ]
    titles = set(Article.objects.values_list("title", flat=True))
    assert len(titles) == 9999 and "#5000" not in titles and {"#4999", "#5001"} <= titles


def test_a_line_with_an_unparsable_url_is_rejected_and_the_rest_of_the_file_is_stored(tmp_path, capsys):
    lines = [
        {"body": f"{BODY} الأول", "url": "https://example.org/1"},
        {"body": f"{BODY} الثاني", "url": "http://[::1"},
        {
            "body": f"{BODY} الثالث",
            "url": "https://example.org/3",
            "published_at": "9999-12-31T23:59:59-12:00",
        },
        {"body": f"{BODY} الرابع", "url": "https://example.org/4"},
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines), encoding="utf-8")
    assert ingest(path, capsys=capsys) == [
        f"rejected: {path}:2: url 'http://[::1' is not an absolute http(s) URL",
        f"rejected: {path}:3: published_at '9999-12-31T23:59:59-12:00' is before year 1 or after year 9999 in UTC",
        "2 new, 0 duplicate, 2 rejected (4 read)",
    ]
    assert sorted(Article.objects.values_list("url", flat=True)) == [
        "https://example.org/1",
        "https://example.org/4",
    ]


def test_line_and_paragraph_separators_inside_a_string_do_not_split_a_record(tmp_path, capsys):
    body = f"{BODY}\u2028{BODY}\u2029\x85{BODY}"
    path = tmp_path / "a.jsonl"
    path.write_bytes(json.dumps({"body": body}, ensure_ascii=False).encode() + b"\r\n")
    assert ingest(path, capsys=capsys) == ["1 new, 0 duplicate, 0 rejected (1 read)"]
    assert Article.objects.get().body == body


CLAUSE = BODY.rstrip(".") + " و سقطت قذائف على الأحياء السكنية في المدينة" * 20


@pytest.mark.parametrize(
    "sentence",
    [
        # One sentence, no full stop: a hundred reporting clauses joined by "and".
        (" و".join([CLAUSE] * 200))[:100_000],
        "س" * 100_000,
        "19 " * 33_333 + "1",
    ],
    ids=["clauses", "one word", "numbers"],
)
def test_a_100000_character_sentence_is_stored_segmented_and_linked(tmp_path, capsys, sentence):
    path = tmp_path / "long.txt"
    path.write_text(sentence, encoding="utf-8")
    assert len(sentence) == 100_000
    assert ingest(path, capsys=capsys) == ["1 new, 0 duplicate, 0 rejected (1 read)"]
    article = Article.objects.get()

    assert article_segment(article_id=article.pk)
    offset = 0
    while offset is not None:
        offset = article_link(article_id=article.pk, offset=offset)

    article.refresh_from_db()
    claims = list(article.claims.all())
    assert (article.body, article.status, article.error) == (sentence, Status.LINKED, "")
    for claim in claims:
        assert claim.text == sentence[claim.start : claim.end]
        assert claim.sentence == sentence[claim.sentence_start : claim.sentence_start + len(claim.sentence)]
        assert claim.sentence_start <= claim.start and claim.end <= claim.sentence_start + len(claim.sentence)
    # The sentence is stored around each claim, not whole with every one of them.
    assert sum(len(claim.sentence) for claim in claims) <= len(claims) * SENTENCE_MAX_CHARS


@pytest.mark.parametrize(
    ("start", "end"),
    [(0, 10), (50_000, 50_040), (99_990, 100_000), (1_000, 9_000), (0, 100_000)],
    ids=["at the start", "in the middle", "at the end", "claim longer than the window", "whole sentence"],
)
def test_a_long_sentence_is_stored_as_a_window_around_its_claim(start, end):
    sentence = "".join(chr(0x0621 + n % 26) for n in range(100_000))
    window, window_start = sentence_window(sentence, 7, start + 7, end + 7)
    assert window == sentence[window_start - 7 : window_start - 7 + len(window)]
    assert window_start <= start + 7 and end + 7 <= window_start + len(window)
    assert len(window) == max(SENTENCE_MAX_CHARS, end - start)
