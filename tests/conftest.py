"""Shared fixtures: the sample documents and a fresh index per test."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "samples"


@pytest.fixture(scope="session")
def samples() -> Path:
    return SAMPLES


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "index.db"


@pytest.fixture(scope="session")
def sample_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample documents indexed once for the read-only tests."""
    from factcheck.indexer import index_paths
    from factcheck.store import Index

    path = tmp_path_factory.mktemp("samples") / "index.db"
    with Index(path) as idx:
        summary = index_paths(idx, [str(SAMPLES)])
    assert summary.failed == 0
    return path
