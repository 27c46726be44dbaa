"""Render records: JSON, JSON Lines and CSV on stdout, rich tables for people."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable
from typing import Any, TextIO

VERDICT_STYLE = {
    "conflict": "bold red", "revision": "bold magenta", "target_vs_actual": "bold yellow",
    "different_scope": "cyan", "timeline": "bold blue", "agree": "bold green", "single": "dim",
}
CLAIM_COLUMNS = ("id", "doc", "doc_date", "line", "quote", "text", "value", "unit", "lower", "upper", "qualifier",
                 "entity", "metric", "metric_text", "measure", "period", "kind", "scope")


def _clean(value: Any) -> Any:
    """Strings made safe for any JSON consumer: lone surrogates replaced."""
    if isinstance(value, str):
        return value.encode("utf-8", "replace").decode("utf-8")
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_clean(v) for v in value]
    if isinstance(value, float) and (value != value or value in (float("inf"), float("-inf"))):
        return None
    return value


def _dumps(record: dict) -> str:
    """JSON of a record; cleaned only in the rare case it cannot be written as it is."""
    try:
        text = json.dumps(record, ensure_ascii=False, allow_nan=False)
        text.encode("utf-8")
        return text
    except (ValueError, UnicodeEncodeError):
        return json.dumps(_clean(record), ensure_ascii=False)


def write_json(records: Iterable[dict], out: TextIO | None = None) -> None:
    """One JSON array, streamed record by record; `[]` when empty."""
    out = out or sys.stdout
    out.write("[")
    first = True
    for r in records:
        out.write("\n" if first else ",\n")
        out.write(_dumps(r))
        first = False
    out.write("\n]\n" if not first else "]\n")


def write_json_texts(texts: Iterable[str], out: TextIO | None = None, lines: bool = False) -> None:
    """Records already serialised (as the index stores them): an array, or one per line."""
    out = out or sys.stdout
    if lines:
        for t in texts:
            out.write(t + "\n")
        return
    out.write("[")
    first = True
    for t in texts:
        out.write("\n" if first else ",\n")
        out.write(t)
        first = False
    out.write("\n]\n" if not first else "]\n")


def write_json_bytes(items: Iterable[bytes], out: TextIO | None = None, lines: bool = False) -> None:
    """Records serialised by orjson: an array, or one per line, written as bytes where the stream allows."""
    out = out or sys.stdout
    raw = getattr(out, "buffer", None)
    if raw is None:
        write_json_texts((b.decode("utf-8") for b in items), out, lines)
        return
    out.flush()
    if lines:
        for b in items:
            raw.write(b + b"\n")
    else:
        raw.write(b"[")
        first = True
        for b in items:
            raw.write(b"\n" if first else b",\n")
            raw.write(b)
            first = False
        raw.write(b"\n]\n" if not first else b"]\n")
    raw.flush()


def write_jsonl(records: Iterable[dict], out: TextIO | None = None) -> None:
    out = out or sys.stdout
    for r in records:
        out.write(_dumps(r) + "\n")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "|".join(str(v) for v in value)
    if isinstance(value, float):
        return repr(value) if value != int(value) or abs(value) >= 1e16 else str(int(value))
    return str(value)


def write_csv(records: Iterable[dict], columns: tuple[str, ...], out: TextIO | None = None) -> None:
    out = out or sys.stdout
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for r in records:
        writer.writerow([_cell(_clean(r.get(c))) for c in columns])


def format_number(value: float, unit: str) -> str:
    if value == int(value) and abs(value) < 1e18:
        shown = f"{int(value):,}"
    else:
        shown = f"{value:,.6g}" if abs(value) >= 1e6 else f"{value:,.4f}".rstrip("0").rstrip(".")
    return f"{shown} {unit}".strip()


def highlight(quote: str, text: str) -> Any:
    """The quote as rich Text with the number as written in bold."""
    from rich.text import Text

    out = Text(quote)
    if text:
        start = quote.find(text)
        if start >= 0:
            out.stylize("bold reverse", start, start + len(text))
    return out


def snippet(quote: str, text: str, around: int = 18) -> str:
    """The part of a quote around its number, so that a narrow column still shows the number."""
    at = quote.find(text) if text else -1
    if at < 0 or len(quote) <= 2 * around + len(text):
        return quote
    start, end = max(0, at - around), min(len(quote), at + len(text) + around)
    return ("…" if start else "") + quote[start:end] + ("…" if end < len(quote) else "")


def claims_table(records: list[dict], width: int | None = None) -> Any:
    from rich.table import Table

    table = Table(show_lines=False, expand=False, pad_edge=False, width=width)
    for col, kw in (("value", {"no_wrap": True}), ("metric", {}), ("entity", {"no_wrap": True}),
                    ("period", {"no_wrap": True}), ("kind", {}), ("cite", {"no_wrap": True}), ("quote", {"ratio": 1, "overflow": "fold"})):
        table.add_column(col, **kw)
    for r in records:
        value = f"{r['text']} = {format_number(r['value'], r['unit'])}"
        metric = r.get("metric") or f"[dim]{r.get('metric_text') or ''}[/dim]"
        table.add_row(value, metric, r.get("entity") or "", r.get("period") or "", r.get("kind") or "",
                      f"{r['doc']}:{r['line']}", highlight(snippet(r.get("quote") or "", r.get("text") or ""),
                                                           r.get("text") or ""))
    return table


def findings_view(findings: list[dict]) -> Iterable[Any]:
    """One panel-like block per finding: header, reasoning, and every claim with its citation."""
    from rich.table import Table
    from rich.text import Text

    for f in findings:
        style = VERDICT_STYLE.get(f["verdict"], "")
        head = Text()
        head.append(f" {f['verdict'].upper()} ", style=f"{style} reverse")
        head.append(f"  {f.get('metric') or f.get('metric_text') or '?'}  {f.get('entity') or ''}  ")
        head.append(" → ".join(f.get("periods") or []), style="dim")
        yield head
        yield Text("  " + f["reason"])
        table = Table(show_header=False, box=None, pad_edge=False, padding=(0, 1))
        table.add_column(no_wrap=True)
        table.add_column(no_wrap=True)
        table.add_column(no_wrap=True)
        table.add_column(ratio=1)
        for c in f["claims"]:
            table.add_row(f"  {c['text']}", c.get("period") or "-", f"{c['doc']}:{c['line']}",
                          highlight(c.get("quote") or "", c.get("text") or ""))
        yield table
        yield Text("")
