"""The first page of someone who reads but does not review: what is contested, decided and scored."""

from __future__ import annotations

from django.shortcuts import render

from claims.models import LinkStatus, Relation
from claims.selectors import article_list, contested_articles, link_list
from sources.selectors import source_list

SHOWN = 8


def reader_home(request):
    contested = contested_articles().order_by("-open_flag_count", "-contradiction_count", "-id")
    contradictions = link_list().filter(status=LinkStatus.DECIDED, decided_relation=Relation.CONTRADICTS)
    context = {
        "contested": contested[:SHOWN],
        "contradictions": contradictions.order_by("-updated_at", "-id")[:SHOWN],
        "sources": source_list().exclude(score=None).order_by("-score", "name")[:SHOWN],
        "articles": article_list().order_by("-created_at", "-id")[:SHOWN],
    }
    return render(request, "frontend/home.html", context)
