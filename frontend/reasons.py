"""Ingest and processing reasons in the reader's language.

claims.ingestion, the ingest service and the segmentation stage word their reasons in English for
the command line and the API; the web pages match those wordings here. A reason nobody matched is
shown as it comes.
"""

from __future__ import annotations

import re

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

PASTED = "pasted in the web form"
FIELDS = {
    "url": gettext_lazy("address (URL)"),
    "title": gettext_lazy("title"),
    "body": gettext_lazy("article text"),
    "publisher": gettext_lazy("publisher"),
    "published_at": gettext_lazy("publication date"),
}
PATTERNS = (
    (r"same URL as article (?P<id>\d+)", gettext_lazy("same address as article %(id)s")),
    (r"same content as article (?P<id>\d+)", gettext_lazy("same content as article %(id)s")),
    (
        r"published_at (?P<value>.*) is not an ISO 8601 date such as .*",
        gettext_lazy(
            "the publication date %(value)s is not a date such as 2018-03-05 or 2018-03-05T14:00:00Z"
        ),
    ),
    (r"(?P<field>\w+) is missing", gettext_lazy("%(field)s is missing")),
    (r"(?P<field>\w+) is empty", gettext_lazy("%(field)s is empty")),
    (
        r"(?P<field>\w+) is (?P<n>\d+) characters, over the limit of (?P<limit>\d+)",
        gettext_lazy("%(field)s has %(n)s characters, over the limit of %(limit)s"),
    ),
    (r"(?P<field>\w+) contains a lone surrogate, .*", gettext_lazy("%(field)s contains invalid Unicode")),
    (r"(?P<field>\w+) contains a NUL character", gettext_lazy("%(field)s contains a NUL character")),
    (r"(?P<field>\w+) must be a string, got \w+", gettext_lazy("%(field)s must be text")),
    (
        r"url (?P<value>.*) is not an absolute http\(s\) URL",
        gettext_lazy("%(value)s is not a full http(s) address"),
    ),
    (r"unknown field\(s\): (?P<names>.*); expected .*", gettext_lazy("unknown fields: %(names)s")),
    (r"expected a JSON object, got \w+", gettext_lazy("the line is not a JSON object")),
    (
        r"malformed JSON on line (?P<line>\d+): (?P<detail>.*)",
        gettext_lazy("line %(line)s is not valid JSON (%(detail)s)"),
    ),
    (r"invalid UTF-8 at byte (?P<byte>\d+)", gettext_lazy("not UTF-8 text (byte %(byte)s)")),
    # Also as jobs stored before .ndjson was read worded it.
    (
        r"not a \.txt(?:,| or) \.jsonl(?: or \.ndjson)? file",
        gettext_lazy("not a .txt, .jsonl or .ndjson file"),
    ),
    (r"cannot read file: (?P<detail>.*)", gettext_lazy("the file cannot be read (%(detail)s)")),
    (
        r"this article yields (?P<n>\d+) claims, more than the (?P<limit>\d+) allowed",
        gettext_lazy("this article yields %(n)s claims, more than the %(limit)s allowed"),
    ),
)
COMPILED = tuple((re.compile(pattern), text) for pattern, text in PATTERNS)


def reason_text(reason: str) -> str:
    """ "same content as article 6" → "المحتوى نفسه في المقال 6" in Arabic."""
    for pattern, text in COMPILED:
        found = pattern.fullmatch(reason)
        if found:
            values = found.groupdict()
            if "field" in values:
                values["field"] = str(FIELDS.get(values["field"], values["field"]))
            return str(text) % values
    return reason


def origin_text(origin: str) -> str:
    return _("pasted in the web form") if origin == PASTED else origin
