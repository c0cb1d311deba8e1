from django.contrib import admin

from sources.models import CredibilitySnapshot, Source, SourceAlias, SourceMerge


class AliasInline(admin.TabularInline):
    model = SourceAlias
    fields = ("alias", "key")
    readonly_fields = ("key",)
    extra = 1


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ("name", "name_en", "kind", "affiliation", "parent", "score", "from_registry")
    list_filter = ("kind", "affiliation", "from_registry")
    search_fields = ("name", "name_en", "aliases__alias")
    raw_id_fields = ("parent", "merged_into")
    inlines = [AliasInline]

    def save_formset(self, request, form, formset, change):
        from sources.services import alias_key

        for alias in formset.save(commit=False):
            alias.key = alias_key(alias.alias)
            alias.save()
        for alias in formset.deleted_objects:
            alias.delete()
        from sources.services import aliases_changed

        aliases_changed()


@admin.register(SourceMerge)
class SourceMergeAdmin(admin.ModelAdmin):
    list_display = ("target", "merged", "merged_by", "created_at", "undone_at")


@admin.register(CredibilitySnapshot)
class CredibilitySnapshotAdmin(admin.ModelAdmin):
    list_display = ("source", "computed_at", "score", "low", "high", "upheld", "refuted", "corroborated")
    list_select_related = ("source",)
