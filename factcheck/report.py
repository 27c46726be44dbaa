"""A shareable report of an index's findings: one self-contained HTML page, or Markdown.

Pure functions over plain records: `documents` are dicts with name, title, date, place, source and
claims (a count); `findings` are finding records exactly as `factcheck compare --json` prints them.
The HTML has no external resource at all (inline style, script and SVG only) and reads fully without
JavaScript; every piece of document text is escaped.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable
from html import escape
from typing import Any

from .model import VERDICTS

VERDICT_COLOUR = {
    "conflict": "#c62828", "revision": "#b0127e", "target_vs_actual": "#b45309", "different_scope": "#0f766e",
    "timeline": "#1d4ed8", "agree": "#15803d", "single": "#6b7280",
}

VERDICT_LABEL = {
    "conflict": "conflict", "revision": "revision", "target_vs_actual": "target vs actual",
    "different_scope": "different scope", "timeline": "timeline", "agree": "agree", "single": "single",
}

#: rank of a finding in the report: conflicts first, missed targets before other scope/target findings
_RANK = {"conflict": 0, "revision": 1, "target_missed": 2, "different_scope": 3, "target_vs_actual": 4,
         "timeline": 5, "agree": 6, "single": 7}

_CURRENCY = {"CNY": "元", "USD": "美元", "EUR": "欧元"}
_UNIT_LABEL = {"m2": "m²", "kWh": "kWh", "kW": "kW", "t": "吨", "m": "米"}


# -- shared helpers ---------------------------------------------------------------------------------
def document_dicts(stored: Iterable[Any]) -> list[dict]:
    """The `documents` argument from `Index.documents()` (StoredDocument objects)."""
    return [{"name": d.name, "title": d.meta.title, "date": d.meta.date, "place": d.meta.place,
             "source": d.meta.source, "claims": d.claims} for d in stored]


def _rank(finding: dict) -> int:
    verdict = finding.get("verdict") or "single"
    if verdict == "target_vs_actual" and finding.get("outcome") == "missed":
        return _RANK["target_missed"]
    return _RANK.get(verdict, len(_RANK))


def order_findings(findings: Iterable[dict]) -> list[dict]:
    """Most important first; the given order is kept within a rank."""
    return sorted(findings, key=_rank)


def verdict_counts(findings: Iterable[dict]) -> dict[str, tuple[int, int]]:
    """verdict -> (findings, claims in them), in report order, verdicts without findings left out."""
    found: Counter[str] = Counter()
    claims: Counter[str] = Counter()
    for f in findings:
        found[f["verdict"]] += 1
        claims[f["verdict"]] += len(f.get("claims") or [])
    extra = sorted(v for v in found if v not in VERDICTS)
    return {v: (found[v], claims[v]) for v in (*VERDICTS, *extra) if found[v]}


def metric_label(finding: dict) -> str:
    metric, text = finding.get("metric"), finding.get("metric_text") or ""
    if metric and text:
        return f"{text} ({metric})"
    return metric or text or "?"


def claim_period(claim: dict, periods: list[str]) -> str:
    """Where a claim stands on its finding's period axis."""
    for candidate in (claim.get("period"), claim.get("doc_date"), f"@{claim.get('doc')}"):
        if candidate and candidate in periods:
            return candidate
    return claim.get("period") or (periods[0] if periods else "?")


def _scaled(value: float) -> tuple[float, str]:
    size = abs(value)
    if size >= 1e8:
        return value / 1e8, "亿"
    if size >= 1e4:
        return value / 1e4, "万"
    return value, ""


def _num(value: float) -> str:
    return f"{value:.5g}" if abs(value) < 1e15 else f"{value:.3e}"


def format_value(value: float, unit: str) -> str:
    """A canonical value as a reader writes it: 8807.6亿元, 45%, 第4, 3.1万套."""
    if unit in ("%", "pp", "倍"):
        return f"{_num(value)}{unit}"
    if unit in ("rank", "ordinal"):
        return f"第{_num(value)}"
    scaled, scale = _scaled(value)
    if unit in _CURRENCY:
        return f"{_num(scaled)}{scale}{_CURRENCY[unit]}"
    label = _UNIT_LABEL.get(unit, unit)
    space = " " if label and label.isascii() else ""
    return f"{_num(scaled)}{scale}{space}{label}"


def _split_quote(quote: str, text: str) -> tuple[str, str, str]:
    """The quote before, at and after the first place the number is written in it."""
    start = quote.find(text) if text else -1
    if start < 0:
        return quote, "", ""
    return quote[:start], text, quote[start + len(text):]


