"""Lexicons are data files in `data/lexicons/`; this module loads and validates them once."""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Any

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
    exact: tuple[str, ...] = ()  # phrases that name it only when they are the whole phrase (经济)
    share_of_gdp: str | None = None  # the metric its share of GDP is (研发经费支出 → 研发投入强度)
    stock: str | None = None  # the total its new units add to (新登记经营主体 → 经营主体): what 总量 after it is


class Lexicon:
    """The lexicon files of one directory, each read and checked on first use.

    A query reads only what it needs (metrics.yaml for --metric), so it starts faster."""

    def __init__(self, base: Path) -> None:
        self.base = base

    @functools.cached_property
    def units(self) -> tuple[Unit, ...]:
        return load_units(self.base / "units.tsv")

    @functools.cached_property
    def qualifiers(self) -> dict[str, Any]:
        return _yaml(self.base / "qualifiers.yaml")

    @functools.cached_property
    def places(self) -> tuple[Place, ...]:
        return load_places(self.base / "places.tsv")

    @functools.cached_property
    def metrics(self) -> tuple[Metric, ...]:
        return load_metrics(self.base / "metrics.yaml")

    @functools.cached_property
    def words(self) -> dict[str, Any]:  # measure, kind, period and scope words
        return _yaml(self.base / "words.yaml")


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
    import yaml  # here: a query that needs no YAML file starts faster without it

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
            Metric(metric_id, tuple(spec["aliases"]), bool(spec.get("flow", False)), spec.get("unit_class"),
                   tuple(spec.get("exact") or ()), spec.get("share_of_gdp"), spec.get("stock"))
        )
    return tuple(metrics)


@functools.cache
def load_lexicon(directory: str | None = None) -> Lexicon:
    """The lexicon, once per process (the files do not change while it runs)."""
    return Lexicon(Path(directory) if directory else lexicon_dir())
