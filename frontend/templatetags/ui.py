from __future__ import annotations

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from claims.linking.stems import variants
from claims.roles import has_role, role_of
from claims.text.normalize import normalize_key
from frontend import evidence, highlight, labels
from frontend.charts import Point, credibility_chart
from frontend.reasons import reason_text
from sources.selectors import UPHELD_SIDE

register = template.Library()


def _fold(word: str) -> tuple[str, ...]:
    return variants(normalize_key(word))


@register.filter
def label(value: str | None, group: str) -> str:
    return labels.label(group, value)


@register.filter
def shown(value: str | None) -> str:
    """Stored text without bidi controls, which could make "32" read "23" (see highlight.shown)."""
    return highlight.shown(value or "")


@register.filter
def reason(value: str | None) -> str:
    """An ingest or processing reason in the reader's language (frontend.reasons)."""
    return reason_text(value or "")


@register.filter
def bidi_controls(value: str | None) -> str:
    return " ".join(highlight.bidi_controls(value or ""))


@register.filter
def score(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


@register.filter
def evidence_rows(value: dict | None) -> list[tuple[str, str]]:
    return evidence.evidence_rows(value)


@register.simple_tag
def credibility_badge(source) -> SafeString:
    """The source's score as a coloured badge; the band is in the text too, not only the colour."""
    if source is None or source.score is None:
        return format_html('<span class="badge badge-none">{}</span>', _("not scored"))
    band = "low" if source.score < 0.4 else "high" if source.score >= 0.7 else "mid"
    interval = f"{source.score_low:.2f}–{source.score_high:.2f}" if source.score_low is not None else ""
    return format_html(
        '<span class="badge badge-{}" title="{}">{} {}</span>',
        band,
        interval,
        _("credibility"),
        score(source.score),
    )


def _number_marks(text: str, claim, conflicts: list[str], span: tuple[int, int]) -> list[highlight.Mark]:
    marks = []
    for number in claim.numbers or []:
        phrase = str(number.get("text") or "")
        css = "number conflict" if phrase in conflicts else "number"
        qualifier = labels.label("qualifier", number.get("qualifier"))
        marks += highlight.phrase_marks(text, phrase, css, label=str(qualifier), start=span[0], end=span[1])
    known = {str(n.get("text")) for n in claim.numbers or []}
    for phrase in conflicts:
        if phrase not in known:
            marks += highlight.phrase_marks(text, phrase, "number conflict", start=span[0], end=span[1])
    return marks


@register.simple_tag
def claim_passage(claim, link_evidence: dict | None, side: str) -> SafeString:
    """The claim inside its sentence and context, shared terms and numbers (conflicting ones apart) marked."""
    found = highlight.passage(
        claim.article.body,
        sentence=claim.sentence,
        sentence_start=claim.sentence_start,
        start=claim.start,
        end=claim.end,
        claim=claim.text,
    )
    link_evidence = link_evidence or {}
    marks = [highlight.Mark(*found.sentence, "sentence")]
    if found.claim:
        conflicts = [
            str(c.get(side)) for c in link_evidence.get("number_conflicts") or [] if isinstance(c, dict)
        ]
        marks.append(highlight.Mark(*found.claim, "claim"))
        terms = link_evidence.get("shared_terms") or []
        marks += highlight.term_marks(found.text, terms, _fold, start=found.claim[0], end=found.claim[1])
        marks += _number_marks(found.text, claim, conflicts, found.claim)
    low, high = highlight.in_view(found)
    before = highlight.render_range(found.text, marks, 0, low)
    after = highlight.render_range(found.text, marks, high, len(found.text))
    return format_html(
        "{}{}{}",
        _folded(("… " if found.cut_before else "") + before, _("text before")),
        mark_safe(highlight.render_range(found.text, marks, low, high)),
        _folded(after + (" …" if found.cut_after else ""), _("text after")),
    )


def _folded(html: str, summary: str) -> SafeString:
    """Context around the claim's sentence, closed until the reviewer opens it."""
    if not html.strip(" …"):
        return mark_safe("")
    return format_html('<details class="context"><summary>{}</summary>{}</details>', summary, mark_safe(html))


@register.simple_tag
def number_qualifiers(claim) -> list[tuple[str, str]]:
    """The claim's numbers that are not exact, with what qualifies them, shown beside the quote."""
    found = [
        (str(n.get("text") or ""), str(labels.label("qualifier", n.get("qualifier"))))
        for n in claim.numbers or []
    ]
    return [(text, qualifier) for text, qualifier in found if text and qualifier]


def _points(snapshots) -> list[Point]:
    return [Point(s.computed_at, s.score, s.low, s.high) for s in snapshots if s.score is not None]


@register.simple_tag
def credibility_chart_svg(source, sparkline: bool = False) -> SafeString:
    title = _("Credibility of %(name)s over time") % {"name": source.name}
    points = _points(source.history.all())
    if sparkline:
        return mark_safe(credibility_chart(points, title=title, width=120, height=32, axis=False))
    return mark_safe(credibility_chart(points, title=title))


@register.simple_tag
def outcome_for(link, source) -> str:
    """What a decided link means for ``source``: upheld, refuted or corroborated (blank when it cannot tell)."""
    side = 0 if link.claim_a.source_id == source.pk else 1
    if link.decided_relation == "corroborates":
        return labels.label("outcome", "corroborated")
    if link.decided_relation == "contradicts" and link.holds in UPHELD_SIDE:
        return labels.label("outcome", UPHELD_SIDE[link.holds][side])
    return labels.label("relation", link.decided_relation)


@register.simple_tag(takes_context=True)
def query(context, **changes) -> str:
    """The current query string with ``changes`` applied (None removes a key), for sort and page links."""
    params = context["request"].GET.copy()
    for key, value in changes.items():
        params.pop(key, None)
        if value is not None:
            params[key] = value
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else "?"


@register.simple_tag
def user_has_role(user, role: str) -> bool:
    return has_role(user, role)


@register.simple_tag
def user_role(user) -> str:
    return role_of(user) or ""
