"""Pages anyone may read without an account: the published review of a claim."""

from __future__ import annotations

import json

from django.conf import settings
from django.http import Http404
from django.shortcuts import render
from django.utils import translation
from django.utils.safestring import mark_safe

from claims.claimreview import claim_review as claim_review_document
from claims.claimreview import claim_verdict, page_path
from claims.models import Claim
from claims.rating import RATINGS
from claims.selectors import reviewed_claims

# JSON inside <script> must not be able to close the element or open a comment.
SCRIPT_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}


def _language(request) -> str:
    """The page's language is in its address (?lang=en), so a review's url names one language."""
    chosen = request.GET.get("lang")
    return chosen if chosen in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def claim_review(request, pk: int):
    language = _language(request)
    translation.activate(language)
    request.LANGUAGE_CODE = language
    try:
        verdict = claim_verdict(reviewed_claims().get(pk=pk))
    except Claim.DoesNotExist:
        verdict = None
    if verdict is None:
        raise Http404
    url = request.build_absolute_uri(page_path(pk, language))
    document = claim_review_document(verdict, url=url, author=settings.CLAIMREVIEW_AUTHOR, language=language)
    other = "en" if language == "ar" else "ar"
    context = {
        "verdict": verdict,
        "claim": verdict.claim,
        "rating": RATINGS[verdict.rating],
        "rating_name": RATINGS[verdict.rating].name(language),
        "review": document,
        "review_json": mark_safe(json.dumps(document, ensure_ascii=False).translate(SCRIPT_ESCAPES)),
        "other_language": other,
        "other_url": page_path(pk, other),
    }
    return render(request, "frontend/claim_review.html", context)
