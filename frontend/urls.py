from django.contrib.auth import views as auth_views
from django.urls import path
from django.views.i18n import set_language

from frontend.ratelimit import limit_failed_logins
from frontend.views import articles, incidents, ingest, pair, public, queue, sources
from frontend.views.common import interface_language

app_name = "frontend"
login = interface_language(
    limit_failed_logins(
        auth_views.LoginView.as_view(template_name="frontend/login.html", redirect_authenticated_user=True)
    )
)

urlpatterns = [
    path("login/", login, name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("language/", set_language, name="set_language"),
    path("", queue.queue, name="queue"),
    path("queue/next/", queue.take_next, name="take_next"),
    path("queue/decide/", queue.bulk_decide, name="bulk_decide"),
    path("pairs/<int:pk>/", pair.pair, name="pair"),
    path("pairs/<int:pk>/decide/", pair.decide, name="decide"),
    path("pairs/<int:pk>/release/", pair.release, name="release"),
    path("articles/", articles.articles, name="articles"),
    path("articles/<int:pk>/", articles.article, name="article"),
    path("articles/<int:pk>/flag/", articles.flag, name="flag"),
    path("articles/<int:article>/flags/<int:pk>/resolve/", articles.resolve, name="resolve"),
    path("contested/", articles.contested, name="contested"),
    path("incidents/", incidents.incidents, name="incidents"),
    path("incidents/<int:pk>/", incidents.incident, name="incident"),
    path("incidents/<int:pk>/merge/", incidents.incident_merge, name="incident_merge"),
    path("incidents/<int:pk>/split/", incidents.incident_split, name="incident_split"),
    path("sources/", sources.sources, name="sources"),
    path("sources/<int:pk>/", sources.source, name="source"),
    path("sources/<int:pk>/merge/", sources.merge, name="merge"),
    path("sources/<int:pk>/merge-into/", sources.merge_into, name="merge_into"),
    path("sources/<int:pk>/delete/", sources.delete, name="source_delete"),
    path("sources/<int:source>/merges/<int:pk>/undo/", sources.merge_undo, name="merge_undo"),
    path("ingest/", ingest.ingest, name="ingest"),
    path("ingest/status/", ingest.ingest_status, name="ingest_status"),
    path("ingest/jobs/<int:pk>/", ingest.ingest_job, name="ingest_job"),
    path("ingest/jobs/<int:pk>/status/", ingest.ingest_job_status, name="ingest_job_status"),
    # Public: no login.
    path("reviews/<int:pk>/", public.claim_review, name="claim_review"),
]
