"""Reading and validating articles from files and API payloads, without Django.

Every input ends as either a :class:`Record` ready to store or a :class:`Rejection` that says
what was wrong and where, so a caller can count and report both.

Text is stored as given. Bidi controls (U+202E and the like) and zero-width characters are
legitimate in Arabic text and stay; normalize_key drops them, so duplicate detection and
matching ignore them. The web pages leave embeddings, overrides and isolates out of the text
they show (one could make a stored 32 read 23) and say so on the article's page. A body of
nothing else is empty.
Lone surrogates and NUL characters cannot be stored (not Unicode; PostgreSQL refuses NUL) and
are rejected.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from io import BytesIO
from itertools import islice
from pathlib import Path
from urllib.parse import urlsplit

from claims.text.normalize import strip_invisible

FIELDS = ("url", "title", "body", "publisher", "published_at")
# JSON Lines under either name: ".ndjson" is what many export tools write.
LINES_SUFFIXES = (".jsonl", ".ndjson")
SUFFIXES = (".txt", *LINES_SUFFIXES)
SURROGATE = re.compile("[\ud800-\udfff]")
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
LIMITS = {"url": 1000, "title": 1000, "publisher": 200, "published_at": 64}
NOT_ARTICLES = "not a .txt, .jsonl or .ndjson file"


@dataclass(frozen=True)
class Record:
    body: str
    origin: str
    url: str | None = None
    title: str = ""
    publisher: str = ""
    published_at: datetime | None = None


@dataclass(frozen=True)
class Rejection:
    origin: str
    reason: str


def parse_date(value: str) -> datetime:
    """ISO 8601 date or date-time; a date alone means midnight UTC, a naive time means UTC."""
    text = value.strip()
    try:
        if len(text) == 10:
            return datetime.combine(date.fromisoformat(text), time(0), tzinfo=UTC)
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(
            f"published_at {value!r} is not an ISO 8601 date such as 2018-03-05 or 2018-03-05T14:00:00Z"
        ) from None
    if not parsed.tzinfo:
        return parsed.replace(tzinfo=UTC)
    try:
        # Stored in UTC: "0001-01-01T00:00:00+14:00" is a valid date whose UTC time is before year 1.
        parsed.astimezone(UTC)
    except OverflowError:
        raise ValueError(f"published_at {value!r} is before year 1 or after year 9999 in UTC") from None
    return parsed


def _text_problem(name: str, value: str, max_chars: int) -> str | None:
    if SURROGATE.search(value):
        return f"{name} contains a lone surrogate, which is not valid Unicode"
    if "\x00" in value:
        return f"{name} contains a NUL character"
    limit = max_chars if name == "body" else LIMITS[name]
    if len(value) > limit:
        return f"{name} is {len(value)} characters, over the limit of {limit}"
    return None


def _check_fields(data: Mapping[str, object], max_chars: int) -> str | None:
    unknown = sorted(set(data) - set(FIELDS))
    if unknown:
        return f"unknown field(s): {', '.join(unknown)}; expected {', '.join(FIELDS)}"
    # The body first: a .txt file's title is its first line, and its problem is the body's.
    for name in sorted(FIELDS, key=lambda name: name != "body"):
        value = data.get(name)
        if value is not None and not isinstance(value, str):
            return f"{name} must be a string, got {type(value).__name__}"
        problem = value and _text_problem(name, value, max_chars)
        if problem:
            return problem
    body = data.get("body")
    if body is None:
        return "body is missing"
    if not strip_invisible(CONTROL.sub("", body)).strip():
        return "body is empty"
    return None


def _absolute_http(url: str) -> bool:
    try:
        parts = urlsplit(url)
        # Reading the port checks it: "http://[::1" and "http://host:99999/" raise ValueError.
        parts.port  # noqa: B018
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.netloc) and not any(c.isspace() for c in url)


def _check_url(url: str | None) -> str | None:
    if url is None or _absolute_http(url):
        return None
    return f"url {url!r} is not an absolute http(s) URL"


def parse_record(data: object, *, origin: str, max_chars: int) -> Record | Rejection:
    """Validate one article mapping (a JSONL line or an API payload)."""
    if not isinstance(data, dict):
        kind = "null" if data is None else type(data).__name__
        return Rejection(origin, f"expected a JSON object, got {kind}")
    problem = _check_fields(data, max_chars)
    if problem:
        return Rejection(origin, problem)
    url = (data.get("url") or "").strip() or None
    problem = _check_url(url)
    if problem:
        return Rejection(origin, problem)
    published = (data.get("published_at") or "").strip()
    try:
        published_at = parse_date(published) if published else None
    except ValueError as error:
        return Rejection(origin, str(error))
    return Record(
        body=data["body"],
        origin=origin,
        url=url,
        title=(data.get("title") or "").strip(),
        publisher=(data.get("publisher") or "").strip(),
        published_at=published_at,
    )


def decode(raw: bytes, origin: str) -> str | Rejection:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return Rejection(origin, f"invalid UTF-8 at byte {error.start}")


def read_txt(path: Path, *, max_chars: int) -> Iterator[Record | Rejection]:
    yield _txt(path.read_bytes(), str(path), max_chars=max_chars)


def _txt(raw: bytes, origin: str, *, max_chars: int) -> Record | Rejection:
    text = decode(raw, origin)
    if isinstance(text, Rejection):
        return text
    return parse_record({"body": text, "title": _first_line(text)}, origin=origin, max_chars=max_chars)


def _first_line(text: str) -> str:
    line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return line[:200]


def read_jsonl(path: Path, *, max_chars: int) -> Iterator[Record | Rejection]:
    with path.open("rb") as handle:
        for _, item in _jsonl(handle, str(path), max_chars=max_chars):
            yield item


def _jsonl(
    lines: Iterable[bytes], name: str, *, max_chars: int, start: int = 0
) -> Iterator[tuple[int, Record | Rejection]]:
    """Each non-blank line after the first ``start`` as (its line number, what it holds)."""
    for number, raw in enumerate(islice(lines, start, None), start=start + 1):
        origin = f"{name}:{number}"
        line = decode(raw, origin)
        if isinstance(line, Rejection):
            yield number, line
            continue
        if line.strip():
            yield number, _json_line(line, number, origin, max_chars=max_chars)


def _json_line(line: str, number: int, origin: str, *, max_chars: int) -> Record | Rejection:
    try:
        data = json.loads(line.rstrip("\r\n"))
    except json.JSONDecodeError as error:
        # Some messages end in "at" ("Unterminated string starting at"): no "at at".
        message = error.msg.removesuffix(" at")
        return Rejection(origin, f"malformed JSON on line {number}: {message} at column {error.colno}")
    except (ValueError, RecursionError) as error:
        # An integer of more than 4300 digits, or arrays/objects nested thousands deep.
        problem = "nested too deeply" if isinstance(error, RecursionError) else str(error).split(":")[0]
        return Rejection(origin, f"malformed JSON on line {number}: {problem}")
    return parse_record(data, origin=origin, max_chars=max_chars)


def read_upload(
    name: str, content: bytes, *, max_chars: int, start: int = 0
) -> Iterator[tuple[int, Record | Rejection]]:
    """An uploaded file read as `manage.py ingest` reads a file of that name, its origins named after
    it ("batch.jsonl:2"): each article or rejection with the line it ends on, from line ``start + 1``.
    A .txt file is one article on line 1; a file of another kind one rejection.
    """
    if name.endswith(LINES_SUFFIXES):
        yield from _jsonl(BytesIO(content), name, max_chars=max_chars, start=start)
    elif start == 0 and name.endswith(".txt"):
        yield 1, _txt(content, name, max_chars=max_chars)
    elif start == 0:
        yield 1, Rejection(name, NOT_ARTICLES)


def upload_lines(name: str, content: bytes) -> int:
    """The lines read_upload goes through: b'{"body": "x"}\\n\\n{' has 3 as a .jsonl file, 1 as a .txt."""
    if not name.endswith(LINES_SUFFIXES) or not content:
        return 1
    return content.count(b"\n") + (not content.endswith(b"\n"))


def expand_paths(paths: Iterable[str | Path]) -> Iterator[Path | Rejection]:
    """Files as given and, for folders, every .txt, .jsonl and .ndjson below them in sorted order."""
    for given in map(Path, paths):
        if given.is_dir():
            yield from sorted(p for p in given.rglob("*") if p.is_file() and p.suffix in SUFFIXES)
        elif given.is_file():
            yield given if given.suffix in SUFFIXES else Rejection(str(given), NOT_ARTICLES)
        else:
            yield Rejection(str(given), "no such file or folder")


def read_paths(paths: Iterable[str | Path], *, max_chars: int) -> Iterator[Record | Rejection]:
    for item in expand_paths(paths):
        if isinstance(item, Rejection):
            yield item
            continue
        reader = read_txt if item.suffix == ".txt" else read_jsonl
        try:
            yield from reader(item, max_chars=max_chars)
        except OSError as error:
            yield Rejection(str(item), f"cannot read file: {error.strerror or error}")