# -- HTML -------------------------------------------------------------------------------------------
_CSS = """
:root{--ink:#1f2937;--muted:#6b7280;--line:#e5e7eb;--bg:#f8fafc}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);line-height:1.55;font-size:15px;
 font-family:"PingFang SC","Hiragino Sans GB","Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",
 "WenQuanYi Micro Hei",system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
main{max-width:1200px;margin:0 auto;padding:24px 28px 60px}
h1{font-size:26px;margin:0 0 4px}h2{font-size:20px;margin:28px 0 10px}h3{font-size:17px;margin:22px 0 8px}
.sub{color:var(--muted);margin:0 0 16px}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
th{background:#f1f5f9;font-weight:600;font-size:13px;color:#374151}
td.nw{white-space:nowrap}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
code,.cite{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,monospace;font-size:12.5px}
.cite{white-space:nowrap;color:#374151}
.overview{display:flex;gap:20px;flex-wrap:wrap}.overview>div{flex:1 1 300px}
.badge{display:inline-block;padding:1px 9px;border-radius:999px;color:#fff;font-size:12.5px;font-weight:700;
 letter-spacing:.02em;white-space:nowrap;vertical-align:1px}
.outcome{display:inline-block;padding:0 7px;border-radius:4px;font-size:12.5px;border:1px solid currentColor;
 margin-left:6px;white-space:nowrap}
.filters{position:sticky;top:0;z-index:2;background:var(--bg);padding:10px 0;border-bottom:1px solid var(--line);
 display:flex;gap:10px;align-items:center;flex-wrap:wrap}
.filters input,.filters select{font:inherit;padding:5px 8px;border:1px solid #cbd5e1;border-radius:6px;background:#fff}
.filters input{min-width:280px}
.finding{background:#fff;border:1px solid var(--line);border-left:6px solid var(--c);border-radius:8px;
 padding:12px 16px;margin:12px 0}
.finding h4{margin:0 0 4px;font-size:16px;font-weight:600}
.finding .meta{color:var(--muted);font-size:13.5px;margin-left:6px}
.reason{margin:4px 0 10px}
.body{display:flex;gap:18px;flex-wrap:wrap;align-items:flex-start}
.chart{flex:0 0 auto}.chart svg{display:block;background:#fff}
.claims{flex:1 1 520px;min-width:0}
.claims td{font-size:14px}.claims td.v{white-space:nowrap;font-weight:600}
.kind{font-size:11.5px;color:var(--muted);border:1px solid var(--line);border-radius:4px;padding:0 4px;margin-left:4px}
mark{background:#fde68a;color:inherit;padding:0 2px;border-radius:2px;font-weight:600}
svg text{font-family:inherit}
[hidden]{display:none!important}
section.group,.finding{scroll-margin-top:64px}
@media print{.filters{display:none}.finding{break-inside:avoid}}
"""

_JS = """
(function(){
  var q=document.getElementById('fq'),v=document.getElementById('fv'),n=document.getElementById('fn');
  if(!q||!v){return;}
  function apply(){
    var t=q.value.trim().toLowerCase(),want=v.value,shown=0;
    var cards=document.querySelectorAll('.finding');
    for(var i=0;i<cards.length;i++){
      var c=cards[i],d=c.dataset;
      var hay=(d.metric+' '+d.place+' '+d.verdict).toLowerCase();
      var ok=(!want||d.verdict===want)&&(!t||hay.indexOf(t)>=0);
      c.hidden=!ok;if(ok){shown++;}
    }
    var groups=document.querySelectorAll('section.group');
    for(var j=0;j<groups.length;j++){
      groups[j].hidden=!groups[j].querySelector('.finding:not([hidden])');
    }
    n.textContent=shown+' of '+cards.length+' findings shown';
  }
  q.addEventListener('input',apply);v.addEventListener('change',apply);
})();
"""


def _e(value: Any) -> str:
    return escape("" if value is None else str(value))


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _badge(verdict: str) -> str:
    colour = VERDICT_COLOUR.get(verdict, "#6b7280")
    return f'<span class="badge" style="background:{colour}">{_e(VERDICT_LABEL.get(verdict, verdict))}</span>'


