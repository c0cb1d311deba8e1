from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from claims import services
from claims.models import ClaimLink, LinkStatus, Relation
from claims.roles import EDITOR, FACT_CHECKER, READER, has_role
from claims.selectors import link_list, queue_links
from frontend.forms import BulkDecisionForm, QueueFilterForm
from frontend.views.common import error_text, page_of, role_required
from frontend.views.home import reader_home


def _count_table(filters: dict) -> dict:
    """Links by proposed relation (rows) and status (columns), with row totals."""
    rows = link_list(filters=filters).order_by().values("relation", "status").annotate(n=Count("pk"))
    found = {(row["relation"], row["status"]): row["n"] for row in rows}
    relations = [r for r in Relation.values if any(k[0] == r for k in found)]
    table = [(r, [(s, found.get((r, s), 0)) for s in LinkStatus.values]) for r in relations]
    return {
        "statuses": LinkStatus.values,
        "rows": [(r, cells, sum(n for _status, n in cells)) for r, cells in table],
    }


def _listed(filters: dict):
    """Waiting pairs, or with ?status=disputed the pairs reviewers disagree on (they wait for an editor)."""
    if filters.get("status") == LinkStatus.DISPUTED:
        return link_list(filters=filters)
    return queue_links(filters=filters)


@role_required(READER)
def queue(request):
    if not has_role(request.user, FACT_CHECKER):
        return reader_home(request)
    form = QueueFilterForm(request.GET or None)
    filters = form.filters()
    valid = filters is not None
    if not valid:
        messages.error(request, _("These filters are not valid: %(errors)s") % {"errors": _form_errors(form)})
        filters = {}
    try:
        page = page_of(_listed(filters) if valid else ClaimLink.objects.none(), request)
        counts = _count_table(filters)
    except ValidationError as error:
        messages.error(request, error_text(error))
        return redirect("frontend:queue")
    held = queue_links().filter(leased_to=request.user, lease_until__gt=timezone.now())
    context = {
        "form": form,
        "page": page,
        "counts": counts,
        "held": held,
        "disputed": filters.get("status") == LinkStatus.DISPUTED,
        "can_review": has_role(request.user, FACT_CHECKER),
        "is_editor": has_role(request.user, EDITOR),
    }
    return render(request, "frontend/queue.html", context)


def _form_errors(form) -> str:
    return " ".join(f"{form.fields[name].label}: {' '.join(errors)}" for name, errors in form.errors.items())


@require_POST
@role_required(FACT_CHECKER)
def take_next(request):
    filters = QueueFilterForm(request.POST).filters()
    if filters is None:
        messages.error(request, _("These filters are not valid."))
        return redirect("frontend:queue")
    link = services.link_take_next(user=request.user, filters=filters)
    if link is None:
        messages.info(request, _("Nothing left to review with these filters."))
        return redirect("frontend:queue")
    return redirect("frontend:pair", pk=link.pk)


@require_POST
@role_required(EDITOR)
def bulk_decide(request):
    ids = [int(v) for v in request.POST.getlist("links") if v.isdigit()]
    form = BulkDecisionForm(request.POST, link_ids=ids)
    if not form.is_valid():
        messages.error(request, _("Choose at least one pair and a decision."))
        return redirect("frontend:queue")
    data = form.cleaned_data
    try:
        reviews = services.links_bulk_decide(
            user=request.user, link_ids=data["links"], decision=data["decision"], note=data["note"]
        )
    except (ValidationError, services.ReviewConflict) as error:
        messages.error(request, error_text(error) if isinstance(error, ValidationError) else str(error))
        return redirect("frontend:queue")
    messages.success(request, _("%(count)d pairs decided.") % {"count": len(reviews)})
    return redirect("frontend:queue")
