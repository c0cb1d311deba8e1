from __future__ import annotations

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import generics, status
from rest_framework.response import Response

from claims.filters import ArticleFilter, ClaimFilter
from claims.models import Article, Claim
from claims.roles import ReadOrFactChecker
from claims.selectors import (
    article_claims,
    article_list,
    article_with_flags,
    claim_detail,
    claim_list,
    contested_articles,
)
from claims.serializers import (
    ArticleDetailOutput,
    ArticleIngestInput,
    ArticleOutput,
    ClaimFields,
    ClaimOutput,
    ContestedArticleOutput,
    IngestOutput,
)
from claims.services import article_ingest
from config.api import InTextOrder, NewestFirst, RankedOrNewestFirst


class ArticlesApi(generics.ListAPIView):
    """Articles, newest first. POST ingests one article (fact-checker and above)."""

    permission_classes = [ReadOrFactChecker]
    serializer_class = ArticleOutput
    input_serializer_class = ArticleIngestInput
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


class FirstPage(InTextOrder):
    """The first page of an article's claims inside its detail: nothing is read from the query."""

    page_size_query_param = None

    def decode_cursor(self, request):
        return None


class ArticleDetailApi(generics.RetrieveAPIView):
    """An article, its flags and the first page of its claims: an article may have thousands."""

    serializer_class = ArticleDetailOutput

    def get_queryset(self):
        return article_list()

    def get_object(self):
        try:
            article = article_with_flags(self.kwargs["pk"])
        except Article.DoesNotExist:
            raise Http404 from None
        article.claims_page = self._first_claims(article.pk)
        return article

    def _first_claims(self, pk: int) -> dict:
        pages = FirstPage()
        results = pages.paginate_queryset(article_claims(pk), self.request, view=self)
        # The next page is one of the claims list, not of this article.
        pages.base_url = self.request.build_absolute_uri(reverse("api:article-claims", args=[pk]))
        return {"next": pages.get_next_link(), "results": results}


class ArticleClaimsApi(generics.ListAPIView):
    """An article's claims in the order of its text."""

    serializer_class = ClaimFields
    pagination_class = InTextOrder

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return Claim.objects.none()
        get_object_or_404(Article.objects.only("pk"), pk=self.kwargs["pk"])
        return article_claims(self.kwargs["pk"])


class ContestedArticlesApi(generics.ListAPIView):
    """Articles with an open flag or a confirmed contradiction (flagged or not)."""

    serializer_class = ContestedArticleOutput
    filterset_class = ArticleFilter
    pagination_class = NewestFirst

    def get_queryset(self):
        return contested_articles()


class ClaimsApi(generics.ListAPIView):
    """Claims, newest first; with ``q``, best match first among the newest claims (see ``q``), then
    the older matches newest first."""

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
