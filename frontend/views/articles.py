from __future__ import annotations

from collections import defaultdict

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Prefetch, Q
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from claims import services
from claims.filters import ArticleFilter
from claims.models import Article, Flag
from claims.roles import EDITOR, READER, has_role
from claims.selectors import (
    article_claims,
    article_list,
    article_source_ids,
    article_with_flags,
    contested_articles,
    link_list,
    open_flag_list,
)
from frontend import highlight
from frontend.forms import FlagForm, ResolveForm
from frontend.highlight import bidi_controls, shown
from frontend.labels import label
from frontend.views.common import error_text, page_of, role_required
from sources.models import Source
from sources.selectors import article_merges, source_junk_reason

PALETTE_SIZE = 8
CLAIMS_PER_PAGE = 200


@role_required(READER)
def articles(request):
    filtered = ArticleFilter(request.GET, queryset=article_list().order_by("-created_at", "-id"))
    page = page_of(filtered.qs if filtered.is_valid() else article_list().none(), request)
    return render(request, "frontend/articles.html", {"page": page, "q": request.GET.get("q", "")})


def _colours(source_ids: list[int | None]) -> tuple[dict, list]:
    """A palette index per source, in order of first appearance, and the legend that explains it."""
    sources = Source.objects.in_bulk([pk for pk in source_ids if pk is not None])
    colours = {pk: n % PALETTE_SIZE for n, pk in enumerate(source_ids)}
    return colours, [(sources.get(pk), colours[pk]) for pk in source_ids]


def _shown_span(body: str, claims: list, page) -> tuple[int, int]:
    """The part of the body this page of claims covers: from the first claim's sentence to the last one's."""
    if not claims:
        return 0, len(body)
    low = 0 if not page.has_previous() else min(min(c.sentence_start, c.start) for c in claims)
    high = len(body)
    if page.has_next():
        high = max(max(c.sentence_start + len(c.sentence), c.end) for c in claims)
    return max(low, 0), min(high, len(body))


def _split_legend(legend: list) -> tuple[list, list]:
    """The legend's names, and the mentions hidden from it: sources whose name is a verb, a clause or
    a common noun («عثر», «الموقع»), each with why (sources.naming)."""
    shown, hidden = [], []
    for source, colour in legend:
        reason = source_junk_reason(source) if source is not None else None
        if reason:
            hidden.append((source, colour, reason))
        else:
            shown.append((source, colour))
    return shown, hidden


def _article_text(body: str, claims, colours: dict[int | None, int], low: int, high: int) -> SafeString:
    """``body[low:high]`` with every claim span coloured by its source and linked to its entry."""
    marks = [
        highlight.Mark(
            claim.start,
            claim.end,
            f"span src-{colours.get(claim.source_id, 0)}",
            href=f"#claim-{claim.pk}",
            title=claim.source.name if claim.source else _("unattributed"),
        )
        for claim in claims
    ]
    html = highlight.render_range(body, marks, low, high)
    return mark_safe(("… " if low > 0 else "") + html + (" …" if high < len(body) else ""))


def _links_by_claim(links) -> dict[int, list]:
    grouped = defaultdict(list)
    for link in links:
        grouped[link.claim_a_id].append((link, link.claim_b))
        grouped[link.claim_b_id].append((link, link.claim_a))
    return grouped


def _pair_choice(link) -> str:
    """ "Pair 3 · decided: contradicts · المرصد: 19 مدنياً قتلوا…", so an editor knows what they cite."""
    if link.decided_relation:
        state = _("decided: %(relation)s") % {"relation": label("relation", link.decided_relation)}
    else:
        state = _("proposed: %(relation)s") % {"relation": label("relation", link.relation)}
    claims = " ↔ ".join(_claim_line(claim) for claim in (link.claim_a, link.claim_b))
    return f"{_('Pair %(pk)s') % {'pk': link.pk}} · {state} · {claims}"


