"""Lexicons are data files in `data/lexicons/`; this module loads and validates them once."""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from .errors import LexiconError


@dataclass(frozen=True, slots=True)
class Unit:
    surface: str
    unit: str
    factor: Decimal
    cls: str


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    full: str
    level: str
    parent: str
    aliases: tuple[str, ...]
    bare_ok: bool


@dataclass(frozen=True, slots=True)
class Metric:
    id: str
    aliases: tuple[str, ...]
    flow: bool  # a flow over a period (GDP, revenue) rather than a stock at a moment
    unit_class: str | None  # what it is measured in, when it is a level


@dataclass(frozen=True)
class Lexicon:
    units: tuple[Unit, ...]
    qualifiers: dict[str, Any]
    places: tuple[Place, ...]
    metrics: tuple[Metric, ...]
    words: dict[str, Any]  # measure, kind, period and scope words


def lexicon_dir() -> Path:
    """The installed copy inside the package, else the source tree's `data/lexicons`."""
    packaged = resources.files("factcheck").joinpath("lexicons")
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parent.parent / "data" / "lexicons"


def _rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [r for r in csv.reader(fh, delimiter="\t") if r and not r[0].startswith("#")]


def _yaml(path: Path) -> Any:
    try:
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: several times faster
        return yaml.load(path.read_text(encoding="utf-8"), Loader=loader)  # noqa: S506 - a safe loader
    except (OSError, yaml.YAMLError) as exc:
        raise LexiconError(f"{path}: {exc}") from exc


def load_units(path: Path) -> tuple[Unit, ...]:
    units = []
    for row in _rows(path):
        if len(row) != 4:
            raise LexiconError(f"{path}: a row needs 4 fields: {row!r}")
        units.append(Unit(row[0], row[1], Decimal(row[2]), row[3]))
    return tuple(units)


def load_places(path: Path) -> tuple[Place, ...]:
    rows = _rows(path)
    if not rows or rows[0][:2] != ["name", "full"]:
        raise LexiconError(f"{path}: the header must start with name, full")
    places = []
    for row in rows[1:]:
        if len(row) != 6:
            raise LexiconError(f"{path}: a row needs 6 fields: {row!r}")
        name, full, level, parent, aliases, bare_ok = row
        places.append(Place(name, full, level, parent, tuple(a for a in aliases.split("|") if a), bare_ok == "1"))
    return tuple(places)


def load_metrics(path: Path) -> tuple[Metric, ...]:
    data = _yaml(path) or {}
    metrics = []
    for metric_id, spec in data.items():
        if not isinstance(spec, dict) or not spec.get("aliases"):
            raise LexiconError(f"{path}: metric {metric_id!r} needs aliases")
        metrics.append(
            Metric(metric_id, tuple(spec["aliases"]), bool(spec.get("flow", False)), spec.get("unit_class"))
        )
    return tuple(metrics)


@functools.cache
def load_lexicon(directory: str | None = None) -> Lexicon:
    """Load every lexicon file once per process (the files do not change while it runs)."""
    base = Path(directory) if directory else lexicon_dir()
    return Lexicon(
        units=load_units(base / "units.tsv"),
        qualifiers=_yaml(base / "qualifiers.yaml"),
        places=load_places(base / "places.tsv"),
        metrics=load_metrics(base / "metrics.yaml"),
        words=_yaml(base / "words.yaml"),
    )
