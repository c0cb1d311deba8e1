from __future__ import annotations

import dataclasses
import math
from collections import Counter
from datetime import timedelta

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Min, Q
from django.utils import timezone

from claims.evidence import swapped_sides
from claims.linking import ClaimText, Prepared, candidate_keys, prepare, score_pair
from claims.linking.features import dump, restore, topic_only
from claims.linking.keys import KEYS_VERSION
from claims.linking.safety import (
    copy_roots,
    denies,
    finding,
    is_copy,
    link_priority,
    repeated,
    repeated_within,
    safe_relation,
)
from claims.models import Article, Claim, ClaimKey, ClaimLink, LinkStatus, Status, key_hash
from claims.services.ingest import article_enqueue
from claims.text.reference import refers_back
from hooks.services import emit

CHUNK = 50
# A claim of fewer content words (a place name left alone, «حميميم», a caption's two words) states
# nothing a reviewer can weigh against another report.
MIN_CLAIM_WORDS = 3
# Key weights are summed as integers (exact and fast in SQL): 1 / log2(1 + holders), in millionths.
WEIGHT_SCALE = 1_000_000
# What scoring reads of a candidate claim (its sentence, numbers and spans are left in the table).
SCORED_FIELDS = (
    "article_id",
    "index",
    "text",
    "modality",
    "features",
    "source_id",
    "source__name",
    "source__affiliation",
    "article__publisher",
    "article__url",
    "article__published_at",
)


def _claim_text(claim: Claim) -> ClaimText:
    """The claim as the scorer reads it; a denial by reference («نفت الهيئة ما أعلنته موسكو») reads
    as the report it refers to (stored in its features under "refers"), denied."""
    source = claim.source
    published = claim.article.published_at
    features = claim.features if isinstance(claim.features, dict) else {}
    return ClaimText(
        text=features.get("refers") or claim.text,
        modality=claim.modality,
        source=source.name if source else None,
        affiliation=source.affiliation if source else None,
        published=published.date() if published else None,
    )


def _refers(claim: Claim) -> str | None:
    """The report a denial by reference denies, as stored in its features; None for any other claim."""
    return claim.features.get("refers") if isinstance(claim.features, dict) else None


# A denial by reference and another claim are linked only when the other repeats the report it
# refers to this closely (word overlap): the report's own words, not a topic it shares.
REFERENCE_SIMILARITY = 0.7
# How many claims back a denial by reference looks for the report it denies.
REFERENCE_REACH = 3
# Who or what reports the claim a denial refers to; a reference to a denial or to a fragment is none.
REFERRED_MODALITIES = frozenset(["assert", "allege", "unattributed"])


def _referents(claims: list[Claim]) -> dict[int, str]:
    """For each denial of ``claims`` that names what it denies by reference («ما أعلنته موسكو»,
    «صحة هذه الأنباء», «ذلك»), the text of the report its article gave just before it: the nearest
    of the REFERENCE_REACH claims before it that reports something in words of its own. Keyed by
    the claim's position in ``claims``; the claims before it are read from ``claims`` when there,
    else from the database."""
    found: dict[int, str] = {}
    by_position = {(c.article_id, c.index): c for c in claims}
    for i, claim in enumerate(claims):
        if claim.modality != "deny" or not refers_back(claim.text):
            continue
        before = [by_position.get((claim.article_id, claim.index - k)) for k in range(1, REFERENCE_REACH + 1)]
        if any(c is None for c in before) and claim.article_id is not None:
            stored = Claim.objects.filter(
                article_id=claim.article_id, index__lt=claim.index, index__gte=claim.index - REFERENCE_REACH
            ).only("index", "text", "modality")
            known = {c.index: c for c in stored}
            before = [b or known.get(claim.index - k) for k, b in enumerate(before, start=1)]
        referent = next(
            (
                c
                for c in before
                if c is not None
                and c.modality in REFERRED_MODALITIES
                and not refers_back(c.text)
                and len(c.text.split()) >= MIN_CLAIM_WORDS + 1
            ),
            None,
        )
        if referent is not None:
            found[i] = referent.text
    return found


def _rows(columns: list[list[int]], types: list[str]) -> tuple[str, list]:
    """A table of integer rows given column by column, as SQL and its parameters: on PostgreSQL one array per
    column, unnested (a few parameters, however many rows: a chunk's keys run to thousands, and binding each
    as a parameter of a VALUES list cost more CPU than the query), elsewhere a VALUES list."""
    if connection.vendor == "postgresql":
        arrays = ", ".join(f"%s::{kind}[]" for kind in types)
        return f"SELECT * FROM unnest({arrays})", [list(column) for column in columns]
    width = ", ".join(["%s"] * len(columns))
    count = len(columns[0]) if columns else 0
    return "VALUES " + ", ".join([f"({width})"] * count), [
        value for row in zip(*columns, strict=True) for value in row
    ]


