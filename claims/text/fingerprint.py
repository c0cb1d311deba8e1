"""Content fingerprint used to recognise the same report ingested twice."""

from __future__ import annotations

import hashlib
import re

from claims.text.normalize import normalize_key

TEMPLATE = re.compile(r"\{\{[^{}\n]{0,200}\}\}|\{%[^{}\n]{0,200}%\}")
NOISE_LINE = re.compile(r"^[\s{}\[\]()0-9.,،:;\-|]*$")


def content_fingerprint(body: str) -> str:
    """sha256 of the body with template noise, repeated paragraphs and layout removed.

    "فقرة.\\n\\n{{ article.visit_count }}\\nفقرة." and "فقرة." give the same fingerprint.
    """
    seen: set[str] = set()
    kept: list[str] = []
    for line in TEMPLATE.sub(" ", body).splitlines():
        key = normalize_key(line)
        if NOISE_LINE.match(key) or key in seen:
            continue
        seen.add(key)
        kept.append(key)
    return hashlib.sha256("\n".join(kept).encode("utf-8")).hexdigest()
