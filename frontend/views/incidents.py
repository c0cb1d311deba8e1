from __future__ import annotations

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from claims.roles import EDITOR, READER, has_role
from frontend.labels import choices
from frontend.views.common import page_of, role_required
from incidents import services
from incidents.filters import IncidentFilter
from incidents.models import Incident
from incidents.selectors import incident_detail, incident_list


@role_required(READER)
def incidents(request):
    listed = incident_list()
    filtered = IncidentFilter(request.GET, queryset=listed)
    rows = (filtered.qs if filtered.is_valid() else listed.none()).order_by("-updated_at", "-id")
    context = {
        "page": page_of(rows, request),
        "kind": request.GET.get("kind", ""),
        "place": request.GET.get("place", ""),
        "kinds": choices("event_kind"),
    }
    return render(request, "frontend/incidents.html", context)


@role_required(READER)
def incident(request, pk: int):
    try:
        view = incident_detail(pk)
    except Incident.DoesNotExist:
        raise Http404 from None
    if view.incident.pk != pk:
        return redirect("frontend:incident", view.incident.pk)
    others = (
        incident_list().exclude(pk=pk).order_by("-updated_at")[:200] if has_role(request.user, EDITOR) else []
    )
    context = {
        "view": view,
        # Each claim with the earlier claim whose words it repeats, if any.
        "timeline": [(claim, view.copy_of.get(claim.pk)) for claim in view.claims],
        "incident": view.incident,
        "is_editor": has_role(request.user, EDITOR),
        "others": others,
        "changes": view.incident.changes.select_related("user", "other"),
    }
    return render(request, "frontend/incident.html", context)


def _ids(values: list[str]) -> list[int]:
    return [int(v) for v in values if v.isdigit() and len(v) <= 18]


@role_required(EDITOR)
@require_POST
def incident_merge(request, pk: int):
    merged = _ids([request.POST.get("merged_id", "")])
    try:
        services.incident_merge(target_id=pk, merged_id=merged[0] if merged else 0, user=request.user)
    except (Incident.DoesNotExist, ValueError):
        messages.error(request, _("Choose another incident that is not merged already."))
    else:
        messages.success(request, _("Incidents merged."))
    return redirect("frontend:incident", pk)


@role_required(EDITOR)
@require_POST
def incident_split(request, pk: int):
    try:
        new = services.incident_split(
            incident_id=pk, claim_ids=_ids(request.POST.getlist("claim")), user=request.user
        )
    except Incident.DoesNotExist:
        raise Http404 from None
    except ValueError:
        messages.error(request, _("Tick some of the incident's claims, but not all of them."))
        return redirect("frontend:incident", pk)
    messages.success(request, _("The ticked claims now form a new incident."))
    return redirect("frontend:incident", new.pk)
