"""The review queue as a fact-checker meets it, scored against the project's incident gold.

usage: python bench/review_queue.py [--part fit|test|all] [--only GROUPS] [--show N] [--errors G>P] [--pairs FILE]   (from the repository root)
       python bench/review_queue.py --groups R-117,V-646 --show 25

``--only R-145,V-8`` ingests those labelled groups of the part alone (a fold of it). ``--groups`` reads the queue of Baly 2018 claim groups that need no labels: of each group, every
article whose Baly stance is not "unrelated" and the two shortest that are (a real queue holds
off-topic pages too), ingested the same way; it prints the queue's first links (``--show``) and its
size, for a fact-checker's reading of groups no figure has been tuned on.

The labelled articles of every claim group of the part (``bench/gold/incidents/split.json``; the
article texts are read from ../shared) are ingested one by one, with their URL and its host as the
publisher, into a fresh SQLite database in a temporary directory of its own, and go through the real pipeline
(segment, then link, Celery eager). Each stored claim gets the gold label whose ``claim`` text it
contains; a claim of a labelled article that no label names is about no incident.

Prints one JSON line:
  * ``p_at_25`` / ``p_at_100``: the share of the first 25 / 100 open links of the queue, in queue
    order, that join two claims of one incident in two articles; ``relation_at_25`` /
    ``relation_at_100`` the share whose proposed relation is also the gold one;
  * ``same_incident_precision``: the same share over every proposed link;
  * ``denial_links``: links between a denial and a report of one incident, and the share of them
    proposed as contradicts; ``denial_pairs_linked``: the share of all such gold pairs the queue
    holds at all;
  * ``queue_macro_f1``: macro-F1 over corroborates / contradicts / unrelated of the proposed links'
    relations against the gold ("related" counts as unrelated);
  * ``pairs_macro_f1``: the same over every pair of labelled claims of different articles of one
    group, scored by the link stage's own scorer, so pairs the queue left out count too;
    ``pairs_balanced_macro_f1`` over as many pairs of each gold relation as the rarest has;
    ``pairs_confusion`` counts them by gold and proposed relation ("gold>proposed");
  * ``incident_pair_precision`` / ``incident_pair_recall``: of the pairs of labelled claims (of
    different articles) the stored incidents put together, the share that are one gold incident;
    of the pairs of one gold incident, the share put together;
  * ``unmatched_labels``: gold claims that no stored claim contains, is a part of (five words at least:
    a labelled text the segmenter now reads as two claims labels both) or holds 0.8 of the words of,
    segmentation misses.
``--show N`` prints the first N queue links with both claims and their gold labels; ``--pairs``
writes the labelled pairs in the ``manage.py relate`` input shape with their gold relation.
"""

from __future__ import annotations

import argparse
import itertools
import json
import logging
import os
import sys
import tempfile
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.pop("DATABASE_URL", None)
os.environ.pop("REDIS_URL", None)
# A database of its own per run: two runs at once must not flush each other's articles.
_WORKDIR = tempfile.TemporaryDirectory(prefix="bench_queue_")
os.environ["SQLITE_PATH"] = str(Path(_WORKDIR.name) / "queue.sqlite3")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402

from bench import incident_gold  # noqa: E402
from bench.corpora import baly_claim, document_text, document_url  # noqa: E402
from claims import selectors  # noqa: E402
from claims.ingestion import Record  # noqa: E402
from claims.models import Claim  # noqa: E402
from claims.services.ingest import article_ingest  # noqa: E402
from claims.services.link import _eligible, _link_for, claim_prepared  # noqa: E402

RELATIONS = ("corroborates", "contradicts", "unrelated")


def _squash(text: str) -> str:
    return " ".join(text.split())


PART_WORDS = 5  # words at least of a stored claim that carries a labelled text's label as a part of it


def _part_of(claim: str, labelled: str) -> bool:
    return len(claim.split()) >= PART_WORDS and _squash(claim) in _squash(labelled)


# Share of a label's words a stored claim holds to carry it when it holds the label no longer whole.
MOST_OF = 0.8


