#!/usr/bin/env python3
"""End-to-end benchmark of the factcheck CLI.

Usage: python bench/run.py [--size-mb N] [--docs N] [--quick] [--keep DIR]

Builds a deterministic corpus from data/samples/, then measures a read+decode+t2s+regex
baseline, `factcheck index` (1 and 2 workers, re-index), queries on a big index and cold
start.  Every step is guarded: a failure prints n/a and the script still exits 0.
The last line printed is always the `bench:` summary line.
"""

from __future__ import annotations

import argparse
import html
import os
import random
import re
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "samples"
FILES_PER_DIR = 1000
QUERY_RUNS = 3  # each query is timed this many times; the median is reported
FULL_COMPARE_TIMEOUT = 300.0
BIG_TARGET = 1_000_000

# Cities that appear in the samples, and the pool they are swapped for.
SOURCE_CITIES = ["常州", "镇江", "溧阳", "宜兴", "南京", "无锡", "苏州", "江阴", "金坛", "武进"]
TARGET_CITIES = [
    "常州", "镇江", "溧阳", "宜兴", "南京", "无锡", "苏州", "扬州", "泰州", "南通", "盐城", "淮安",
    "宿迁", "连云港", "徐州", "昆山", "江阴", "张家港", "常熟", "太仓", "丹阳", "句容", "杭州", "宁波",
    "合肥", "嘉兴", "湖州", "绍兴", "温州", "芜湖",
]


# ----------------------------------------------------------------------------------------------
# helpers


def find_factcheck() -> list[str]:
    exe = Path(sys.executable).with_name("factcheck")
    if exe.exists():
        return [str(exe)]
    venv = ROOT / ".venv" / "bin" / "factcheck"
    if venv.exists():
        return [str(venv)]
    found = shutil.which("factcheck")
    return [found] if found else [sys.executable, "-m", "factcheck.cli"]


def python_exe() -> str:
    venv = ROOT / ".venv" / "bin" / "python"
    return str(venv) if venv.exists() else sys.executable


class StepError(Exception):
    """A measured command failed; carries the tail of its stderr."""


def tail(text: str, n: int = 300) -> str:
    text = (text or "").strip().replace("\n", " | ")
    return text[-n:]


def run_timed(cmd: list[str], *, timeout: float | None = None, stdout_path: str | None = None,
              env: dict | None = None) -> dict:
    """Run cmd; return wall seconds, exit code, peak RSS (MB) of the child tree, stderr text.

    Uses os.wait4 on the child pid so the RSS belongs to this very child (and its reaped
    descendants, e.g. worker processes) rather than to all children of the benchmark.
    """
    with tempfile.TemporaryFile() as err_f:
        out_f = open(stdout_path or os.devnull, "wb")
        try:
            t0 = time.perf_counter()
            proc = subprocess.Popen(cmd, stdout=out_f, stderr=err_f, stdin=subprocess.DEVNULL, env=env,
                                    start_new_session=True)
            timed_out = threading.Event()

            def kill() -> None:
                timed_out.set()
                try:
                    os.killpg(proc.pid, signal.SIGKILL)
                except OSError:
                    pass

            timer = threading.Timer(timeout, kill) if timeout else None
            if timer:
                timer.start()
            try:
                _, status, usage = os.wait4(proc.pid, 0)
            finally:
                if timer:
                    timer.cancel()
            wall = time.perf_counter() - t0
            proc.returncode = os.waitstatus_to_exitcode(status)
        finally:
            out_f.close()
        err_f.seek(0)
        stderr = err_f.read().decode("utf-8", "replace")
    # ru_maxrss is in KiB on Linux, bytes on macOS
    rss_mb = usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
    return {"wall": wall, "rc": proc.returncode, "rss_mb": rss_mb, "stderr": stderr,
            "timeout": timed_out.is_set()}


def fmt3(x) -> str:
    """3 significant digits, or n/a / timeout."""
    if x is None:
        return "n/a"
    if isinstance(x, str):
        return x
    if x == 0:
        return "0"
    v = float(f"{x:.3g}")
    if abs(v) >= 1000:  # avoid 1.23e+03: 3 significant digits printed as an integer
        return f"{v:.0f}"
    return f"{x:.3g}"


def db_bytes(db: Path) -> int:
    return sum(p.stat().st_size for p in (db, Path(f"{db}-wal"), Path(f"{db}-shm")) if p.exists())


