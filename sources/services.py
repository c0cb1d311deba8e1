from __future__ import annotations

import uuid
from collections.abc import Iterable

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import DatabaseError, IntegrityError, connection, transaction
from django.db.models import Expression, Q, QuerySet
from django.utils import timezone

from claims.models import Claim
from claims.pipeline import enqueue
from claims.text.normalize import normalize_key
from sources.matching import AliasIndex, describe_unknown, mention_key
from sources.models import Kind, Source, SourceAlias, SourceDeletion, SourceMerge
from sources.naming import junk_reason
from sources.scoring import credibility
from sources.selectors import claim_count_counted, outcomes_for, registry_index, source_junk_reason

ALIAS_VERSION = "sources:alias-version"
_index_cache: dict[str, object] = {}


def aliases_changed() -> None:
    """Tell every process that its alias index is stale (shared through the cache)."""
    cache.set(ALIAS_VERSION, uuid.uuid4().hex, timeout=None)


def _alias_index() -> AliasIndex:
    version = cache.get(ALIAS_VERSION)
    if version is None:
        cache.add(ALIAS_VERSION, uuid.uuid4().hex, timeout=None)
        version = cache.get(ALIAS_VERSION)
    if _index_cache.get("version") != version:
        _index_cache.update(version=version, index=_build_index())
    return _index_cache["index"]


def _build_index() -> AliasIndex:
    live = Source.objects.filter(merged_into=None)
    pairs = [*SourceAlias.objects.filter(source__in=live).values_list("alias", "source__name")]
    pairs += [(name, name) for name in live.values_list("name", flat=True)]
    # An editor's alias may collide with a created source's name; the first claimant keeps the key.
    owners: dict[str, str] = {}
    kept = [(alias, name) for alias, name in pairs if owners.setdefault(alias_key(alias), name) == name]
    kinds = live.filter(kind__in=[Kind.PERSON, Kind.ANONYMOUS]).values_list("name", "kind")
    named = {kind: [name for name, of in kinds if of == kind] for kind in (Kind.PERSON, Kind.ANONYMOUS)}
    return AliasIndex(kept, persons=named[Kind.PERSON], anonymous=named[Kind.ANONYMOUS])


def alias_key(alias: str) -> str:
    return (mention_key(alias) or normalize_key(alias))[:200]


def alias_add(*, source: Source, alias: str) -> SourceAlias:
    key = alias_key(alias)
    if not key:
        raise ValidationError({"alias": ["the alias has no visible characters"]})
    created, _ = SourceAlias.objects.get_or_create(key=key, defaults={"source": source, "alias": alias})
    transaction.on_commit(aliases_changed)
    return created


def registry_load(*, entries: Iterable[dict]) -> dict[str, int]:
    """Create or update the curated sources and their aliases; editors' own edits to other sources stay."""
    entries = list(entries)
    counts = {"sources": 0, "aliases": 0}
    with transaction.atomic():
        by_name = {}
        for entry in entries:
            _rename_former(entry)
            source, _ = Source.objects.update_or_create(
                name=entry["name"],
                defaults={
                    "name_en": entry.get("name_en") or "",
                    "kind": entry["kind"],
                    "affiliation": entry["affiliation"],
                    "domain": entry.get("domain") or "",
                    "from_registry": True,
                },
            )
            by_name[source.name] = source
            counts["sources"] += 1
            names = [entry["name"], entry.get("name_en"), entry.get("domain"), *entry.get("aliases", [])]
            for alias in filter(None, names):
                key = alias_key(alias)
                stored, made = SourceAlias.objects.get_or_create(
                    key=key, defaults={"source": source, "alias": alias}
                )
                counts["aliases"] += made
                # An alias the files now give another entry ("الرئيس الروسي": the Kremlin, then Putin)
                # follows them; one an editor put on a source of their own stays.
                if stored.source_id != source.pk and stored.source.from_registry:
                    SourceAlias.objects.filter(pk=stored.pk).update(source=source, alias=alias)
        for entry in entries:
            if entry.get("parent"):
                # A file loaded alone (people.json) may name a parent loaded before from another one.
                parent = by_name.get(entry["parent"]) or Source.objects.get(name=entry["parent"])
                Source.objects.filter(pk=by_name[entry["name"]].pk).update(parent=parent)
        transaction.on_commit(aliases_changed)
    return counts


def _rename_former(entry: dict) -> None:
    """A registry source stored under a name the entry lists as former («الحكومة الروسية», now
    «روسيا») takes the new name in place, so its claims, reviews and history stay with it. When a
    source of the new name exists too, both are kept for an editor to merge."""
    for former in entry.get("formerly", []):
        if Source.objects.filter(name=entry["name"]).exists():
            return
        Source.objects.filter(name=former, from_registry=True).update(name=entry["name"])


