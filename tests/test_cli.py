"""The commands through typer's CliRunner: exit codes, JSON on stdout, errors on stderr."""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
from pathlib import Path

from typer.testing import CliRunner

from factcheck.cli import app

runner = CliRunner()


def run(*args: str, input: str | None = None):  # noqa: A002
    return runner.invoke(app, list(args), input=input, env={"COLUMNS": "200", "NO_COLOR": "1"})


def test_cli_index_summary_and_unchanged_reindex(samples: Path, db: Path) -> None:
    first = run("index", "--db", str(db), str(samples))
    assert first.exit_code == 0, first.output
    assert "5 read, 0 unchanged, 0 skipped, 0 failed" in first.stderr
    found = re.search(r"(\d+) claims found", first.stderr)
    assert found and int(found.group(1)) > 250, first.stderr
    again = run("index", "--db", str(db), str(samples))
    assert again.exit_code == 0
    assert "0 read, 5 unchanged" in again.stderr


def test_cli_claims_json_is_one_array_with_record_fields(sample_index: Path) -> None:
    result = run("claims", "--db", str(sample_index), "--metric", "gdp", "--entity", "常州市", "--json")
    assert result.exit_code == 0
    records = json.loads(result.stdout)
    assert records, "the samples hold GDP claims about 常州"
    fields = {"id", "doc", "doc_date", "line", "quote", "text", "value", "unit", "lower", "upper", "qualifier",
              "entity", "metric", "metric_text", "measure", "period", "kind"}
    assert fields <= set(records[0])
    levels = [r for r in records if r["measure"] == "level" and r["period"] == "2021"]
    assert {r["value"] for r in levels} == {880760000000.0}
    assert {(r["doc"], r["line"]) for r in levels} == {("003_c12720918cdcb871.txt", n) for n in (21, 29, 32)}


def test_cli_claims_jsonl_and_csv_agree(sample_index: Path) -> None:
    jsonl = run("claims", "--db", str(sample_index), "--doc", "004", "--jsonl")
    as_csv = run("claims", "--db", str(sample_index), "--doc", "004", "--csv")
    rows = [json.loads(line) for line in jsonl.stdout.splitlines()]
    table = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert len(rows) == len(table) > 0
    assert [r["id"] for r in rows] == [t["id"] for t in table]


def test_cli_claims_limit_and_empty_result(sample_index: Path) -> None:
    limited = run("claims", "--db", str(sample_index), "--limit", "3", "--json")
    assert len(json.loads(limited.stdout)) == 3
    none = run("claims", "--db", str(sample_index), "--entity", "拉萨", "--json")
    assert none.exit_code == 0 and json.loads(none.stdout) == []


def test_cli_compare_finds_the_sample_conflicts(sample_index: Path) -> None:
    result = run("compare", "--db", str(sample_index), "--json")
    findings = json.loads(result.stdout)
    conflicts = {f["metric"]: sorted(c["value"] for c in f["claims"]) for f in findings if f["verdict"] == "conflict"}
    assert conflicts["enterprises_rectified"] == [3273, 5700]
    assert conflicts["green_island_projects"] == [4, 11]
    assert conflicts["land_revitalized"] == [16666666.666666666, 30000000.0]


def test_cli_compare_new_energy_timeline_and_target(sample_index: Path) -> None:
    result = run("compare", "--db", str(sample_index), "--metric", "new_energy_output", "--json")
    findings = json.loads(result.stdout)
    timeline = next(f for f in findings if f["verdict"] == "timeline")
    assert [(c["value"], c["period"]) for c in timeline["claims"]] == [(768000000000.0, "2023"), (850000000000.0, "2024")]
    assert "+10.7% or more" in timeline["reason"]
    tva = next(f for f in findings if f["verdict"] == "target_vs_actual")
    assert tva["outcome"] == "undetermined"
    assert {(c["doc"], c["line"]) for c in tva["claims"]} >= {("000_6bf9e5bb55a028db.txt", 98), ("002_c7f6dfdd35148f11.txt", 51)}


def test_cli_fail_on_conflict_exit_codes(sample_index: Path) -> None:
    assert run("compare", "--db", str(sample_index), "--fail-on-conflict").exit_code == 1
    assert run("compare", "--db", str(sample_index), "--metric", "new_energy_output", "--fail-on-conflict").exit_code == 0


def test_cli_check_contradicted_supported_and_no_evidence(sample_index: Path) -> None:
    wrong = run("check", "--db", str(sample_index), "2021年常州地区生产总值8907.6亿元", "--json")
    assert wrong.exit_code == 1
    body = json.loads(wrong.stdout)
    assert body["verdict"] == "contradicted"
    assert {e["line"] for e in body["evidence"]} == {21, 29, 32}
    right = run("check", "--db", str(sample_index), "2021年常州地区生产总值约8800亿元")
    assert right.exit_code == 0 and "supported" in right.stdout
    unknown = run("check", "--db", str(sample_index), "2021年拉萨地区生产总值800亿元")
    assert unknown.exit_code == 3


def test_cli_show_prints_the_cited_line(sample_index: Path) -> None:
    result = run("show", "--db", str(sample_index), "004_4e64ed91133403dc.txt:17", "-C", "0")
    assert result.exit_code == 0
    assert result.stdout.startswith(">    17  ")
    assert "38.4%" in result.stdout


