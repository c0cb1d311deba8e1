from __future__ import annotations

from django.http import Http404
from rest_framework import generics

from claims.models import IngestJob
from claims.roles import IsFactChecker
from claims.selectors import ingest_job_list, ingest_job_processing
from claims.serializers import IngestJobOutput


class IngestJobDetailApi(generics.RetrieveAPIView):
    """A file uploaded on the ingest page: how far its ingestion got, its report, and how the
    articles it stored are processed."""

    permission_classes = [IsFactChecker]
    serializer_class = IngestJobOutput

    def get_queryset(self):
        return ingest_job_list()

    def get_object(self):
        try:
            job = ingest_job_list().get(pk=self.kwargs["pk"])
        except IngestJob.DoesNotExist:
            raise Http404 from None
        job.processing = ingest_job_processing(job.pk)
        return job