class Resolver:
    """Maps mentions to Source rows for one batch of claims, creating unknown sources once."""

    def __init__(self) -> None:
        self.index = _alias_index()
        self.made: dict[str, Source] = {}

    def canonical_name(self, mention: str) -> str | None:
        return self.index.canonical_name(mention)

    def source_for(self, mention: str | None, canonical: str | None) -> Source | None:
        name = canonical or mention
        if not name:
            return None
        key = normalize_key(name)
        if key not in self.made:
            self.made[key] = self._lookup(name) or self._created(name)
        return self.made[key]

    def _created(self, mention: str) -> Source | None:
        """A new source for a mention that names a speaker; none for a verb, a clause or a common noun.

        A short bare word makes none either: «عثر» ("found", in "وثائق عثر عليها") is more often met
        than a lone «ماي»; an editor's alias on the right source lets such a name resolve again.
        """
        if junk_reason(describe_unknown(mention).name, registry=registry_index()):
            return None
        return source_from_mention(mention=mention)

    def _lookup(self, name: str) -> Source | None:
        match = self.index.resolve(name)
        found = Source.objects.filter(name=match.canonical if match else name).first()
        while found is not None and found.merged_into_id:
            found = found.merged_into
        # A junk source stored by older rules («عثر») is not a name to resolve to any more.
        return None if found is None or source_junk_reason(found) else found


def source_resolver() -> Resolver:
    return Resolver()


def source_from_mention(*, mention: str) -> Source:
    """A new source for a mention no alias knows, kind inferred from the wording; made only once."""
    described = describe_unknown(mention)
    key = alias_key(described.name)
    existing = SourceAlias.objects.filter(key=key).select_related("source").first()
    if existing:
        return existing.source
    parent = None
    if described.parent_mention:
        parent = Resolver().source_for(described.parent_mention, None)
    try:
        with transaction.atomic():
            source = Source.objects.create(
                name=described.name[:200],
                kind=described.kind,
                affiliation=described.affiliation,
                qualifier=(described.qualifier or "")[:100],
                parent=parent,
            )
            SourceAlias.objects.create(source=source, alias=described.name[:200], key=key)
    except IntegrityError:
        # Created meanwhile by another worker, or the name is taken under a different key.
        return Source.objects.get(name=described.name[:200])
    transaction.on_commit(aliases_changed)
    return source


def sources_score(*, source_ids: Iterable[int]) -> int:
    """Recompute credibility of the given sources and append a history point when it changed."""
    ids = sorted(set(source_ids))
    outcomes = outcomes_for(ids)
    changed = 0
    for source in Source.objects.filter(pk__in=ids):
        result = credibility(outcomes.get(source.pk, []))
        values = (result.score, result.low, result.high)
        if values == (source.score, source.score_low, source.score_high) and source.history.exists():
            continue
        with transaction.atomic():
            Source.objects.filter(pk=source.pk).update(
                score=values[0], score_low=values[1], score_high=values[2]
            )
            source.history.create(
                score=result.score,
                low=result.low,
                high=result.high,
                upheld=result.upheld,
                refuted=result.refuted,
                corroborated=result.corroborated,
            )
        changed += 1
    return changed