def _most_of(claims: list, labelled: str) -> list:
    """The stored claims holding the most of a label's words, at least MOST_OF of them: a time or a verb the
    frame now reads ("اليوم الأربعاء بدء إجلاء …" against the stored "بدء إجلاء …") leaves the rest of it."""
    words = labelled.split()
    shares = []
    for claim in claims if words else []:
        held = set(claim.text.split())
        shares.append((sum(w in held for w in words) / len(words), claim))
    best = max((share for share, _ in shares), default=0.0)
    return [c for share, c in shares if share == best] if best >= MOST_OF else []


def unlabelled_docs(group: str) -> list[str]:
    """The articles ``--groups`` ingests of one Baly claim group."""
    data = baly_claim(group)
    if data is None:
        return []
    stances = data["stance"]
    off_topic = sorted(
        (i for i, s in enumerate(stances) if s == "unrelated"), key=lambda i: len(data["article"][i])
    )
    chosen = sorted([i for i, s in enumerate(stances) if s != "unrelated"] + off_topic[:2])
    return [f"baly-{group}-{i}.txt" for i in chosen]


def ingest_doc(doc: str, counts: Counter):
    """Ingest one named document, its URL's host as the publisher; the result, or None when the
    text is not here. ``counts`` counts the outcomes."""
    text = document_text(doc)
    if text is None:
        counts["absent"] += 1
        return None
    url = document_url(doc)
    record = Record(body=text, origin=doc, url=url, publisher=urlsplit(url or "").hostname or "")
    result = article_ingest(record=record)
    counts[result.outcome] += 1
    return result


def ingest(
    part: str, only: set[str] | None = None
) -> tuple[dict[int, incident_gold.Label | None], list[str], Counter]:
    """Ingest the labelled articles of the part; the label of each stored claim of them."""
    by_claim: dict[int, incident_gold.Label | None] = {}
    unmatched: list[str] = []
    counts: Counter = Counter()
    for group in (g for g in incident_gold.groups(part) if only is None or g in only):
        _, claim_labels = incident_gold.labels(group)
        for doc in dict.fromkeys(label.doc for label in claim_labels):
            result = ingest_doc(doc, counts)
            if result is None or result.outcome != "new":
                continue
            claims = list(Claim.objects.filter(article=result.article).order_by("index"))
            for claim in claims:
                by_claim[claim.pk] = None
            for label in (label for label in claim_labels if label.doc == doc):
                found = [c for c in claims if _squash(label.claim) in _squash(c.text)]
                # A labelled text the segmenter now reads as two claims (a headline run into the report
                # after it: "com / ICRC-sy أعلنت اللجنة الدولية …") labels the parts of it long enough
                # to tell something.
                found = (
                    found
                    or [c for c in claims if _part_of(c.text, label.claim)]
                    or _most_of(claims, label.claim)
                )
                if not found:
                    unmatched.append(f"{doc}: {label.claim}")
                for claim in found:
                    by_claim[claim.pk] = label
    return by_claim, unmatched, counts


def macro_f1(pairs: list[tuple[str, str]]) -> float:
    scores = []
    for name in RELATIONS:
        tp = sum(1 for gold, pred in pairs if gold == name and pred == name)
        fp = sum(1 for gold, pred in pairs if gold != name and pred == name)
        fn = sum(1 for gold, pred in pairs if gold == name and pred != name)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        scores.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    return round(sum(scores) / len(scores), 3)


def _gold(labels: dict, a: int, b: int) -> str:
    la, lb = labels.get(a), labels.get(b)
    return incident_gold.relation(la, lb) if la and lb else "unrelated"


def _same_incident(labels: dict, a: int, b: int) -> bool:
    la, lb = labels.get(a), labels.get(b)
    return bool(la and lb and la.incident and la.incident == lb.incident)


def _predicted(relation: str) -> str:
    return "unrelated" if relation == "related" else relation


def _share(values: list[bool]) -> float | None:
    return round(sum(values) / len(values), 3) if values else None