def _key_counts(keys: set[int], limit: int) -> dict[int, int]:
    """How many stored claims hold each key, counted no further than ``limit`` + 1: a key held by
    more than ``limit`` claims is left out of the ranking whatever its count, so counting stops
    there and a common key costs no more than a rare one. One query; index only on PostgreSQL."""
    if not keys:
        return {}
    ordered = sorted(keys)
    rows, params = _rows([ordered], ["bigint"])
    table = connection.ops.quote_name(ClaimKey._meta.db_table)
    sql = f"""
        WITH wanted(key) AS ({rows})
        SELECT wanted.key, (SELECT COUNT(*) FROM (
            SELECT 1 FROM {table} k WHERE k.key = wanted.key LIMIT %s
        ) AS held) FROM wanted
    """
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, limit + 1])
        return {key: count for key, count in cursor.fetchall() if count}


def _weights(keys: list[int], counts: dict[int, int]) -> list[tuple[int, int]]:
    """Each key's weight in the ranking, 1 / log2(1 + claims holding it): rarer counts more.

    A key held by more than LINK_MAX_KEY_FREQUENCY claims says nothing about a pair (a stop word
    of the corpus) and is left out, which also bounds the rows one claim's ranking reads.
    """
    limit = settings.LINK_MAX_KEY_FREQUENCY
    return [
        (k, round(WEIGHT_SCALE / math.log2(1 + counts[k]))) for k in keys if 0 < counts.get(k, 0) <= limit
    ]


def _ranked(chunk: list[Claim], keys: dict[int, list[int]], article: Article) -> dict[int, list[int]]:
    """For each claim of the chunk, the ids of the stored claims of other articles sharing the most
    weight of keys with it (at most twice LINK_MAX_CANDIDATES), so two rare names outrank three
    common words.

    One query for the whole chunk: the keys and weights go in as a VALUES list, each claim's best
    candidates come out of a window over the summed weights.
    """
    counts = _key_counts({key for claim in chunk for key in keys[claim.pk]}, settings.LINK_MAX_KEY_FREQUENCY)
    wanted = [(claim.pk, key, weight) for claim in chunk for key, weight in _weights(keys[claim.pk], counts)]
    ranked: dict[int, list[int]] = {claim.pk: [] for claim in chunk}
    if not wanted:
        return ranked
    quote = connection.ops.quote_name
    key_table, claim_table, article_table = (
        quote(model._meta.db_table) for model in (ClaimKey, Claim, Article)
    )
    window_join = window_filter = ""
    # The article's own claims are never linked to it: they must not take a candidate's place.
    rows, params = _rows(
        [list(column) for column in zip(*wanted, strict=True)], ["bigint", "bigint", "integer"]
    )
    params.append(article.pk)
    if settings.LINK_DATE_WINDOW_DAYS and article.published_at:
        window = timedelta(days=settings.LINK_DATE_WINDOW_DAYS)
        window_join = (
            f" JOIN {claim_table} c ON c.id = k.claim_id JOIN {article_table} a ON a.id = c.article_id"
        )
        window_filter = " AND a.published_at BETWEEN %s AND %s"
        params += [article.published_at - window, article.published_at + window]
    params.append(settings.LINK_MAX_CANDIDATES * 2)
    sql = f"""
        WITH wanted(target, key, weight) AS ({rows}),
        shared AS (
            SELECT w.target AS target, k.claim_id AS claim_id, SUM(w.weight) AS score
            FROM wanted w JOIN {key_table} k ON k.key = w.key{window_join}
            WHERE k.claim_id NOT IN (SELECT own.id FROM {claim_table} own WHERE own.article_id = %s){window_filter}
            GROUP BY w.target, k.claim_id
        ),
        ranked AS (
            SELECT target, claim_id,
                   ROW_NUMBER() OVER (PARTITION BY target ORDER BY score DESC, claim_id DESC) AS position
            FROM shared
        )
        SELECT target, claim_id FROM ranked WHERE position <= %s ORDER BY target, position
    """
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql" and connection.in_atomic_block:
            # Room to aggregate a chunk's shared keys in memory rather than in batches on disk.
            cursor.execute("SET LOCAL work_mem = '32MB'")
        cursor.execute(sql, params)
        for target, claim_id in cursor.fetchall():
            ranked[target].append(claim_id)
    return ranked


