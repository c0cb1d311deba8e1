"""Editors flag an article as contested and resolve their flags."""

from __future__ import annotations

from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from claims.models import Article, ClaimLink, Flag, FlagState
from claims.roles import EDITOR
from claims.services.guards import Conflict, require_role
from claims.text.normalize import strip_invisible
from hooks.services import emit


class FlagConflict(Conflict):
    """The flag is already resolved; ``state`` says by whom and when."""


def _required_text(name: str, value: str) -> str:
    value = value.strip()
    if not strip_invisible(value).strip():  # zero-width characters and bidi controls alone are blank
        raise ValidationError({name: ["this field may not be blank"]})
    return value


def _evidence_ids(article: Article, link_ids: Iterable[int]) -> list[int]:
    ids = sorted(set(link_ids))
    touching = ClaimLink.objects.filter(Q(claim_a__article=article) | Q(claim_b__article=article))
    found = set(touching.filter(pk__in=ids).values_list("pk", flat=True))
    foreign = [str(i) for i in ids if i not in found]
    if foreign:
        raise ValidationError({"link_ids": [f"no link of article {article.pk} with id {', '.join(foreign)}"]})
    return ids


@transaction.atomic
def article_flag(*, article_id: int, user, reason: str, link_ids: Iterable[int] = ()) -> Flag:
    require_role(user, EDITOR)
    reason = _required_text("reason", reason)
    article = Article.objects.only("id").get(pk=article_id)
    evidence = _evidence_ids(article, link_ids)
    flag = Flag.objects.create(article=article, raised_by=user, reason=reason)
    flag.links.set(evidence)
    raised = {"flag": flag.pk, "article": article.pk, "reason": reason, "raised_by": user.username}
    emit("flag.raised", raised | {"links": evidence, "created_at": flag.created_at})
    return flag


def flag_resolve(*, flag_id: int, user, resolution: str) -> Flag:
    require_role(user, EDITOR)
    resolution = _required_text("resolution", resolution)
    resolved = Flag.objects.filter(pk=flag_id, state=FlagState.OPEN).update(
        state=FlagState.RESOLVED, resolved_by=user, resolution=resolution, resolved_at=timezone.now()
    )
    flag = Flag.objects.select_related("raised_by", "resolved_by").get(pk=flag_id)
    if resolved != 1:
        state = {
            "state": flag.state,
            "resolved_by": flag.resolved_by.username if flag.resolved_by else None,
            "resolved_at": flag.resolved_at.isoformat() if flag.resolved_at else None,
        }
        raise FlagConflict("this flag is already resolved", state=state)
    resolved = {"flag": flag.pk, "article": flag.article_id, "resolution": flag.resolution}
    emit("flag.resolved", resolved | {"resolved_by": user.username, "resolved_at": flag.resolved_at})
    return flag