def _documents_html(documents: list[dict]) -> str:
    rows = "".join(
        f"<tr><td><code>{_e(d.get('name'))}</code></td><td>{_e(d.get('title'))}</td><td class=\"nw\">{_e(d.get('date'))}</td>"
        f"<td>{_e(d.get('source'))}</td><td class=\"nw\">{_e(d.get('place'))}</td><td class=\"n\">{_e(d.get('claims'))}</td></tr>"
        for d in documents)
    return ('<table class="docs"><thead><tr><th>document</th><th>title</th><th>date</th><th>source</th>'
            f'<th>place</th><th class="n">claims</th></tr></thead><tbody>{rows}</tbody></table>')


def _counts_html(findings: list[dict], claims_count: int) -> str:
    counts = verdict_counts(findings)
    rows = "".join(
        f'<tr><td><a href="#v-{_e(v)}">{_badge(v)}</a></td><td class="n">{n}</td><td class="n">{c}</td></tr>'
        for v, (n, c) in counts.items())
    total = sum(n for n, _ in counts.values())
    return ('<table class="counts"><thead><tr><th>verdict</th><th class="n">findings</th>'
            f'<th class="n">claims in them</th></tr></thead><tbody>{rows}</tbody>'
            f'<tfoot><tr><th>all findings</th><th class="n">{total}</th><th class="n">'
            f'{claims_count} claims indexed</th></tr></tfoot></table>')


def _filters_html(findings: list[dict]) -> str:
    counts = verdict_counts(findings)
    options = "".join(f'<option value="{_e(v)}">{_e(VERDICT_LABEL.get(v, v))} ({n})</option>'
                      for v, (n, _) in counts.items())
    return ('<div class="filters" role="search"><label>Filter <input id="fq" type="search" '
            'placeholder="metric or place, e.g. gdp, 常州" aria-label="metric or place"></label>'
            f'<label>verdict <select id="fv"><option value="">all verdicts</option>{options}</select></label>'
            f'<span id="fn" class="sub">{len(findings)} findings</span></div>')


def _quote_html(quote: str, text: str) -> str:
    before, number, after = _split_quote(quote, text)
    marked = f"<mark>{_e(number)}</mark>" if number else ""
    return f"{_e(before)}{marked}{_e(after)}"


def _claims_html(finding: dict) -> str:
    periods = list(finding.get("periods") or [])
    rows = []
    for c in finding.get("claims") or []:
        kind = c.get("kind") or ""
        kind_tag = f'<span class="kind">{_e(kind)}</span>' if kind and kind != "actual" else ""
        rows.append(
            f"<tr><td class=\"v\">{_e(c.get('text'))}{kind_tag}</td><td class=\"nw\">{_e(claim_period(c, periods))}</td>"
            f"<td class=\"cite\">{_e(c.get('doc'))}:{_e(c.get('line'))}</td>"
            f"<td>{_quote_html(c.get('quote') or '', c.get('text') or '')}</td></tr>")
    return ('<table><thead><tr><th>as written</th><th>period</th><th>source</th><th>quote</th></tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table>")


def _finding_html(finding: dict, number: int) -> str:
    verdict = finding.get("verdict") or "single"
    colour = VERDICT_COLOUR.get(verdict, "#6b7280")
    periods = " → ".join(finding.get("periods") or [])
    outcome = finding.get("outcome")
    outcome_html = f'<span class="outcome" style="color:{colour}">target {_e(outcome)}</span>' if outcome else ""
    metric = " ".join(x for x in (finding.get("metric"), finding.get("metric_text")) if x)
    return (
        f'<article class="finding" id="f{number}" style="--c:{colour}" data-verdict="{_e(verdict)}" '
        f'data-metric="{_e(metric)}" data-place="{_e(finding.get("entity"))}">'
        f"<h4>{_badge(verdict)}{outcome_html} {_e(metric_label(finding))}"
        f'<span class="meta">{_e(finding.get("entity"))} · {_e(periods)} · {_e(finding.get("measure"))}</span></h4>'
        f'<p class="reason">{_e(finding.get("reason"))}</p>'
        f'<div class="body"><div class="chart">{chart_svg(finding)}</div>'
        f'<div class="claims">{_claims_html(finding)}</div></div></article>')


def _findings_html(findings: list[dict]) -> str:
    parts, current, number = [], None, 0
    counts = verdict_counts(findings)
    for f in order_findings(findings):
        verdict = f.get("verdict") or "single"
        if verdict != current:
            if current is not None:
                parts.append("</section>")
            parts.append(f'<section class="group" id="v-{_e(verdict)}">'
                         f"<h3>{_badge(verdict)} {_plural(counts[verdict][0], 'finding')}</h3>")
            current = verdict
        number += 1
        parts.append(_finding_html(f, number))
    if current is not None:
        parts.append("</section>")
    return "".join(parts) or '<p class="sub">No findings.</p>'


def render_html(documents: list[dict], findings: list[dict], claims_count: int, title: str = "factcheck report") -> str:
    """One self-contained HTML page: what was checked, then every finding, most important first."""
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(title)}</title><style>{_CSS}</style></head><body><main>"
        f"<h1>{_e(title)}</h1>"
        f'<p class="sub">{len(documents)} documents, {claims_count} numeric claims, {len(findings)} findings. '
        "Every number cites its document and line.</p>"
        f'<h2>What was checked</h2><div class="overview"><div style="flex:3 1 640px">{_documents_html(documents)}'
        f'</div><div>{_counts_html(findings, claims_count)}</div></div>'
        f"<h2>Findings</h2>{_filters_html(findings)}{_findings_html(findings)}"
        f"</main><script>{_JS}</script></body></html>\n")


