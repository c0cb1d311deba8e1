"""Time the web page of one article holding N claims, on the embedded default.

usage: python bench/article_page.py [--claims N]   (from the repository root; N defaults to 10,000)

Database: always a SQLite file in the temp directory (``$TMPDIR/bench_article_page.sqlite3``),
migrated and flushed first, never the developer's db.sqlite3. The article is one sentence
repeated N times, one claim per sentence, claims spread over five sources. A reader's request
goes through Django's test client, the whole middleware stack included.

Prints one JSON line: ``first_ms`` (the process's first request, which also imports camel-tools,
templates and translations, about 2.5 s of it whatever the article), ``warm_ms`` (median of five
more), ``bytes`` and ``queries`` of one page.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.pop("DATABASE_URL", None)
os.environ["SQLITE_PATH"] = str(Path(tempfile.gettempdir()) / "bench_article_page.sqlite3")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from claims.models import Article, Claim  # noqa: E402
from claims.roles import READER  # noqa: E402
from sources.models import Source  # noqa: E402

SENTENCE = "قال المرصد السوري إن 19 مدنياً قتلوا في ريف إدلب يوم الخميس. "
CLAIM = "19 مدنياً قتلوا في ريف إدلب يوم الخميس"


def build(claims: int) -> Article:
    call_command("migrate", verbosity=0)
    call_command("flush", interactive=False, verbosity=0)
    article = Article.objects.create(
        body=SENTENCE * claims, title="bench", content_hash="bench", status="linked"
    )
    sources = [Source.objects.create(name=f"مصدر {n}") for n in range(5)]
    size, offset = len(SENTENCE), SENTENCE.index(CLAIM)
    Claim.objects.bulk_create(
        (
            Claim(
                article=article,
                index=i,
                start=i * size + offset,
                end=i * size + offset + len(CLAIM),
                text=CLAIM,
                sentence=SENTENCE.strip(),
                sentence_start=i * size,
                source=sources[i % 5],
                cue="قال",
                modality="assert",
            )
            for i in range(claims)
        ),
        batch_size=2000,
    )
    return article


def reader() -> Client:
    from django.contrib.auth.models import Group

    user = get_user_model().objects.create_user("bench-reader")
    user.groups.add(Group.objects.get_or_create(name=READER)[0])
    client = Client()
    client.force_login(user)
    return client


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=10_000)
    args = parser.parse_args(argv)
    article = build(args.claims)
    client, url = reader(), f"/articles/{article.pk}/"
    started = time.perf_counter()
    first = client.get(url)
    first_ms = (time.perf_counter() - started) * 1000
    times = []
    for _ in range(5):
        started = time.perf_counter()
        with CaptureQueriesContext(connection) as queries:
            page = client.get(url)
        times.append((time.perf_counter() - started) * 1000)
    assert first.status_code == page.status_code == 200, page.status_code
    result = {
        "claims": args.claims,
        "first_ms": round(first_ms),
        "warm_ms": round(statistics.median(times)),
        "bytes": len(page.content),
        "queries": len(queries),
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1:])
