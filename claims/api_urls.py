"""The REST API, mounted at /api/v1/ (namespace "api")."""

from django.urls import path, re_path, register_converter

from claims.api import articles, exports, flags, ingest_jobs, links, meta
from hooks import api as hooks
from incidents import api as incidents
from sources import api as sources
from tokens import api as tokens


class IdConverter:
    """A positive id that fits a 64-bit column; anything longer is a 404, not a database error."""

    regex = "[1-9][0-9]{0,17}"

    def to_python(self, value: str) -> int:
        return int(value)

    def to_url(self, value: int) -> str:
        return str(value)


register_converter(IdConverter, "id")

app_name = "api"
urlpatterns = [
    path("", meta.RootApi.as_view(), name="root"),
    path("health/", meta.HealthApi.as_view(), name="health"),
    path("schema/", meta.SchemaApi.as_view(), name="schema"),
    path("docs/", meta.DocsApi.as_view(), name="docs"),
    path("articles/", articles.ArticlesApi.as_view(), name="article-list"),
    path("articles/contested/", articles.ContestedArticlesApi.as_view(), name="article-contested"),
    path("articles/<id:pk>/", articles.ArticleDetailApi.as_view(), name="article-detail"),
    path("articles/<id:pk>/claims/", articles.ArticleClaimsApi.as_view(), name="article-claims"),
    path("claims/", articles.ClaimsApi.as_view(), name="claim-list"),
    path("claims/<id:pk>/", articles.ClaimDetailApi.as_view(), name="claim-detail"),
    path("ingest-jobs/<id:pk>/", ingest_jobs.IngestJobDetailApi.as_view(), name="ingest-job-detail"),
    path("links/", links.LinksApi.as_view(), name="link-list"),
    path("links/bulk-decide/", links.LinksBulkDecideApi.as_view(), name="link-bulk-decide"),
    path("links/<id:pk>/", links.LinkDetailApi.as_view(), name="link-detail"),
    path("links/<id:pk>/reviews/", links.LinkReviewsApi.as_view(), name="link-reviews"),
    path("queue/next/", links.QueueNextApi.as_view(), name="queue-next"),
    path("queue/release/", links.QueueReleaseApi.as_view(), name="queue-release"),
    path("flags/", flags.FlagsApi.as_view(), name="flag-list"),
    path("flags/<id:pk>/", flags.FlagDetailApi.as_view(), name="flag-detail"),
    path("flags/<id:pk>/resolve/", flags.FlagResolveApi.as_view(), name="flag-resolve"),
    path("incidents/", incidents.IncidentsApi.as_view(), name="incident-list"),
    path("incidents/<id:pk>/", incidents.IncidentDetailApi.as_view(), name="incident-detail"),
    path("incidents/<id:pk>/merge/", incidents.IncidentMergeApi.as_view(), name="incident-merge"),
    path("incidents/<id:pk>/split/", incidents.IncidentSplitApi.as_view(), name="incident-split"),
    path("sources/", sources.SourcesApi.as_view(), name="source-list"),
    path("sources/<id:pk>/", sources.SourceDetailApi.as_view(), name="source-detail"),
    path("sources/<id:pk>/merge/", sources.SourceMergeApi.as_view(), name="source-merge"),
    path("sources/<id:pk>/aliases/", sources.SourceAliasesApi.as_view(), name="source-aliases"),
    path("sources/merges/<id:pk>/undo/", sources.SourceMergeUndoApi.as_view(), name="source-merge-undo"),
    path("hooks/subscriptions/", hooks.SubscriptionsApi.as_view(), name="hook-subscription-list"),
    path(
        "hooks/subscriptions/<id:pk>/", hooks.SubscriptionDetailApi.as_view(), name="hook-subscription-detail"
    ),
    path("hooks/subscriptions/<id:pk>/deliveries/", hooks.DeliveriesApi.as_view(), name="hook-delivery-list"),
    path("hooks/deliveries/<id:pk>/", hooks.DeliveryDetailApi.as_view(), name="hook-delivery-detail"),
    path("hooks/deliveries/<id:pk>/replay/", hooks.DeliveryReplayApi.as_view(), name="hook-delivery-replay"),
    path("tokens/", tokens.TokensApi.as_view(), name="token-list"),
    path("tokens/<id:pk>/", tokens.TokenDetailApi.as_view(), name="token-detail"),
    path("tokens/<id:pk>/rotate/", tokens.TokenRotateApi.as_view(), name="token-rotate"),
    path("export/claimreview.jsonld", exports.ClaimReviewExportApi.as_view(), name="export-claimreview"),
    path("export/links.csv", exports.LinksCsvExportApi.as_view(), name="export-links-csv"),
    path("export/links.jsonl", exports.LinksJsonlExportApi.as_view(), name="export-links-jsonl"),
    re_path(r"^.*$", meta.NotFoundApi.as_view(), name="not-found"),
]
