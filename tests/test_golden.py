"""Golden test: the sample documents, scored the way the evaluation scores them."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

GOLD = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "seeds_gold.json"


def _claims(sample_index: Path) -> list[dict]:
    from factcheck.store import Index

    with Index(sample_index, create=False) as idx:
        return list(idx.claims())


@pytest.mark.skipif(not GOLD.exists(), reason="the evaluation kit is not beside this checkout")
def test_golden_samples_recall_and_fields(sample_index: Path) -> None:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    pred = _claims(sample_index)
    by_line: dict[tuple[str, int], list[dict]] = {}
    for p in pred:
        by_line.setdefault((p["doc"], p["line"]), []).append(p)
    found = 0
    for g in gold["claims"]:
        hits = [p for p in by_line.get((g["doc"], g["line"]), []) if math.isclose(p["value"], g["value"], rel_tol=1e-6)]
        found += bool(hits)
    assert found / len(gold["claims"]) >= 0.95
    negatives = [n for n in gold["negatives"] if any(
        (p["doc"], p["line"]) == (n["doc"], n["line"]) and (n["value"] is None or math.isclose(p["value"], n["value"]))
        for p in pred)]
    assert negatives == []


def test_golden_every_citation_is_on_the_numbers_line(sample_index: Path, samples: Path) -> None:
    for p in _claims(sample_index):
        lines = (samples / p["doc"]).read_text(encoding="utf-8").split("\n")
        assert p["text"] in lines[p["line"] - 1], (p["doc"], p["line"], p["text"])


def test_golden_sample_metadata(sample_index: Path) -> None:
    from factcheck.store import Index

    with Index(sample_index, create=False) as idx:
        docs = {d.name: d.meta for d in idx.documents()}
    assert docs["000_6bf9e5bb55a028db.txt"].date == "2024-06-07"
    assert docs["003_c12720918cdcb871.txt"].date == "2022-02-21"
    assert docs["004_4e64ed91133403dc.txt"].date == "2022-03-31"
    assert docs["004_4e64ed91133403dc.txt"].place == "镇江"
    assert docs["001_a01777d3cbd59ef9.txt"].place == "常州"
    assert docs["003_c12720918cdcb871.txt"].title.startswith("距_万亿GDP之城")
