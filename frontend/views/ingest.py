from __future__ import annotations

import re
import tempfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from django.conf import settings
from django.shortcuts import redirect, render

from claims import services
from claims.ingestion import Record, Rejection, parse_record, read_paths
from claims.roles import FACT_CHECKER
from claims.selectors import article_list
from frontend.forms import IngestForm
from frontend.reasons import PASTED, origin_text, reason_text
from frontend.views.common import role_required

SESSION_KEY = "frontend:ingest"
# Rows kept in the session for the result table; a file with more lines is summarised by counts.
ROWS_KEPT = 500
DONE = ("linked", "failed")
UNSAFE = re.compile(r"[^\w.\- ]+")


def _safe_name(name: str) -> str:
    return UNSAFE.sub("_", Path(name).name)[:100].strip(" .") or "upload"


def _uploaded(upload) -> Iterator[Record | Rejection]:
    """Read the upload with the same reader as `manage.py ingest`, its origins named after the upload."""
    name = _safe_name(upload.name)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        with path.open("wb") as out:
            for chunk in upload.chunks():
                out.write(chunk)
        for item in read_paths([path], max_chars=settings.INGEST_MAX_BODY_CHARS):
            yield replace(item, origin=item.origin.replace(str(path), name, 1))


def _items(form: IngestForm) -> Iterator[Record | Rejection]:
    if form.cleaned_data["upload"]:
        yield from _uploaded(form.cleaned_data["upload"])
    if form.cleaned_data["body"].strip():
        yield parse_record(form.payload(), origin=PASTED, max_chars=settings.INGEST_MAX_BODY_CHARS)


def _row(item: Record | Rejection) -> dict:
    if isinstance(item, Rejection):
        return {"origin": item.origin, "outcome": "rejected", "reason": item.reason, "article": None}
    result = services.article_ingest(record=item)
    return {
        "origin": item.origin,
        "outcome": result.outcome,
        "reason": result.reason,
        "article": result.article.pk,
    }


def _ingest(form: IngestForm) -> dict:
    counts = {"new": 0, "duplicate": 0, "rejected": 0}
    rows = []
    for item in _items(form):
        row = _row(item)
        counts[row["outcome"]] += 1
        if len(rows) < ROWS_KEPT:
            rows.append(row)
    return {"counts": counts, "rows": rows, "omitted": sum(counts.values()) - len(rows)}


def _with_status(result: dict | None) -> dict | None:
    if not result:
        return None
    ids = [row["article"] for row in result["rows"] if row["article"]]
    articles = {
        a["pk"]: a
        for a in article_list().filter(pk__in=ids).values("pk", "title", "status", "error", "claim_count")
    }
    rows = [
        {
            **row,
            "state": articles.get(row["article"]),
            "origin_text": origin_text(row["origin"]),
            "reason_text": reason_text(row["reason"]),
        }
        for row in result["rows"]
    ]
    done = all(state["status"] in DONE for row in rows if (state := row["state"]))
    return {**result, "rows": rows, "done": done}


@role_required(FACT_CHECKER)
def ingest(request):
    form = IngestForm(request.POST, request.FILES) if request.method == "POST" else IngestForm()
    if form.is_bound and form.is_valid():
        request.session[SESSION_KEY] = _ingest(form)
        return redirect("frontend:ingest")
    result = _with_status(request.session.get(SESSION_KEY))
    return render(request, "frontend/ingest.html", {"form": form, "result": result})


@role_required(FACT_CHECKER)
def ingest_status(request):
    result = _with_status(request.session.get(SESSION_KEY))
    return render(request, "frontend/_ingest_status.html", {"result": result})
