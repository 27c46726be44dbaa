"""What the commands do, as plain functions over an index: no terminal, no typer."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import UsageError
from .lexicon import Lexicon
from .model import Claim
from .places import PlaceMatcher
from .store import Index, claim_from_record

if TYPE_CHECKING:  # the cross-checker is imported where it is used: listings start faster without it
    from .crosscheck import CrossChecker


@dataclass(frozen=True, slots=True)
class Filters:
    metric: str | None = None
    entity: str | None = None
    period: str | None = None
    doc: str | None = None
    kind: str | None = None


def resolve_metric(lexicon: Lexicon, metric: str) -> tuple[list[str], str | None]:
    """Metric ids a user's --metric means (an id or an alias), and text to match unlisted metrics."""
    ids = [m.id for m in lexicon.metrics if m.id == metric or metric in m.aliases]
    if ids:
        return ids, None
    return [], metric


def resolve_entity(places: PlaceMatcher, entity: str) -> str:
    return places.canonical(entity) or entity


def _query(lexicon: Lexicon, places: PlaceMatcher, f: Filters, limit: int | None) -> dict:
    metrics, text = resolve_metric(lexicon, f.metric) if f.metric else (None, None)
    entity = resolve_entity(places, f.entity) if f.entity else None
    if f.kind and f.kind not in ("actual", "target", "forecast"):
        raise UsageError(f"--kind: {f.kind!r} is not one of actual, target, forecast")
    return {"metrics": metrics, "metric_text": text, "entity": entity, "period": f.period, "doc": f.doc,
            "kind": f.kind, "limit": limit}


def list_claims(index: Index, lexicon: Lexicon, places: PlaceMatcher, f: Filters, limit: int | None = None,
                ordered: bool = True) -> list[dict]:
    return list(index.claims(**_query(lexicon, places, f, limit), ordered=ordered))


def claim_json(index: Index, lexicon: Lexicon, places: PlaceMatcher, f: Filters, limit: int | None = None) -> Iterator[str]:
    """The matching claims as stored JSON text, for listings that print JSON."""
    return index.claim_json(**_query(lexicon, places, f, limit))


def checker(lexicon: Lexicon) -> CrossChecker:
    from .crosscheck import CrossChecker

    return CrossChecker.from_lexicon(lexicon)


def compare_json(index: Index, lexicon: Lexicon, places: PlaceMatcher, f: Filters,
                 include_single: bool = False) -> Iterator[tuple[str, bytes]]:
    """(verdict, JSON) of the matching findings, in report order, streamed from the index.

    Findings are kept in the index per partition (see findings.py). A metric outside the lexicon is
    matched by its text, so its findings are computed over the matching claims instead."""
    from . import findings

    metrics, text, entity = _finding_filters(lexicon, places, f)
    if text is not None:
        claims = index.claim_json(metrics=None, metric_text=text, entity=entity, ordered=False)
        return findings.computed(checker(lexicon), claims, period=f.period, include_single=include_single)
    return findings.stored_and_stale(index, lambda: checker(lexicon), metrics=metrics, entity=entity,
                                     period=f.period, include_single=include_single)


def stale_groups(index: Index, lexicon: Lexicon, places: PlaceMatcher, f: Filters) -> int:
    """How many partitions the filters touch whose stored findings are out of date (computed on the fly)."""
    metrics, text, entity = _finding_filters(lexicon, places, f)
    return 0 if text is not None else len(index.stale_partitions(metrics, entity))


def _finding_filters(lexicon: Lexicon, places: PlaceMatcher, f: Filters) -> tuple[list[str] | None, str | None, str | None]:
    """Metric ids (or the text of a metric outside the lexicon) and the canonical place of the filters."""
    metrics, text = resolve_metric(lexicon, f.metric) if f.metric else (None, None)
    return metrics, text, resolve_entity(places, f.entity) if f.entity else None


def compare(index: Index, lexicon: Lexicon, places: PlaceMatcher, f: Filters, include_single: bool = False) -> list[dict]:
    """The matching findings as records, in report order."""
    import orjson

    return [orjson.loads(record) for _, record in compare_json(index, lexicon, places, f, include_single)]


