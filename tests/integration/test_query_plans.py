"""The plans PostgreSQL makes for the hot list queries use their indexes: a page of links is read from
an index's head, on fresh statistics and on none (a bulk load autovacuum has not analysed yet), never
by sorting every link; claim search reads the trigram index once the table is analysed, with an id
range for the newest claims, and reads a page's rows by id. A page of incidents or of sources
reads no claims (their counts are stored), and incidents come from the head of their order's index."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims.filters import claims_matching
from claims.selectors import claim_list, link_brief_list, queue_links
from config.api import SearchParts

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

CLAIMS = 20_000
# One claim in 200 names the army; the rest say other things, with numbers that vary.
CORPUS = f"""
INSERT INTO claims_article (content_hash, title, search_title, body, publisher, status, error, origin,
    created_at, updated_at)
SELECT md5(g::text), 'مقال ' || g, '', 'نص', 'bench', 'linked', '', 'plans', now(), now()
FROM generate_series(1, {CLAIMS // 20}) g;
INSERT INTO claims_claim (article_id, index, start, "end", sentence, sentence_start, text, search_text,
    source_mention, via_mention, cue, modality, numbers)
SELECT a.id, i, 0, 10, 't', 0, 't',
    CASE WHEN (a.id * 20 + i) % 200 = 0 THEN ' قال الجيش ان ' || i || ' مسلحين قتلوا '
         ELSE ' قال المرصد ان ' || (a.id * 20 + i) || ' مدنيين قتلوا في قريه ' || a.id || ' ' END,
    '', '', '', 'assert', '[]'
FROM claims_article a CROSS JOIN generate_series(0, 19) i;
INSERT INTO claims_claimlink (claim_a_id, claim_b_id, relation, score, evidence, priority, finding,
    status, decided_relation, holds, created_at, updated_at)
SELECT c.id, c.id + d, 'contradicts', 0.5, '{{}}', random(), '',
    CASE WHEN c.id % 10 < 8 THEN 'proposed' ELSE 'decided' END, '', '', now(), now()
FROM claims_claim c CROSS JOIN (VALUES (21), (63), (401)) AS distance(d)
WHERE EXISTS (SELECT 1 FROM claims_claim b WHERE b.id = c.id + d);
"""


def load(*, analyze: bool) -> None:
    with connection.cursor() as cursor:
        cursor.execute(CORPUS)
        if analyze:
            cursor.execute("ANALYZE claims_article, claims_claim, claims_claimlink")


@pytest.fixture(params=["analyzed", "never analyzed"])
def corpus(request):
    load(analyze=request.param == "analyzed")


@pytest.fixture
def analyzed_corpus():
    load(analyze=True)


def plan(queryset) -> str:
    return queryset.explain()


def test_link_list_page_reads_the_priority_index(corpus):
    assert "link_priority" in plan(link_brief_list()[:51])


def test_queue_page_reads_the_open_queue_index(corpus):
    assert "link_open_queue" in plan(queue_links()[:51])


def test_claim_search_uses_the_trigram_index(analyzed_corpus):
    found = claims_matching(claim_list(), "الجيش").order_by("-search_rank", "-id")[:51]
    assert "claim_search_trgm" in plan(found)


def explain(sql: str) -> str:
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN {sql}")
        return "\n".join(row[0] for row in cursor.fetchall())


def test_a_search_page_reads_indexes_then_its_rows_by_id(analyzed_corpus):
    """The window holds a quarter of the claims: its ranked part reads the trigram index or the id
    range of the window, the older part the trigram index or the primary key from the window's
    start down (which PostgreSQL prefers when a page is found in fewer claims than the word's
    matches), neither every claim; the page's rows (with their joins) are read by primary key alone."""
    search = claims_matching(claim_list(), "الجيش", window=CLAIMS // 4)
    start = search.values_list("search_window", flat=True)[0]
    with CaptureQueriesContext(connection) as queries:
        found = SearchParts(search, claim_list()).order_by("-search_rank", "-id")[:51]
    assert len(found) == 51
    ranked, older, rows = (explain(query["sql"]) for query in queries.captured_queries)
    assert "claim_search_trgm" in ranked or f"Index Cond: (id > {start})" in ranked
    assert "claim_search_trgm" in older or f"Index Cond: (id <= {start})" in older
    assert "Seq Scan on claims_claim" not in ranked + older
    assert "claims_claim_pkey" in rows and "claim_search_trgm" not in rows


INCIDENTS = 20_000
# Incidents of two members each, the claims cited by 40 sources; then 2,000 sources cited by none.
LISTS = f"""
INSERT INTO sources_source (name, name_en, kind, affiliation, qualifier, domain, from_registry, created_at)
SELECT 'مصدر ' || g, '', 'outlet', 'unknown', '', '', false, now() FROM generate_series(1, 2040) g;
UPDATE claims_claim SET source_id = (SELECT min(id) FROM sources_source) + id % 40;
INSERT INTO incidents_incident (kind, place_key, place_name, day, created_at, updated_at)
SELECT 'air_strike', '', 'بلدة ' || g, date '2018-01-01' + g % 700,
    now() - g * interval '1 minute', now() - (g % 5000) * interval '1 minute'
FROM generate_series(1, {INCIDENTS}) g;
INSERT INTO incidents_incidentclaim (incident_id, claim_id, created_at)
SELECT i.id, c.id, now() FROM claims_claim c
JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM incidents_incident) i ON i.n = c.id % {INCIDENTS};
"""


@pytest.fixture(params=["analyzed", "never analyzed"])
def lists(request):
    load(analyze=False)
    with connection.cursor() as cursor:
        cursor.execute(LISTS)
        if request.param == "analyzed":
            cursor.execute(
                "ANALYZE sources_source, incidents_incident, incidents_incidentclaim, claims_claim"
            )


def test_an_incidents_page_reads_the_ordering_index_and_no_claims(lists):
    """The counts are stored: a page reads 51 incidents from the head of the index of its
    ordering (standing incidents, newest change first), never their claims nor a sort of all."""
    from incidents.api import IncidentsApi

    found = plan(IncidentsApi().get_queryset()[:51])
    assert "incident_list_order" in found and "Sort" not in found, found
    assert "incidentclaim" not in found and "claims_claim" not in found


def test_a_sources_page_reads_no_claims(lists):
    """The claim counts are stored: a page of sources reads none of the claims of each source
    (40 sources hold 20,000 claims), whatever it orders by."""
    from sources.api import SourcesApi

    listed = SourcesApi().get_queryset()
    for ordering in (("name", "id"), ("-claim_count", "id"), ("score", "id")):
        assert "claims_claim" not in plan(listed.order_by(*ordering)[:51])


def test_stored_counts_agree_with_the_claims_after_a_bulk_load(lists):
    """The PostgreSQL triggers count statement by statement: a load of 20,000 claims' sources and
    memberships in two statements leaves every stored count as the claims give it."""
    from incidents.services import incidents_recount
    from sources.services import source_claims_recount

    assert (source_claims_recount(), incidents_recount()) == ([], [])
