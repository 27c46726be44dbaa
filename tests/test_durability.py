"""Real processes: concurrent index runs, kill -9 in the middle, SIGINT."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow
FACTCHECK = [sys.executable, "-m", "factcheck.cli"]


def _corpus(root: Path, samples: Path, copies: int) -> Path:
    root.mkdir()
    for n in range(copies):
        for src in samples.iterdir():
            shutil.copy(src, root / f"{n:03d}_{src.name}")
    return root


def _consistent(db: Path) -> tuple[int, int]:
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = con.execute(
            "SELECT d.name, d.claims, (SELECT count(*) FROM claims c WHERE c.doc = d.name) FROM documents d"
        ).fetchall()
        for name, expected, actual in rows:
            assert expected == actual, name  # each document entirely written or not at all
        return len(rows), sum(r[2] for r in rows)
    finally:
        con.close()


def test_durability_two_index_runs_at_once(tmp_path: Path, samples: Path) -> None:
    corpus = _corpus(tmp_path / "docs", samples, 4)
    db = tmp_path / "index.db"
    procs = [subprocess.Popen([*FACTCHECK, "index", "-q", "--db", str(db), str(corpus)], stderr=subprocess.PIPE)
             for _ in range(2)]
    for p in procs:
        _, err = p.communicate(timeout=300)
        assert p.returncode == 0, err.decode()
    docs, claims = _consistent(db)
    assert docs == 20 and claims > 0


def test_durability_kill_9_leaves_a_consistent_index(tmp_path: Path, samples: Path) -> None:
    corpus = _corpus(tmp_path / "docs", samples, 150)
    db = tmp_path / "index.db"
    proc = subprocess.Popen([*FACTCHECK, "index", "-q", "--db", str(db), str(corpus)], stderr=subprocess.DEVNULL)
    time.sleep(2.5)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    if db.exists():
        _consistent(db)
    rerun = subprocess.run([*FACTCHECK, "index", "-q", "--db", str(db), str(corpus)], capture_output=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr.decode()
    docs, _ = _consistent(db)
    assert docs == 750


def test_durability_sigint_exits_130_and_keeps_work(tmp_path: Path, samples: Path) -> None:
    corpus = _corpus(tmp_path / "docs", samples, 150)
    db = tmp_path / "index.db"
    proc = subprocess.Popen([*FACTCHECK, "index", "--db", str(db), str(corpus)], stderr=subprocess.PIPE)
    time.sleep(2.5)
    started = time.monotonic()
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=30)
    assert time.monotonic() - started < 5
    if proc.returncode == 0:
        pytest.skip("the run finished before the signal arrived")
    assert proc.returncode == 130, err.decode()
    assert "Interrupted after" in err.decode()
    _consistent(db)