# -- the chart --------------------------------------------------------------------------------------
_W_PER_PERIOD, _H, _TOP, _PLOT_H, _LEFT, _RIGHT = 110, 190, 12, 120, 74, 16


def _nice_step(span: float, whole: bool) -> float:
    """A round tick step giving about four intervals; whole numbers only for counts and ranks."""
    raw = span / 4 if span > 0 else 1.0
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    if whole and step != int(step):
        return float(next(m for m in (1, 2, 5, 10, 20, 25, 50) if m >= step))
    return step


def _domain(claims: list[dict]) -> tuple[float, float, float]:
    """Low, high and tick step of the y axis, with room above and below every value and bound."""
    numbers = [float(x) for c in claims for x in (c.get("value"), c.get("lower"), c.get("upper"))
               if isinstance(x, int | float) and math.isfinite(x)]
    lo, hi = (min(numbers), max(numbers)) if numbers else (0.0, 1.0)
    pad = (hi - lo) * 0.15 if hi > lo else (abs(hi) * 0.1 or 1.0)
    step = _nice_step(hi - lo + 2 * pad, all(n == int(n) for n in numbers))
    return math.floor((lo - pad) / step) * step, math.ceil((hi + pad) / step) * step, step


def _diamond(x: float, y: float, r: float, colour: str) -> str:
    points = f"{x:.1f},{y - r:.1f} {x + r:.1f},{y:.1f} {x:.1f},{y + r:.1f} {x - r:.1f},{y:.1f}"
    return f'<polygon points="{points}" fill="#fff" stroke="{colour}" stroke-width="2"/>'


def _triangle(x: float, y: float, r: float, colour: str) -> str:
    points = f"{x:.1f},{y - r:.1f} {x + r:.1f},{y + r * 0.8:.1f} {x - r:.1f},{y + r * 0.8:.1f}"
    return f'<polygon points="{points}" fill="#fff" stroke="{colour}" stroke-width="2"/>'


def _mark(kind: str, x: float, y: float, colour: str) -> str:
    if kind == "target":
        return _diamond(x, y, 6.5, colour)
    if kind == "forecast":
        return _triangle(x, y, 6, colour)
    return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="5" fill="{colour}" stroke="#fff" stroke-width="1"/>'


def _arrow(x: float, y0: float, y1: float, colour: str) -> str:
    """A line from y0 to the chart edge y1 with an arrow head there: an open-ended bound."""
    head = 5 if y1 < y0 else -5
    return (f'<line x1="{x:.1f}" y1="{y0:.1f}" x2="{x:.1f}" y2="{y1:.1f}" stroke="{colour}" stroke-width="2" '
            f'stroke-dasharray="4 3"/><polygon points="{x - 4:.1f},{y1 + head:.1f} {x + 4:.1f},{y1 + head:.1f} '
            f'{x:.1f},{y1:.1f}" fill="{colour}"/>')


def _interval(claim: dict, x: float, y: Callable[[float], float], colour: str) -> str:
    lower, upper = claim.get("lower"), claim.get("upper")
    if lower is None and upper is None:
        return ""
    if lower is not None and upper is not None:
        top, bottom = y(max(upper, lower)), y(min(upper, lower))
        return (f'<line x1="{x:.1f}" y1="{top:.1f}" x2="{x:.1f}" y2="{bottom:.1f}" stroke="{colour}" '
                f'stroke-width="3" opacity=".5"/>'
                f'<line x1="{x - 5:.1f}" y1="{top:.1f}" x2="{x + 5:.1f}" y2="{top:.1f}" stroke="{colour}" stroke-width="2"/>'
                f'<line x1="{x - 5:.1f}" y1="{bottom:.1f}" x2="{x + 5:.1f}" y2="{bottom:.1f}" stroke="{colour}" stroke-width="2"/>')
    if lower is not None:
        return _arrow(x, y(lower), _TOP, colour)
    return _arrow(x, y(upper), _TOP + _PLOT_H, colour)