def lock_for_recount(*tables: str) -> None:
    """Hold writes to ``tables`` until the transaction ends (reads go on), so a recount reads the
    rows the triggers have counted; SQLite has one writer anyway."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(f"LOCK TABLE {', '.join(tables)} IN SHARE MODE")


def stored_recount(queryset: QuerySet, figures: dict[str, Expression], *tables: str) -> list[int]:
    """Set the stored columns ``figures`` names to what their expressions count, on the rows where
    they differ, with writes to ``tables`` held meanwhile; returns the ids of those rows."""
    lock_for_recount(*tables)
    counted = {f"counted_{name}": expression for name, expression in figures.items()}
    rows = queryset.annotate(**counted).values("pk", *figures, *counted)
    wrong = sorted(row["pk"] for row in rows if any(row[name] != row[f"counted_{name}"] for name in figures))
    if wrong:
        queryset.filter(pk__in=wrong).update(**figures)
    return wrong


@transaction.atomic
def source_claims_recount() -> list[int]:
    """Set each source's claim_count to the claims citing it; returns the ids of the sources whose
    stored count was wrong. The database keeps the counts on every write to claims (migration
    0003's triggers): a wrong one means those were bypassed, e.g. by a restore without them."""
    return stored_recount(Source.objects.all(), {"claim_count": claim_count_counted()}, "claims_claim")


def readonly_alias_index() -> AliasIndex:
    """The stored aliases when the database has them, else the shipped registry; never writes."""
    try:
        if SourceAlias.objects.exists():
            return _alias_index()
    except DatabaseError:
        pass
    return AliasIndex.from_registry()


@transaction.atomic
def source_merge(*, target_id: int, merged_id: int, user) -> SourceMerge:
    """Move ``merged``'s aliases and claims to ``target``; what moved is recorded so it can be undone."""
    if target_id == merged_id:
        raise ValueError("a source cannot be merged into itself")
    target = Source.objects.select_for_update().get(pk=target_id, merged_into=None)
    merged = Source.objects.select_for_update().get(pk=merged_id, merged_into=None)
    moved = {
        "aliases": list(merged.aliases.values_list("pk", flat=True)),
        "claims": list(Claim.objects.filter(source=merged).values_list("pk", flat=True)),
        "relayed": list(Claim.objects.filter(via=merged).values_list("pk", flat=True)),
        "children": list(merged.children.values_list("pk", flat=True)),
    }
    SourceAlias.objects.filter(pk__in=moved["aliases"]).update(source=target)
    Claim.objects.filter(pk__in=moved["claims"]).update(source=target)
    Claim.objects.filter(pk__in=moved["relayed"]).update(via=target)
    Source.objects.filter(pk__in=moved["children"]).update(parent=target)
    Source.objects.filter(pk=merged.pk).update(merged_into=target)
    record = SourceMerge.objects.create(target=target, merged=merged, moved=moved, merged_by=user)
    _after_source_change([target.pk, merged.pk])
    return record


@transaction.atomic
def source_merge_undo(*, merge_id: int, user) -> None:
    """Put back exactly what a merge moved; anything added to the target since stays there."""
    merge = SourceMerge.objects.select_for_update().get(pk=merge_id)
    if merge.undone_at is not None:
        raise ValueError(f"merge {merge_id} was already undone")
    merged, moved = merge.merged, merge.moved
    SourceAlias.objects.filter(pk__in=moved["aliases"], source=merge.target).update(source=merged)
    Claim.objects.filter(pk__in=moved["claims"], source=merge.target).update(source=merged)
    Claim.objects.filter(pk__in=moved["relayed"], via=merge.target).update(via=merged)
    Source.objects.filter(pk__in=moved["children"], parent=merge.target).update(parent=merged)
    Source.objects.filter(pk=merged.pk).update(merged_into=None)
    SourceMerge.objects.filter(pk=merge.pk).update(undone_at=timezone.now())
    _after_source_change([merge.target_id, merged.pk])


class SourceInUse(ValueError):
    """A source that cannot be deleted as it stands: from the registry, or with merges recorded."""


@transaction.atomic
def source_delete(
    *, source_id: int, user, reattach_to_id: int | None = None, reason: str = ""
) -> SourceDeletion:
    """Delete a source no one should cite; its claims go to ``reattach_to_id`` or become unattributed.

    Nothing else is lost: the claims, their links and reviews stay, and a SourceDeletion records the
    name, aliases and claims it had. A registry source would come back with ``loadsources`` and a
    source with merges recorded would take their records with it, so both are refused.
    """
    source = Source.objects.select_for_update().get(pk=source_id, merged_into=None)
    if source.from_registry:
        raise SourceInUse(f"«{source.name}» is in the source registry; merge it instead")
    if SourceMerge.objects.filter(Q(target=source) | Q(merged=source)).exists():
        raise SourceInUse(f"«{source.name}» has merges recorded; merge it instead")
    target = None
    if reattach_to_id is not None:
        if reattach_to_id == source_id:
            raise ValueError("a source cannot take over its own claims")
        target = Source.objects.get(pk=reattach_to_id, merged_into=None)
    record = SourceDeletion.objects.create(
        source_id_was=source.pk,
        source_name=source.name,
        kind=source.kind,
        reason=reason[:40],
        aliases=list(source.aliases.values_list("alias", flat=True)),
        claims=list(Claim.objects.filter(source=source).values_list("pk", flat=True)),
        relayed=list(Claim.objects.filter(via=source).values_list("pk", flat=True)),
        reattached_to=target,
        deleted_by=user,
    )
    Claim.objects.filter(pk__in=record.claims).update(source=target)
    Claim.objects.filter(pk__in=record.relayed).update(via=target)
    source.children.update(parent=target)
    source.delete()
    _after_source_change([target.pk] if target else [])
    return record


def _after_source_change(source_ids: list[int]) -> None:
    from sources.tasks import source_score_task

    transaction.on_commit(aliases_changed)
    transaction.on_commit(lambda: enqueue(source_score_task, source_ids))
