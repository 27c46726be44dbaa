"""Dataclasses that flow through the pipeline: documents, claims and findings."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

QUALIFIERS = ("exact", "at_least", "more_than", "at_most", "less_than", "approx")
MEASURES = ("level", "change", "share", "rank")
KINDS = ("actual", "target", "forecast")
VERDICTS = ("conflict", "revision", "target_vs_actual", "different_scope", "timeline", "agree", "single")
VERDICT_ORDER = {verdict: rank for rank, verdict in enumerate(VERDICTS)}  # listings show conflicts first


@dataclass(frozen=True, slots=True)
class DocumentMeta:
    """What is known about a document as a whole."""

    title: str | None
    date: str | None  # YYYY-MM-DD (or YYYY-MM / YYYY when that is all that is known)
    place: str | None  # canonical short name the document is mainly about
    source: str | None = None


@dataclass(frozen=True, slots=True)
class Claim:
    """One numeric claim, with everything needed to compare it and cite it."""

    id: str
    doc: str
    doc_date: str | None
    line: int
    quote: str
    text: str
    value: float
    unit: str
    lower: float | None
    upper: float | None
    qualifier: str
    entity: str | None
    metric: str | None
    metric_text: str
    measure: str | None
    period: str | None
    kind: str
    scope: tuple[str, ...] = ()
    basis: str | None = None  # "real" / "nominal" for growth rates where the text says so
    span: tuple[int, int] = (0, 0)  # start and end column of `text` in its original line
    group: str | None = None  # claims of one 分别 list share it: they speak of different things
    sentence: int = 0  # where its sentence starts in the analysis text: one sentence rarely contradicts itself
    cumulative: bool = False
    decimals: int = 0  # digits written after the decimal point, scaled to `value` (precision)
    precision: float = 0.0  # half a unit of the last written digit, in canonical units

    def record(self) -> dict[str, Any]:
        """The JSON/CSV record: the fields scripts rely on (asdict would deep-copy, and is slow)."""
        out = {name: getattr(self, name) for name in _CLAIM_FIELDS}
        out["scope"] = list(self.scope)
        out["span"] = list(self.span)
        return out


_CLAIM_FIELDS = tuple(f.name for f in fields(Claim))


@dataclass(frozen=True, slots=True)
class Document:
    """A read and normalised document, ready for claim extraction."""

    name: str
    path: str
    digest: str
    meta: DocumentMeta
    claims: tuple[Claim, ...] = field(default_factory=tuple)


@dataclass(frozen=True, slots=True)
class Finding:
    """The verdict on a group of claims that speak about the same thing."""

    metric: str | None
    metric_text: str
    entity: str | None
    measure: str | None
    unit: str
    periods: tuple[str, ...]
    verdict: str
    reason: str
    claims: tuple[Claim, ...]
    outcome: str | None = None  # met / missed / undetermined for target_vs_actual

    def json(self) -> bytes:
        """The record as JSON, fast: orjson writes the claim dataclasses itself."""
        import orjson

        head = self.record_head()
        head["claims"] = list(self.claims)
        return orjson.dumps(head)

    def record_head(self) -> dict[str, Any]:
        return {
            "metric": self.metric,
            "metric_text": self.metric_text,
            "entity": self.entity,
            "measure": self.measure,
            "unit": self.unit,
            "periods": list(self.periods),
            "verdict": self.verdict,
            "outcome": self.outcome,
            "reason": self.reason,
        }

    def record(self) -> dict[str, Any]:
        record = self.record_head()
        record["claims"] = [c.record() for c in self.claims]
        return record
