from django.contrib import admin

from claims.models import Article, Claim, ClaimLink, Flag, IngestJob, Review


class ClaimInline(admin.TabularInline):
    model = Claim
    fields = ("index", "source", "cue", "modality", "text")
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ("id", "title", "publisher", "published_at", "status", "created_at")
    list_filter = ("status", "publisher")
    search_fields = ("title", "url", "body")
    readonly_fields = ("content_hash", "created_at", "updated_at")
    inlines = [ClaimInline]


@admin.register(Claim)
class ClaimAdmin(admin.ModelAdmin):
    list_display = ("id", "article", "index", "source", "cue", "modality", "short_text")
    list_filter = ("modality",)
    search_fields = ("text", "source_mention")
    raw_id_fields = ("article", "source", "via")
    list_select_related = ("article", "source")

    @admin.display(description="claim")
    def short_text(self, claim: Claim) -> str:
        return claim.text[:90]


@admin.register(ClaimLink)
class ClaimLinkAdmin(admin.ModelAdmin):
    list_display = ("id", "relation", "score", "priority", "status", "decided_relation", "holds")
    list_filter = ("relation", "status")
    raw_id_fields = ("claim_a", "claim_b", "leased_to")


@admin.register(Review)
class ReviewAdmin(admin.ModelAdmin):
    list_display = ("id", "link", "reviewer", "decision", "holds", "is_override", "created_at")
    list_filter = ("decision", "is_override")

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Flag)
class FlagAdmin(admin.ModelAdmin):
    list_display = ("id", "article", "raised_by", "state", "created_at")
    list_filter = ("state",)
    raw_id_fields = ("article", "links")


@admin.register(IngestJob)
class IngestJobAdmin(admin.ModelAdmin):
    list_display = ("id", "file_name", "created_by", "status", "lines_read", "lines_total", "created_at")
    list_filter = ("status",)
    # The file itself and the articles it stored are too large to show here.
    exclude = ("content", "articles")
    readonly_fields = ("created_by", "created_at", "updated_at", "finished_at")