def count_claims(db: Path) -> int:
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT count(*) FROM claims").fetchone()[0]
    finally:
        con.close()


# ----------------------------------------------------------------------------------------------
# corpus


def load_templates() -> list[tuple[str, list[str], list[str]]]:
    """(stem, head lines, body lines) per sample; the head keeps front matter / title lines."""
    out = []
    for path in sorted(SAMPLES.glob("*.txt")):
        lines = path.read_text("utf-8", errors="replace").splitlines()
        head_end = 3
        stripped = [ln.strip() for ln in lines]
        if "---" in stripped[:3]:
            first = stripped.index("---")
            try:
                head_end = stripped.index("---", first + 1) + 1
            except ValueError:
                head_end = 3
        out.append((path.stem, lines[:head_end], lines[head_end:]))
    return out


_DIGITS = re.compile(r"\d+")


def vary_numbers(text: str, rng: random.Random) -> str:
    def repl(m: re.Match) -> str:
        s = m.group(0)
        n = len(s)
        if n == 4 and s[:2] in ("19", "20"):
            return str(rng.randint(1995, 2030))  # keep years plausible
        if n == 1:
            return str(rng.randint(0, 9))
        first = str(rng.randint(1, 9)) if s[0] != "0" else "0"
        return first + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))

    return _DIGITS.sub(repl, text)


class CorpusBuilder:
    def __init__(self, rng: random.Random) -> None:
        import opencc

        self.rng = rng
        self.s2t = opencc.OpenCC("s2t")
        self.templates = load_templates()
        self.trad_templates = [
            (stem, [self.s2t.convert(x) for x in head], [self.s2t.convert(x) for x in body])
            for stem, head, body in self.templates
        ]
        self.city_trad = {c: self.s2t.convert(c) for c in set(SOURCE_CITIES) | set(TARGET_CITIES)}
        simp_alt = "|".join(sorted(SOURCE_CITIES, key=len, reverse=True))
        trad_alt = "|".join(sorted({self.city_trad[c] for c in SOURCE_CITIES}, key=len, reverse=True))
        self.city_re = {"s": re.compile(simp_alt), "t": re.compile(trad_alt)}
        self.trad_to_simp_src = {self.city_trad[c]: c for c in SOURCE_CITIES}

    def document(self, avg_bytes: int) -> tuple[str, str]:
        """(suffix, text) of one varied document of roughly avg_bytes."""
        rng = self.rng
        variant = rng.choice(("simp", "simp", "trad", "html"))
        idx = rng.randrange(len(self.templates))
        stem, head, body = (self.trad_templates if variant == "trad" else self.templates)[idx]
        # window of body lines of about the wanted size (3 bytes per CJK char)
        want_chars = max(200, int(avg_bytes * rng.uniform(0.5, 1.5) / 3))
        start = rng.randrange(max(1, len(body)))
        picked, size = [], 0
        i = start
        while size < want_chars and len(picked) < len(body):
            line = body[i % len(body)]
            picked.append(line)
            size += len(line) + 1
            i += 1
        text = "\n".join(head + picked) + "\n"
        # swap place names: one random permutation per document
        mapping = {c: rng.choice(TARGET_CITIES) for c in SOURCE_CITIES}
        if variant == "trad":
            text = self.city_re["t"].sub(
                lambda m: self.city_trad[mapping[self.trad_to_simp_src[m.group(0)]]], text)
        else:
            text = self.city_re["s"].sub(lambda m: mapping[m.group(0)], text)
        text = vary_numbers(text, rng)
        if variant == "html":
            body_html = "\n".join(f"<p>{html.escape(ln)}</p>" for ln in text.splitlines() if ln.strip())
            text = (f"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{stem}</title></head>\n"
                    f"<body>\n{body_html}\n</body></html>\n")
            return ".html", text
        return ".txt", text