def refresh_findings(index: Index, lexicon: Lexicon, progress=lambda _n: None) -> int:  # noqa: ANN001
    """Bring the findings stored in the index up to date; returns how many partitions were recomputed."""
    from .findings import refresh

    return refresh(index, checker(lexicon), progress)


@dataclass(frozen=True, slots=True)
class CheckResult:
    verdict: str  # supported, contradicted, no_evidence
    claim: Claim | None
    evidence: tuple[Claim, ...]
    reason: str

    @property
    def exit_code(self) -> int:
        return {"supported": 0, "contradicted": 1}.get(self.verdict, 3)

    def record(self) -> dict:
        return {"verdict": self.verdict, "reason": self.reason, "claim": self.claim.record() if self.claim else None,
                "evidence": [c.record() for c in self.evidence]}


def check(index: Index, lexicon: Lexicon, extractor, sentence: str, date: str | None) -> CheckResult:
    """Read a sentence with the extractor and look its claims up in the index."""
    if date and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", date):
        raise UsageError(f"--date: {date!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    doc = extractor.text("<check>", sentence, date)
    usable = [c for c in doc.claims if c.metric or c.metric_text]
    if not usable:
        return CheckResult("no_evidence", None, (), "no numeric claim found in the sentence")
    claim = usable[0]
    records = list(index.claims(metrics=[claim.metric] if claim.metric else None,
                                metric_text=None if claim.metric else claim.metric_text,
                                entity=claim.entity))
    candidates = [claim_from_record(r) for r in records]
    probe = claim
    same = []
    for group in _groups_with(probe, candidates):
        same.extend(c for c in group if c.id != probe.id)
    evidence = [c for c in same if c.kind == probe.kind and _same_time(c, probe)]
    if not evidence:
        return CheckResult("no_evidence", claim, (), f"nothing in the index speaks of {claim.metric or claim.metric_text}"
                           f" for {claim.entity or 'this place'} in {claim.period or 'that period'}")
    from .crosscheck import fmt_value, interval

    ci = interval(probe)
    agreeing = [c for c in evidence if _overlaps(ci, interval(c))]
    if agreeing:
        return CheckResult("supported", claim, tuple(agreeing),
                           f"{fmt_value(claim)} agrees with " + ", ".join(f"{fmt_value(c)} ({c.doc}:{c.line})" for c in agreeing))
    return CheckResult("contradicted", claim, tuple(evidence),
                       f"{fmt_value(claim)} disagrees with " + ", ".join(f"{fmt_value(c)} ({c.doc}:{c.line})" for c in evidence))


def _overlaps(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _groups_with(probe: Claim, candidates: list[Claim]) -> list[list[Claim]]:
    from .crosscheck import group_claims

    return [g for g in group_claims([probe, *candidates]) if any(c.id == probe.id for c in g)]


def _same_time(a: Claim, b: Claim) -> bool:
    pa = a.period or a.doc_date or ""
    pb = b.period or b.doc_date or ""
    if not pa or not pb:
        return not pa and not pb
    return pa.startswith(pb[:4]) and pb.startswith(pa[:4])


def show(index: Index, citation: str, context: int = 3) -> tuple[str, int, list[tuple[int, str]]]:
    """The lines around DOC:LINE, read from the indexed file."""
    m = re.fullmatch(r"(.+):(\d+)", citation.strip())
    if not m:
        raise UsageError(f"{citation!r}: expected DOC:LINE, e.g. 003_c12720918cdcb871.txt:32")
    name, line = m.group(1), int(m.group(2))
    stored = index.stored(name)
    if stored is None:
        matches = [d for d in index.documents() if d.name.endswith(name)]
        if len(matches) != 1:
            raise UsageError(f"{name}: no such document in the index")
        stored = matches[0]
    if not stored.path or not Path(stored.path).is_file():
        raise UsageError(f"{stored.name}: the file {stored.path or '(standard input)'} is no longer there to show")
    from .reader import decode

    text = decode(Path(stored.path).read_bytes(), stored.path).text
    lines = text.split("\n")
    if not 1 <= line <= len(lines):
        raise UsageError(f"{stored.name} has {len(lines)} lines; line {line} is not one of them")
    lo, hi = max(1, line - context), min(len(lines), line + context)
    return stored.name, line, [(n, lines[n - 1].rstrip("\r")) for n in range(lo, hi + 1)]