def queue_figures(labels: dict) -> dict:
    queue = list(selectors.queue_links().values_list("claim_a_id", "claim_b_id", "relation"))
    same = [_same_incident(labels, a, b) for a, b, _ in queue]
    right = [_gold(labels, a, b) == _predicted(r) and s for (a, b, r), s in zip(queue, same, strict=True)]
    denial = [r for a, b, r in queue if _denial_pair(labels, a, b)]
    return {
        "links": len(queue),
        "p_at_25": _share(same[:25]),
        "p_at_100": _share(same[:100]),
        "relation_at_25": _share(right[:25]),
        "relation_at_100": _share(right[:100]),
        "same_incident_precision": _share(same),
        "denial_links": len(denial),
        "denial_links_contradicts": _share([r == "contradicts" for r in denial]),
        "queue_macro_f1": macro_f1([(_gold(labels, a, b), _predicted(r)) for a, b, r in queue]),
    }


def _denial_pair(labels: dict, a: int, b: int) -> bool:
    la, lb = labels.get(a), labels.get(b)
    return _same_incident(labels, a, b) and {la.role, lb.role} == {"deny", "report"}


def labelled_pairs(labels: dict) -> list[tuple[Claim, Claim, str]]:
    """Every pair of labelled claims of different articles of one claim group, with its gold relation."""
    claims = Claim.objects.filter(pk__in=[pk for pk, label in labels.items() if label]).select_related(
        "source", "article"
    )
    by_group: dict[str, list[Claim]] = {}
    for claim in claims:
        by_group.setdefault(claim.article.origin.rsplit("-", 1)[0], []).append(claim)
    return [
        (a, b, _gold(labels, a.pk, b.pk))
        for members in by_group.values()
        for a, b in itertools.combinations(sorted(members, key=lambda c: c.pk), 2)
        if _eligible(a, b)
    ]


def pair_figures(
    labels: dict, pairs: list[tuple[Claim, Claim, str]], errors: str = "", count: int = 0
) -> dict:
    """The pair figures; ``errors`` ("contradicts>unrelated") prints the first ``count`` pairs of
    that gold and proposed relation, with the scorer's evidence."""
    prepared: dict = {}
    scored = []
    linked = {(a, b) for a, b in selectors.queue_links().values_list("claim_a_id", "claim_b_id")}
    for a, b, gold in pairs:
        prepared.setdefault(a.pk, claim_prepared(a))
        prepared.setdefault(b.pk, claim_prepared(b))
        found = _link_for(a, b, prepared)
        scored.append((gold, _predicted(found[1].relation) if found else "unrelated"))
        if f"{gold}>{scored[-1][1]}" == errors and count > 0:
            count -= 1
            print(f"{errors} {found[1].relation if found else 'none'}")
            for claim in (a, b):
                label = labels[claim.pk]
                print(
                    f"   [{claim.article.origin} {claim.modality} {label.incident}/{label.role}] {claim.text[:200]}"
                )
            print(f"   evidence: {json.dumps(found[1].evidence if found else {}, ensure_ascii=False)[:400]}")
    denials = [(a.pk, b.pk) in linked for a, b, _ in pairs if _denial_pair(labels, a.pk, b.pk)]
    return {
        "pairs": len(pairs),
        "pairs_by_gold": dict(Counter(gold for _, _, gold in pairs)),
        "pairs_macro_f1": macro_f1(scored),
        "pairs_balanced_macro_f1": macro_f1(balanced(scored)),
        "pairs_confusion": {f"{gold}>{found}": n for (gold, found), n in sorted(Counter(scored).items())},
        "denial_pairs": len(denials),
        "denial_pairs_linked": _share(denials),
    }


