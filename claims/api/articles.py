from __future__ import annotations

from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import generics, status
from rest_framework.response import Response

from claims.filters import ArticleFilter, ClaimFilter
from claims.roles import ReadOrFactChecker
from claims.selectors import article_detail, article_list, claim_detail, claim_list, contested_articles
from claims.serializers import (
    ArticleDetailOutput,
    ArticleIngestInput,
    ArticleOutput,
    ClaimOutput,
    ContestedArticleOutput,
    IngestOutput,
)
from claims.services import article_ingest
from config.api import NewestFirst, RankedOrNewestFirst


class ArticlesApi(generics.ListAPIView):
    """Articles, newest first. POST ingests one article (fact-checker and above)."""

    permission_classes = [ReadOrFactChecker]
    serializer_class = ArticleOutput
    filterset_class = ArticleFilter
    pagination_class = NewestFirst

    def get_queryset(self):
        return article_list()

    @extend_schema(
        request=ArticleIngestInput,
        responses={
            201: OpenApiResponse(IngestOutput, description="stored and queued for processing"),
            200: OpenApiResponse(IngestOutput, description="already known: the stored article"),
        },
    )
    def post(self, request):
        given = ArticleIngestInput(data=request.data, context={"origin": f"api:{request.user.username}"})
        given.is_valid(raise_exception=True)
        result = article_ingest(record=given.validated_data)
        new = result.outcome == "new"
        output = IngestOutput(
            {
                "duplicate": not new,
                "reason": result.reason,
                "queued": result.queued,
                "article": article_list().get(pk=result.article.pk),
            }
        )
        return Response(output.data, status=status.HTTP_201_CREATED if new else status.HTTP_200_OK)


class ArticleDetailApi(generics.RetrieveAPIView):
    serializer_class = ArticleDetailOutput

    def get_queryset(self):
        return article_list()

    def get_object(self):
        return article_detail(self.kwargs["pk"])


class ContestedArticlesApi(generics.ListAPIView):
    """Articles with an open flag or a confirmed contradiction (flagged or not)."""

    serializer_class = ContestedArticleOutput
    filterset_class = ArticleFilter
    pagination_class = NewestFirst

    def get_queryset(self):
        return contested_articles()


class ClaimsApi(generics.ListAPIView):
    """Claims, newest first; with ``q``, best match first."""

    serializer_class = ClaimOutput
    filterset_class = ClaimFilter
    pagination_class = RankedOrNewestFirst

    def get_queryset(self):
        return claim_list()


class ClaimDetailApi(generics.RetrieveAPIView):
    serializer_class = ClaimOutput

    def get_queryset(self):
        return claim_list()

    def get_object(self):
        return claim_detail(self.kwargs["pk"])
