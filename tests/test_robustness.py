"""Bad input: one clear line on stderr per bad file, the others go on, no traceback, bounded time.

Every fixture is generated in tmp_path. Exit codes of `index`: 0 all read, 1 some files failed, 2 usage.
The wall-clock bounds are guards against quadratic or exponential slowdowns, not benchmarks: each
case runs under an alarm, so a pathological case fails at its bound instead of hanging the suite.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import json
import math
import os
import random
import signal
import socket
import subprocess
import time
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck import indexer, reader
from factcheck.cli import app
from factcheck.errors import DocumentError
from factcheck.indexer import index_paths
from factcheck.pipeline import Extractor
from factcheck.store import Index

SENTENCE = "2021年常州地区生产总值8807.6亿元，增长9.1%。"
TRADITIONAL = "2021年常州地區生產總值8807.6億元，增長9.1%。"
DOC = f"常州经济\n\n{SENTENCE}\n其他内容。\n"
DOC_TRADITIONAL = f"常州經濟\n\n{TRADITIONAL}\n其他內容。\n"
EXPECTED = [(880760000000.0, "CNY", 3), (9.1, "%", 3)]

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, list(args), env={"COLUMNS": "200", "NO_COLOR": "1"})


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor.create()


def facts(doc) -> list[tuple[float, str, int]]:  # noqa: ANN001
    return [(c.value, c.unit, c.line) for c in doc.claims]


class Overtime(Exception):
    pass


@contextlib.contextmanager
def within(seconds: float, what: str) -> Iterator[None]:
    """Fail (rather than hang) when the block takes longer than `seconds` of wall-clock time."""

    def expire(_signum, _frame):  # noqa: ANN001, ANN202
        raise Overtime(f"{what}: still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    started = time.monotonic()
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    elapsed = time.monotonic() - started
    assert elapsed < seconds, f"{what}: {elapsed:.1f} s"


def stderr_lines(result) -> list[str]:  # noqa: ANN001
    return [line for line in result.stderr.splitlines() if line.strip()]


def assert_clean_errors(result) -> None:  # noqa: ANN001
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)


def claims_of(db: Path) -> list[dict]:
    out = run("claims", "--db", str(db), "--json")
    assert out.exit_code == 0, out.output
    return json.loads(out.stdout)


# -- empty, binary, NUL ------------------------------------------------------------------------------
def test_robust_empty_and_whitespace_files_read_with_no_claims(tmp_path: Path, db: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "empty.txt").write_bytes(b"")
    (docs / "blank.md").write_text(" \n\t\r\n  \n\u3000\n", encoding="utf-8")
    (docs / "blank.html").write_bytes(b"\n\n   ")
    result = run("index", "--db", str(db), str(docs))
    assert result.exit_code == 0, result.output
    assert_clean_errors(result)
    assert claims_of(db) == []
    with Index(db) as idx:
        assert idx.counts()[0] == 3


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return len(data).to_bytes(4, "big") + kind + data + zlib.crc32(kind + data).to_bytes(4, "big")

    raw = zlib.compress(b"\x00\xff\x00\x00" * 4)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", bytes.fromhex("00000002000000020802000000")) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


def _pdf() -> bytes:
    return b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\nstream\n" + bytes(range(256)) + b"\nendstream\n%%EOF\n"


def _zip() -> bytes:
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("a.txt", SENTENCE)
    return buf.getvalue()


BINARIES = {
    "image.txt": _png,
    "paper.txt": _pdf,
    "bundle.txt": _zip,
    "noise.txt": lambda: random.Random(7).randbytes(4096),
    "noise2.md": lambda: random.Random(8).randbytes(65536),
    "elf.html": lambda: b"\x7fELF\x02\x01\x01" + bytes(1000),
}


def test_robust_binary_files_named_txt_fail_one_line_each_others_indexed(tmp_path: Path, db: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, make in BINARIES.items():
        (docs / name).write_bytes(make())
    (docs / "good.txt").write_text(DOC, encoding="utf-8")
    result = run("index", "--db", str(db), str(docs))
    assert result.exit_code == 1, result.output
    assert_clean_errors(result)
    lines = stderr_lines(result)
    for name in BINARIES:
        naming = [line for line in lines if name in line]
        assert len(naming) == 1, (name, lines)
        assert "not a text document" in naming[0]
    assert [(c["value"], c["unit"], c["line"]) for c in claims_of(db)] == EXPECTED


def test_robust_random_bytes_are_never_taken_for_text() -> None:
    rng = random.Random(1)
    for n in range(200):
        raw = rng.randbytes(64 + n * 50)
        with pytest.raises(DocumentError, match="noise.txt"):
            reader.decode(raw, "noise.txt")


@pytest.mark.parametrize("doc", [
    f"第一行\x00\n{SENTENCE}\x00\n",
    f"\x00常州经济\n\n{SENTENCE.replace('亿', chr(0) + '亿')}\n",
    f"常州经济\n\n{SENTENCE}\n" + "\x00" * 3,
])
def test_robust_nul_bytes_inside_text_keep_the_claims(extractor: Extractor, doc: str) -> None:
    got, _bad = extractor.document("nul.txt", doc.encode())
    line = doc.split("\n").index(next(x for x in doc.split("\n") if "8807" in x)) + 1
    assert [(v, u) for v, u, _ in facts(got)] == [(880760000000.0, "CNY"), (9.1, "%")]
    assert {n for _, _, n in facts(got)} == {line}


# -- encodings ------------------------------------------------------------------------------------------
ENCODINGS = {
    "gb18030": lambda: DOC.encode("gb18030"),
    "gbk": lambda: DOC.encode("gbk"),
    "big5": lambda: DOC_TRADITIONAL.encode("big5"),
    "utf-16-le": lambda: DOC.encode("utf-16-le"),
    "utf-16-be": lambda: DOC.encode("utf-16-be"),
    "utf-16-le-bom": lambda: codecs.BOM_UTF16_LE + DOC.encode("utf-16-le"),
    "utf-16-be-bom": lambda: codecs.BOM_UTF16_BE + DOC.encode("utf-16-be"),
    "utf-8-bom": lambda: codecs.BOM_UTF8 + DOC.encode(),
    "utf-8-crlf": lambda: DOC.replace("\n", "\r\n").encode(),
}


@pytest.mark.parametrize("encoding", list(ENCODINGS))
def test_robust_encodings_give_the_same_claims_as_utf8(extractor: Extractor, encoding: str) -> None:
    baseline, _ = extractor.document("utf8.txt", DOC.encode())
    assert facts(baseline) == EXPECTED
    got, bad = extractor.document(f"{encoding}.txt", ENCODINGS[encoding]())
    assert bad == 0
    assert facts(got) == facts(baseline)
    assert [c.metric for c in got.claims] == [c.metric for c in baseline.claims]
    assert [c.entity for c in got.claims] == [c.entity for c in baseline.claims]


def test_robust_invalid_utf8_in_the_middle_is_reported_and_the_rest_read(tmp_path: Path, db: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    raw = f"常州经济\n\n{SENTENCE}\n".encode() + b"\xff\xfe\x80\xc3(" + f"\n{SENTENCE}\n".encode()
    (docs / "damaged.txt").write_bytes(raw)
    result = run("index", "--db", str(db), str(docs))
    assert_clean_errors(result)
    assert result.exit_code == 0, result.output  # the file was read: damage is a warning
    damaged = [line for line in stderr_lines(result) if "damaged.txt" in line]
    assert len(damaged) == 1 and "undecodable" in damaged[0], stderr_lines(result)
    got = [(c["value"], c["unit"], c["line"]) for c in claims_of(db)]
    assert got == [*EXPECTED, (880760000000.0, "CNY", 5), (9.1, "%", 5)]


@pytest.mark.parametrize("via", ["latin-1", "cp1252"])
def test_robust_mojibake_builds_no_claim_from_garbled_text(extractor: Extractor, via: str) -> None:
    if via == "latin-1":
        raw = DOC.encode("utf-8").decode("latin-1").encode("utf-8")
    else:  # the Windows variant: bytes cp1252 leaves undefined stay as the C1 characters
        raw = "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in DOC.encode()).encode()
    with within(10, "mojibake"):
        got, _ = extractor.document("garbled.txt", raw)
    for claim in got.claims:  # nothing from text still garbled (Latin-1 letters where Chinese was)
        assert not any("\u0080" <= ch <= "\u00ff" for ch in claim.quote + claim.text), claim
    assert facts(got) in ([], EXPECTED)  # repaired: the very claims of the clean text


def test_robust_genuine_latin1_text_is_not_repaired(extractor: Extractor) -> None:
    text = "Café Ã© naïve – 增长9.1%\n"
    assert reader.decode(text.encode(), "x.txt").text == text


# -- size and shape ---------------------------------------------------------------------------------------
FILLER = "全市上下坚持稳中求进工作总基调，推动经济运行持续向好。"


@pytest.mark.slow
def test_robust_50_mb_without_a_newline(tmp_path: Path, db: Path) -> None:
    unit = FILLER * 200 + SENTENCE  # one claim sentence in every ~17 KB, all on one line
    size = 50 * 1024 * 1024
    raw = unit.encode() * (size // len(unit.encode()) + 1)
    path = tmp_path / "docs" / "huge.txt"
    path.parent.mkdir()
    path.write_bytes(raw)
    del raw
    # a hang guard, not a timing: the run takes about 10 s on 2 cores; a scan of the line per figure took 60
    with within(60, "50 MB single line"):
        with Index(db) as idx:
            summary = index_paths(idx, [str(path.parent)])
    assert summary.failed == 0 and summary.read == 1
    assert summary.claims >= 2 * (size // len(unit.encode()))
    with Index(db) as idx:
        assert idx.counts()[0] == 1


def test_robust_a_million_short_lines(extractor: Extractor) -> None:
    lines = ["短行。"] * 1_000_000
    for n in range(0, 1_000_000, 50_000):
        lines[n] = "增长9.1%。"
    lines[-1] = "全年增长7.5%。"
    raw = "\n".join(lines).encode()
    with within(10, "1,000,000 lines"):
        got, _ = extractor.document("lines.txt", raw)
    assert [c.line for c in got.claims] == [*range(1, 1_000_000, 50_000), 1_000_000]
    assert got.claims[-1].value == 7.5


@pytest.mark.parametrize("case", ["digits", "wan", "chinese-digits"])
def test_robust_long_numeral_runs_finish_quickly(extractor: Extractor, case: str) -> None:
    body = {"digits": "增长" + "1" * 100_000 + "亿元",
            "wan": "总额8" + "万" * 100_000 + "元",
            "chinese-digits": "总额" + "三" * 100_000 + "亿元"}[case]
    raw = f"{SENTENCE}\n{body}\n{SENTENCE}\n".encode()
    with within(5, case):
        got, _ = extractor.document("run.txt", raw)
    assert all(math.isfinite(c.value) for c in got.claims)
    assert {c.line for c in got.claims if c.text == "8807.6亿元"} == {1, 3}


def test_robust_huge_numbers_give_finite_values_or_no_claim(extractor: Extractor) -> None:
    got, _ = extractor.document("big.txt", ("总额" + "9" * 400 + "亿元；增长" + "8" + "万" * 90 + "元").encode())
    assert all(math.isfinite(c.value) for c in got.claims)


def test_robust_claim_dense_document_scales_linearly(extractor: Extractor) -> None:
    def seconds(sentences: int) -> float:
        raw = ((SENTENCE + "\n") * sentences).encode()
        started = time.perf_counter()
        got, _ = extractor.document("dense.txt", raw)
        assert len(got.claims) == 2 * sentences
        return time.perf_counter() - started

    with within(40, "claim-dense documents"):
        small = min(seconds(5_000) for _ in range(2))
        large = seconds(20_000)  # 40,000 claims, 1.2 MB
    assert large / small < 7, f"4x the claims took {large / small:.1f}x the time ({small:.2f} s, {large:.2f} s)"


def _html_cases() -> dict[str, tuple[str, list[tuple[float, str]]]]:
    two = [(880760000000.0, "CNY"), (9.1, "%")]
    numbers = ",".join(f"{n}亿元 增长{n % 100}.5%" for n in range(20_000))
    return {
        "nested-10000": ("<div>" * 10_000 + f"<p>{SENTENCE}</p>" + "</div>" * 10_000, two),
        "nested-unclosed": ("<div><span><b>" * 10_000 + SENTENCE, two),
        "unclosed-tag": (f"<p>{SENTENCE}</p><a href='x " + SENTENCE * 50, two * 51),  # the rest is text
        "unclosed-comment": (f"<p>{SENTENCE}</p><!-- {SENTENCE * 1000}", two),
        "lone-brackets": (f"<p>{SENTENCE}</p>" + "<" * 50_000 + "<a '" * 20_000, two),
        "script-style": (f"<html><head><style>.a{{width:100%;margin:5亿元}}</style>"
                         f"<script>var x=[{numbers}];</script></head><body><p>{SENTENCE}</p>"
                         f"<script type=\"text/plain\">增长12.5%</script><noscript>增长3%</noscript></body></html>", two),
        "unclosed-script": (f"<p>{SENTENCE}</p><script>" + "增长9.5%;" * 20_000, two),
        "entities": (f"<p>&#99999999; &#x; &amp &#0; &#xD800; &#1114112; &#x110000; &bogus; {SENTENCE}&amp</p>", two),
    }


@pytest.mark.parametrize("case", list(_html_cases()))
def test_robust_odd_html_is_read_in_time_without_numbers_from_code(extractor: Extractor, case: str) -> None:
    html, expected = _html_cases()[case]
    with within(5, case):
        got, _ = extractor.document("page.html", html.encode())
    assert [(c.value, c.unit) for c in got.claims] == expected
    original = html.split("\n")
    for c in got.claims:
        assert c.text in original[c.line - 1]


def test_robust_broken_entities_in_plain_text(extractor: Extractor) -> None:
    text = f"&#99999999; &#x; &amp 不完整\n{SENTENCE}&amp\n"
    got, _ = extractor.document("x.txt", text.encode())
    assert facts(got) == [(880760000000.0, "CNY", 2), (9.1, "%", 2)]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_robust_front_matter_that_never_closes(extractor: Extractor, suffix: str) -> None:
    text = "---\ntitle: 未闭合\ndate: 2024-01-01\n" + f"{SENTENCE}\n" * 2_000
    with within(10, "open front matter"):
        got, _ = extractor.document("open" + suffix, text.encode())
    assert len(got.claims) == 4_000
    assert [c.line for c in got.claims[:2]] == [4, 4] and got.claims[-1].line == 2_003


# -- the file system ----------------------------------------------------------------------------------------
@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_robust_unreadable_file(tmp_path: Path, db: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    locked = docs / "locked.txt"
    locked.write_text(DOC)
    (docs / "good.txt").write_text(DOC)
    locked.chmod(0)
    try:
        result = run("index", "--db", str(db), str(docs))
    finally:
        locked.chmod(0o644)
    assert result.exit_code == 1
    assert_clean_errors(result)
    assert [line for line in stderr_lines(result) if "locked.txt" in line] == [f"{locked}: permission denied"]
    assert len(claims_of(db)) == 2


def test_robust_permission_denied_simulated(tmp_path: Path, db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "locked.txt").write_text(DOC)
    (docs / "good.txt").write_text(DOC)
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    result = run("index", "--db", str(db), str(docs))
    assert result.exit_code == 1
    assert_clean_errors(result)
    assert [line for line in stderr_lines(result) if "locked.txt" in line] == [f"{docs / 'locked.txt'}: permission denied"]
    assert len(claims_of(db)) == 2


def test_robust_file_deleted_between_listing_and_reading(tmp_path: Path, db: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (docs / name).write_text(DOC)
    listed = reader.iter_sources

    def racing(paths: list[str]):  # noqa: ANN202
        for item in listed(paths):
            if isinstance(item, reader.Source) and item.name == "b.txt":
                item.path.unlink()  # gone after it was listed, before it is read
            yield item

    monkeypatch.setattr(indexer, "iter_sources", racing)
    messages: list[str] = []
    with Index(db) as idx:
        summary = index_paths(idx, [str(docs)], notify=messages.append)
    assert (summary.read, summary.failed, summary.exit_code) == (2, 1, 1)
    assert messages == [f"{docs / 'b.txt'}: disappeared before it could be read"]


def test_robust_symlink_loop_and_odd_names(tmp_path: Path, db: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "loop.txt").symlink_to("loop.txt")  # a link to itself
    (docs / "a.txt").symlink_to("b.txt")
    (docs / "b.txt").symlink_to("a.txt")
    (docs / "dangling.txt").symlink_to("nowhere.txt")
    (docs / "sub").mkdir()
    (docs / "sub" / "up").symlink_to("..")  # a folder loop
    (docs / "x.txt").mkdir()  # a folder that looks like a document
    (docs / "x.txt" / "inner.txt").write_text(DOC)
    (docs / "with space 常州 报告.txt").write_text(DOC)
    (docs / "new\nline.txt").write_text(DOC)
    (docs / "tab\tand\x1bescape.md").write_text(DOC)
    (docs / "new\nline binary.txt").write_bytes(_png())
    with within(10, "links"):
        result = run("index", "--db", str(db), str(docs))
    assert_clean_errors(result)
    assert result.exit_code == 1, result.output  # only the binary one failed
    lines = stderr_lines(result)
    assert [line for line in lines if "binary" in line] == [f"{docs}/new\\nline binary.txt: a PNG image, not a text document"]
    for name in ("loop.txt", "a.txt", "b.txt", "dangling.txt"):
        assert len([line for line in lines if f"{docs}/{name}:" in line]) == 1, (name, lines)
    names = {c["doc"] for c in claims_of(db)}
    assert names == {"x.txt/inner.txt", "with space 常州 报告.txt", "new\nline.txt", "tab\tand\x1bescape.md"}


def test_robust_file_name_that_is_not_utf8(tmp_path: Path, db: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / os.fsdecode(b"bad\xff\xfename.txt")).write_text(DOC)
    (docs / "good.txt").write_text(DOC)
    result = run("index", "--db", str(db), str(docs))
    assert_clean_errors(result)
    assert result.exit_code == 0, result.output
    assert {c["doc"] for c in claims_of(db)} == {"good.txt", "bad\ufffd\ufffdname.txt"}


def test_robust_warning_about_a_file_with_a_newline_in_its_name_is_one_line(tmp_path: Path, db: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "new\nline.txt").write_bytes(DOC.encode() + b"\xff\xfe\n")
    result = run("index", "--db", str(db), str(docs))
    assert_clean_errors(result)
    assert [line for line in stderr_lines(result) if "undecodable" in line or "line.txt" in line] == [
        f"{docs}/new\\nline.txt: 2 undecodable byte(s) replaced; the rest was read"]


def test_robust_named_paths_that_are_not_documents(tmp_path: Path, db: Path) -> None:
    folder = tmp_path / "x.txt"
    folder.mkdir()
    (folder / "in.txt").write_text(DOC)
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop.name)
    result = run("index", "--db", str(db), str(folder), str(loop), str(tmp_path / "missing\n.txt"))
    assert_clean_errors(result)
    assert result.exit_code == 1
    lines = stderr_lines(result)
    assert f"{tmp_path}/missing\\n.txt: no such file or folder" in lines
    assert len([line for line in lines if "loop.txt" in line]) == 1
    assert len(claims_of(db)) == 2


# -- outputs ---------------------------------------------------------------------------------------------------
NASTY = ['他说"增长9.1%"', "反斜杠\\n\\\\增长9.2%", "控制\x01\x07\x1b[31m字符增长9.3%", "表情😀🇨🇳增长9.4%",
         "逗号,分号;增长9.5%", "引号“”‘’'增长9.6%", "制表\t符增长9.7%", "回车\r增长9.8%", "U+2028\u2028增长9.9%"]


def test_robust_json_jsonl_csv_are_valid_whatever_the_quotes_hold(tmp_path: Path, db: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "nasty.txt").write_bytes("\n".join(NASTY).encode() + b"\n\xff\xfe\x81\xc0" + "增长10.1%\n".encode())
    (docs / "nasty.html").write_text("<p>" + "</p><p>".join(NASTY) + "&quot;&#0;&#x1F600;增长10.2%</p>")
    result = run("index", "--db", str(db), str(docs))
    assert_clean_errors(result)
    assert result.exit_code == 0, result.output
    as_json = run("claims", "--db", str(db), "--json")
    as_jsonl = run("claims", "--db", str(db), "--jsonl")
    as_csv = run("claims", "--db", str(db), "--csv")
    records = json.loads(as_json.stdout)
    rows = [json.loads(line) for line in as_jsonl.stdout.split("\n") if line]
    table = list(csv.DictReader(io.StringIO(as_csv.stdout, newline="")))
    assert len(records) == len(rows) == len(table) >= 2 * len(NASTY)
    assert [r["id"] for r in records] == [r["id"] for r in rows] == [t["id"] for t in table]
    assert [r["quote"] for r in records] == [t["quote"] for t in table]
    assert {r["value"] for r in records} >= {9.2, 9.3, 9.4, 9.5, 9.6, 9.7, 10.1, 10.2}
    for out in (as_json, as_jsonl, as_csv):
        assert out.exit_code == 0 and "Traceback" not in out.stderr
    compare = run("compare", "--db", str(db), "--all", "--json")
    json.loads(compare.stdout)
    check = run("check", "--db", str(db), "--json", '他说"增长9.1%"\x01😀')
    json.loads(check.stdout)


# -- nothing is executed or fetched --------------------------------------------------------------------------
def test_robust_documents_are_never_executed_or_fetched(tmp_path: Path, db: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "active.html").write_text(
        '<html><head><script src="http://127.0.0.1:9/x.js"></script><link rel="stylesheet" href="https://e.invalid/a.css">'
        '<meta http-equiv="refresh" content="0;url=http://e.invalid/"></head><body>'
        '<img src="http://e.invalid/p.png" onerror="fetch(\'http://e.invalid\')"><a href="file:///etc/passwd">链接</a>'
        f'<iframe src="file:///etc/shadow"></iframe><p>{{{{7*7}}}} $(id) `id` ${{7*7}} {SENTENCE}</p>'
        '<object data="http://e.invalid/o.swf"></object><base href="http://e.invalid/"></body></html>')
    (docs / "active.md").write_text(f"---\ntitle: !!python/object/apply:os.system ['id']\n---\n"
                                    f"![x](http://e.invalid/i.png) [p](file:///etc/passwd) {{{{7*7}}}} $(id)\n{SENTENCE}\n")

    def refuse(*_a, **_k):  # noqa: ANN002, ANN003, ANN202
        raise AssertionError("a document made factcheck use the network or start a process")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(subprocess, "Popen", refuse)
    monkeypatch.setattr(os, "system", refuse)
    result = run("index", "--db", str(db), str(docs))
    assert_clean_errors(result)
    assert result.exit_code == 0, result.output
    records = claims_of(db)
    assert sorted((r["doc"], r["value"]) for r in records) == [
        ("active.html", 9.1), ("active.html", 880760000000.0), ("active.md", 9.1), ("active.md", 880760000000.0)]
    assert not any(r["value"] == 49 for r in records)  # {{7*7}} was not evaluated
