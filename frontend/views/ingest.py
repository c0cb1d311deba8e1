from __future__ import annotations

import re
from pathlib import Path

from django.conf import settings
from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _

from claims import services
from claims.ingestion import Record, Rejection, parse_record
from claims.models import IngestJob, JobStatus, Status
from claims.roles import FACT_CHECKER
from claims.selectors import (
    article_list,
    ingest_job_failed_articles,
    ingest_job_list,
    ingest_job_processing,
)
from frontend.forms import IngestForm
from frontend.reasons import PASTED, origin_text, reason_text
from frontend.views.common import role_required

SESSION_KEY = "frontend:ingest"
DONE = ("linked", "failed")
UNSAFE = re.compile(r"[^\w.\- ]+")
RECENT_JOBS = 10


def _safe_name(name: str) -> str:
    return UNSAFE.sub("_", Path(name).name)[:100].strip(" .") or "upload"


def _upload_job(request, upload) -> IngestJob:
    """The upload as a background job (claims.services.ingest_job), its lines named after the file."""
    content = b"".join(upload.chunks())
    job = services.ingest_job_create(user=request.user, file_name=_safe_name(upload.name), content=content)
    link = format_html('<a href="{}">{}</a>', reverse("frontend:ingest_job", args=[job.pk]), job.file_name)
    messages.info(
        request,
        format_html(_("{} is being ingested in the background; its page shows how far it got."), link),
    )
    return job


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


def _ingest_pasted(form: IngestForm) -> dict:
    item = parse_record(form.payload(), origin=PASTED, max_chars=settings.INGEST_MAX_BODY_CHARS)
    row = _row(item)
    counts = {"new": 0, "duplicate": 0, "rejected": 0, row["outcome"]: 1}
    return {"counts": counts, "rows": [row], "omitted": 0}


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
        if form.cleaned_data["upload"]:
            _upload_job(request, form.cleaned_data["upload"])
        if form.cleaned_data["body"].strip():
            request.session[SESSION_KEY] = _ingest_pasted(form)
        return redirect("frontend:ingest")
    context = {
        "form": form,
        "result": _with_status(request.session.get(SESSION_KEY)),
        "jobs": ingest_job_list().filter(created_by=request.user)[:RECENT_JOBS],
    }
    return render(request, "frontend/ingest.html", context)


@role_required(FACT_CHECKER)
def ingest_status(request):
    result = _with_status(request.session.get(SESSION_KEY))
    return render(request, "frontend/_ingest_status.html", {"result": result})


def _job_context(pk: int) -> dict:
    try:
        job = ingest_job_list().get(pk=pk)
    except IngestJob.DoesNotExist:
        raise Http404 from None
    processing = ingest_job_processing(job.pk)
    waiting = processing[Status.PENDING] + processing[Status.SEGMENTED]
    finished = job.status in (JobStatus.DONE, JobStatus.FAILED)
    problems = [
        {**row, "origin_text": origin_text(row["origin"]), "reason_text": reason_text(row["reason"])}
        for row in job.problems
    ]
    return {
        "job": job,
        "percent": 100 if job.status == JobStatus.DONE else job.lines_read * 100 // max(job.lines_total, 1),
        "processing": processing,
        "failed_articles": ingest_job_failed_articles(job.pk) if processing[Status.FAILED] else [],
        "problems": problems,
        "unlisted": job.duplicate_count + job.rejected_count - len(problems),
        "done": finished and not waiting,
    }


@role_required(FACT_CHECKER)
def ingest_job(request, pk: int):
    return render(request, "frontend/ingest_job.html", _job_context(pk))


@role_required(FACT_CHECKER)
def ingest_job_status(request, pk: int):
    return render(request, "frontend/_ingest_job_status.html", _job_context(pk))
