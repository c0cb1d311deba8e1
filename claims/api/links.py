from __future__ import annotations

from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import generics, status
from rest_framework.response import Response

from claims.filters import LinkFilter, ReviewFilter
from claims.models import ClaimLink, Review
from claims.roles import IsEditor, IsFactChecker, ReadOrFactChecker
from claims.selectors import link_brief_list, link_detail, link_list, link_reviews
from claims.serializers import (
    BulkDecideInput,
    LinkDetailOutput,
    LinkOutput,
    ReleaseInput,
    ReviewInput,
    ReviewOutput,
)
from claims.services import link_decide, link_release, link_take_next, links_bulk_decide
from config.api import ByPriority, OldestFirst


class LinksApi(generics.ListAPIView):
    """Proposed and decided links, highest priority first (disputed ones: ?status=disputed). Each claim
    in brief: its text, modality, source and article id; a link's detail has its claims in context."""

    serializer_class = LinkOutput
    filterset_class = LinkFilter
    pagination_class = ByPriority

    def get_queryset(self):
        return link_brief_list()


class LinkDetailApi(generics.RetrieveAPIView):
    """One link with both claims in context, the machine's evidence and every review."""

    serializer_class = LinkDetailOutput

    def get_queryset(self):
        return link_list()

    def get_object(self):
        return link_detail(self.kwargs["pk"])


class LinkReviewsApi(generics.ListAPIView):
    """A link's review history, oldest first. POST decides the link (fact-checker; override: editor)."""

    permission_classes = [ReadOrFactChecker]
    serializer_class = ReviewOutput
    input_serializer_class = ReviewInput
    filterset_class = ReviewFilter
    pagination_class = OldestFirst

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return Review.objects.none()
        return link_reviews(self.kwargs["pk"])

    @extend_schema(request=ReviewInput, responses={201: ReviewOutput})
    def post(self, request, pk: int):
        given = ReviewInput(data=request.data)
        given.is_valid(raise_exception=True)
        review = link_decide(link_id=pk, user=request.user, **given.validated_data)
        return Response(ReviewOutput(review).data, status=status.HTTP_201_CREATED)


class LinksBulkDecideApi(generics.GenericAPIView):
    """An editor's decision on many links; each gets its own Review marked as an override."""

    permission_classes = [IsEditor]
    serializer_class = BulkDecideInput
    queryset = ClaimLink.objects.none()
    # The answer is every review made, as a plain list: there is nothing to page.
    pagination_class = None

    @extend_schema(request=BulkDecideInput, responses={201: ReviewOutput(many=True)})
    def post(self, request):
        given = BulkDecideInput(data=request.data)
        given.is_valid(raise_exception=True)
        reviews = links_bulk_decide(user=request.user, **given.validated_data)
        return Response(ReviewOutput(reviews, many=True).data, status=status.HTTP_201_CREATED)


class QueueNextApi(generics.GenericAPIView):
    """Lease the next link to the caller (the one they already hold, if any); filters as for links."""

    permission_classes = [IsFactChecker]
    serializer_class = LinkDetailOutput
    input_serializer_class = None
    filterset_class = LinkFilter

    def get_queryset(self):
        return link_list()

    @extend_schema(
        request=None,
        filters=True,
        responses={200: LinkDetailOutput, 204: OpenApiResponse(description="nothing left to review")},
    )
    def post(self, request):
        # The filter backend answers unknown or invalid filters with a 400 before anything is leased.
        self.filter_queryset(self.get_queryset())
        link = link_take_next(user=request.user, filters=request.query_params)
        if link is None:
            return Response(status=status.HTTP_204_NO_CONTENT)
        return Response(LinkDetailOutput(link).data)


class QueueReleaseApi(generics.GenericAPIView):
    """Give a leased link back to the queue."""

    permission_classes = [IsFactChecker]
    serializer_class = ReleaseInput
    queryset = ClaimLink.objects.none()

    @extend_schema(request=ReleaseInput, responses={204: OpenApiResponse(description="released")})
    def post(self, request):
        given = ReleaseInput(data=request.data)
        given.is_valid(raise_exception=True)
        link_release(link_id=given.validated_data["link_id"], user=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)