def balanced(scored: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """As many pairs of each gold relation as the rarest has, evenly spread over each relation's
    pairs in their order: a set shaped like hand-picked claim pairs, where unrelated pairs do not
    outnumber the others a hundred to one."""
    by_gold: dict[str, list[tuple[str, str]]] = {}
    for pair in scored:
        by_gold.setdefault(pair[0], []).append(pair)
    size = min((len(rows) for rows in by_gold.values()), default=0)
    return [rows[i * len(rows) // size] for rows in by_gold.values() for i in range(size)]


def incident_figures(labels: dict) -> dict:
    """How the stored incidents group the labelled claims, pair by pair of claims of different
    articles: precision (two claims put in one incident are one gold incident), recall (two claims
    of one gold incident are put in one incident)."""
    from incidents.models import IncidentClaim

    stored = dict(IncidentClaim.objects.values_list("claim_id", "incident_id"))
    article = dict(Claim.objects.filter(pk__in=list(labels)).values_list("pk", "article_id"))
    labelled = [pk for pk, label in labels.items() if label and label.incident]
    grouped, gold = [], []
    for a, b in itertools.combinations(sorted(labelled), 2):
        if article[a] == article[b]:
            continue
        together = a in stored and stored.get(a) == stored.get(b)
        same = labels[a].incident == labels[b].incident
        if together:
            grouped.append(same)
        if same:
            gold.append(together)
    return {
        "incidents": len(set(stored.values())),
        "claims_in_incidents": len(stored),
        "incident_pair_precision": _share(grouped),
        "incident_pair_recall": _share(gold),
    }


def show(labels: dict, count: int) -> None:
    for rank, link in enumerate(selectors.queue_links()[:count], start=1):
        gold = _gold(labels, link.claim_a_id, link.claim_b_id)
        print(f"#{rank} {link.relation} p={link.priority} gold={gold} id={link.pk}")
        for claim in (link.claim_a, link.claim_b):
            label = labels.get(claim.pk)
            tag = f"{label.incident}/{label.role}" if label else "-"
            print(f"   [{claim.article.origin} {claim.modality} {tag}] {claim.text[:160]}")
        print(f"   evidence: {json.dumps(link.evidence, ensure_ascii=False)[:300]}")


def write_pairs(path: Path, pairs: list[tuple[Claim, Claim, str]]) -> None:
    """One ``manage.py relate`` line per pair; the id names the claim group ("R-145:12-40"), so that
    pairs can be split by group."""
    with path.open("w", encoding="utf-8") as out:
        for a, b, gold in pairs:
            sides = [
                {"text": c.text, "modality": c.modality, "publisher": c.article.publisher} for c in (a, b)
            ]
            group = a.article.origin.rsplit("-", 1)[0].removeprefix("baly-").removesuffix(".txt")
            row = {"id": f"{group}:{a.pk}-{b.pk}", "a": sides[0], "b": sides[1], "gold": gold}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


def read_groups(names: list[str], count: int) -> int:
    if document_text("baly-R-145-1.txt") is None:
        print("skipped: ../shared/data/external/baly2018 is absent")
        return 0
    call_command("migrate", verbosity=0)
    call_command("flush", interactive=False, verbosity=0)
    call_command("loadsources", verbosity=0)
    counts: Counter = Counter()
    for doc in (doc for name in names for doc in unlabelled_docs(name)):
        ingest_doc(doc, counts)
    show({}, count)
    print(json.dumps({"groups": names, "articles": dict(counts), "links": selectors.queue_links().count()}))
    return 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("fit", "dev", "test", "all"), default="fit")
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--pairs", type=Path)
    parser.add_argument("--errors", help='print --show labelled pairs of one "gold>proposed" relation')
    parser.add_argument("--groups", help="comma-separated Baly claim groups to read unlabelled")
    parser.add_argument(
        "--only", help="comma-separated labelled groups of the part to ingest, the rest left out"
    )
    args = parser.parse_args(argv)
    logging.disable(logging.INFO)  # one line per eager task otherwise
    if args.groups:
        return read_groups(args.groups.split(","), args.show)
    if not incident_gold.groups(args.part) or document_text("baly-R-145-1.txt") is None:
        print("skipped: the incident gold or ../shared/data/external/baly2018 is absent")
        return 0
    call_command("migrate", verbosity=0)
    call_command("flush", interactive=False, verbosity=0)
    call_command("loadsources", verbosity=0)
    labels, unmatched, counts = ingest(args.part, set(args.only.split(",")) if args.only else None)
    pairs = labelled_pairs(labels)
    figures = {"part": args.part, "articles": dict(counts), **queue_figures(labels)}
    figures |= pair_figures(labels, pairs, args.errors or "", args.show if args.errors else 0)
    figures |= incident_figures(labels) | {"unmatched_labels": len(unmatched)}
    if args.show and not args.errors:
        show(labels, args.show)
    if args.pairs:
        write_pairs(args.pairs, pairs)
    print(json.dumps(figures, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
