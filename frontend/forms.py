from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from frontend.labels import choices

# An upload is stored whole in the database for the job that ingests it; this bounds it.
MAX_UPLOAD_BYTES = 50 * 1024 * 1024
DECISIONS = ("corroborates", "contradicts", "unrelated", "unsure")
ANY = [("", _("any"))]


class QueueFilterForm(forms.Form):
    """The queue's filters, named as claims.filters.LinkFilter expects them."""

    relation = forms.ChoiceField(
        label=_("Proposed relation"), required=False, choices=ANY + choices("relation")
    )
    # Waiting pairs by default; "disputed" lists the pairs reviewers disagree on, for the editors.
    status = forms.ChoiceField(label=_("Status"), required=False, choices=ANY + choices("link_status")[:3])
    affiliation = forms.ChoiceField(
        label=_("Affiliation"), required=False, choices=ANY + choices("affiliation")
    )
    score_min = forms.FloatField(label=_("Score from"), required=False, min_value=0, max_value=1)
    score_max = forms.FloatField(label=_("Score to"), required=False, min_value=0, max_value=1)

    def filters(self) -> dict[str, object] | None:
        """The chosen filters; None when they are not valid, so nobody is shown everything instead."""
        if not self.is_bound:
            return {}
        if not self.is_valid():
            return None
        return {name: value for name, value in self.cleaned_data.items() if value not in ("", None)}


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(choices=[(d, d) for d in DECISIONS])
    holds = forms.ChoiceField(
        label=_("Which side holds"), required=False, choices=[("", "")] + choices("holds")
    )
    note = forms.CharField(
        label=_("Note"), required=False, max_length=4000, widget=forms.Textarea(attrs={"rows": 2})
    )
    override = forms.BooleanField(label=_("Override as editor"), required=False)

    def clean(self):
        data = super().clean()
        # The side radio may still be set from an earlier key press; it only means something for a contradiction.
        if data.get("decision") != "contradicts":
            data["holds"] = ""
        return data


class BulkDecisionForm(forms.Form):
    links = forms.TypedMultipleChoiceField(label=_("Pairs"), coerce=int, choices=[])
    decision = forms.ChoiceField(label=_("Decision"), choices=[(d, d) for d in ("corroborates", "unrelated")])
    note = forms.CharField(label=_("Note"), required=False, max_length=4000)

    def __init__(self, *args, link_ids: list[int], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["links"].choices = [(pk, pk) for pk in link_ids]


class FlagForm(forms.Form):
    reason = forms.CharField(
        label=_("Why is this article contested?"), max_length=4000, widget=forms.Textarea(attrs={"rows": 3})
    )
    links = forms.TypedMultipleChoiceField(
        label=_("Pairs that show it"), coerce=int, required=False, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, link_choices: list[tuple[int, str]] = (), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["links"].choices = list(link_choices)


class ResolveForm(forms.Form):
    resolution = forms.CharField(label=_("Resolution"), max_length=4000)


class MergeForm(forms.Form):
    merged = forms.TypedChoiceField(label=_("Source to merge into this one"), coerce=int)

    def __init__(self, *args, sources: list[tuple[int, str]] = (), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["merged"].choices = [("", "—")] + list(sources)


class IngestForm(forms.Form):
    body = forms.CharField(label=_("Article text"), required=False, widget=forms.Textarea(attrs={"rows": 8}))
    title = forms.CharField(label=_("Title"), required=False, max_length=1000)
    url = forms.CharField(label=_("Address (URL)"), required=False, max_length=1000)
    publisher = forms.CharField(label=_("Publisher"), required=False, max_length=200)
    published_at = forms.CharField(
        label=_("Published (YYYY-MM-DD)"),
        required=False,
        max_length=64,
        widget=forms.TextInput(attrs={"dir": "ltr"}),
    )
    upload = forms.FileField(label=_("Or a .txt, .jsonl or .ndjson file"), required=False)

    def clean(self):
        data = super().clean()
        if not data.get("body", "").strip() and not data.get("upload"):
            raise forms.ValidationError(_("Paste an article or choose a file."))
        upload = data.get("upload")
        if upload and upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("The file is larger than 50 MB."))
        return data

    def payload(self) -> dict[str, str]:
        """The pasted article as the fields claims.ingestion.parse_record reads."""
        return {
            name: self.cleaned_data[name] for name in ("url", "title", "body", "publisher", "published_at")
        }
