"""The plans PostgreSQL makes for the hot list queries use their indexes: a page of links is read from
an index's head, on fresh statistics and on none (a bulk load autovacuum has not analysed yet), never
by sorting every link; claim search reads the trigram index once the table is analysed, with an id
range for the newest claims, and reads a page's rows by id."""

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
