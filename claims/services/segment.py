from __future__ import annotations

from django.conf import settings
from django.db import transaction

from claims.models import Article, Claim, Status
from claims.services.ingest import article_enqueue
from claims.services.link import claims_create
from claims.text.segment import segment
from hooks.services import emit
from sources.services import source_resolver

# Longest sentence stored whole with each of its claims.
SENTENCE_MAX_CHARS = 2000


def sentence_window(sentence: str, sentence_start: int, start: int, end: int) -> tuple[str, int]:
    """The sentence stored with a claim and where it starts in the body.

    A sentence over SENTENCE_MAX_CHARS (text without a full stop for pages) is cut to the claim
    and the text around it, up to that length: stored whole with each of its claims, one
    100,000-character sentence with 1,500 claims would store 150 million characters.
    """
    if len(sentence) <= SENTENCE_MAX_CHARS:
        return sentence, sentence_start
    claim_from, claim_to = start - sentence_start, end - sentence_start
    margin = max(0, SENTENCE_MAX_CHARS - (claim_to - claim_from)) // 2
    low = max(0, min(claim_from - margin, len(sentence) - SENTENCE_MAX_CHARS))
    high = max(claim_to, min(len(sentence), low + SENTENCE_MAX_CHARS))
    low = min(low, claim_from)
    return sentence[low:high], sentence_start + low


def _claim_rows(article: Article) -> list[Claim]:
    resolve = source_resolver()
    rows = []
    for span in segment(article.body, resolve=resolve.canonical_name):
        sentence, sentence_start = sentence_window(span.sentence, span.sentence_start, span.start, span.end)
        rows.append(
            Claim(
                article=article,
                index=span.index,
                start=span.start,
                end=span.end,
                sentence=sentence,
                sentence_start=sentence_start,
                text=span.claim,
                source=resolve.source_for(span.source_mention, span.source),
                source_mention=(span.source_mention or "")[:300],
                via=resolve.source_for(span.via_mention, span.via),
                via_mention=(span.via_mention or "")[:300],
                cue=(span.cue or "")[:100],
                modality=span.modality,
                numbers=[number_json(n) for n in span.numbers],
            )
        )
    return rows


def number_json(number) -> dict:
    return {
        "value": number.value,
        "text": number.text,
        "qualifier": number.qualifier,
        "counted": number.counted,
    }


def too_many_claims(count: int, limit: int) -> str:
    """The error stored on an article refused at segmentation: "this article yields 5210 claims,
    more than the 5000 allowed"."""
    return f"this article yields {count} claims, more than the {limit} allowed"


def article_segment(*, article_id: int) -> bool:
    """Split a pending article into claims. Returns False when there is nothing to do.

    An article yielding more than ARTICLE_MAX_CLAIMS claims (a page of tables or lists read as
    thousands of sentences) fails with a message saying so, none of its claims stored.
    """
    with transaction.atomic():
        article = Article.objects.select_for_update().filter(pk=article_id, status=Status.PENDING).first()
        if article is None:
            return False
        Claim.objects.filter(article=article).delete()
        rows = _claim_rows(article)
        if len(rows) > settings.ARTICLE_MAX_CLAIMS:
            article.status = Status.FAILED
            article.error = too_many_claims(len(rows), settings.ARTICLE_MAX_CLAIMS)
            article.save(update_fields=["status", "error", "updated_at"])
            return True
        claims_create(rows)
        article.status = Status.SEGMENTED
        article.error = ""
        article.save(update_fields=["status", "error", "updated_at"])
        transaction.on_commit(lambda: article_enqueue(article=article))
    return True


def article_fail(*, article_id: int, error: str) -> None:
    failed = (
        Article.objects.filter(pk=article_id)
        .exclude(status=Status.LINKED)
        .update(status=Status.FAILED, error=error[:2000])
    )
    if failed:
        emit(
            "article.processed", {"article": article_id, "status": Status.FAILED.value, "error": error[:2000]}
        )