def _candidate_ids(claim: Claim, keys: list[int], article: Article) -> list[int]:
    """The ranked candidates of one claim, as the stage finds them for a chunk."""
    return _ranked([claim], {claim.pk: keys}, article)[claim.pk]


def claim_prepared(claim: Claim) -> Prepared:
    """The claim as the scorer sees it, from its stored features when they are current."""
    text = _claim_text(claim)
    return restore(text, claim.features) or prepare(text)


def _eligible(claim: Claim, other: Claim) -> bool:
    """Only across articles: two claims of one article are one outlet's account, which a
    fact-checker neither corroborates nor refutes against itself."""
    return other.article_id != claim.article_id


def _same_outlet(claim: Claim, other: Claim) -> bool:
    """Two reports by one publisher: repeating itself is not independent corroboration."""
    return claim.article.outlet == other.article.outlet


def _link_for(claim: Claim, other: Claim, prepared: dict) -> tuple[float, ClaimLink] | None:
    """The link the pair deserves, if any, with the scorer's certainty that it is one topic."""
    sides = (prepared[claim.pk], prepared[other.pk])
    if min(len(p.content) for p in sides) < MIN_CLAIM_WORDS or any(topic_only(p) for p in sides):
        return None
    result = score_pair(*sides)
    relation = safe_relation(result.relation, result.evidence, result.alike)
    referred = [_refers(c) for c in (claim, other)]
    if any(referred) and result.evidence.get("similarity", 0.0) < REFERENCE_SIMILARITY:
        # A denial read as the report it refers to («ما أعلنته موسكو») speaks of that report alone:
        # another claim that merely shares a body's name with it («هيئة تحرير الشام») is no match.
        relation = "unrelated"
    same_outlet = _same_outlet(claim, other)
    if relation == "corroborates" and same_outlet:
        relation = "related"
    if relation == "unrelated":
        return None
    first, second = sorted((claim, other), key=lambda c: c.pk)
    # One text carried by two outlets is one report, however many print it.
    copy = not same_outlet and is_copy(relation, result.evidence, claim.text, other.text)
    independent = not (same_outlet or copy) and bool(
        claim.source and other.source and claim.source.affiliation != other.source.affiliation
    )
    # The scorer names the claim being linked "a"; stored, "a" is claim_a, the lower id.
    evidence = swapped_sides(result.evidence) if first is not claim else dict(result.evidence)
    evidence["claims"] = [first.pk, second.pk]
    if any(referred):
        # What the denial by reference denies, for the reviewer who sees only «ما أعلنته موسكو».
        evidence["refers"] = {"a": _refers(first), "b": _refers(second)}
    if same_outlet:
        evidence["same_publisher"] = True
    if copy:
        evidence["copy"] = True
    link = ClaimLink(
        claim_a=first,
        claim_b=second,
        relation=relation,
        score=min(max(result.score, 0.0), 1.0),
        evidence=evidence,
        priority=link_priority(relation, result.score, evidence, independent, result.incident, result.alike),
    )
    return result.relatedness, link


def _links_for_claim(claim: Claim, others: list[Claim], prepared: dict) -> list[ClaimLink]:
    """At most LINK_MAX_CANDIDATES links: those most surely about the claim's own event, and as
    many again between a denial and reports of what it denies.

    The cap keeps by relatedness, not by queue priority: a weak contradiction between two claims
    that merely share words must not push out a clear report of the same event.
    """
    others = [o for o in others if _eligible(claim, o)]
    for other in others:
        if other.pk not in prepared:
            prepared[other.pk] = claim_prepared(other)
    scored = [pair for other in others if (pair := _link_for(claim, other, prepared))]
    scored.sort(key=lambda pair: (-pair[0], -pair[1].priority))
    cap = settings.LINK_MAX_CANDIDATES
    kept = [link for _, link in scored[:cap]]
    # A denial set against reports of the event it denies is what a reviewer looks for first: the
    # reports it contradicts beyond the cap are kept too (as many again at most), not pushed out
    # by copies of one report.
    denied = [link for _, link in scored[cap:] if link.relation == "contradicts" and denies(link.evidence)]
    return kept + denied[:cap]


