"""The link scorer's evidence as (label, text) rows; keys nobody described are shown as they come.

The evidence given is already oriented (claims.evidence): "a" is claim 1, "b" claim 2.
"""

from __future__ import annotations

from django.utils.html import format_html_join
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from frontend.labels import label

NAMES = {
    "similarity": gettext_lazy("word overlap"),
    "shared_terms": gettext_lazy("shared terms"),
    "number_conflicts": gettext_lazy("conflicting numbers"),
    "number_agreements": gettext_lazy("agreeing numbers"),
    "reversals": gettext_lazy("opposite words"),
    "converse": gettext_lazy("one event told by its two sides"),
    "same_sense": gettext_lazy("same meaning, other words"),
    "orphan_polarity": gettext_lazy("one-sided change words"),
    "dissent": gettext_lazy("refusal or failure on one side"),
    "negation": gettext_lazy("negation on one side"),
    "modalities": gettext_lazy("denial against claim"),
    "denial": gettext_lazy("denies the event the other reports"),
    "place_mismatch": gettext_lazy("different places"),
    "entity_mismatch": gettext_lazy("different names"),
    "incident_anchors": gettext_lazy("same incident"),
    "incident_clashes": gettext_lazy("different incidents"),
    "same_publisher": gettext_lazy("same publisher"),
    "repeats": gettext_lazy("shown already by link"),
    "copy": gettext_lazy("one text"),
    "perpetrators": gettext_lazy("different attackers"),
    "versions": gettext_lazy("chemical attack against a strike on a chemicals store"),
    "refers": gettext_lazy("the report a denial refers to"),
}
ANCHORS = {
    "places": gettext_lazy("place"),
    "day": gettext_lazy("same day"),
    "terms": gettext_lazy("rare words both use"),
    "kind": gettext_lazy("same kind of event"),
}
CLASHES = {
    "kind": gettext_lazy("another kind of event"),
    "day": gettext_lazy("another day"),
    "place": gettext_lazy("another place"),
}

# Which claim is "a" and which "b": bookkeeping for readers of the API, not a reason for the link.
HIDDEN = ("claims",)


def _plain(value: object) -> str:
    if isinstance(value, dict):
        return "; ".join(f"{key}: {_plain(item)}" for key, item in value.items())
    if isinstance(value, list | tuple):
        return "، ".join(_plain(item) for item in value)
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


def _pairs(value: object, sign: str) -> str:
    if not isinstance(value, list):
        return _plain(value)
    return "، ".join(
        f" {sign} ".join(map(str, pair)) if isinstance(pair, list) else _plain(pair) for pair in value
    )


def _side_text(side: object, fmt) -> str:
    return "، ".join(map(fmt, side)) if isinstance(side, list) else fmt(side)


def _sides(value: object, fmt=str) -> str:
    if isinstance(value, dict):
        first, second = value.get("a") or [], value.get("b") or []
    elif isinstance(value, list) and len(value) == 2:
        first, second = value
    else:
        return _plain(value)
    one, two = _("claim 1"), _("claim 2")
    return f"{one}: {_side_text(first, fmt) or '—'} / {two}: {_side_text(second, fmt) or '—'}"


def _conflicts(conflicts: list[dict]) -> str:
    """Each conflict in the legend's red, claim 1's figure first."""
    mark = '<mark class="number conflict">{}</mark> ≠ <mark class="number conflict">{}</mark>'
    return format_html_join("، ", mark, ((c.get("a"), c.get("b")) for c in conflicts))


def _format(key: str, value: object) -> str:
    if key == "similarity" and isinstance(value, int | float):
        return f"{value * 100:.0f}%"
    if key == "number_conflicts" and isinstance(value, list) and all(isinstance(c, dict) for c in value):
        return _conflicts(value)
    if key in ("reversals", "converse"):
        return _pairs(value, "↔")
    if key in ("place_mismatch", "entity_mismatch"):
        return _pairs(value, "≠")
    if key in ("negation", "refers"):
        return _sides(value)
    if key == "modalities":
        return _sides(value, lambda m: str(label("modality", m)))
    if key == "perpetrators":
        return _sides(value, lambda camp: str(label("camp", camp)))
    if key == "versions":
        return _sides(value, lambda version: str(label("version", version)))
    if key == "incident_anchors" and isinstance(value, dict):
        return "؛ ".join(_anchor(name, item) for name, item in value.items())
    if key == "incident_clashes" and isinstance(value, list):
        return "، ".join(str(CLASHES.get(item, item)) for item in value)
    if key == "repeats":
        return f"#{value}" if value else _("another pair of this article")
    if key == "same_publisher":
        return _("one publisher's own reports: not independent")
    if key == "denial" and value in ("a", "b"):
        return str(_("claim 1") if value == "a" else _("claim 2"))
    if key == "copy":
        return _("both outlets carry the same wording (a wire report): not independent")
    return _plain(value)


def _anchor(name: str, value: object) -> str:
    title = str(ANCHORS.get(name, name))
    if name == "kind" and isinstance(value, str):
        return f"{title}: {label('event_kind', value)}"
    return title if value is True else f"{title}: {_plain(value)}"


def evidence_rows(evidence: dict | None) -> list[tuple[str, str]]:
    """[("shared terms", "مقتل، مدني، ادلب"), ("conflicting numbers", "19 مدنياً ≠ 23 مدنياً"), …]"""
    return [
        (str(NAMES.get(key, key)), _format(key, value))
        for key, value in (evidence or {}).items()
        if key not in HIDDEN
    ]
