"""Findings kept in the index: recomputed per stale partition, read back in report order.

The findings of one (entity, metric) partition depend on that partition's claims alone: groups are
made within an entity and a metric (or, for metrics outside the lexicon, within an entity), and growth
checks link levels and rates of one metric and place. So the index stores findings per partition,
a trigger marks a partition stale when its claims change, and only stale partitions are recomputed.
"""

from __future__ import annotations

import heapq
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, Future
from typing import TYPE_CHECKING

import orjson

from .model import VERDICT_ORDER, Finding
from .store import Index, claim_from_record

if TYPE_CHECKING:  # the cross-check loads only when a partition must be computed
    from .crosscheck import CrossChecker

Checker = Callable[[], "CrossChecker"]

#: how long one write transaction may compute before it commits: other writers wait about this long
TRANSACTION_SECONDS = 0.5
#: partitions handed to a pool in one write transaction
PARTITIONS_PER_TRANSACTION = 2000

SortKey = tuple[int, str, str, str]


def sort_key(f: Finding) -> SortKey:
    """Conflicts first, then by metric, entity and periods (the order of every findings listing)."""
    return VERDICT_ORDER[f.verdict], f.metric or "~", f.entity or "", "\x00".join(f.periods)


def partition_findings(checker: CrossChecker, records: list[str]) -> list[Finding]:
    """Every finding of one partition, singles included (listings filter them)."""
    claims = [claim_from_record(orjson.loads(r)) for r in records]
    return checker.findings(claims, include_single=True)


def finding_row(entity: str, metric: str, f: Finding) -> tuple:
    order, metric_key, _, periods_key = sort_key(f)
    return entity, metric, order, metric_key, periods_key, f.verdict, f.json()


def partition_rows(index: Index, checker: CrossChecker, entity: str, metric: str) -> list[tuple]:
    """The finding rows of one partition, from its claims as the index holds them now."""
    return [finding_row(entity, metric, f) for f in partition_findings(checker, index.partition_json(entity, metric))]


def refresh(index: Index, checker: CrossChecker, progress: Callable[[int], None] = lambda _n: None, *,
            pool: Executor | None = None, workers: int = 1) -> int:
    """Recompute the findings of every stale partition; returns how many partitions were recomputed.

    Each write transaction covers a batch of partitions, so an interruption keeps what was done and
    what is left stays marked stale. With a pool, worker processes read and cross-check partitions
    while this process holds the write lock: nobody else can change the claims they read, and the
    findings are written here."""
    done = 0
    while True:
        with index.write_transaction():
            parts = index.stale_partitions(limit=PARTITIONS_PER_TRANSACTION)
            if pool is None:
                started = time.monotonic()
                for entity, metric in parts:
                    index.replace_findings(entity, metric, partition_rows(index, checker, entity, metric))
                    done += 1
                    if time.monotonic() - started > TRANSACTION_SECONDS:
                        break
            else:
                done += _refresh_in_pool(index, parts, pool, workers)
        progress(done)
        if not parts:
            return done


def _refresh_in_pool(index: Index, parts: list[tuple[str, str]], pool: Executor, workers: int) -> int:
    # small tasks, each a stride through the list: the big partitions (unlisted metrics, metric '')
    # sort together and would otherwise all land on one worker
    tasks = max(workers * 8, -(-len(parts) // 16))
    window: deque[Future] = deque()  # a few tasks in flight: finished results are not held in memory

    def write_next() -> None:
        for entity, metric, rows in window.popleft().result():
            index.replace_findings(entity, metric, rows)

    for k in range(min(tasks, len(parts))):
        window.append(pool.submit(_partition_task, str(index.path), parts[k::tasks]))
        if len(window) >= workers * 2:
            write_next()
    while window:
        write_next()
    return len(parts)


_READERS: dict[str, tuple[Index, CrossChecker]] = {}  # per worker process: its connection and checker


def _partition_task(db_path: str, parts: list[tuple[str, str]]) -> list[tuple[str, str, list[tuple]]]:
    """In a worker process: the finding rows of some partitions, read through the worker's own connection."""
    if db_path not in _READERS:
        from .crosscheck import CrossChecker
        from .lexicon import load_lexicon

        _READERS[db_path] = Index(db_path, create=False), CrossChecker.from_lexicon(load_lexicon())
    index, checker = _READERS[db_path]
    return [(entity, metric, partition_rows(index, checker, entity, metric)) for entity, metric in parts]


def stored_and_stale(index: Index, checker: Checker, *, metrics: list[str] | None, entity: str | None,
                     period: str | None, include_single: bool) -> Iterator[tuple[str, bytes]]:
    """(verdict, JSON) of the findings matching the filters, in report order.

    Stored findings stream from the index; partitions still stale (an interrupted index run) are
    computed here and merged in, without writing. Everything is read from one snapshot, so an index
    run committing meanwhile can neither hide a partition nor show it twice."""
    with index.read_transaction():
        fresh: list[tuple[SortKey, bytes]] = []
        for part_entity, part_metric in index.stale_partitions(metrics, entity):
            for f in partition_findings(checker(), index.partition_json(part_entity, part_metric)):
                if _wanted(f, period, include_single):
                    fresh.append((sort_key(f), f.json()))
        fresh.sort(key=lambda item: item[0])
        stored = index.finding_rows(metrics=metrics, entity=entity, period=period, include_single=include_single)
        for key, record in heapq.merge(stored, fresh, key=lambda item: item[0]):
            yield _VERDICT_NAMES[key[0]], record


def computed(checker: CrossChecker, claims_json: Iterator[str], *, period: str | None,
             include_single: bool) -> Iterator[tuple[str, bytes]]:
    """(verdict, JSON) of findings computed on the fly over a set of claims (a metric outside the lexicon)."""
    found = checker.findings((claim_from_record(orjson.loads(r)) for r in claims_json), include_single=include_single)
    for f in found:
        if _wanted(f, period, include_single):
            yield f.verdict, f.json()


def _wanted(f: Finding, period: str | None, include_single: bool) -> bool:
    if f.verdict == "single" and not include_single:
        return False
    return not period or any(p.startswith(period) for p in f.periods)


_VERDICT_NAMES = {order: verdict for verdict, order in VERDICT_ORDER.items()}
