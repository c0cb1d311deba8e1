from __future__ import annotations

from django.contrib import messages
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import redirect, render
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
from sources.selectors import source_detail, source_list

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
    return redirect("frontend:source", pk=source)