def _claim_line(claim) -> str:
    text = shown(claim.text)
    text = text if len(text) <= 60 else text[:59] + "…"
    return f"{claim.source.name}: {text}" if claim.source else text


def _render_article(request, pk: int, *, flag_form=None, status: int = 200):
    try:
        article = article_with_flags(pk)
    except Article.DoesNotExist:
        raise Http404 from None
    # A page of claims and the text they cover, so a 20,000-claim article costs what 200 claims do.
    page = Paginator(article_claims(pk), CLAIMS_PER_PAGE).get_page(request.GET.get("page"))
    claims = list(page)
    ids = [claim.pk for claim in claims]
    links = list(link_list().filter(Q(claim_a_id__in=ids) | Q(claim_b_id__in=ids)))
    colours, legend = _colours(article_source_ids(pk))
    legend, hidden = _split_legend(legend)
    is_editor = has_role(request.user, EDITOR)
    by_claim = _links_by_claim(links)
    choices = [(link.pk, _pair_choice(link)) for link in links]
    low, high = _shown_span(article.body, claims, page)
    context = {
        "article": article,
        "bidi_controls": bidi_controls(article.title + article.body),
        "claims": [(claim, colours[claim.source_id], by_claim.get(claim.pk, [])) for claim in claims],
        "page": page,
        "text": _article_text(article.body, claims, colours, low, high),
        "legend": legend,
        "hidden": hidden,
        "suggestions": [source for source, _colour in legend if source is not None],
        "merges": article_merges(pk) if is_editor else [],
        "flags": article.flags.all(),
        "flag_form": flag_form or FlagForm(link_choices=choices),
        "is_editor": is_editor,
    }
    return render(request, "frontend/article.html", context, status=status)


@role_required(READER)
def article(request, pk: int):
    return _render_article(request, pk)


def _to_flags(pk: int):
    """Back to the article's flags, where the message is, rather than the top of a long article."""
    return redirect(reverse("frontend:article", args=[pk]) + "#flags")


@require_POST
@role_required(EDITOR)
def flag(request, pk: int):
    choices = [
        (link_id, link_id) for link_id in link_list(filters={"article": pk}).values_list("pk", flat=True)
    ]
    form = FlagForm(request.POST, link_choices=choices)
    if not form.is_valid():
        return _render_article(request, pk, flag_form=form, status=400)
    try:
        services.article_flag(
            article_id=pk,
            user=request.user,
            reason=form.cleaned_data["reason"],
            link_ids=form.cleaned_data["links"],
        )
    except Article.DoesNotExist:
        raise Http404 from None
    except ValidationError as error:
        messages.error(request, error_text(error))
        return _to_flags(pk)
    messages.success(request, _("Article flagged as contested."))
    return _to_flags(pk)


@require_POST
@role_required(EDITOR)
def resolve(request, article: int, pk: int):
    form = ResolveForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Write how the flag was resolved."))
        return _to_flags(article)
    try:
        services.flag_resolve(flag_id=pk, user=request.user, resolution=form.cleaned_data["resolution"])
    except Flag.DoesNotExist:
        raise Http404 from None
    except services.FlagConflict as error:
        messages.error(
            request,
            _("This flag was already resolved by %(user)s.") % {"user": error.state.get("resolved_by")},
        )
    except ValidationError as error:
        messages.error(request, error_text(error))
    else:
        messages.success(request, _("Flag resolved."))
    return _to_flags(article)


# Readers may see what is contested, as the API lets them; only editors flag and resolve.
@role_required(READER)
def contested(request):
    open_flags = Prefetch("flags", queryset=open_flag_list().order_by("-id"), to_attr="open_flags")
    ordered = contested_articles().order_by("-open_flag_count", "-contradiction_count", "-id")
    page = page_of(ordered.prefetch_related(open_flags), request)
    return render(request, "frontend/contested.html", {"page": page})
