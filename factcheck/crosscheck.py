"""Put claims about the same thing side by side and decide whether they agree."""

from __future__ import annotations

import functools
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from .lexicon import Lexicon
from .model import VERDICT_ORDER, Claim, Finding
from .periods import period_key

_LEADING = re.compile(r"^(?:项目|其中|该|这一)(?=..)")
INF = math.inf
_NON_WORD = re.compile(r"\W")


@dataclass(frozen=True, slots=True)
class _Dated:
    claim: Claim
    period: str  # effective period: its own, else the document's date, else "@doc"
    as_of_doc: bool  # the period came from the document's date


def interval(c: Claim) -> tuple[float, float]:
    """The values a claim allows, widened by how precisely it was written and its qualifier."""
    p = c.precision or 0.0
    if c.qualifier == "approx":
        p = max(p, abs(c.value) * 0.05)
    lo = c.lower if c.lower is not None else None
    hi = c.upper if c.upper is not None else None
    if lo is None and hi is None:
        return c.value - p, c.value + p
    if c.qualifier in ("at_least", "more_than", "at_most", "less_than"):
        return (lo - p if lo is not None else -INF), (hi + p if hi is not None else INF)
    return (lo if lo is not None else c.value) - p, (hi if hi is not None else c.value) + p


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    tol = 1e-9 * max(1.0, abs(a[0]) if a[0] not in (-INF, INF) else 1.0)
    return a[0] <= b[1] + tol and b[0] <= a[1] + tol


def fmt_value(c: Claim) -> str:
    return c.text or f"{c.value:g}{c.unit}"


def _metric_label(c: Claim) -> str:
    return _LEADING.sub("", c.metric_text or "")


def group_claims(claims: Iterable[Claim]) -> list[list[Claim]]:
    """Claims that speak about the same thing, with list items of different things set apart."""
    return [part for group in key_groups(claims) for part in _split_lists(group)]