def build_corpus(root: Path, size_mb: float, min_docs: int) -> tuple[int, int]:
    rng = random.Random(0)
    builder = CorpusBuilder(rng)
    target = int(size_mb * 1024 * 1024)
    avg = max(1500, target // max(1, min_docs))
    total = n = 0
    while total < target or n < min_docs:
        suffix, text = builder.document(avg)
        data = text.encode("utf-8")
        folder = root / f"d{n // FILES_PER_DIR:04d}"
        if n % FILES_PER_DIR == 0:
            folder.mkdir(parents=True, exist_ok=True)
        (folder / f"doc{n:07d}{suffix}").write_bytes(data)
        total += len(data)
        n += 1
    return n, total


# ----------------------------------------------------------------------------------------------
# measurements


def baseline(corpus: Path) -> dict:
    import opencc

    t2s = opencc.OpenCC("t2s")
    pat = re.compile(r"\d+(?:\.\d+)?")
    files = sorted(p for p in corpus.rglob("*") if p.is_file())
    t0 = time.perf_counter()
    total = nums = 0
    for p in files:
        raw = p.read_bytes()
        total += len(raw)
        text = t2s.convert(raw.decode("utf-8"))
        nums += len(pat.findall(text))
    wall = time.perf_counter() - t0
    return {"wall": wall, "mbps": total / 1e6 / wall, "numbers": nums}


def make_big(src: Path, dst: Path, target: int) -> int:
    """Copy src (with the backup API, WAL-safe) and add copies of its documents until claims >= target.

    Copy n of document D is the document `D~n` with the same claims: a corpus where several sources
    repeat the same figures, as reprints do. Columns are copied as the index has them, so this works
    whatever the schema version."""
    for p in (dst, Path(f"{dst}-wal"), Path(f"{dst}-shm")):
        if p.exists():
            p.unlink()
    s = sqlite3.connect(src)
    d = sqlite3.connect(dst)
    s.backup(d)
    s.close()
    d.execute("PRAGMA journal_mode = DELETE")
    d.execute("PRAGMA synchronous = OFF")
    count = d.execute("SELECT count(*) FROM claims").fetchone()[0]
    if count == 0:
        d.close()
        raise StepError("first index has no claims to duplicate")
    doc_cols = [r[1] for r in d.execute("PRAGMA table_info(documents)")]
    claim_cols = [r[1] for r in d.execute("PRAGMA table_info(claims)")]
    renamed = {"name": "name || '~' || :n", "doc": "doc || '~' || :n", "id": "id || '-' || :n",
               "record": "json_set(record, '$.doc', doc || '~' || :n, '$.id', id || '-' || :n)"}
    copy_docs = (f"INSERT INTO documents ({', '.join(doc_cols)}) SELECT "
                 + ", ".join(renamed.get(c, c) for c in doc_cols) + " FROM documents WHERE name NOT LIKE '%~%'")
    copy_claims = (f"INSERT INTO claims ({', '.join(claim_cols)}) SELECT "
                   + ", ".join(renamed.get(c, c) for c in claim_cols)
                   + " FROM claims WHERE doc NOT LIKE '%~%' ORDER BY doc, rowid LIMIT :need")
    n = 0
    while count < target:
        n += 1
        d.execute(copy_docs, {"n": n})
        d.execute(copy_claims, {"n": n, "need": target - count})
        d.commit()
        count = d.execute("SELECT count(*) FROM claims").fetchone()[0]
    d.execute("ANALYZE")
    d.commit()
    d.close()
    return count


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size-mb", type=float, default=None, help="corpus size in MB (default 50)")
    ap.add_argument("--docs", type=int, default=None, help="minimum number of documents (default 20000)")
    ap.add_argument("--quick", action="store_true", help="3 MB, 300 docs, no big-index duplication")
    ap.add_argument("--keep", metavar="DIR", help="build corpus and DBs in DIR and keep them")
    args = ap.parse_args()
    size_mb = args.size_mb if args.size_mb is not None else (3 if args.quick else 50)
    min_docs = args.docs if args.docs is not None else (300 if args.quick else 20000)

    t_start = time.perf_counter()
    if args.keep:
        work = Path(args.keep).resolve()
        work.mkdir(parents=True, exist_ok=True)
        cleanup = None
    else:
        cleanup = tempfile.TemporaryDirectory(prefix="factcheck-bench-")
        work = Path(cleanup.name)
    corpus = work / "corpus"
    db1, db2, big = work / "index1.db", work / "index2.db", work / "big.db"
    fc = find_factcheck()

    rows: list[tuple[str, str, str]] = []  # (measurement, value, note)

    def step(name: str, fn):
        try:
            return fn()
        except Exception as exc:  # noqa: BLE001 - a benchmark must survive anything
            msg = tail(exc.args[0] if isinstance(exc, StepError) and exc.args else
                       f"{type(exc).__name__}: {exc} {traceback.format_exc(limit=2)}")
            rows.append((name, "n/a", f"FAILED: {msg}"))
            return None

    # -- corpus
    def do_corpus():
        if corpus.exists():
            shutil.rmtree(corpus)
        corpus.mkdir(parents=True)
        t0 = time.perf_counter()
        n, total = build_corpus(corpus, size_mb, min_docs)
        rows.append(("corpus", f"{n} docs, {total / 1e6:.1f} MB", f"built in {time.perf_counter() - t0:.1f}s at {corpus}"))
        return n, total

    built = step("corpus", do_corpus)
    n_docs, corpus_bytes = built if built else (0, 0)

    # -- baseline
    def do_baseline():
        b = baseline(corpus)
        rows.append(("baseline read+decode+t2s+regex", f"{b['mbps']:.2f} MB/s",
                     f"{b['wall']:.2f}s, {b['numbers']} numbers"))
        return b["mbps"]

    base_mbps = step("baseline", do_baseline) if built else None

    # -- index, 1 worker
    def index_run(db: Path, label: str, extra: list[str], fresh: bool = True):
        if fresh:
            for p in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
                if p.exists():
                    p.unlink()
        r = run_timed(fc + ["index", "--db", str(db), *extra, str(corpus)])
        if r["rc"] != 0:
            # a non-zero exit with an index still produced is reported but measured
            note = f"exit {r['rc']}: {tail(r['stderr'])}"
            if not db.exists():
                raise StepError(note)
        else:
            note = tail(r["stderr"], 200)
        claims = count_claims(db)
        wall = r["wall"]
        res = {"wall": wall, "claims": claims, "rss_mb": r["rss_mb"], "mbps": corpus_bytes / 1e6 / wall,
               "docs_s": n_docs / wall, "claims_s": claims / wall, "bpc": db_bytes(db) / claims if claims else None}
        rows.append((label, f"{res['mbps']:.2f} MB/s",
                     f"{wall:.2f}s, {res['docs_s']:.0f} docs/s, {res['claims_s']:.0f} claims/s, {claims} claims, "
                     f"peak RSS {res['rss_mb']:.0f} MB, {fmt3(res['bpc'])} B/claim; {note}"))
        return res

    i1 = step("index --workers 1", lambda: index_run(db1, "index --workers 1", [])) if built else None
    i2 = step("index --workers 2", lambda: index_run(db2, "index --workers 2", ["--workers", "2"])) if built else None
    speedup = i1["wall"] / i2["wall"] if i1 and i2 else None
    if speedup is not None:
        rows.append(("workers2 speedup (t1/t2)", fmt3(speedup), ""))
    if i1 and i2 and i1["claims"] != i2["claims"]:
        rows.append(("workers2 claims mismatch", "!", f"1 worker {i1['claims']} vs 2 workers {i2['claims']}"))

    # -- re-index unchanged
    def do_reindex():
        if not db1.exists():
            raise StepError("no first index")
        r = run_timed(fc + ["index", "--db", str(db1), str(corpus)])
        if r["rc"] != 0:
            raise StepError(f"exit {r['rc']}: {tail(r['stderr'])}")
        ratio = r["wall"] / i1["wall"]
        rows.append(("re-index unchanged", f"{r['wall']:.2f}s", f"ratio {fmt3(ratio)} of first run; {tail(r['stderr'], 160)}"))
        return ratio

    reindex_ratio = step("re-index unchanged", do_reindex) if i1 else None

    # -- big index
    def do_big():
        if args.quick:
            return db1
        t0 = time.perf_counter()
        count = make_big(db1, big, BIG_TARGET)
        rows.append(("big index (copies of documents)", f"{count} claims",
                     f"built in {time.perf_counter() - t0:.1f}s, {db_bytes(big) / 1e6:.0f} MB"))
        # the copies were written behind factcheck's back: an index run over the (unchanged) corpus brings
        # whatever factcheck derives from the claims up to date before the queries are measured
        r = run_timed(fc + ["index", "--workers", "2", "--db", str(big), str(corpus)])
        if r["rc"] != 0:
            raise StepError(f"index of the big index: exit {r['rc']}: {tail(r['stderr'])}")
        rows.append(("big index: index run after the copies", f"{r['wall']:.2f}s",
                     f"peak RSS {r['rss_mb']:.0f} MB; {db_bytes(big) / 1e6:.0f} MB; {tail(r['stderr'], 160)}"))
        return big

    qdb = step("big index", do_big) if i1 else None
    if qdb is not None and args.quick:
        rows.append(("query index", f"{count_claims(qdb)} claims", "quick mode: the corpus index itself"))

    def query(label: str, cmd: list[str], timeout: float | None = None):
        # the median of three runs: one run after the big index was built once took 204 ms where the next took 148
        walls, rss = [], 0.0
        for _ in range(QUERY_RUNS):
            r = run_timed(fc + cmd, timeout=timeout)
            if r["timeout"]:
                rows.append((label, "timeout", f"> {timeout:.0f}s"))
                return "timeout"
            if r["rc"] != 0:
                raise StepError(f"exit {r['rc']}: {tail(r['stderr'])}")
            walls.append(r["wall"])
            rss = max(rss, r["rss_mb"])
        wall = statistics.median(walls)
        rows.append((label, f"{wall * 1000:.0f} ms", f"peak RSS {rss:.0f} MB; median of {QUERY_RUNS}: "
                     + ", ".join(f"{w * 1000:.0f}" for w in walls) + " ms"))
        return wall

    compare_s = claims_s = full_s = None
    if qdb is not None:
        compare_s = step("compare --metric gdp", lambda: query(
            "compare --metric gdp --json", ["compare", "--db", str(qdb), "--metric", "gdp", "--json"]))
        claims_s = step("claims gdp 常州", lambda: query(
            "claims --metric gdp --entity 常州 --json",
            ["claims", "--db", str(qdb), "--metric", "gdp", "--entity", "常州", "--json"]))
        full_s = step("full compare", lambda: query(
            "compare --json (full)", ["compare", "--db", str(qdb), "--json"], timeout=FULL_COMPARE_TIMEOUT))

    # -- cold start
    def median_wall(cmd: list[str], n: int = 5) -> float:
        walls = []
        for _ in range(n):
            r = run_timed(cmd)
            if r["rc"] != 0:
                raise StepError(f"{' '.join(cmd[-2:])}: exit {r['rc']}: {tail(r['stderr'])}")
            walls.append(r["wall"])
        return statistics.median(walls)

    def do_start():
        t_fc = median_wall(fc + ["--help"])
        t_ty = median_wall([python_exe(), "-c", "import typer"])
        ratio = t_fc / t_ty
        rows.append(("cold start factcheck --help", f"{t_fc * 1000:.0f} ms",
                     f"import typer {t_ty * 1000:.0f} ms; ratio {fmt3(ratio)} (median of 5)"))
        return ratio

    start_ratio = step("cold start", do_start)

    # -- report
    index_ratio = i1["mbps"] / base_mbps if i1 and base_mbps else None
    rows.append(("total bench time", f"{time.perf_counter() - t_start:.1f}s", ""))
    print_table(rows)

    def ms(x):
        return x if isinstance(x, str) else (x * 1000 if x is not None else None)

    line = (f"bench: index_ratio={fmt3(index_ratio)} workers2_speedup={fmt3(speedup)} "
            f"reindex_ratio={fmt3(reindex_ratio)} compare_ms={fmt3(ms(compare_s))} claims_ms={fmt3(ms(claims_s))} "
            f"full_compare_s={fmt3(full_s)} start_ratio={fmt3(start_ratio)} "
            f"rss_mb={fmt3(i1['rss_mb'] if i1 else None)}")
    if cleanup is not None:
        try:
            cleanup.cleanup()
        except OSError:
            pass
    sys.stdout.flush()
    print(line, flush=True)
    return 0


def print_table(rows: list[tuple[str, str, str]]) -> None:
    try:
        from rich.console import Console
        from rich.table import Table

        table = Table(title="factcheck benchmark", show_lines=False)
        table.add_column("measurement", no_wrap=True)
        table.add_column("value", justify="right", no_wrap=True)
        table.add_column("details")
        for r in rows:
            table.add_row(*r)
        Console(width=max(120, shutil.get_terminal_size((160, 20)).columns), highlight=False).print(table)
    except Exception:  # noqa: BLE001 - fall back to plain text
        w = max(len(r[0]) for r in rows)
        for name, value, note in rows:
            print(f"{name:<{w}}  {value:>22}  {note}")
    sys.stdout.flush()


if __name__ == "__main__":
    try:
        code = main()
    except Exception:  # noqa: BLE001 - never fail the caller
        traceback.print_exc()
        print("bench: index_ratio=n/a workers2_speedup=n/a reindex_ratio=n/a compare_ms=n/a claims_ms=n/a "
              "full_compare_s=n/a start_ratio=n/a rss_mb=n/a")
        code = 0
    sys.exit(code)
