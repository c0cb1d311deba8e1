"""Scale benchmark of the claim-linking stage: candidate generation and scoring over N stored claims.

usage: python bench/linking.py [--claims N] [--articles K] [--sample S] [--keep]   (from the repository root)

Database: DATABASE_URL when set (PostgreSQL), else a SQLite file in the temp directory
(``$TMPDIR/bench_linking.sqlite3``), never the developer's db.sqlite3. The database is migrated first.
It must hold nothing but benchmark rows: the run refuses to start when it finds an article that
this benchmark did not write, and without ``--keep`` it empties every table before building.

Corpus: real sentences (claims segmented from claims/fixtures/seeds by ``segment``, the ANS stance
pairs and ANS claims, ArbTEDS texts and hypotheses, Baly 2018 claims, all read in place from
../shared/data/external; when these hold fewer than N / COPIES sentences, also the claims
``segment`` finds in the news articles Baly 2018 gathered for its claims, about 100,000 more)
repeated and perturbed until there are N claims: numbers changed, place names swapped from a
list, reporting verbs swapped (قال/زعم/نفى/أكد/ادعى, which also sets the claim's modality),
event verbs reversed (ارتفع/انخفض, تقدم/تراجع …), a word dropped. Claims come in articles of 20,
each claim with one of a few sources of different affiliations (or none); a claim's ``sentence``
holds the real sentence it was perturbed from. Article, Claim and ClaimKey (key hash) rows are
written with bulk_create in batches of 2000 claims (memory stays flat), the keys through the stage's
own ``claims_create``. The corpus articles are marked linked. On PostgreSQL the tables are
VACUUM ANALYZEd after the build (and on reuse), as autovacuum would do on a live database.

Stories: sentences a corpus pairs as reports of one event (an ANS agree/disagree pair, an ArbTEDS
text and hypothesis) form one story, every other sentence its own; claims perturbed from sentences
of one story are "same-story" claims, the links a linker should find.

Measure: K new 20-claim articles (default 20) are generated the same way, stored as segmented and
indexed by ``claims_create`` (as ``article_segment`` does), then each is linked by the real
``article_link`` in a fresh Python process that holds nothing else, as a worker would
(``linker_peak_rss_mb`` is its peak memory; ``peak_rss_mb`` that of the benchmark process, which
also builds the corpus and scores the recall sample). ``per_article_ms`` is the median wall time
of linking one article (p90 and max too); ``per_article_cpu_ms`` the median CPU time of the
linking process and ``per_article_sql_ms`` the median time it spent waiting on queries, which
together show where the time goes on a busy machine.
``comparisons_per_claim`` is the number of pairs ``score_pair`` sees per new claim: the stage's own
``_candidate_ids`` followed by ``_eligible``, recomputed after the timed runs. ``all_pairs_factor``
is (claims in the database − 1) / comparisons_per_claim.

Recall: S claims (default 50) drawn at random from the new articles are related to an evaluation
set C of stored claims with the stage's own ``_eligible`` and ``_link_for`` (``score_pair``, then
``safe_relation``): the links exhaustive scoring would create.
  * At most ``--exhaustive-max`` claims in the database (default 20,000): C is every claim, exact
    all-pairs scoring.
  * Above that, scoring every pair is too slow (about 100 µs per pair), so C is every same-story
    claim (all of them, so the same-story figures stay exact), every claim sharing at least one
    stored key with the sample claim whatever the key's frequency, and a uniform random sample of
    ``--exhaustive-max`` claims. Links the random sample finds among claims reachable neither way
    are extrapolated to the whole database as ``links_outside_keys_per_claim_est``; the
    ``any_link`` figures then cover C only.
The stage keeps at most LINK_MAX_CANDIDATES links per claim, the most related first (the scorer's
1 − P(unrelated), then priority), so exhaustive scoring under the same cap would create the top
LINK_MAX_CANDIDATES of a claim's links in that order. ``candidate_recall`` is the share of those
top same-story links that the stage created (a created link tied with the last one counts);
``candidate_recall_uncapped`` the share of all same-story links. ``any_link_recall`` and
``any_link_recall_uncapped`` are the same over every link exhaustive scoring makes, including those
between claims of different stories, which are mostly the scorer's false positives on unrelated
pairs (it is trained on topically related pairs).
``stage_links_outside_eval`` counts stage links to claims outside C (0 when C is complete).

Size (PostgreSQL only, after the run): ``claims_table_mb`` is the claims table with its TOAST and
indexes (pg_total_relation_size), ``key_table_mb`` the same of the blocking-key table, split into
``key_heap_mb`` and ``key_indexes_mb``; ``key_to_claims_ratio`` is key_table_mb / claims_table_mb.

Prints one JSON line.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SEEDS = ROOT / "claims" / "fixtures" / "seeds"
EXTERNAL = ROOT.parent / "shared" / "data" / "external"
SQLITE_FILE = Path(tempfile.gettempdir()) / "bench_linking.sqlite3"
ORIGIN_CORPUS = "bench/linking corpus"
ORIGIN_NEW = "bench/linking new"
ARTICLE_CLAIMS = 20
BATCH_CLAIMS = 2000
SEED = 20240917
# Aim for at most this many claims perturbed from one sentence (more when the corpora run out).
COPIES = 8

if not os.environ.get("DATABASE_URL", "").strip():
    os.environ["SQLITE_PATH"] = str(SQLITE_FILE)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402

# A debug database connection keeps the text of its last 9,000 queries (bulk inserts of thousands
# of claims among them): not what a worker holds, so not measured.
settings.DEBUG = False
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.db.models import Max, Min, Q  # noqa: E402

from claims.models import Article, Claim, ClaimKey, ClaimLink, Status  # noqa: E402
from claims.services import link as stage  # noqa: E402
from claims.text.segment import segment  # noqa: E402
from sources.models import Source  # noqa: E402

# --- perturbation, written from Arabic --------------------------------------------------------

PLACES = (
    "سوريا العراق لبنان اليمن ليبيا مصر تونس الأردن السودان إدلب حلب دمشق حمص حماة درعا الرقة "
    "الموصل بغداد صنعاء عدن طرابلس بنغازي غزة القاهرة بيروت الرياض طهران أنقرة موسكو واشنطن "
    "الحسكة منبج عفرين تدمر البوكمال الغوطة القامشلي الحديدة تعز كركوك"
).split()
PLACE_SET = frozenset(PLACES)
CLITICS = ("وب", "ول", "وف", "و", "ب", "ل", "ف")
# Reporting verbs by gender, each with the modality it gives the claim.
REPORTING = {
    "m": {"قال": "assert", "أكد": "assert", "زعم": "allege", "ادعى": "allege", "نفى": "deny"},
    "f": {"قالت": "assert", "أكدت": "assert", "زعمت": "allege", "ادعت": "allege", "نفت": "deny"},
}
REPORTING_GENDER = {verb: gender for gender, verbs in REPORTING.items() for verb in verbs}
# Event words and their reversal, either way round.
REVERSIBLE = (
    ("ارتفع", "انخفض"),
    ("ارتفعت", "انخفضت"),
    ("يرتفع", "ينخفض"),
    ("ارتفاع", "انخفاض"),
    ("تقدم", "تراجع"),
    ("يتقدم", "يتراجع"),
    ("سيطرة", "انسحاب"),
    ("سيطرت", "انسحبت"),
    ("مقتل", "إصابة"),
    ("قتل", "جرح"),
    ("فتح", "إغلاق"),
    ("فوز", "خسارة"),
    ("يفوز", "يخسر"),
    ("اعتقال", "إفراج"),
    ("صعود", "هبوط"),
    ("يصعد", "يهبط"),
    ("أعلن", "نفى"),
    ("وافق", "رفض"),
    ("يدعم", "يعارض"),
)
REVERSE = {a: b for a, b in REVERSIBLE} | {b: a for a, b in REVERSIBLE}
SOURCES = (
    ("وكالة سانا", "pro_government"),
    ("المرصد السوري لحقوق الإنسان", "opposition"),
    ("وزارة الدفاع الروسية", "russian_state"),
    ("وكالة الأناضول", "turkish_state"),
    ("وكالة تسنيم", "iranian_state"),
    ("قوات سوريا الديمقراطية", "sdf"),
    ("التحالف الدولي", "us_coalition"),
    ("الأمم المتحدة", "international"),
    ("وكالة رويترز", "independent"),
    ("مصادر محلية", "unknown"),
)
DIGITS = re.compile(r"[0-9٠-٩]+")
ARABIC = re.compile("[\u0621-\u064a]")
DETACHED = re.compile(r"(?<!\S)([وفبلك]) (?=\S)")
MODALITIES = ("assert",) * 7 + ("allege",) * 2 + ("deny", "unattributed")


def _new_number(match: re.Match, rng: random.Random) -> str:
    text = match.group().translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789"))
    value = int(text) if len(text) < 12 else 1000
    if value > 1900 and value < 2100:  # a year: move it by a little
        return str(value + rng.choice((-2, -1, 1, 2)))
    if rng.random() < 0.5:
        return str(max(1, round(value * rng.uniform(0.5, 2.0)) + rng.randint(1, 9)))
    return str(rng.randint(2, 500))


def _swap_place(word: str, rng: random.Random) -> str | None:
    for clitic in ("", *CLITICS):
        if word.startswith(clitic) and word[len(clitic) :] in PLACE_SET:
            return clitic + rng.choice([p for p in PLACES if p != word[len(clitic) :]])
    return None


def perturb(text: str, rng: random.Random) -> tuple[str, str]:
    """A variant of a real sentence and the modality its reporting verb gives it.

    "قال المرصد إن 19 مدنيا قتلوا في إدلب" → ("زعم المرصد إن 23 مدنيا قتلوا في حلب", "allege")
    """
    if rng.random() < 0.6:
        text = DIGITS.sub(lambda m: _new_number(m, rng), text)
    words = text.split()
    modality = rng.choice(MODALITIES)
    places = [i for i, w in enumerate(words) if _swap_place(w, rng)]
    if places and rng.random() < 0.5:
        i = rng.choice(places)
        words[i] = _swap_place(words[i], rng) or words[i]
    for i, word in enumerate(words):
        bare, prefix = (
            (word[1:], "و") if word.startswith("و") and word[1:] in REPORTING_GENDER else (word, "")
        )
        if bare in REPORTING_GENDER:
            choices = REPORTING[REPORTING_GENDER[bare]]
            verb = rng.choice(list(choices))
            words[i], modality = prefix + verb, choices[verb]
            break
    reversible = [i for i, w in enumerate(words) if w in REVERSE]
    if reversible and rng.random() < 0.3:
        i = rng.choice(reversible)
        words[i] = REVERSE[words[i]]
    if len(words) > 6 and rng.random() < 0.2:
        del words[rng.randrange(1, len(words))]
    return " ".join(words), modality


# --- sentences ---------------------------------------------------------------------------------


def _csv_rows(path: Path) -> Iterator[dict[str, str]]:
    if path.exists():
        with path.open(encoding="utf-8", errors="replace", newline="") as handle:
            yield from csv.DictReader(handle)


def _clean(text: str) -> str:
    return " ".join((text or "").split())


def _usable(found: list[str]) -> list[str]:
    return [s for s in dict.fromkeys(found) if len(s.split()) >= 3 and ARABIC.search(s)]


def sentences(wanted: int) -> tuple[list[str], dict[str, int]]:
    """Real Arabic claims and headlines, deduplicated in a fixed order, and the story of each.

    ``wanted`` is the number of claims to build: when the paired corpora hold fewer than
    ``wanted / COPIES`` sentences, the claims of Baly 2018's articles are added, file by file.

    Two sentences are one story when a corpus pairs them as reports of one event (an ANS
    agree/disagree pair, an ArbTEDS text and hypothesis); every other sentence is its own story.
    """
    found: list[str] = []
    pairs: list[tuple[str, str]] = []
    for path in sorted(SEEDS.glob("*.txt")):
        found.extend(_clean(span.claim) for span in segment(path.read_text(encoding="utf-8")))
    ans = EXTERNAL / "ans"
    for split in ("train", "dev", "test"):
        for row in _csv_rows(ans / "stance" / f"{split}.csv"):
            one, two = _clean(row.get("s1")), _clean(row.get("s2"))
            found += [one, two]
            if row.get("stance") in ("agree", "disagree"):
                pairs.append((one, two))
        found.extend(_clean(row.get("claim")) for row in _csv_rows(ans / "claim" / f"{split}.csv"))
    for split in ("train", "valid", "test"):
        # ArbTEDS is stored with its prefixes split off ("ب مئتين و ثلاثين"): join them back.
        for row in _csv_rows(EXTERNAL / "arbteds" / f"{split}_ArbTEDS.csv"):
            one, two = (_clean(DETACHED.sub(r"\1", row.get(c) or "")) for c in ("t", "h"))
            found += [one, two]
            pairs.append((one, two))
    baly = sorted((EXTERNAL / "baly2018" / "dataset").glob("*.json"))
    for path in baly:
        found.append(_clean(json.loads(path.read_text(encoding="utf-8")).get("claim")))
    pool = _usable(found)
    # Too few sentences for the corpus: add the claims of the articles Baly 2018 gathered for each
    # claim, so that a sentence is repeated about COPIES times rather than N / (a few thousand).
    for path in baly:
        if len(pool) * COPIES >= wanted:
            break
        for article in json.loads(path.read_text(encoding="utf-8")).get("article") or []:
            found.extend(_clean(span.claim) for span in segment(article))
        pool = _usable(found)
    if not pool:
        raise SystemExit(f"no sentences found in {SEEDS} or {EXTERNAL}")
    parent = {s: s for s in pool}

    def root(s: str) -> str:
        while parent[s] != s:
            parent[s] = parent[parent[s]]
            s = parent[s]
        return s

    for one, two in pairs:
        if one in parent and two in parent:
            parent[root(one)] = root(two)
    roots = {r: n for n, r in enumerate(dict.fromkeys(root(s) for s in pool))}
    return pool, {s: roots[root(s)] for s in pool}


# --- database ----------------------------------------------------------------------------------


def database_name() -> str:
    return "postgresql" if connection.vendor == "postgresql" else connection.vendor


def prepare_database(keep: bool) -> None:
    call_command("migrate", verbosity=0)
    foreign = Article.objects.exclude(origin__in=(ORIGIN_CORPUS, ORIGIN_NEW))
    if foreign.exists():
        raise SystemExit(
            f"{connection.settings_dict['NAME']} holds articles this benchmark did not write; "
            "point DATABASE_URL at a database of its own"
        )
    if not keep:
        call_command("flush", interactive=False, verbosity=0)


def sources() -> list[Source | None]:
    rows = [
        Source.objects.get_or_create(name=name, defaults={"affiliation": affiliation, "kind": "outlet"})[0]
        for name, affiliation in SOURCES
    ]
    return [*rows, None, None]


def claim_rows(
    article: Article, rng: random.Random, pool: list[str], people: list[Source | None], count: int
) -> list[Claim]:
    rows, start = [], 0
    for index in range(count):
        original = rng.choice(pool)
        text, modality = perturb(original, rng)
        rows.append(
            Claim(
                article=article,
                index=index,
                start=start,
                end=start + len(text),
                sentence=original,
                sentence_start=start,
                text=text,
                source=rng.choice(people),
                modality=modality,
            )
        )
        start += len(text) + 1
    return rows


def article_rows(first: int, count: int, origin: str, status: str) -> list[Article]:
    base = datetime(2018, 1, 1, tzinfo=UTC)
    return [
        Article(
            content_hash=hashlib.sha256(f"{origin} {i}".encode()).hexdigest(),
            title=f"{origin} {i}",
            body=f"{origin} {i}",
            publisher="bench",
            published_at=base + timedelta(hours=i % 20000),
            status=status,
            origin=origin,
        )
        for i in range(first, first + count)
    ]


def store(
    total: int, origin: str, status: str, rng: random.Random, pool: list[str], people: list[Source | None]
) -> list[int]:
    """Write ``total`` claims in articles of 20, batch by batch; returns the new article ids."""
    ids: list[int] = []
    done = 0
    while done < total:
        batch = min(BATCH_CLAIMS, total - done)
        first = done // ARTICLE_CLAIMS
        count = -(-batch // ARTICLE_CLAIMS)
        with transaction.atomic():
            articles = Article.objects.bulk_create(article_rows(first, count, origin, status))
            claims = []
            for n, article in enumerate(articles):
                size = min(ARTICLE_CLAIMS, batch - n * ARTICLE_CLAIMS)
                claims.extend(claim_rows(article, rng, pool, people, size))
            stage.claims_create(claims)
        ids.extend(a.pk for a in articles)
        done += batch
    return ids


def analyze() -> None:
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            for model in (Article, Claim, ClaimKey, ClaimLink):
                cursor.execute(f"VACUUM ANALYZE {model._meta.db_table}")
    else:
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def corpus(n: int, keep: bool, pool: list[str], people: list[Source | None]) -> tuple[float, bool]:
    """Build (or, with --keep, reuse) the corpus of ``n`` claims. Returns (seconds, reused)."""
    Article.objects.filter(origin=ORIGIN_NEW).delete()
    stored = Claim.objects.filter(article__origin=ORIGIN_CORPUS).count()
    if keep and stored == n:
        analyze()
        return 0.0, True
    if stored:
        call_command("flush", interactive=False, verbosity=0)
        people[:] = sources()
    started = time.perf_counter()
    store(n, ORIGIN_CORPUS, Status.LINKED, random.Random(SEED), pool, people)
    analyze()
    return time.perf_counter() - started, False


# --- measure -----------------------------------------------------------------------------------


def link_new(
    k: int, pool: list[str], people: list[Source | None]
) -> tuple[list[int], list[float], list[float], list[float], float]:
    """Store K new articles, then link them in a fresh process that holds nothing but the stage,
    as a worker does (linking inside this process, which holds the corpus sentences, measured
    304 ms per article where a fresh process took 232)."""
    ids = store(k * ARTICLE_CLAIMS, ORIGIN_NEW, Status.SEGMENTED, random.Random(SEED + 1), pool, people)
    child = subprocess.run(
        [sys.executable, __file__, "--link", ",".join(map(str, ids))],
        capture_output=True,
        text=True,
        check=False,
        env=os.environ,
    )
    if child.returncode:
        raise SystemExit(f"linking process failed:\n{child.stderr}")
    found = json.loads(child.stdout.strip().splitlines()[-1])
    return ids, found["times"], found["cpu"], found["sql"], found["peak_rss_mb"]


def link_timed(article_ids: list[int]) -> dict:
    """Link each article with the real ``article_link``: wall, CPU and query-wait time, and peak RSS."""
    times, cpu, sql = [], [], []
    waited = [0.0]

    def timed(execute, query, params, many, context):
        started = time.perf_counter()
        try:
            return execute(query, params, many, context)
        finally:
            waited[0] += time.perf_counter() - started

    for article_id in article_ids:
        waited[0] = 0.0
        with connection.execute_wrapper(timed):
            started, started_cpu = time.perf_counter(), time.process_time()
            offset: int | None = 0
            while offset is not None:
                offset = stage.article_link(article_id=article_id, offset=offset)
            times.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - started_cpu) * 1000)
        sql.append(waited[0] * 1000)
    return {"times": times, "cpu": cpu, "sql": sql, "peak_rss_mb": _peak_rss_mb()}


def _peak_rss_mb() -> float:
    """Peak resident memory of this process: VmHWM where Linux gives it (ru_maxrss of a process
    started by another also counts the parent's pages from before exec)."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def comparisons(article_ids: list[int]) -> tuple[int, int]:
    """Pairs the stage scored for the new claims, counted with its own candidate functions."""
    pairs = claims = 0
    for article in Article.objects.filter(pk__in=article_ids):
        chunk = list(article.claims.select_related("source").order_by("index"))
        keys = stage._stored_keys(chunk)
        for claim in chunk:
            ids = stage._candidate_ids(claim, keys[claim.pk], article)
            others = Claim.objects.filter(pk__in=ids).select_related("source")
            pairs += sum(1 for other in others if stage._eligible(claim, other))
            claims += 1
    return pairs, claims


def _batches(ids: list[int], size: int = BATCH_CLAIMS) -> Iterator[list[Claim]]:
    for i in range(0, len(ids), size):
        yield list(Claim.objects.filter(pk__in=ids[i : i + size]).select_related("source"))


def _stage_links(claim_id: int) -> set[int]:
    pairs = ClaimLink.objects.filter(Q(claim_a_id=claim_id) | Q(claim_b_id=claim_id))
    return {a if b == claim_id else b for a, b in pairs.values_list("claim_a_id", "claim_b_id")}


def _capped(links: dict[int, tuple[float, float]], created: set[int], cap: int) -> tuple[int, int]:
    """(hits, wanted): the top ``cap`` links in the stage's order, and how many of them it created.

    A created link that ties the last wanted one counts, since either could be kept.
    """
    ranked = sorted(links.values(), reverse=True)
    wanted = min(cap, len(ranked))
    threshold = ranked[wanted - 1] if len(ranked) > cap else (float("-inf"),)
    return min(wanted, sum(1 for o in created if o in links and links[o] >= threshold)), wanted


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def recall(article_ids: list[int], sample: int, exhaustive_max: int, story: dict[str, int]) -> dict:
    rng = random.Random(SEED + 2)
    new_ids = sorted(Claim.objects.filter(article_id__in=article_ids).values_list("pk", flat=True))
    chosen = rng.sample(new_ids, min(sample, len(new_ids)))
    targets = list(Claim.objects.filter(pk__in=chosen).select_related("source").order_by("pk"))
    prepared = {c.pk: stage.claim_prepared(c) for c in targets}
    story_of = {t.pk: story.get(t.sentence, -t.pk) for t in targets}
    total = Claim.objects.count()
    exhaustive = total <= exhaustive_max
    # Claims told apart from the rest by lineage: perturbed from a sentence of the target's story.
    wanted_stories = set(story_of.values())
    sentences = [s for s, n in story.items() if n in wanted_stories]
    same: dict[int, int] = {}
    for i in range(0, len(sentences), 500):
        rows = Claim.objects.filter(sentence__in=sentences[i : i + 500]).values_list("pk", "sentence")
        same.update((pk, story[sentence]) for pk, sentence in rows.iterator())
    # For each claim to score, the targets it is scored against; None is every target.
    plan: dict[int, set[int] | None] = {}
    sharing: dict[int, set[int]] = {}
    random_ids: set[int] = set()
    if exhaustive:
        plan = dict.fromkeys(Claim.objects.values_list("pk", flat=True).iterator(), None)
    else:
        for target in targets:
            keys = list(ClaimKey.objects.filter(claim_id=target.pk).values_list("key", flat=True))
            rows = ClaimKey.objects.filter(key__in=keys).values_list("claim_id", flat=True).distinct()
            sharing[target.pk] = set(rows.iterator())
            for claim_id in sharing[target.pk]:
                plan.setdefault(claim_id, set()).add(target.pk)
        for claim_id, n in same.items():
            for target in targets:
                if story_of[target.pk] == n:
                    plan.setdefault(claim_id, set()).add(target.pk)
        low, high = Claim.objects.aggregate(low=Min("pk"), high=Max("pk")).values()
        draws = rng.sample(range(low, high + 1), min(exhaustive_max, high - low + 1))
        random_ids = set(Claim.objects.filter(pk__in=draws).values_list("pk", flat=True))
        plan.update(dict.fromkeys(random_ids, None))
    found: dict[int, dict[int, tuple[float, float]]] = {t.pk: {} for t in targets}
    outside = scored = 0
    for batch in _batches(sorted(plan)):
        for other in batch:
            other_prepared = stage.claim_prepared(other)
            wanted = plan[other.pk]
            for target in targets:
                if other.pk == target.pk or (wanted is not None and target.pk not in wanted):
                    continue
                if not stage._eligible(target, other):
                    continue
                scored += 1
                made = stage._link_for(
                    target, other, {target.pk: prepared[target.pk], other.pk: other_prepared}
                )
                if made is None:
                    continue
                relatedness, link = made
                found[target.pk][other.pk] = (relatedness, link.priority)
                if (
                    not exhaustive
                    and other.pk not in sharing[target.pk]
                    and same.get(other.pk) != story_of[target.pk]
                ):
                    outside += 1
    cap = settings.LINK_MAX_CANDIDATES
    counts = dict.fromkeys(("story_hits", "story_wanted", "any_hits", "any_wanted"), 0)
    counts |= dict.fromkeys(("story_found", "story_links", "any_found", "any_links", "stray"), 0)
    for target in targets:
        created = _stage_links(target.pk)
        links = found[target.pk]
        story_links = {o: p for o, p in links.items() if same.get(o) == story_of[target.pk]}
        for name, chosen_links in (("story", story_links), ("any", links)):
            hits, wanted = _capped(chosen_links, created, cap)
            counts[f"{name}_hits"] += hits
            counts[f"{name}_wanted"] += wanted
            counts[f"{name}_found"] += len(created & chosen_links.keys())
            counts[f"{name}_links"] += len(chosen_links)
        counts["stray"] += len(created - links.keys())
    n = max(len(targets), 1)
    report = {
        "recall_method": "exhaustive"
        if exhaustive
        else f"same-story + key-sharing + random {exhaustive_max}",
        "recall_sample": len(targets),
        "recall_pairs_scored": scored,
        "candidate_recall": _ratio(counts["story_hits"], counts["story_wanted"]),
        "candidate_recall_uncapped": _ratio(counts["story_found"], counts["story_links"]),
        "same_story_links_per_claim": round(counts["story_links"] / n, 2),
        "any_link_recall": _ratio(counts["any_hits"], counts["any_wanted"]),
        "any_link_recall_uncapped": _ratio(counts["any_found"], counts["any_links"]),
        "exhaustive_links_per_claim": round(counts["any_links"] / n, 2),
        "stage_links_outside_eval": counts["stray"],
    }
    if not exhaustive:
        reach = {t.pk: sharing[t.pk] | {o for o, m in same.items() if m == story_of[t.pk]} for t in targets}
        random_outside = sum(len(random_ids - reach[t.pk]) for t in targets) / n
        per_claim = sum(len(r) for r in reach.values()) / n
        report["key_sharing_claims_per_claim"] = round(sum(len(v) for v in sharing.values()) / n, 1)
        report["links_outside_keys_per_claim_est"] = round(
            outside / n / max(random_outside, 1) * (total - per_claim), 2
        )
    return report


def table_sizes() -> dict:
    """On-disk size of the claims table and of the blocking-key table, in MB (PostgreSQL only)."""
    if connection.vendor != "postgresql":
        return {}
    mb = 1024 * 1024
    with connection.cursor() as cursor:
        sizes = {}
        for name, model in (("claims", Claim), ("key", ClaimKey)):
            cursor.execute(
                "SELECT pg_total_relation_size(%s), pg_relation_size(%s), pg_indexes_size(%s)",
                [model._meta.db_table] * 3,
            )
            sizes[name] = cursor.fetchone()
    claims_total, claims_heap, claims_indexes = sizes["claims"]
    key_total, key_heap, key_indexes = sizes["key"]
    return {
        "claims_table_mb": round(claims_total / mb, 1),
        "claims_heap_mb": round(claims_heap / mb, 1),
        "claims_indexes_mb": round(claims_indexes / mb, 1),
        "key_table_mb": round(key_total / mb, 1),
        "key_heap_mb": round(key_heap / mb, 1),
        "key_indexes_mb": round(key_indexes / mb, 1),
        "key_to_claims_ratio": round(key_total / claims_total, 2) if claims_total else None,
    }


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=2000, help="claims in the corpus (default 2000)")
    parser.add_argument("--articles", type=int, default=20, help="new 20-claim articles to link (default 20)")
    parser.add_argument("--sample", type=int, default=50, help="new claims checked for recall (default 50)")
    parser.add_argument(
        "--exhaustive-max",
        type=int,
        default=20_000,
        help="score recall samples against every claim up to this many claims (default 20000)",
    )
    parser.add_argument("--keep", action="store_true", help="reuse a stored corpus of the same size")
    parser.add_argument("--link", help=argparse.SUPPRESS)  # internal: the linking process
    args = parser.parse_args(argv)
    if args.link:
        print(json.dumps(link_timed([int(i) for i in args.link.split(",")])))
        return
    prepare_database(args.keep)
    pool, story = sentences(args.claims + args.articles * ARTICLE_CLAIMS)
    people = sources()
    build_seconds, reused = corpus(args.claims, args.keep, pool, people)
    load_before = os.getloadavg()[0]
    article_ids, times, cpu, sql, linker_rss = link_new(args.articles, pool, people)
    pairs, new_claims = comparisons(article_ids)
    total = Claim.objects.count()
    per_claim = pairs / max(new_claims, 1)
    report = {
        "claims": args.claims,
        "database": database_name(),
        "build_seconds": round(build_seconds, 1),
        "corpus_reused": reused,
        "keys_per_claim": round(ClaimKey.objects.count() / max(total, 1), 2),
        "articles": len(times),
        "per_article_ms": round(statistics.median(times), 1),
        "per_article_ms_p90": round(sorted(times)[int(0.9 * (len(times) - 1))], 1),
        "per_article_ms_max": round(max(times), 1),
        "per_article_cpu_ms": round(statistics.median(cpu), 1),
        "per_article_sql_ms": round(statistics.median(sql), 1),
        "load_average": [round(load_before, 1), round(os.getloadavg()[0], 1)],
        "comparisons_per_claim": round(per_claim, 2),
        "links_per_claim": round(ClaimLink.objects.count() / max(new_claims, 1), 2),
        "all_pairs_factor": round((total - 1) / per_claim, 1) if per_claim else None,
    }
    report.update(table_sizes())
    report.update(recall(article_ids, args.sample, args.exhaustive_max, story))
    report["sentences"] = len(pool)
    report["peak_rss_mb"] = _peak_rss_mb()
    report["linker_peak_rss_mb"] = linker_rss
    print(json.dumps(report, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
