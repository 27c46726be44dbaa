"""The command line: parse options, call the core, render. Heavy modules load only where used."""

from __future__ import annotations

import os
import sqlite3
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from .errors import FactcheckError

app = typer.Typer(
    add_completion=True,
    no_args_is_help=True,
    rich_markup_mode=None,  # plain help: rendering it with rich would double the start-up time
    pretty_exceptions_enable=False,
    help="Find, understand, index and cross-check the numeric claims of Chinese documents.",
)

DbOption = Annotated[
    Path | None,
    typer.Option("--db", envvar="FACTCHECK_DB", help="The index file (default: factcheck.db here).", show_default=False),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print one JSON array on stdout.")]
JsonlOption = Annotated[bool, typer.Option("--jsonl", help="Print one JSON object per line.")]
CsvOption = Annotated[bool, typer.Option("--csv", help="Print CSV with a header row.")]
MetricOption = Annotated[str | None, typer.Option("--metric", "-m", help="Metric id (gdp) or name (地区生产总值).")]
EntityOption = Annotated[str | None, typer.Option("--entity", "-e", help="Place: 常州, 常州市 or 常州 in any script.")]
PeriodOption = Annotated[str | None, typer.Option("--period", "-p", help="Period prefix: 2024, 2024-06, 2021/2025.")]


class Kind(StrEnum):
    actual = "actual"
    target = "target"
    forecast = "forecast"


def _db(db: Path | None) -> Path:
    return db or Path("factcheck.db")


def _err(message: str) -> None:
    typer.echo(f"Error: {message}", err=True)


def _console(stderr: bool = False):  # noqa: ANN202 - rich is imported lazily
    from rich.console import Console

    width = None if sys.stdout.isatty() else int(os.environ.get("COLUMNS", "0") or 0) or 160
    return Console(stderr=stderr, width=width, no_color=bool(os.environ.get("NO_COLOR")) or None)


def _one_format(json_: bool, jsonl: bool, csv_: bool) -> str:
    chosen = [name for name, on in (("json", json_), ("jsonl", jsonl), ("csv", csv_)) if on]
    if len(chosen) > 1:
        raise typer.BadParameter("choose one of --json, --jsonl, --csv")
    return chosen[0] if chosen else "table"


def _run(fn):  # noqa: ANN001, ANN202
    """Turn core errors into one line and an exit code; a closed pipe exits quietly."""
    try:
        return fn()
    except FactcheckError as exc:
        _err(str(exc))
        raise typer.Exit(exc.exit_code) from None
    except sqlite3.DatabaseError as exc:
        _err(f"the index is damaged or locked ({exc}); it was not changed")
        raise typer.Exit(2) from None
    except BrokenPipeError:
        _quiet_pipe()
        raise typer.Exit(0) from None
    except KeyboardInterrupt:
        typer.echo("Interrupted.", err=True)
        raise typer.Exit(130) from None


def _quiet_pipe() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except OSError:
        pass


@app.command()
def index(
    paths: Annotated[list[str], typer.Argument(help="Files and folders to index (recursively); - reads stdin.")],
    db: DbOption = None,
    workers: Annotated[int, typer.Option("--workers", "-w", min=1, max=64, help="Processes that read documents.")] = 1,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress and no summary.")] = False,
) -> None:
    """Index the numeric claims of documents (.txt, .md, .html) into the index.

    Example: factcheck index data/samples/
    """
    from .indexer import IndexSummary, index_paths
    from .store import Index

    summary = IndexSummary()

    def work() -> None:
        try:
            run_index()
        except KeyboardInterrupt:
            typer.echo(f"Interrupted after {summary.read} documents were read ({summary.claims} claims); "
                       "everything written before is kept.", err=True)
            raise typer.Exit(130) from None

    def run_index() -> None:
        stdin = sys.stdin.buffer.read() if "-" in paths else None
        err = _console(stderr=True)
        with Index(_db(db)) as idx:
            show_progress = not quiet and sys.stderr.isatty()
            if show_progress:
                from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

                with Progress(SpinnerColumn(), TextColumn("{task.description}"), TextColumn("{task.completed} read"),
                              TimeElapsedColumn(), console=err, transient=True) as bar:
                    task = bar.add_task("indexing")
                    index_paths(idx, paths, workers=workers, stdin=stdin,
                                notify=lambda m: bar.console.print(f"[yellow]{m}[/yellow]", highlight=False),
                                progress=lambda name: bar.update(task, advance=1, description=name[-40:]),
                                checking=lambda n: bar.update(task, description=f"cross-checking: {n} groups done"),
                                summary=summary)
            else:
                index_paths(idx, paths, workers=workers, stdin=stdin, notify=lambda m: typer.echo(m, err=True),
                            summary=summary)
            docs, claims = idx.counts()
        if not quiet and sys.stderr.isatty():
            from rich.table import Table

            table = Table(title=f"Index {_db(db)}", show_header=True)
            for col in ("read", "unchanged", "skipped", "failed", "claims found", "documents in index", "claims in index"):
                table.add_column(col, justify="right")
            table.add_row(*map(str, (summary.read, summary.unchanged, summary.skipped, summary.failed, summary.claims,
                                     docs, claims)))
            err.print(table)
        elif not quiet:
            typer.echo(
                f"{summary.read} read, {summary.unchanged} unchanged, {summary.skipped} skipped, {summary.failed} failed; "
                f"{summary.claims} claims found. Index {_db(db)}: {docs} documents, {claims} claims.",
                err=True,
            )
        if summary.exit_code:
            raise typer.Exit(summary.exit_code)

    _run(work)


def _open_index(db: Path | None):  # noqa: ANN202
    from .store import Index

    return Index(_db(db), create=False)


def _context():  # noqa: ANN202
    from .lexicon import load_lexicon
    from .places import PlaceMatcher

    lexicon = load_lexicon()
    return lexicon, PlaceMatcher(lexicon)


@app.command()
def claims(
    metric: MetricOption = None,
    entity: EntityOption = None,
    period: PeriodOption = None,
    doc: Annotated[str | None, typer.Option("--doc", "-d", help="Document name (or part of it).")] = None,
    kind: Annotated[Kind | None, typer.Option("--kind", "-k", help="actual, target or forecast.")] = None,
    limit: Annotated[int | None, typer.Option("--limit", min=0, help="At most this many claims.")] = None,
    json_: JsonOption = False,
    jsonl: JsonlOption = False,
    csv_: CsvOption = False,
    db: DbOption = None,
) -> None:
    """List the claims in the index, with citations.

    Example: factcheck claims --metric gdp --entity 常州 --json | jq '.[].text'
    """
    fmt = _one_format(json_, jsonl, csv_)

    def work() -> None:
        from . import api, render

        lexicon, places = _context()
        filters = api.Filters(metric, entity, period, doc, kind.value if kind else None)
        if fmt in ("json", "jsonl"):
            with _open_index(db) as idx:  # stream the stored records: nothing held, nothing re-encoded
                render.write_json_texts(api.claim_json(idx, lexicon, places, filters, limit), lines=fmt == "jsonl")
            return
        with _open_index(db) as idx:
            records = api.list_claims(idx, lexicon, places, filters, limit)
        if fmt == "csv":
            render.write_csv(records, render.CLAIM_COLUMNS)
        else:
            console = _console()
            console.print(render.claims_table(records))
            typer.echo(f"{len(records)} claims", err=True)

    _run(work)


@app.command()
def compare(
    metric: MetricOption = None,
    entity: EntityOption = None,
    period: PeriodOption = None,
    all_: Annotated[bool, typer.Option("--all", help="Also list what only one source says.")] = False,
    fail_on_conflict: Annotated[bool, typer.Option("--fail-on-conflict", help="Exit 1 when a conflict is found.")] = False,
    json_: JsonOption = False,
    jsonl: JsonlOption = False,
    db: DbOption = None,
) -> None:
    """Cross-check claims about the same thing: agree, conflict, timeline, target vs actual, revision.

    Example: factcheck compare --metric new_energy_output
    """
    fmt = _one_format(json_, jsonl, False)

    def work() -> None:
        from . import api, render

        lexicon, places = _context()
        filters = api.Filters(metric, entity, period)
        verdicts: dict[str, int] = {}

        def counted(rows):  # noqa: ANN001, ANN202
            for verdict, record in rows:
                verdicts[verdict] = verdicts.get(verdict, 0) + 1
                yield record

        with _open_index(db) as idx:
            stale = api.stale_groups(idx, lexicon, places, filters)
            if stale:
                typer.echo(f"{stale} groups changed since the last complete index run are cross-checked now; "
                           "`factcheck index` stores their findings.", err=True)
            rows = api.compare_json(idx, lexicon, places, filters, include_single=all_)
            if fmt in ("json", "jsonl"):  # stream the stored findings: nothing held, nothing re-encoded
                render.write_json_bytes(counted(rows), lines=fmt == "jsonl")
            else:
                import orjson

                records = [orjson.loads(record) for record in counted(rows)]
                console = _console()
                for block in render.findings_view(records):
                    console.print(block)
                typer.echo(", ".join(f"{n} {v}" for v, n in verdicts.items()) or "no findings", err=True)
        if fail_on_conflict and verdicts.get("conflict"):
            raise typer.Exit(1)

    _run(work)


@app.command()
def check(
    sentence: Annotated[str, typer.Argument(help="A sentence with a numeric claim.")],
    date: Annotated[str | None, typer.Option("--date", help="When the sentence was said (YYYY-MM-DD).")] = None,
    json_: JsonOption = False,
    db: DbOption = None,
) -> None:
    """Check one sentence against the index: exit 0 supported, 1 contradicted, 3 no evidence.

    Example: factcheck check "2021年常州地区生产总值8907.6亿元"
    """

    def work() -> None:
        import json

        from . import api, render
        from .pipeline import Extractor

        lexicon, _places = _context()
        with _open_index(db) as idx:
            result = api.check(idx, lexicon, Extractor.create(lexicon), sentence, date)
        if json_:
            typer.echo(json.dumps(render._clean(result.record()), ensure_ascii=False))
        else:
            console = _console()
            style = {"supported": "bold green", "contradicted": "bold red"}.get(result.verdict, "bold yellow")
            console.print(f"[{style}]{result.verdict.replace('_', ' ')}[/{style}]: {result.reason}", highlight=False)
            for c in result.evidence:
                console.print(f"  {c.doc}:{c.line}  ", render.highlight(c.quote, c.text))
        raise typer.Exit(result.exit_code)

    _run(work)


@app.command()
def show(
    citation: Annotated[str, typer.Argument(help="DOC:LINE, as printed by claims and compare.")],
    context: Annotated[int, typer.Option("--context", "-C", min=0, max=200, help="Lines before and after.")] = 3,
    db: DbOption = None,
) -> None:
    """Show the lines around a citation.

    Example: factcheck show 003_c12720918cdcb871.txt:32
    """

    def work() -> None:
        from . import api

        with _open_index(db) as idx:
            name, line, lines = api.show(idx, citation, context)
        for n, text in lines:
            marker = ">" if n == line else " "
            typer.echo(f"{marker}{n:6d}  {text}")

    _run(work)


class ReportFormat(StrEnum):
    html = "html"
    md = "md"


@app.command()
def report(
    metric: MetricOption = None,
    entity: EntityOption = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Where to write (default report.html / report.md).")] = None,
    fmt: Annotated[ReportFormat, typer.Option("--format", "-f", help="html (one self-contained file) or md.")] = ReportFormat.html,
    all_: Annotated[bool, typer.Option("--all", help="Also list what only one source says.")] = False,
    db: DbOption = None,
) -> None:
    """Write a report of the findings that editors can open offline or paste into notes.

    Example: factcheck report -o report.html
    """

    def work() -> None:
        from . import api
        from . import report as reporting

        lexicon, places = _context()
        with _open_index(db) as idx:
            records = api.compare(idx, lexicon, places, api.Filters(metric, entity), include_single=all_)
            documents = reporting.document_dicts(idx.documents())
            claims_count = idx.counts()[1]
        render = reporting.render_html if fmt == ReportFormat.html else reporting.render_markdown
        text = render(documents, records, claims_count)
        target = output or Path(f"report.{fmt.value}")
        try:
            target.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise FactcheckError(f"{target}: cannot write the report ({exc.strerror or exc})") from exc
        typer.echo(f"Wrote {target}: {len(records)} findings from {len(documents)} documents.", err=True)

    _run(work)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
