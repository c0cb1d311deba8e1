from __future__ import annotations

from django.contrib import messages
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from claims.roles import EDITOR, READER, has_role
from claims.selectors import claim_list, decided_links
from frontend.forms import MergeForm
from frontend.labels import choices
from frontend.views.common import page_of, role_required
from sources import services
from sources.filters import SourceFilter
from sources.models import CredibilitySnapshot, Source, SourceMerge
from sources.selectors import merge_suggestions, source_detail, source_junk_reason, source_list

SORTS = ("name", "-score", "score", "-claim_count", "claim_count")
CLAIMS_SHOWN = 100


@role_required(READER)
def sources(request):
    history = Prefetch("history", queryset=CredibilitySnapshot.objects.order_by("computed_at"))
    listed = source_list().prefetch_related(history)
    filtered = SourceFilter(request.GET, queryset=listed)
    rows = filtered.qs if filtered.is_valid() else listed.none()
    if not request.GET.get("ordering"):
        rows = rows.order_by("name")
    context = {
        "page": page_of(rows, request),
        "ordering": request.GET.get("ordering", "name"),
        "q": request.GET.get("q", ""),
        "kind": request.GET.get("kind", ""),
        "kinds": choices("kind"),
    }
    return render(request, "frontend/sources.html", context)


def _render_source(request, pk: int, *, status: int = 200):
    try:
        source = source_detail(pk)
    except Source.DoesNotExist:
        raise Http404 from None
    is_editor = has_role(request.user, EDITOR)
    others = source_list().exclude(pk=pk).order_by("name").values_list("pk", "name") if is_editor else []
    context = {
        "source": source,
        "claims": claim_list().filter(source_id=pk).order_by("-article__published_at", "-id")[:CLAIMS_SHOWN],
        "outcomes": decided_links(filters={"source": pk}),
        "merges": source.merges_in.all(),
        "merge_form": MergeForm(sources=list(others)),
        "is_editor": is_editor,
        "junk": source_junk_reason(source),
        "suggestions": merge_suggestions(pk) if is_editor else [],
        "others": others,
    }
    return render(request, "frontend/source.html", context, status=status)


@role_required(READER)
def source(request, pk: int):
    return _render_source(request, pk)


@require_POST
@role_required(EDITOR)
def merge(request, pk: int):
    merged = request.POST.get("merged", "")
    if not merged.isdigit():
        messages.error(request, _("Choose the source to merge."))
        return redirect("frontend:source", pk=pk)
    try:
        services.source_merge(target_id=pk, merged_id=int(merged), user=request.user)
    except Source.DoesNotExist:
        messages.error(request, _("That source no longer exists or was already merged."))
    except ValueError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Sources merged. Scores are being recomputed."))
    return redirect("frontend:source", pk=pk)


@require_POST
@role_required(EDITOR)
def merge_undo(request, source: int, pk: int):
    try:
        services.source_merge_undo(merge_id=pk, user=request.user)
    except SourceMerge.DoesNotExist:
        raise Http404 from None
    except ValueError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Merge undone."))
    return _back(request, reverse("frontend:source", args=[source]))


def _back(request, fallback: str):
    """To the page the form was on (the article whose panel it was) when it says so, else ``fallback``."""
    wanted = request.POST.get("next", "")
    safe = url_has_allowed_host_and_scheme(wanted, {request.get_host()}, request.is_secure())
    return redirect(wanted if wanted and safe else fallback)


def _chosen(request, field: str) -> int | None:
    value = request.POST.get(field, "")
    return int(value) if value.isdigit() else None


@require_POST
@role_required(EDITOR)
def merge_into(request, pk: int):
    """Merge this source into the one chosen: the other way round from ``merge``, as a junk source's page asks."""
    target = _chosen(request, "target")
    if target is None:
        messages.error(request, _("Choose the source to merge into."))
        return _back(request, reverse("frontend:source", args=[pk]))
    try:
        record = services.source_merge(target_id=target, merged_id=pk, user=request.user)
    except Source.DoesNotExist:
        messages.error(request, _("That source no longer exists or was already merged."))
        return _back(request, reverse("frontend:source", args=[pk]))
    except ValueError as error:
        messages.error(request, str(error))
        return _back(request, reverse("frontend:source", args=[pk]))
    messages.success(
        request,
        _("«%(merged)s» merged into «%(target)s». Scores are being recomputed.")
        % {"merged": record.merged.name, "target": record.target.name},
    )
    return _back(request, reverse("frontend:source", args=[target]))


@require_POST
@role_required(EDITOR)
def delete(request, pk: int):
    """Delete a source; its claims go to the source chosen, or become unattributed."""
    try:
        record = services.source_delete(
            source_id=pk, user=request.user, reattach_to_id=_chosen(request, "reattach_to"), reason="editor"
        )
    except Source.DoesNotExist:
        messages.error(request, _("That source no longer exists or was already merged."))
        return _back(request, reverse("frontend:sources"))
    except services.SourceInUse:
        messages.error(
            request,
            _("A source of the registry, or one with merges recorded, is merged rather than deleted."),
        )
        return _back(request, reverse("frontend:source", args=[pk]))
    except ValueError as error:
        messages.error(request, str(error))
        return _back(request, reverse("frontend:source", args=[pk]))
    if record.reattached_to:
        text = _("«%(name)s» deleted; its %(count)s claims now cite «%(target)s».")
    else:
        text = _("«%(name)s» deleted; its %(count)s claims are now unattributed.")
    count = len(record.claims)
    target = record.reattached_to.name if record.reattached_to else ""
    messages.success(request, text % {"name": record.source_name, "count": count, "target": target})
    return _back(request, reverse("frontend:sources"))
