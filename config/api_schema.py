"""Post-processing of the generated OpenAPI schema."""

from __future__ import annotations


def open_evidence(result: dict, **kwargs) -> dict:
    """The scorer's evidence documents its common keys and allows the others it writes."""
    result["components"]["schemas"]["EvidenceOutput"]["additionalProperties"] = True
    return result