def _legend(claims: list[dict], colour: str) -> str:
    kinds = {c.get("kind") or "actual" for c in claims}
    items = [(k, _mark(k, 0, 0, colour)) for k in ("actual", "target", "forecast") if k in kinds]
    if any(c.get("lower") is not None and c.get("upper") is not None for c in claims):
        items.append(("range", f'<line x1="0" y1="-6" x2="0" y2="6" stroke="{colour}" stroke-width="3" opacity=".5"/>'))
    if any((c.get("lower") is None) != (c.get("upper") is None) for c in claims):
        items.append(("open bound", _arrow(0, 6, -6, colour)))
    out, x = [], 10.0
    for label, shape in items:
        out.append(f'<g transform="translate({x:.1f},{_H - 12})">{shape}</g>'
                   f'<text x="{x + 10:.1f}" y="{_H - 8}" font-size="11" fill="#374151">{_e(label)}</text>')
        x += 22 + 7 * len(label)
    return "".join(out)


def _axes(periods: list[str], lo: float, hi: float, step: float, unit: str, width: int, y: Callable[[float], float]) -> str:
    out = []
    ticks = int(round((hi - lo) / step))
    for i in range(ticks + 1):
        value = lo + i * step
        yy = y(value)
        out.append(f'<line x1="{_LEFT}" y1="{yy:.1f}" x2="{width - _RIGHT}" y2="{yy:.1f}" stroke="#eef2f7"/>'
                   f'<text x="{_LEFT - 6}" y="{yy + 4:.1f}" font-size="10.5" text-anchor="end" fill="#6b7280">'
                   f"{_e(format_value(value, unit))}</text>")
    base = _TOP + _PLOT_H
    out.append(f'<line x1="{_LEFT}" y1="{base}" x2="{width - _RIGHT}" y2="{base}" stroke="#9ca3af"/>')
    for i, p in enumerate(periods):
        label = p if len(p) <= 16 else p[:15] + "…"
        out.append(f'<text x="{_px(i, len(periods), width):.1f}" y="{base + 16}" font-size="11.5" '
                   f'text-anchor="middle" fill="#111827">{_e(label)}</text>')
    return "".join(out)


def _px(i: float, n: int, width: int) -> float:
    inner = width - _LEFT - _RIGHT
    return _LEFT + inner * (i + 0.5) / max(n, 1)


def _positions(claims: list[dict], periods: list[str], width: int) -> list[float]:
    """x of each claim: its period's column, claims sharing a column spread side by side."""
    column = [periods.index(claim_period(c, periods)) for c in claims]
    seen: Counter[int] = Counter()
    total = Counter(column)
    xs = []
    for col in column:
        spread = min(16.0, (width - _LEFT - _RIGHT) / max(len(periods), 1) / (total[col] + 1))
        xs.append(_px(col, len(periods), width) + (seen[col] - (total[col] - 1) / 2) * spread)
        seen[col] += 1
    return xs


def _alone(claims: list[dict], periods: list[str]) -> list[bool]:
    """Whether each claim is the only one in its period's column (then it gets a value label)."""
    columns = [claim_period(c, periods) for c in claims]
    total = Counter(columns)
    return [total[col] == 1 for col in columns]


def _label(text: str, x: float, y: float, width: int) -> str:
    """The value as written beside its mark, on the left when it would run off the right edge."""
    size = sum(11 if ord(ch) > 0x2E7F else 6.5 for ch in text)
    if x + 9 + size > width - 2:
        return (f'<text x="{x - 9:.1f}" y="{y + 4:.1f}" font-size="11" text-anchor="end" fill="#111827">'
                f"{_e(text)}</text>")
    return f'<text x="{x + 9:.1f}" y="{y + 4:.1f}" font-size="11" fill="#111827">{_e(text)}</text>'