def _candidates(chunk: list[Claim], keys: dict[int, list[int]], article: Article) -> dict[int, list[Claim]]:
    """Each claim's candidates in stored order, with the claim rows read once per chunk."""
    ids = _ranked(chunk, keys, article)
    every = {i for claim_ids in ids.values() for i in claim_ids}
    rows = Claim.objects.filter(pk__in=every).select_related("source", "article").only(*SCORED_FIELDS)
    found = {other.pk: other for other in rows}
    return {
        pk: sorted((found[i] for i in claim_ids if i in found), key=lambda o: (o.article_id, o.index))
        for pk, claim_ids in ids.items()
    }


def _text_roots(links: list[ClaimLink]) -> dict[int, int]:
    """Each claim of the links named by the first stored claim of the text it carries: the lowest
    id it is a copy of, through the copies already stored and those among the links."""
    claims = {claim.pk: claim for link in links for claim in (link.claim_a, link.claim_b)}
    stored = ClaimLink.objects.filter(
        Q(claim_a_id__in=claims.keys()) | Q(claim_b_id__in=claims.keys()), evidence__copy=True
    ).values_list("claim_a_id", "claim_b_id")
    made = [(link.claim_a_id, link.claim_b_id) for link in links if link.evidence.get("copy")]
    # One article printing a text twice (a headline again above its first paragraph) prints it once.
    again = repeated_within((pk, claim.article_id, claim.text) for pk, claim in claims.items())
    roots = copy_roots([*stored, *made, *again])
    return {pk: roots.get(pk, pk) for pk in claims}


def _group_repeats(links: list[ClaimLink]) -> None:
    """What a pair puts forward is put forward by one pair: one discrepancy ("20 killed" against
    "27 killed" at one place) or one statement against another, whichever outlets' copies of them
    the pair joins. The others that repeat it fall below every new pair and say which pair leads
    them."""
    if not links:
        return
    roots = _text_roots(links)
    for link in links:
        link.finding = finding(link.relation, link.evidence, roots[link.claim_a_id], roots[link.claim_b_id])
    keys = {link.finding for link in links}
    leading = dict(
        ClaimLink.objects.filter(finding__in=keys)
        .values("finding")
        .annotate(first=Min("id"))
        .values_list("finding", "first")
    )
    seen: set[str] = set(leading)
    for link in sorted(links, key=lambda candidate: -candidate.priority):
        if link.finding in seen:
            link.priority = repeated(link.priority)
            link.evidence["repeats"] = leading.get(link.finding)
        seen.add(link.finding)


def claims_create(claims: list[Claim]) -> list[Claim]:
    """Store new claims with what the linker reads in them, and their blocking keys.

    Keys are written in the same transaction as the claims, so an article linked later always sees
    the keys of every article segmented before it: two articles linked at once by two workers
    still meet.
    """
    prepared = _with_features(claims)
    Claim.set_search_text(claims)
    created = Claim.objects.bulk_create(claims)
    _store_keys(created, prepared)
    return created


def _with_features(claims: list[Claim]) -> list[Prepared]:
    """Prepare each claim and set the features it stores, stamped with the version of the keys
    made beside them; returns the prepared claims, in order."""
    referents = _referents(claims)
    prepared = []
    for i, claim in enumerate(claims):
        # Features stored earlier (another version's) must not lend the claim a referent it no longer has.
        text = dataclasses.replace(_claim_text(claim), text=referents.get(i, claim.text))
        prepared.append(prepare(text))
        claim.features = (
            dump(prepared[-1]) | {"keys": KEYS_VERSION} | ({"refers": referents[i]} if i in referents else {})
        )
    return prepared


def _current(claim: Claim) -> bool:
    features = claim.features
    return (
        isinstance(features, dict)
        and features.get("keys") == KEYS_VERSION
        and restore(_claim_text(claim), features) is not None
    )


def claims_reindex(*, batch: int = 2000) -> dict[str, int]:
    """Recompute the stored features and blocking keys of every claim whose features or keys were
    made by other code than this (after an upgrade of the linker), batch by batch, each batch in
    one transaction. Links already made are kept. Returns how many claims were reindexed and how
    many were already current."""
    counts = {"reindexed": 0, "current": 0}
    last = 0
    while True:
        with transaction.atomic():
            claims = list(Claim.objects.filter(pk__gt=last).select_related("source").order_by("pk")[:batch])
            if not claims:
                return counts
            last = claims[-1].pk
            stale = [c for c in claims if not _current(c)]
            counts["current"] += len(claims) - len(stale)
            counts["reindexed"] += len(stale)
            prepared = _with_features(stale)
            Claim.objects.bulk_update(stale, ["features"])
            ClaimKey.objects.filter(claim__in=stale).delete()
            _store_keys(stale, prepared)


