"""The link scorer's evidence as (label, text) rows; keys nobody described are shown as they come."""

from __future__ import annotations

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from frontend.labels import label

NAMES = {
    "similarity": gettext_lazy("word overlap"),
    "shared_terms": gettext_lazy("shared terms"),
    "number_conflicts": gettext_lazy("conflicting numbers"),
    "number_agreements": gettext_lazy("agreeing numbers"),
    "reversals": gettext_lazy("opposite words"),
    "same_sense": gettext_lazy("same meaning, other words"),
    "orphan_polarity": gettext_lazy("one-sided change words"),
    "negation": gettext_lazy("negation on one side"),
    "modalities": gettext_lazy("denial against claim"),
    "place_mismatch": gettext_lazy("different places"),
    "entity_mismatch": gettext_lazy("different names"),
}


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


def _format(key: str, value: object) -> str:
    if key == "similarity" and isinstance(value, int | float):
        return f"{value * 100:.0f}%"
    if key == "number_conflicts" and isinstance(value, list):
        return "، ".join(f"{c.get('a')} ≠ {c.get('b')}" if isinstance(c, dict) else _plain(c) for c in value)
    if key == "reversals":
        return _pairs(value, "↔")
    if key in ("place_mismatch", "entity_mismatch"):
        return _pairs(value, "≠")
    if key == "negation":
        return _sides(value)
    if key == "modalities":
        return _sides(value, lambda m: str(label("modality", m)))
    return _plain(value)


def evidence_rows(evidence: dict | None) -> list[tuple[str, str]]:
    """[("shared terms", "مقتل، مدني، ادلب"), ("conflicting numbers", "19 مدنياً ≠ 23 مدنياً"), …]"""
    return [(str(NAMES.get(key, key)), _format(key, value)) for key, value in (evidence or {}).items()]