def test_cli_errors_are_one_line_without_traceback(tmp_path: Path) -> None:
    missing = run("claims", "--db", str(tmp_path / "none.db"))
    assert missing.exit_code == 2
    assert missing.stderr.startswith("Error: ") and "Traceback" not in missing.output
    text_file = tmp_path / "notes.txt"
    text_file.write_text("not a database", encoding="utf-8")
    bad = run("claims", "--db", str(text_file))
    assert bad.exit_code == 2 and "not a factcheck index" in bad.stderr
    assert text_file.read_text(encoding="utf-8") == "not a database"


def test_cli_other_sqlite_database_is_left_untouched(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    before = other.read_bytes()
    result = run("index", "--db", str(other), str(tmp_path))
    assert result.exit_code == 2 and "another program" in result.stderr
    assert other.read_bytes() == before


def test_cli_index_reports_bad_files_and_goes_on(tmp_path: Path, db: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "good.txt").write_text("2021年常州地区生产总值8807.6亿元。", encoding="utf-8")
    (tmp_path / "docs" / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (tmp_path / "docs" / "data.csv").write_text("a,b", encoding="utf-8")
    result = run("index", "--db", str(db), str(tmp_path / "docs"))
    assert result.exit_code == 1
    assert "image.txt: a PNG image, not a text document" in result.stderr
    assert "1 read, 0 unchanged, 1 skipped, 1 failed" in result.stderr
    claims = json.loads(run("claims", "--db", str(db), "--json").stdout)
    assert [c["text"] for c in claims] == ["8807.6亿元"]


def test_cli_index_reads_stdin(db: Path) -> None:
    result = run("index", "--db", str(db), "-", input="2024年溧阳新增充电桩3500个。")
    assert result.exit_code == 0
    claims = json.loads(run("claims", "--db", str(db), "--json").stdout)
    assert [(c["doc"], c["value"], c["unit"], c["entity"]) for c in claims] == [("<stdin>", 3500.0, "个", "溧阳")]


def test_cli_help_has_an_example_for_every_command() -> None:
    for command in ("index", "claims", "compare", "check", "show", "report"):
        result = run(command, "--help")
        assert result.exit_code == 0
        assert "Example:" in result.stdout, command


def test_cli_report_html_and_markdown(sample_index: Path, tmp_path: Path) -> None:
    html_path = tmp_path / "r.html"
    result = run("report", "--db", str(sample_index), "-o", str(html_path))
    assert result.exit_code == 0, result.output
    page = html_path.read_text(encoding="utf-8")
    assert page.count("<svg") >= 3 and "5700家" in page and "000_6bf9e5bb55a028db.txt:68" in page
    md_path = tmp_path / "r.md"
    assert run("report", "--db", str(sample_index), "--format", "md", "-o", str(md_path)).exit_code == 0
    assert "| 3273家 |" in md_path.read_text(encoding="utf-8") or "3273家" in md_path.read_text(encoding="utf-8")
    bad = run("report", "--db", str(sample_index), "-o", str(tmp_path / "missing" / "r.html"))
    assert bad.exit_code == 1 and bad.stderr.startswith("Error: ")


def test_cli_newer_schema_and_truncated_index_are_refused(sample_index: Path, tmp_path: Path) -> None:
    newer = tmp_path / "newer.db"
    newer.write_bytes(sample_index.read_bytes())
    con = sqlite3.connect(newer)
    con.execute("PRAGMA user_version = 99")
    con.commit()
    con.close()
    before = newer.read_bytes()
    result = run("claims", "--db", str(newer))
    assert result.exit_code == 2 and "newer factcheck" in result.stderr
    assert newer.read_bytes() == before
    truncated = tmp_path / "truncated.db"
    truncated.write_bytes(sample_index.read_bytes()[:3000])
    cut = truncated.read_bytes()
    result = run("claims", "--db", str(truncated), "--json")
    assert result.exit_code == 2 and result.stderr.startswith("Error: ") and "Traceback" not in result.output
    assert truncated.read_bytes() == cut


def test_cli_compare_says_when_groups_are_cross_checked_on_the_fly(sample_index: Path, tmp_path: Path) -> None:
    import shutil

    db = tmp_path / "copy.db"
    shutil.copy(sample_index, db)
    clean = run("compare", "--db", str(db), "--metric", "gdp", "--json")
    assert "cross-checked now" not in clean.stderr
    con = sqlite3.connect(db)
    con.execute("UPDATE claims SET line = line WHERE metric = 'gdp'")  # as an interrupted index run leaves it
    con.commit()
    con.close()
    stale = run("compare", "--db", str(db), "--metric", "gdp", "--json")
    assert stale.exit_code == 0 and "groups changed since the last complete index run" in stale.stderr
    assert json.loads(stale.stdout) == json.loads(clean.stdout)
    other_metric = run("compare", "--db", str(db), "--metric", "new_energy_output", "--json")
    assert "cross-checked now" not in other_metric.stderr


def test_cli_indexes_wiki_markup_and_pages_saved_under_their_address(tmp_path: Path, db: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    page = docs / "shangrao.wiki"
    page.write_text("'''上饶市'''\n{{Infobox 城市\n| 人口 = 642.5万\n| GDP = 3749.2亿元人民币\n}}\n", encoding="utf-8")
    (docs / "notes.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    (docs / "t20250120_1.shtml").write_text("<html><body><p>全市常住人口828.7万人。</p></body></html>", encoding="utf-8")
    result = run("index", "--db", str(db), str(docs))
    assert result.exit_code == 0, result.output
    assert "2 read, 0 unchanged, 1 skipped, 0 failed" in result.stderr
    claims = json.loads(run("claims", "--db", str(db), "--json").stdout)
    assert sorted(c["value"] for c in claims) == [6425000.0, 8287000.0, 374920000000.0]