def _claim_mark(claim: dict, x: float, y: Callable[[float], float], colour: str, labelled: bool, width: int) -> str:
    value = claim.get("value") or 0.0
    tip = f"{claim.get('text')} = {format_value(value, claim.get('unit') or '')} ({claim.get('kind')}), " \
          f"{claim.get('doc')}:{claim.get('line')}"
    label = _label(claim.get("text") or "", x, y(value), width) if labelled else ""
    return (f"<g><title>{_e(tip)}</title>{_interval(claim, x, y, colour)}"
            f"{_mark(claim.get('kind') or 'actual', x, y(value), colour)}{label}</g>")


def chart_svg(finding: dict) -> str:
    """A small inline SVG of the finding's values by period, with bounds, kinds and a legend."""
    claims = list(finding.get("claims") or [])
    periods = list(finding.get("periods") or [])
    for c in claims:
        p = claim_period(c, periods)
        if p not in periods:
            periods.append(p)
    colour = VERDICT_COLOUR.get(finding.get("verdict") or "single", "#6b7280")
    width = max(300, _LEFT + _RIGHT + _W_PER_PERIOD * max(len(periods), 1))
    lo, hi, step = _domain(claims)

    def y(value: float) -> float:
        return _TOP + _PLOT_H * (hi - value) / (hi - lo)

    marks = []
    alone = _alone(claims, periods)
    for c, x, single in zip(claims, _positions(claims, periods, width), alone, strict=True):
        marks.append(_claim_mark(c, x, y, colour, single, width))
    label = f"values of {metric_label(finding)} by period"
    return (f'<svg width="{width}" height="{_H}" viewBox="0 0 {width} {_H}" '
            f'role="img" aria-label="{_e(label)}"><title>{_e(label)}</title>'
            f"{_axes(periods, lo, hi, step, finding.get('unit') or '', width, y)}{''.join(marks)}"
            f"{_legend(claims, colour)}</svg>")


# -- Markdown ---------------------------------------------------------------------------------------
def md_cell(value: Any) -> str:
    """Text made safe for one Markdown table cell: no line breaks, `|` and markup characters escaped."""
    text = escape("" if value is None else str(value), quote=False)
    text = re.sub(r"\s+", " ", text)
    for ch in ("\\", "`", "*", "[", "]", "|"):
        text = text.replace(ch, "\\" + ch)
    return text


def _md_quote(quote: str, text: str) -> str:
    before, number, after = _split_quote(quote, text)
    marked = f"**{md_cell(number)}**" if number else ""
    return f"{md_cell(before)}{marked}{md_cell(after)}"


def _md_table(header: tuple[str, ...], rows: Iterable[Iterable[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines.extend("| " + " | ".join(row) + " |" for row in rows)
    return lines


def _md_documents(documents: list[dict]) -> list[str]:
    return _md_table(("document", "title", "date", "source", "place", "claims"), (
        (f"`{md_cell(d.get('name'))}`" if d.get("name") else "", md_cell(d.get("title")), md_cell(d.get("date")),
         md_cell(d.get("source")), md_cell(d.get("place")), md_cell(d.get("claims")))
        for d in documents))


def _md_counts(findings: list[dict]) -> list[str]:
    return _md_table(("verdict", "findings", "claims in them"),
                     ((v, str(n), str(c)) for v, (n, c) in verdict_counts(findings).items()))


def _md_finding(finding: dict) -> list[str]:
    verdict = finding.get("verdict") or "single"
    outcome = f" (target {finding['outcome']})" if finding.get("outcome") else ""
    periods = list(finding.get("periods") or [])
    head = f"### {verdict.upper()}{outcome} · {md_cell(metric_label(finding))} · " \
           f"{md_cell(finding.get('entity'))} · {md_cell(' → '.join(periods))}"
    rows = ((md_cell(c.get("text")), md_cell(claim_period(c, periods)), md_cell(c.get("kind")),
             f"`{md_cell(c.get('doc'))}:{c.get('line')}`", _md_quote(c.get("quote") or "", c.get("text") or ""))
            for c in finding.get("claims") or [])
    return ["", head, "", md_cell(finding.get("reason")), "",
            *_md_table(("value as written", "period", "kind", "doc:line", "quote"), rows)]


def render_markdown(documents: list[dict], findings: list[dict], claims_count: int,
                    title: str = "factcheck report") -> str:
    """The same report as Markdown: documents and counts tables, then one section per finding."""
    lines = [f"# {md_cell(title)}", "",
             f"{len(documents)} documents, {claims_count} numeric claims, {len(findings)} findings.", "",
             "## What was checked", "", *_md_documents(documents), "", *_md_counts(findings), "", "## Findings"]
    for f in order_findings(findings):
        lines.extend(_md_finding(f))
    return "\n".join(lines) + "\n"
