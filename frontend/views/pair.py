from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from claims import services
from claims.evidence import link_evidence
from claims.models import ClaimLink
from claims.roles import EDITOR, FACT_CHECKER, READER, has_role
from claims.selectors import link_detail
from claims.services.review import SKIP_SECONDS
from frontend.forms import DecisionForm
from frontend.labels import label
from frontend.views.common import error_text, role_required


def _link_or_404(pk: int) -> ClaimLink:
    try:
        return link_detail(pk)
    except ClaimLink.DoesNotExist:
        raise Http404 from None


def _conflict_text(error: services.ReviewConflict) -> str:
    state = error.state
    parts = [
        _("Someone changed this pair before your decision was saved."),
        _("Now: %(status)s.") % {"status": label("link_status", state.get("status"))},
    ]
    if state.get("leased_to"):
        parts.append(_("Held by %(user)s.") % {"user": state["leased_to"]})
    return " ".join(parts)


def _render_pair(request, pk: int, *, form=None, problem: str = "", status: int = 200):
    link = _link_or_404(pk)
    now = timezone.now()
    held = link.leased_to_id is not None and link.lease_until is not None and link.lease_until > now
    context = {
        "link": link,
        "evidence": link_evidence(link),
        "history": link.reviews.all(),
        "form": form or DecisionForm(),
        "problem": problem,
        "held_by_me": held and link.leased_to_id == request.user.pk,
        "held_by_other": held and link.leased_to_id != request.user.pk,
        "open": link.status in ("proposed", "second_review"),
        "can_review": has_role(request.user, FACT_CHECKER),
        "is_editor": has_role(request.user, EDITOR),
    }
    return render(request, "frontend/pair.html", context, status=status)


@role_required(READER)
def pair(request, pk: int):
    return _render_pair(request, pk)


@require_POST
@role_required(FACT_CHECKER)
def decide(request, pk: int):
    form = DecisionForm(request.POST)
    if not form.is_valid():
        return _render_pair(request, pk, form=form, problem=_("Choose a decision."), status=400)
    try:
        services.link_decide(link_id=pk, user=request.user, **form.cleaned_data)
    except services.ReviewConflict as error:
        return _render_pair(request, pk, form=form, problem=_conflict_text(error), status=409)
    except ValidationError as error:
        return _render_pair(request, pk, form=form, problem=error_text(error), status=400)
    except ClaimLink.DoesNotExist:
        raise Http404 from None
    messages.success(request, _saved_text(pk, form.cleaned_data))
    if form.cleaned_data["override"]:
        return redirect("frontend:pair", pk=pk)
    return _next_pair(request)


def _saved_text(pk: int, decided: dict) -> str:
    """ "Saved on pair 12: contradicts, claim 1 holds." with a link back to the pair."""
    what = str(label("relation", decided["decision"]))
    if decided["holds"]:
        what = f"{what} · {label('holds', decided['holds'])}"
    return format_html(
        '{} <a href="{}">{}</a>',
        _("Saved on pair %(pk)s: %(what)s.") % {"pk": pk, "what": what},
        reverse("frontend:pair", args=[pk]),
        _("Open it"),
    )


@require_POST
@role_required(FACT_CHECKER)
def release(request, pk: int):
    try:
        services.link_skip(link_id=pk, user=request.user)
    except services.ReviewConflict as error:
        return _render_pair(request, pk, problem=_conflict_text(error), status=409)
    except ClaimLink.DoesNotExist:
        raise Http404 from None
    minutes = SKIP_SECONDS // 60
    messages.info(
        request,
        _("Pair %(pk)s skipped: it stays out of your way for %(minutes)s minutes.")
        % {"pk": pk, "minutes": minutes},
    )
    return _next_pair(request)


def _next_pair(request):
    """The next pair for this reviewer, or the queue when nothing is left."""
    link = services.link_take_next(user=request.user)
    if link is None:
        messages.info(request, _("Nothing left to review with these filters."))
        return redirect("frontend:queue")
    return redirect("frontend:pair", pk=link.pk)
