"""Index documents: skip what has not changed, extract the rest, write in batches."""

from __future__ import annotations

import gc
import os
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field, replace

from .crosscheck import CrossChecker
from .errors import DocumentError, FactcheckError
from .findings import refresh
from .lexicon import load_lexicon
from .model import Document
from .pipeline import Extractor
from .reader import Source, display_path, iter_sources, read_bytes
from .store import Index, claim_rows

# Documents per write transaction, and the longest a read document waits to be written. Each commit
# rewrites the index pages it touched, so 1000 documents per commit write a third less than 200 did;
# the time bound keeps a slow run's progress visible to readers and small if it is killed.
BATCH = 1000
BATCH_SECONDS = 2.0


@dataclass
class IndexSummary:
    read: int = 0
    unchanged: int = 0
    skipped: int = 0
    failed: int = 0
    claims: int = 0
    partitions: int = 0  # (entity, metric) partitions whose findings were recomputed
    messages: list[str] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        return 1 if self.failed else 0


@dataclass(frozen=True, slots=True)
class _Job:
    source: Source
    raw: bytes | None  # standard input's bytes; files are read by whoever extracts them
    size: int | None
    mtime_ns: int | None
    known_digest: str | None = None  # the digest the index has for this document, if any


_WORKER: Extractor | None = None
#: documents sent to a worker at a time: one round trip per document cost a tenth of the work
CHUNK = 8


def _extract_chunk(jobs: list[_Job]) -> list[_Result]:
    global _WORKER  # one extractor per worker process, built on first use
    if _WORKER is None:
        _WORKER = Extractor.create()
        gc.freeze()  # the lexicon and its tables live as long as the worker: never scan them
        gc.set_threshold(*_GC_THRESHOLDS)
    return [_run(_WORKER, job) for job in jobs]


# Extraction allocates many short-lived objects (matches, mentions, claims) and few cycles; with the
# default first threshold (700) the collector took a tenth of an index run. These thresholds cut that
# to almost nothing; memory stays flat because nearly everything is freed by reference counting.
_GC_THRESHOLDS = (50_000, 20, 100)


@contextmanager
def _fewer_collections() -> Iterator[None]:
    before = gc.get_threshold()
    gc.set_threshold(*_GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _chunks(jobs: Iterator[_Job], size: int) -> Iterator[list[_Job]]:
    chunk: list[_Job] = []
    for job in jobs:
        chunk.append(job)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


_Result = tuple[_Job, Document | None, list[tuple], int, str | None]


def _run(extractor: Extractor, job: _Job) -> _Result:
    """Read and extract one document; its claims come back as table rows, cheap to send between processes."""
    path = display_path(job.source.path) if job.source.path else job.source.name
    try:
        raw = job.raw if job.raw is not None else read_bytes(job.source)
        doc, bad = extractor.document(job.source.name, raw, path)
    except DocumentError as exc:
        return job, None, [], 0, str(exc)
    except RecursionError:
        return job, None, [], 0, f"{path}: too deeply nested to read"
    return job, replace(doc, claims=()), claim_rows(doc), bad, None


def _jobs(index: Index, paths: list[str], summary: IndexSummary, stdin: bytes | None,
          notify: Callable[[str], None]) -> Iterator[_Job]:
    for item in iter_sources(paths):
        if isinstance(item, tuple):
            kind, message = item
            if kind == "fail":
                summary.failed += 1
            else:
                summary.skipped += 1
            notify(message)
            continue
        if item.path is None:
            yield _Job(item, stdin or b"", None, None)
            continue
        size, mtime = item.size, item.mtime_ns
        if size is None:  # a file named on the command line: not yet looked at
            try:
                st = item.path.stat()
                size, mtime = st.st_size, st.st_mtime_ns
            except OSError:
                pass
        known = index.stored(item.name)
        if known is not None and known.size == size and known.mtime_ns == mtime and size is not None:
            summary.unchanged += 1
            continue
        yield _Job(item, None, size, mtime, known.digest if known is not None else None)


def index_paths(index: Index, paths: list[str], *, workers: int = 1, stdin: bytes | None = None,
                notify: Callable[[str], None] = lambda _m: None,
                progress: Callable[[str], None] = lambda _n: None,
                checking: Callable[[int], None] = lambda _n: None,
                summary: IndexSummary | None = None) -> IndexSummary:
    """Index every document under the paths, then bring the stored findings up to date.

    Messages about single files go to `notify`, each document read to `progress`, the number of
    partitions cross-checked so far to `checking`. Pass a summary to see how far a run got when it
    is interrupted."""
    summary = summary if summary is not None else IndexSummary()
    jobs = _jobs(index, paths, summary, stdin, notify)
    pending: list[tuple[Document, list[tuple] | None, int | None, int | None]] = []

    def handle(result: _Result) -> None:
        job, doc, rows, bad, error = result
        progress(job.source.name)
        if error is not None:
            summary.failed += 1
            notify(error)
            return
        assert doc is not None
        if bad:
            notify(f"{display_path(doc.path or doc.name)}: {bad} undecodable byte(s) replaced; the rest was read")
        if job.known_digest is not None and job.known_digest == doc.digest:
            index.touch(doc.name, job.size, job.mtime_ns)
            summary.unchanged += 1
            return
        pending.append((doc, rows, job.size, job.mtime_ns))
        summary.read += 1
        summary.claims += len(rows)
        if len(pending) >= BATCH or time.monotonic() - last_flush[0] > BATCH_SECONDS:
            flush()

    last_flush = [time.monotonic()]

    def flush() -> None:
        if pending:
            index.write(pending)
            pending.clear()
        last_flush[0] = time.monotonic()

    if workers <= 1:
        extractor = Extractor.create()
        try:
            with _fewer_collections():
                for job in jobs:
                    handle(_run(extractor, job))
        finally:
            flush()  # what was read before an interruption is kept, one whole document at a time
        with _fewer_collections():
            summary.partitions = refresh(index, CrossChecker.from_lexicon(extractor.lexicon), checking)
        return summary
    with ProcessPoolExecutor(max_workers=workers) as pool, _fewer_collections():
        try:
            # a bounded window of chunks in flight: memory stays flat whatever the corpus size
            window: deque[Future] = deque()
            for chunk in _chunks(jobs, CHUNK):
                window.append(pool.submit(_extract_chunk, chunk))
                if len(window) >= workers * 3:
                    for result in window.popleft().result():
                        handle(result)
            while window:
                for result in window.popleft().result():
                    handle(result)
        finally:
            flush()
        summary.partitions = refresh(index, CrossChecker.from_lexicon(load_lexicon()), checking, pool=pool,
                                     workers=workers)
    return summary


def default_workers() -> int:
    return max(1, min(2, os.cpu_count() or 1))


__all__ = ["FactcheckError", "IndexSummary", "index_paths"]