def _store_keys(claims: list[Claim], prepared: list[Prepared]) -> None:
    """Store each claim's blocking keys, hashed (key_hash); ranking reads only the hashes."""
    rows = [
        ClaimKey(key=hashed, claim=claim)
        for claim, features in zip(claims, prepared, strict=True)
        for hashed in {key_hash(key) for key in candidate_keys(features)}
    ]
    ClaimKey.objects.bulk_create(rows, ignore_conflicts=True)


def _stored_keys(chunk: list[Claim]) -> dict[int, list[int]]:
    """Each claim's stored key hashes."""
    keys: dict[int, list[int]] = {claim.pk: [] for claim in chunk}
    for claim_id, key in ClaimKey.objects.filter(claim__in=chunk).values_list("claim_id", "key"):
        keys[claim_id].append(key)
    return keys


def article_link(*, article_id: int, offset: int = 0) -> int | None:
    """Link one chunk of an article's claims. Returns the next offset, or None when the article is done."""
    with transaction.atomic():
        article = Article.objects.select_for_update().filter(pk=article_id, status=Status.SEGMENTED).first()
        if article is None:
            return None
        chunk = list(
            article.claims.select_related("source", "article").order_by("index")[offset : offset + CHUNK]
        )
        prepared = {claim.pk: claim_prepared(claim) for claim in chunk}
        keys = _stored_keys(chunk)
        candidates = _candidates(chunk, keys, article)
        links = [link for claim in chunk for link in _links_for_claim(claim, candidates[claim.pk], prepared)]
        _group_repeats(links)
        started = timezone.now()
        # A pair already stored (perhaps decided by a human) is left exactly as it is.
        ClaimLink.objects.bulk_create(links, ignore_conflicts=True)
        if links:
            pairs = {(link.claim_a_id, link.claim_b_id) for link in links}
            emit("link.proposed", lambda: {"article": article_id, "links": _links_made(pairs, since=started)})
        if len(chunk) == CHUNK:
            return offset + CHUNK
        article.status = Status.LINKED
        article.save(update_fields=["status", "updated_at"])
        emit("article.processed", _processed(article, claims=offset + len(chunk)))
    return None


def _links_made(pairs: set[tuple[int, int]], *, since) -> list[dict]:
    """The links of ``pairs`` stored since ``since``: those this run made, not those it found."""
    firsts = {a for a, _ in pairs}
    made = ClaimLink.objects.filter(claim_a_id__in=firsts, created_at__gte=since).order_by("id")
    fields = ("id", "claim_a_id", "claim_b_id", "relation", "score", "priority")
    return [
        {"id": pk, "claim_a": a, "claim_b": b, "relation": relation, "score": score, "priority": priority}
        for pk, a, b, relation, score, priority in made.values_list(*fields)
        if (a, b) in pairs
    ]


def _processed(article: Article, *, claims: int) -> dict:
    """What ``article.processed`` tells of an article, from the row at hand (no query)."""
    return {
        "article": article.pk,
        "status": article.status,
        "url": article.url,
        "title": article.title,
        "publisher": article.publisher,
        "published_at": article.published_at,
        "claims": claims,
    }


def links_repropose() -> Counter:
    """Propose every linked article's links again with today's linker (after an upgrade that changes
    relations, queue order or how repeats are grouped). Open proposals nobody has reviewed or
    leased are deleted; decided, disputed, reviewed and leased links stay exactly as they are (the
    link stage never touches a stored pair). The articles go back to segmented and are queued for
    linking, in the order they were stored; one that cannot be queued stays segmented for
    ``reprocess --pending``. Returns how many links were withdrawn and articles queued."""
    counts: Counter = Counter()
    with transaction.atomic():
        open_links = ClaimLink.objects.filter(status=LinkStatus.PROPOSED, reviews__isnull=True).filter(
            Q(leased_to=None) | Q(lease_until__lt=timezone.now())
        )
        counts["withdrawn"] = open_links.delete()[0]
        linked = Article.objects.filter(status=Status.LINKED)
        ids = list(linked.order_by("id").values_list("id", flat=True))
        linked.update(status=Status.SEGMENTED)
    for pk in ids:
        queued = article_enqueue(article=Article(pk=pk, status=Status.SEGMENTED))
        counts["queued" if queued else "queue_failed"] += 1
    return counts