def key_groups(claims: Iterable[Claim]) -> list[list[Claim]]:
    """Claims that look alike: entity, metric (or a similar metric text), measure, unit."""
    by_key: dict[tuple, list[Claim]] = defaultdict(list)
    loose: dict[tuple, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.entity is None or c.measure is None or c.unit in ("ordinal", ""):
            continue
        if c.metric:
            # 全省第四 vs 苏南第二; trade with one partner vs the total: not the same figure
            ranked_in = tuple(sorted(s for s in c.scope if s.startswith(("rank:", "partner:"))))
            # 年均增长5.8% is no year's growth, 按当时市价上升4.3% no real growth, 按季上升0.8% no growth on the
            # year before: each a series of its own
            basis = c.basis if c.basis in ("average", "nominal", "sequential") else None
            by_key[(c.entity, c.metric, c.measure, c.unit, ranked_in, basis)].append(c)
        elif len(_metric_label(c)) >= 3 and c.group is None and c.measure != "rank" and "、" not in c.metric_text:
            loose[(c.entity, c.measure, c.unit)].append(c)
    groups = list(by_key.values())
    for members in loose.values():
        groups.extend(_cluster_texts(members))
    return groups


def _cluster_texts(members: list[Claim]) -> list[list[Claim]]:
    """Claims whose metric texts are alike: equal texts first, then near ones (总投资 ~ 总投资额)."""
    by_label: dict[str, list[Claim]] = defaultdict(list)
    for c in members:
        by_label[_metric_label(c)].append(c)
    labels = list(by_label)
    parent = list(range(len(labels)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    docs = [{c.doc for c in by_label[label]} for label in labels]
    for i, label in enumerate(labels):
        # near texts of the same document join at 80; across documents only long texts at 90
        for _, score, j in process.extract(label, labels, scorer=fuzz.ratio, score_cutoff=80, limit=None):
            if j <= i:
                continue
            cross_ok = score >= 90 and min(len(label), len(labels[j])) >= 4
            if cross_ok or docs[i] & docs[j]:
                parent[root(j)] = root(i)
    clusters: dict[int, list[Claim]] = defaultdict(list)
    for i, label in enumerate(labels):
        clusters[root(i)].extend(by_label[label])
    return list(clusters.values())


def _apart(a: Claim, b: Claim) -> bool:
    """Two claims that cannot be about the same thing although they look alike."""
    if a.group is not None and a.group == b.group and a.doc == b.doc and a.value != b.value:
        return True  # items of one 分别 list
    same_sentence = a.doc == b.doc and a.sentence == b.sentence
    if same_sentence and a.lower is not None and a.upper is not None and (a.lower, a.upper) == (b.lower, b.upper) \
            and a.value != b.value:
        return True  # the two ends of one range
    # 拥有39家…吸引49家; but 由2017年的7459.9亿元增加到2022年的11201.6亿元 is a series
    return same_sentence and a.period == b.period and not _overlap(interval(a), interval(b))


def _split_lists(group: list[Claim]) -> list[list[Claim]]:
    """Split a group where members speak of different things (list items, different subjects in one sentence).

    Only claims of the same sentence or list can be apart, so each part indexes its members by those,
    keeping one claim per distinct value (copies of a claim never set it apart)."""
    out: list[tuple[list[Claim], dict[tuple, dict[tuple, Claim]]]] = []
    for c in group:
        keys = [("s", c.doc, c.sentence)] + ([("g", c.doc, c.group)] if c.group is not None else [])
        shape = (c.value, c.lower, c.upper, c.qualifier, c.precision)
        fits = [(members, index) for members, index in out
                if not any(_apart(c, o) for k in keys for o in index.get(k, {}).values())]
        if not fits:
            out.append(([c], {k: {shape: c} for k in keys}))
            continue
        # 全体居民…50231元；城镇居民…62318元 set apart in one document: another's 62318元 城镇 joins the part
        # that counts the same thing, not the first that would take it
        # and a part that already counts it (the same scope, the same value) before any other
        members, index = max(fits, key=lambda part: (any(o.scope == c.scope and o.value == c.value for o in part[0]),
                                                     sum(o.scope == c.scope for o in part[0])))
        members.append(c)
        for k in keys:
            index.setdefault(k, {}).setdefault(shape, c)
    return [members for members, _ in out]


def _dated(c: Claim, flow: bool) -> _Dated:
    if c.period:
        return _Dated(c, c.period, False)
    if c.doc_date:
        return _Dated(c, c.doc_date[:4] if flow else c.doc_date, True)
    return _Dated(c, f"@{c.doc}", True)


def _same_period(a: str, b: str, flow: bool) -> bool:
    if a == b:
        return True
    ka, kb = period_key(a), period_key(b)
    if ka is None or kb is None:
        return False
    if (ka[0], ka[1], ka[3]) == (kb[0], kb[1], kb[3]):
        return True  # the same months written two ways (2025-01..09, 2025-Q1..Q3), as older indexes hold them
    if flow:
        return False
    # a stock: a date or month inside a year is that year
    for x, y in ((ka, kb), (kb, ka)):
        if x[2] == 1 and y[2] >= 3 and x[0] <= y[0] and y[1] <= x[1]:
            return True
    return False


def _buckets(dated: list[_Dated], flow: bool) -> list[list[_Dated]]:
    ordered = sorted(dated, key=lambda d: (period_key(d.period) or (10**9, 10**9, 9, 0), d.claim.doc, d.claim.line))
    buckets: list[list[_Dated]] = []
    home: dict[str, list[_Dated]] = {}  # a period always lands in the bucket its first claim found
    for d in ordered:
        bucket = home.get(d.period)
        if bucket is None:
            bucket = next((b for b in buckets if _same_period(b[0].period, d.period, flow)), None)
            if bucket is None:
                bucket = []
                buckets.append(bucket)
            home[d.period] = bucket
        bucket.append(d)
    return buckets


@functools.lru_cache(maxsize=4096)  # a claim is in several findings of its partition: key its quote once
def _text_key(quote: str) -> str:
    return _NON_WORD.sub("", quote)


def _copies(claims: list[Claim]) -> str:
    seen: dict[str, Claim] = {}
    notes = []
    for c in claims:
        key = _text_key(c.quote)
        if key in seen and (seen[key].doc != c.doc or seen[key].line != c.line):
            o = seen[key]
            notes.append(f"{o.doc}:{o.line} and {c.doc}:{c.line} are the same text: one source, not two confirmations")
        seen.setdefault(key, c)
    return "; ".join(notes)


def _label(ds: list[_Dated]) -> str:
    return ", ".join(sorted({d.period for d in ds}))


def _doc_date_note(ds: list[_Dated]) -> str:
    docs = sorted({f"{d.claim.doc} ({d.claim.doc_date})" for d in ds if d.as_of_doc and d.claim.doc_date})
    return f"; no period in the text of {', '.join(docs)}: read as of its publication date" if docs else ""


def _agreement(ds: list[_Dated], kind_label: str) -> tuple[str, str]:
    claims = [d.claim for d in ds]
    intervals = [interval(c) for c in claims]
    # intervals on a line all overlap when the highest lower end is below the lowest upper end
    hi_lo = max(range(len(claims)), key=lambda i: intervals[i][0])
    lo_hi = min(range(len(claims)), key=lambda i: intervals[i][1])
    if not _overlap(intervals[hi_lo], intervals[lo_hi]):
        a, b = sorted((claims[lo_hi], claims[hi_lo]), key=lambda c: (c.doc, c.line))
        return "conflict", (f"{fmt_value(a)} ({a.doc}:{a.line}) and {fmt_value(b)} ({b.doc}:{b.line}) cannot both be "
                            f"true for {_label(ds)}, even allowing for rounding and qualifiers")
    values = " = ".join(dict.fromkeys(fmt_value(c) for c in claims))
    return "agree", f"{len(claims)} {kind_label} for {_label(ds)} agree within rounding: {values}"


def _slip(a: Claim, b: Claim) -> bool:
    """Whether two figures are one mistyped: the same digits but one, or two neighbours swapped (1912.9, 1921.9)."""
    x, y = _DIGITS.sub("", a.text or ""), _DIGITS.sub("", b.text or "")
    if len(x) != len(y) or len(x) < 3 or x == y:
        return False
    diff = [i for i in range(len(x)) if x[i] != y[i]]
    return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and x[diff[0]] == y[diff[1]]
                              and x[diff[1]] == y[diff[0]])


_DIGITS = re.compile(r"[^0-9]")


def _value_clusters(ds: list[_Dated]) -> list[list[_Dated]]:
    """Figures grouped by the values they allow: sorted by their intervals, a figure joins the cluster whose common
    interval it overlaps, else starts another."""
    clusters: list[list[_Dated]] = []
    common: list[tuple[float, float]] = []
    for d in sorted(ds, key=lambda d: interval(d.claim)):
        iv = interval(d.claim)
        if common and _overlap(common[-1], iv):
            clusters[-1].append(d)
            common[-1] = (max(common[-1][0], iv[0]), min(common[-1][1], iv[1]))
        else:
            clusters.append([d])
            common.append(iv)
    return clusters


def _target_outcome(target: Claim, actual: Claim) -> tuple[str, str]:
    # written values, not rounding intervals: 9000亿 reaches a target of 8800亿 whatever its precision
    t_lo = target.lower if target.lower is not None else target.value
    t_hi = target.upper if target.upper is not None else target.value
    a_lo = actual.lower if actual.lower is not None else actual.value
    a_hi = actual.upper if actual.upper is not None else (INF if actual.lower is not None else actual.value)
    if actual.lower is None and actual.upper is not None:
        a_lo = -INF
    # the direction comes from the signed bounds: 下降30%以上 is value -30 with an upper bound
    if target.lower is not None and target.upper is None:
        upward = True
    elif target.upper is not None and target.lower is None:
        upward = False
    else:
        upward = target.value >= 0 or target.measure != "change"
    if upward:
        goal = t_lo if t_lo != -INF else target.value
        if a_lo >= goal:
            return "met", f"the outcome {fmt_value(actual)} reaches the target {fmt_value(target)}"
        if a_hi < goal:
            return "missed", f"the outcome {fmt_value(actual)} falls short of the target {fmt_value(target)}"
        return "undetermined", f"the outcome {fmt_value(actual)} may or may not reach the target {fmt_value(target)}"
    goal = t_hi if t_hi != INF else target.value
    if a_hi <= goal:
        return "met", f"the outcome {fmt_value(actual)} stays within the target {fmt_value(target)}"
    if a_lo > goal:
        return "missed", f"the outcome {fmt_value(actual)} exceeds the limit {fmt_value(target)}"
    return "undetermined", f"the outcome {fmt_value(actual)} may or may not stay within {fmt_value(target)}"


def _change(a: Claim, b: Claim) -> str:
    if a.value == 0:
        return ""
    pct = (b.value - a.value) / abs(a.value) * 100
    more = b.qualifier in ("at_least", "more_than") or a.qualifier in ("at_most", "less_than")
    less = b.qualifier in ("at_most", "less_than") or a.qualifier in ("at_least", "more_than")
    tail = " or more" if more and not less else " or less" if less and not more else ""
    return f": {pct:+.1f}%{tail}"


ScopeDims = dict[str, tuple[str, bool]]  # scope word -> (dimension, whether its absence is a scope too)


def _scope_signature(c: Claim, dims: ScopeDims, defaults: dict[str, str]) -> dict[str, str | None]:
    sig: dict[str, str | None] = {dim: defaults.get(dim) for dim, _ in dims.values()}
    for name in c.scope:
        if name in dims:
            sig[dims[name][0]] = name
    return sig


def _comparable(a: dict[str, str | None], b: dict[str, str | None], presence: set[str]) -> bool:
    return all(a[d] == b[d] or (d not in presence and (a[d] is None or b[d] is None)) for d in a)


def _scope_partitions(group: list[Claim], dims: ScopeDims, defaults: dict[str, str]) -> list[list[Claim]]:
    presence = {dim for dim, p in dims.values() if p}
    parts: list[tuple[dict[tuple, dict[str, str | None]], list[Claim]]] = []  # distinct signatures, members
    for c in group:
        sig = _scope_signature(c, dims, defaults)
        key = tuple(sig.items())
        fits = [(sigs, members) for sigs, members in parts
                if key in sigs or all(_comparable(sig, o, presence) for o in sigs.values())]
        if not fits:
            parts.append(({key: sig}, [c]))
            continue
        # 新能源装机412万千瓦 with no word of its stock fits 新增186万千瓦 and 装机总量412万千瓦 alike: it joins the
        # part that holds its value, else the first
        sigs, members = next((part for part in fits if any(o.value == c.value for o in part[1])), fits[0])
        sigs.setdefault(key, sig)
        members.append(c)
    return [members for _, members in parts]


class CrossChecker:
    """Decides findings for groups of claims.

    `flows` names the metrics that accumulate over a period; `scopes` maps scope words to their dimension."""

    def __init__(self, flows: frozenset[str] = frozenset(), scopes: ScopeDims | None = None,
                 names: dict[str, str] | None = None, scope_defaults: dict[str, str] | None = None) -> None:
        self.flows = flows
        self.scopes = scopes or {}
        self.scope_defaults = scope_defaults or {}  # dimension -> what no word of it means (全体居民)
        self.names = names or {}  # metric id -> the name a finding shows

    @classmethod
    def from_lexicon(cls, lexicon: Lexicon) -> CrossChecker:
        flows = frozenset(m.id for m in lexicon.metrics if m.flow)
        scopes = {name: (dim, bool(spec.get("presence"))) for dim, spec in lexicon.words["scope"].items()
                  for name in spec["values"]}
        defaults = {dim: spec["default"] for dim, spec in lexicon.words["scope"].items() if spec.get("default")}
        return cls(flows, scopes, {m.id: m.aliases[0] for m in lexicon.metrics}, defaults)

    def findings(self, claims: Iterable[Claim], *, include_single: bool = False) -> list[Finding]:
        claims = list(claims)
        out: list[Finding] = []
        for group in key_groups(claims):
            out.extend(self._scoped(group, include_single))
        out.extend(growth_checks(claims))
        out.sort(key=lambda f: (VERDICT_ORDER[f.verdict], f.metric or "~", f.entity or "", f.periods))
        return out

    def _scoped(self, group: list[Claim], include_single: bool) -> list[Finding]:
        """Figures of different scopes (全体居民 vs 农村) are never compared. The scopes are parted before the
        list items, so a 农村 figure never sides with a 全体 one only by coming first; a different-scope
        finding is noted where figures would have been compared but for their scope."""
        parts = _scope_partitions(group, self.scopes, self.scope_defaults) if self.scopes else [group]
        if len(parts) == 1:
            return [f for items in _split_lists(group) for f in self._group(items, include_single)]
        flow = group[0].metric in self.flows
        results, noted = [], set()
        for items in _split_lists(group):
            scoped = _scope_partitions(items, self.scopes, self.scope_defaults)
            if len(scoped) > 1:
                names = " vs ".join("/".join(sorted({s for c in p for s in c.scope})) or "no scope word" for p in scoped)
                results.append(self._finding(items, "different_scope", f"the figures count different things ({names}): "
                                             "not compared", items, [_dated(c, flow).period for c in items]))
                noted.update(id(c) for c in items)
        for part in parts:
            for items in _split_lists(part):
                single = include_single and not any(id(c) in noted for c in items)
                results.extend(self._group(items, single))
        return results

    def _finding(self, group: list[Claim], verdict: str, reason: str, members: list[Claim], periods: list[str],
                 outcome: str | None = None) -> Finding:
        head = group[0]
        copies = _copies(members)
        if copies:
            reason = f"{reason}; {copies}"
        label = self.names.get(head.metric or "", head.metric_text)
        return Finding(head.metric, label, head.entity, head.measure, head.unit,
                       tuple(dict.fromkeys(periods)), verdict, reason, tuple(members), outcome)

    def _group(self, group: list[Claim], include_single: bool) -> list[Finding]:
        head = group[0]
        flow = head.metric in self.flows
        dated = [_dated(c, flow) for c in group]

        def finding(verdict: str, reason: str, members: list[Claim], periods: list[str], outcome: str | None = None
                    ) -> Finding:
            return self._finding(group, verdict, reason, members, periods, outcome)

        if len(group) == 1:
            if not include_single:
                return []
            d = dated[0]
            return [finding("single", "only one source speaks of this", [d.claim], [d.period])]
        results = []
        buckets = _buckets(dated, flow)
        actual_buckets: list[list[_Dated]] = []
        for bucket in buckets:
            actual = [d for d in bucket if d.claim.kind == "actual"]
            targets = [d for d in bucket if d.claim.kind == "target"]
            forecasts = [d for d in bucket if d.claim.kind == "forecast"]
            periods = [d.period for d in bucket]
            note = _doc_date_note(bucket)
            if actual:
                actual_buckets.append(actual)
            if len(actual) >= 2:
                results.extend(self._actual_findings(actual, note, finding, periods))
            if len(targets) >= 2 and not actual:
                verdict, reason = _agreement(targets, "targets")
                results.append(finding(verdict, reason + note, [d.claim for d in targets], periods))
            if targets and actual:
                outcomes = [_target_outcome(t.claim, a.claim) for t in targets for a in actual]
                order = {"missed": 0, "met": 1, "undetermined": 2}
                outcome, why = min(outcomes, key=lambda o: order[o[0]])
                results.append(finding("target_vs_actual", f"target for {_label(bucket)}: {outcome}, {why}" + note,
                                       [d.claim for d in targets + actual], periods, outcome))
            if forecasts and actual:
                results.append(self._revision(forecasts, actual, note, finding, periods))
        timeline = self._timeline(actual_buckets, finding) if len(actual_buckets) >= 2 else None
        if timeline is not None:
            results.append(timeline)
        if not results and include_single:
            results.append(finding("single", "the claims of this group cannot be compared (different kinds or no period)",
                                   group, [d.period for d in dated]))
        return results

    @staticmethod
    def _actual_findings(actual: list[_Dated], note: str, finding, periods: list[str]) -> list[Finding]:
        """Agree or conflict; but figures that one document gives side by side (宜宾 grew 6.6%, its 三江新区
        8.9%) are about different things it tells apart, not a conflict: each value's restatements agree."""
        verdict, reason = _agreement(actual, "figures")
        if verdict == "agree":
            return [finding(verdict, reason + note, [d.claim for d in actual], periods)]
        clusters = sorted(_value_clusters(actual), key=len, reverse=True)
        # a bound (逾9千亿元) fits either value: only figures written as values show a document telling two apart
        docs = [{d.claim.doc for d in cluster if -INF < interval(d.claim)[0] and interval(d.claim)[1] < INF}
                for cluster in clusters]
        kept: list[int] = []
        aside: list[int] = []
        main = clusters[0][0].claim
        for i in range(len(clusters)):
            # the most restated value first; another a source gives beside it is set aside, unless it is the
            # same figure mistyped (1912.9 and 1921.9 in one wiki page: a slip, a conflict)
            slip = any(_slip(main, d.claim) for d in clusters[i])
            (aside if i and docs[i] & docs[0] and not slip else kept).append(i)
        if not aside:  # 9236.1 in the bulletin, 9326.1 in a copy: a conflict
            return [finding(verdict, reason + note, [d.claim for d in actual], periods)]
        told_apart = " and ".join(fmt_value(clusters[i][0].claim) for i in [kept[0], *aside])
        source = sorted(docs[kept[0]] & set().union(*(docs[i] for i in aside)))
        out = [finding("different_scope", f"{source[0] if source else 'one document'} gives both {told_apart}: most "
                       "likely about different things (a part, a zone, another period), not compared" + note,
                       [d.claim for i in [kept[0], *aside] for d in clusters[i]], periods)]
        members = [d for i in kept for d in clusters[i]]
        if len(members) >= 2:
            agreed, why = _agreement(members, "figures")
            out.append(finding(agreed, why + note, [d.claim for d in members], [d.period for d in members]))
        return out

    def _revision(self, forecasts: list[_Dated], actual: list[_Dated], note: str, finding, periods: list[str]) -> Finding:
        f, a = forecasts[0].claim, actual[0].claim
        if _overlap(interval(f), interval(a)):
            return finding("agree", f"the estimate {fmt_value(f)} is confirmed by {fmt_value(a)}" + note,
                           [d.claim for d in forecasts + actual], periods)
        size = a.value - f.value
        pct = f" ({size / abs(f.value) * 100:+.1f}%)" if f.value else ""
        return finding("revision", f"the estimate {fmt_value(f)} was revised to {fmt_value(a)}: {size:+,.6g} {a.unit}{pct}" + note,
                       [d.claim for d in forecasts + actual], periods)

    def _timeline(self, buckets: list[list[_Dated]], finding) -> Finding | None:
        measure = buckets[0][0].claim.measure
        if measure == "change" and any("/" in b[0].period for b in buckets) and not all("/" in b[0].period for b in buckets):
            # a growth over several years and a one-year growth are not steps of one series
            buckets = [b for b in buckets if "/" not in b[0].period] or buckets
        if len(buckets) < 2:
            return None
        steps, members, periods = [], [], []
        conflict = None
        for i, bucket in enumerate(buckets):
            c = bucket[0].claim
            members.extend(d.claim for d in bucket)
            periods.append(bucket[0].period)
            steps.append(f"{fmt_value(c)} ({bucket[0].period})")
            if i:
                prev = buckets[i - 1][0].claim
                steps[-1] += _change(prev, c) if measure == "level" else ""
                now_high = c.upper if c.upper is not None else c.value
                before_low = prev.lower if prev.lower is not None else prev.value
                if prev.cumulative and c.cumulative and now_high < before_low and not bucket[0].period.startswith("@"):
                    conflict = (prev, c)
        if conflict:
            a, b = conflict
            return finding("conflict", f"a cumulative total cannot go down: {fmt_value(a)} ({a.doc}:{a.line}) then "
                                       f"{fmt_value(b)} ({b.doc}:{b.line})", members, periods)
        note = _doc_date_note([d for b in buckets for d in b])
        return finding("timeline", " → ".join(steps) + note, members, periods)


# A deflator outside this range (in %) is not plausible for a year: beyond it a real growth rate
# really is contradicted by the levels it links.
PLAUSIBLE_DEFLATOR = (-5.0, 10.0)
_MONEY = frozenset({"CNY", "USD", "EUR", "HKD", "MOP", "TWD", "JPY", "GBP"})


def _previous_period(period: str) -> str | None:
    m = re.fullmatch(r"(\d{4})(-.*)?", period)
    if not m or "/" in period:
        return None
    return f"{int(m.group(1)) - 1}{m.group(2) or ''}"


def _exact(c: Claim) -> bool:
    return c.lower is None and c.upper is None and c.qualifier in ("exact", "approx")


def growth_checks(claims: list[Claim]) -> list[Finding]:
    """A stated growth rate against the two levels it links (same metric, place and period type)."""
    levels: dict[tuple, Claim] = {}
    for c in claims:
        if c.metric and c.entity and c.measure == "level" and c.kind == "actual" and c.period and _exact(c) and c.value:
            levels.setdefault((c.metric, c.entity, c.period, c.scope), c)
    out = []
    for c in claims:
        if not (c.metric and c.entity and c.measure == "change" and c.unit == "%" and c.kind == "actual" and c.period
                and _exact(c) and c.basis != "average"):
            continue
        prev = _previous_period(c.period)
        now = levels.get((c.metric, c.entity, c.period, c.scope))
        before = levels.get((c.metric, c.entity, prev, c.scope)) if prev else None
        if now is None or before is None or now.unit != before.unit:
            continue
        out.append(_growth_finding(c, before, now))
    return out


def _growth_finding(rate: Claim, before: Claim, now: Claim) -> Finding:
    implied = (now.value / before.value - 1) * 100
    tolerance = (now.precision / abs(now.value) + before.precision / abs(before.value)) * 100 + (rate.precision or 0.05)
    gap = implied - rate.value
    stated = f"{fmt_value(rate)} ({rate.doc}:{rate.line})"
    levels = f"{fmt_value(before)} ({before.period}) → {fmt_value(now)} ({now.period}) is {implied:+.1f}%"
    members = (rate, before, now)
    periods = (before.period or "", now.period or "")

    def finding(verdict: str, reason: str) -> Finding:
        return Finding(rate.metric, rate.metric_text, rate.entity, "change", "%", periods, verdict, reason, members)

    if abs(gap) <= tolerance:
        return finding("agree", f"the stated growth {stated} matches the levels: {levels}")
    price_allowance = now.unit in _MONEY and rate.basis != "nominal"
    if price_allowance:
        deflator = ((1 + implied / 100) / (1 + rate.value / 100) - 1) * 100
        low, high = PLAUSIBLE_DEFLATOR
        if low - tolerance <= deflator <= high + tolerance:
            return finding("agree", f"the stated growth {stated} differs from the nominal change of the levels ({levels}),"
                                    f" which a price change of {deflator:+.1f}% explains: growth rates are often at"
                                    " comparable prices")
        return finding("conflict", f"the stated growth {stated} is contradicted by the levels: {levels}; even at"
                                   f" comparable prices that needs a price change of {deflator:+.1f}%, beyond any"
                                   " plausible deflator")
    return finding("conflict", f"the stated growth {stated} is contradicted by the levels: {levels}")
