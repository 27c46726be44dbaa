"""Findings kept in the index: the same as computing them afresh, and never out of date."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import orjson

from factcheck import api
from factcheck.crosscheck import CrossChecker
from factcheck.findings import sort_key
from factcheck.indexer import index_paths
from factcheck.lexicon import load_lexicon
from factcheck.model import VERDICT_ORDER
from factcheck.places import PlaceMatcher
from factcheck.store import Index, claim_from_record

LEXICON = load_lexicon()
PLACES = PlaceMatcher(LEXICON)


def fresh_findings(idx: Index, include_single: bool) -> list[dict]:
    """What the cross-check says over every claim of the index, computed now."""
    claims = [claim_from_record(r) for r in idx.claims(ordered=False)]
    found = CrossChecker.from_lexicon(LEXICON).findings(claims, include_single=include_single)
    return [orjson.loads(f.json()) for f in sorted(found, key=sort_key)]


def stored(idx: Index, f: api.Filters | None = None, include_single: bool = False) -> list[dict]:
    return api.compare(idx, LEXICON, PLACES, f or api.Filters(), include_single)


def canonical(findings: list[dict]) -> list[tuple]:
    return sorted((f["verdict"], f["metric"] or "", f["entity"], tuple(f["periods"]), f["reason"],
                   tuple(c["id"] for c in f["claims"])) for f in findings)


def test_findings_stored_equal_findings_computed_afresh(sample_index: Path) -> None:
    with Index(sample_index) as idx:
        assert idx.stale_partitions() == []
        for include_single in (False, True):
            got, want = stored(idx, include_single=include_single), fresh_findings(idx, include_single)
            assert canonical(got) == canonical(want)
            assert [sort_key_of(f) for f in got] == sorted(sort_key_of(f) for f in got)
        assert any(f["verdict"] == "single" for f in stored(idx, include_single=True))
        assert not any(f["verdict"] == "single" for f in stored(idx))


def sort_key_of(f: dict) -> tuple:
    return VERDICT_ORDER[f["verdict"]], f["metric"] or "~", f["entity"] or "", "\x00".join(f["periods"])


def test_findings_filters_match_filtering_the_full_list(sample_index: Path) -> None:
    with Index(sample_index) as idx:
        everything = stored(idx)
        gdp = stored(idx, api.Filters(metric="地区生产总值"))
        assert gdp and all(f["metric"] == "gdp" for f in gdp)
        assert canonical(gdp) == canonical([f for f in everything if f["metric"] == "gdp"])
        changzhou = stored(idx, api.Filters(entity="常州市"))
        assert canonical(changzhou) == canonical([f for f in everything if f["entity"] == "常州"])
        in_2024 = stored(idx, api.Filters(period="2024"))
        assert in_2024 and canonical(in_2024) == canonical(
            [f for f in everything if any(p.startswith("2024") for p in f["periods"])])


def test_findings_a_changed_claim_marks_its_partition_stale_and_queries_stay_right(tmp_path: Path,
                                                                                   sample_index: Path) -> None:
    db = tmp_path / "copy.db"
    shutil.copy(sample_index, db)
    con = sqlite3.connect(db)  # another program edits the index behind factcheck's back
    row = con.execute("SELECT id, record FROM claims WHERE metric = 'gdp' AND entity = '常州' LIMIT 1").fetchone()
    record = orjson.loads(row[1])
    record["value"] = record["value"] * 3
    record["text"] = "changed"
    con.execute("UPDATE claims SET record = ? WHERE id = ?", (orjson.dumps(record).decode(), row[0]))
    con.commit()
    con.close()
    with Index(db) as idx:
        assert idx.stale_partitions() == [("常州", "gdp")]
        on_the_fly = stored(idx, api.Filters(metric="gdp"), include_single=True)  # computed, not written
        assert idx.stale_partitions() == [("常州", "gdp")]
        assert any(c["text"] == "changed" for f in on_the_fly for c in f["claims"])
        assert canonical(on_the_fly) == canonical([f for f in fresh_findings(idx, True) if f["metric"] == "gdp"])
        assert api.refresh_findings(idx, LEXICON) == 1
        assert idx.stale_partitions() == []
        assert canonical(stored(idx, api.Filters(metric="gdp"), include_single=True)) == canonical(on_the_fly)


def test_findings_reindexing_a_changed_document_recomputes_only_its_partitions(tmp_path: Path, samples: Path) -> None:
    docs = tmp_path / "docs"
    shutil.copytree(samples, docs)
    db = tmp_path / "index.db"
    with Index(db) as idx:
        first = index_paths(idx, [str(docs)])
    assert first.partitions > 10
    (docs / "extra.txt").write_text("2021年常州地区生产总值9999.9亿元。\n", encoding="utf-8")
    with Index(db) as idx:
        second = index_paths(idx, [str(docs)])
        assert second.read == 1 and second.partitions == 1
        gdp = stored(idx, api.Filters(metric="gdp", entity="常州"))
        assert any(f["verdict"] == "conflict" and any(c["doc"] == "extra.txt" for c in f["claims"]) for f in gdp)


def test_findings_an_index_of_the_previous_schema_is_migrated_and_cross_checked(tmp_path: Path, samples: Path) -> None:
    from factcheck import store

    db = tmp_path / "old.db"
    with Index(db) as idx:
        index_paths(idx, [str(samples)])
        expected = canonical(stored(idx))
    con = sqlite3.connect(db)  # take it back to schema 2, as an older factcheck left it
    for name in ("claims_stale_insert", "claims_stale_delete", "claims_stale_update"):
        con.execute(f"DROP TRIGGER {name}")
    con.execute("DROP TABLE findings")
    con.execute("DROP TABLE stale")
    con.execute("ALTER TABLE claims DROP COLUMN metric_text")
    con.execute("PRAGMA user_version = 2")
    con.commit()
    con.close()
    with Index(db) as idx:
        assert idx.db.execute("PRAGMA user_version").fetchone()[0] == store.SCHEMA_VERSION
        assert len(idx.stale_partitions()) > 10
        assert canonical(stored(idx)) == expected  # computed while stale
        api.refresh_findings(idx, LEXICON)
        assert idx.stale_partitions() == [] and canonical(stored(idx)) == expected
        assert list(idx.claim_json(metric_text="生产总值", limit=1))  # the new column was filled


def test_findings_made_by_two_workers_are_those_of_one(tmp_path: Path, samples: Path, sample_index: Path) -> None:
    db = tmp_path / "two.db"
    with Index(db) as idx:
        summary = index_paths(idx, [str(samples)], workers=2)
        assert summary.partitions > 10 and idx.stale_partitions() == []
        by_two = canonical(stored(idx, include_single=True))
    with Index(sample_index) as idx:
        assert by_two == canonical(stored(idx, include_single=True))


def test_findings_a_commit_during_a_listing_neither_hides_nor_doubles_a_partition(tmp_path: Path,
                                                                                 sample_index: Path) -> None:
    db = tmp_path / "copy.db"
    shutil.copy(sample_index, db)
    with Index(db) as idx:
        before = canonical(stored(idx, api.Filters(metric="gdp")))
        assert before
        listed = idx.stale_partitions

        def stale_then_someone_writes(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            result = listed(*args, **kwargs)
            other = sqlite3.connect(db)  # an index run commits between the two reads of the listing
            other.execute("UPDATE claims SET line = line WHERE metric = 'gdp' AND entity = '常州'")
            other.commit()
            other.close()
            return result

        idx.stale_partitions = stale_then_someone_writes
        assert canonical(stored(idx, api.Filters(metric="gdp"))) == before
        idx.stale_partitions = listed
        assert ("常州", "gdp") in idx.stale_partitions()  # the write did mark it, for the next listing
