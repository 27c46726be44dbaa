"""The embedded SQLite index: documents and their claims, migrated when opened.

Every statement is parameterised. Each document is replaced inside one transaction, so an
interrupted run leaves every document either as it was or as it now is.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from .errors import IndexError_
from .model import Claim, Document, DocumentMeta

_WAL_ATTEMPTS = 600  # 30 s of retries, as long as the busy timeout lets a write wait
APPLICATION_ID = 0x46434B31  # "FCK1": marks a file as a factcheck index
_SQLITE_HEADER = b"SQLite format 3\x00"


def _v1(db: sqlite3.Connection) -> None:
    _script(
        db,
        """
        CREATE TABLE documents (
            name TEXT PRIMARY KEY,
            path TEXT NOT NULL,
            digest TEXT NOT NULL,
            size INTEGER,
            mtime_ns INTEGER,
            title TEXT,
            date TEXT,
            place TEXT,
            source TEXT,
            claims INTEGER NOT NULL DEFAULT 0,
            indexed_at REAL NOT NULL
        );
        CREATE TABLE claims (
            id TEXT PRIMARY KEY,
            doc TEXT NOT NULL REFERENCES documents(name) ON DELETE CASCADE,
            line INTEGER NOT NULL,
            metric TEXT,
            entity TEXT,
            period TEXT,
            kind TEXT,
            unit TEXT,
            measure TEXT,
            record TEXT NOT NULL
        );
        CREATE INDEX claims_doc ON claims(doc);
        CREATE INDEX claims_metric_entity ON claims(metric, entity);
        CREATE INDEX claims_entity ON claims(entity);
        """
    )


def _script(db: sqlite3.Connection, sql: str) -> None:
    """Run statements one by one: executescript would commit the migration's transaction."""
    statement = ""
    for piece in sql.split(";"):
        statement += piece + ";"
        if sqlite3.complete_statement(statement):  # a trigger's body has semicolons of its own
            if statement.strip(" \n;"):
                db.execute(statement)
            statement = ""


def _v2(db: sqlite3.Connection) -> None:
    """Listings come out in document order straight from an index: (metric, entity, doc) then rowid."""
    _script(
        db,
        """
        DROP INDEX IF EXISTS claims_metric_entity;
        CREATE INDEX claims_metric_entity_doc ON claims(metric, entity, doc);
        CREATE INDEX claims_metric_doc ON claims(metric, doc);
        CREATE INDEX claims_entity_doc ON claims(entity, doc);
        DROP INDEX IF EXISTS claims_entity;
        """,
    )


_STALE_TRIGGERS = """
    CREATE TRIGGER claims_stale_insert AFTER INSERT ON claims WHEN new.entity IS NOT NULL BEGIN
        INSERT OR IGNORE INTO stale VALUES (new.entity, coalesce(new.metric, ''));
    END;
    CREATE TRIGGER claims_stale_delete AFTER DELETE ON claims WHEN old.entity IS NOT NULL BEGIN
        INSERT OR IGNORE INTO stale VALUES (old.entity, coalesce(old.metric, ''));
    END;
    CREATE TRIGGER claims_stale_update AFTER UPDATE ON claims BEGIN
        INSERT OR IGNORE INTO stale SELECT old.entity, coalesce(old.metric, '') WHERE old.entity IS NOT NULL;
        INSERT OR IGNORE INTO stale SELECT new.entity, coalesce(new.metric, '') WHERE new.entity IS NOT NULL;
    END
"""


def _v3(db: sqlite3.Connection) -> None:
    """Findings are kept in the index, one partition (entity, metric) at a time.

    Findings of one entity and metric depend only on that partition's claims, so a trigger marks a
    partition stale whenever one of its claims is written or removed, by factcheck or anything else,
    and `factcheck index` recomputes the stale ones. Queries read the stored findings at once and
    compute only partitions still stale (an interrupted run) on the fly."""
    _script(
        db,
        """
        ALTER TABLE claims ADD COLUMN metric_text TEXT;
        UPDATE claims SET metric_text = json_extract(record, '$.metric_text');
        CREATE TABLE stale (
            entity TEXT NOT NULL,
            metric TEXT NOT NULL,
            PRIMARY KEY (entity, metric)
        ) WITHOUT ROWID;
        INSERT OR IGNORE INTO stale SELECT entity, coalesce(metric, '') FROM claims WHERE entity IS NOT NULL;
        CREATE TABLE findings (
            entity TEXT NOT NULL,
            part_metric TEXT NOT NULL,
            verdict_order INTEGER NOT NULL,
            metric_key TEXT NOT NULL,
            periods_key TEXT NOT NULL,
            verdict TEXT NOT NULL,
            record BLOB NOT NULL
        );
        CREATE INDEX findings_order ON findings(verdict_order, metric_key, entity, periods_key);
        CREATE INDEX findings_part ON findings(part_metric, entity);
        CREATE INDEX findings_entity ON findings(entity);
        """ + _STALE_TRIGGERS,
    )


def _v4(db: sqlite3.Connection) -> None:
    """Claims are written twice as fast without a primary key on their id and the (metric, doc) index.

    A claim id is unique within its document (the extractor makes it so) and a document's claims are
    replaced together, so the key only cost a random insert per claim; listings by metric alone use
    (metric, entity, doc) and sort."""
    columns = "id, doc, line, metric, entity, period, kind, unit, measure, record, metric_text"
    _script(
        db,
        f"""
        CREATE TABLE claims_v4 (
            id TEXT NOT NULL,
            doc TEXT NOT NULL REFERENCES documents(name) ON DELETE CASCADE,
            line INTEGER NOT NULL,
            metric TEXT,
            entity TEXT,
            period TEXT,
            kind TEXT,
            unit TEXT,
            measure TEXT,
            record TEXT NOT NULL,
            metric_text TEXT
        );
        INSERT INTO claims_v4 ({columns}) SELECT {columns} FROM claims ORDER BY doc, rowid;
        DROP TABLE claims;
        ALTER TABLE claims_v4 RENAME TO claims;
        CREATE INDEX claims_doc ON claims(doc);
        CREATE INDEX claims_metric_entity_doc ON claims(metric, entity, doc);
        CREATE INDEX claims_entity_doc ON claims(entity, doc);
        {_STALE_TRIGGERS}
        """,
    )


#: ordered migrations; the index records how many have run in PRAGMA user_version
MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (_v1, _v2, _v3, _v4)
SCHEMA_VERSION = len(MIGRATIONS)


@dataclass(frozen=True, slots=True)
class StoredDocument:
    name: str
    path: str
    digest: str
    size: int | None
    mtime_ns: int | None
    meta: DocumentMeta
    claims: int


def _check_file(path: Path) -> None:
    if not path.exists():
        return
    if path.is_dir():
        raise IndexError_(f"{path}: is a folder, not a factcheck index")
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise IndexError_(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    if head and head != _SQLITE_HEADER:
        raise IndexError_(f"{path}: not a factcheck index (not an SQLite database); it was left untouched")


class Index:
    """A factcheck index file; use as a context manager."""

    def __init__(self, path: str | Path, *, create: bool = True) -> None:
        self.path = Path(path)
        _check_file(self.path)
        if not create and not self.path.exists():
            raise IndexError_(f"{self.path}: no index here yet (run `factcheck index` first)")
        try:
            self.db = sqlite3.connect(self.path, timeout=60, isolation_level=None, check_same_thread=False)
            self.db.execute("PRAGMA busy_timeout = 60000")
            self._open()
        except sqlite3.DatabaseError as exc:
            raise IndexError_(f"{self.path}: not a usable factcheck index ({exc})") from exc

    def _open(self) -> None:
        # read in one transaction: another index run creating this index may commit its schema between two
        # separate reads, and a file read as "no factcheck id, but tables" is then taken for another program's
        self.db.execute("BEGIN")
        try:
            app = self.db.execute("PRAGMA application_id").fetchone()[0]
            version = self.db.execute("PRAGMA user_version").fetchone()[0]
            tables = self.db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        finally:
            self.db.execute("COMMIT")
        if app != APPLICATION_ID and tables:
            raise IndexError_(f"{self.path}: an SQLite database of another program, not a factcheck index; left untouched")
        if version > SCHEMA_VERSION:
            raise IndexError_(
                f"{self.path}: made by a newer factcheck (schema {version}, this one knows {SCHEMA_VERSION})"
            )
        self.db.execute("PRAGMA foreign_keys = ON")
        self._wal()
        if version < SCHEMA_VERSION:
            self._migrate(version)
        self.db.execute("PRAGMA synchronous = NORMAL")
        self.db.execute("SELECT count(*) FROM documents").fetchone()  # a damaged file fails here, not later

    def _wal(self) -> None:
        """Write-ahead logging, so that readers go on while an index run writes. Switching needs the file to
        itself: when another process holds it (two index runs creating one index at once), SQLite refuses,
        by an error or by answering the old mode without waiting, so the switch is tried again."""
        for _ in range(_WAL_ATTEMPTS):
            try:
                if self.db.execute("PRAGMA journal_mode = WAL").fetchone()[0] == "wal":
                    return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc):
                    raise
            time.sleep(0.05)
        raise IndexError_(f"{self.path}: another process holds the index; try again when it has finished")

    def _migrate(self, version: int) -> None:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            current = self.db.execute("PRAGMA user_version").fetchone()[0]  # another process may have migrated
            for step in MIGRATIONS[current:]:
                step(self.db)
            self.db.execute(f"PRAGMA application_id = {APPLICATION_ID:d}")
            self.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION:d}")
            self.db.execute("COMMIT")
        except BaseException:
            _rollback(self.db)
            raise

    def __enter__(self) -> Index:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    # -- writing ------------------------------------------------------------------------------------
    def stored(self, name: str) -> StoredDocument | None:
        row = self.db.execute(
            "SELECT name, path, digest, size, mtime_ns, title, date, place, source, claims FROM documents WHERE name = ?",
            (name,),
        ).fetchone()
        if row is None:
            return None
        return StoredDocument(row[0], row[1], row[2], row[3], row[4], DocumentMeta(row[5], row[6], row[7], row[8]), row[9])

    def write(self, batch: Iterable[tuple[Document, list[tuple] | None, int | None, int | None]]) -> None:
        """Replace the given documents and their claims in one transaction.

        Each item is (document, its claim rows or None to make them here, size, mtime)."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            for doc, rows, size, mtime_ns in batch:
                self._put(doc, rows if rows is not None else claim_rows(doc), size, mtime_ns)
            self.db.execute("COMMIT")
        except BaseException:
            _rollback(self.db)
            raise

    def _put(self, doc: Document, rows: list[tuple], size: int | None, mtime_ns: int | None) -> None:
        self.db.execute("DELETE FROM claims WHERE doc = ?", (doc.name,))
        self.db.execute("DELETE FROM documents WHERE name = ?", (doc.name,))
        m = doc.meta
        self.db.execute(
            "INSERT INTO documents (name, path, digest, size, mtime_ns, title, date, place, source, claims, indexed_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (doc.name, doc.path, doc.digest, size, mtime_ns, m.title, m.date, m.place, m.source, len(rows), time.time()),
        )
        self.db.executemany(
            "INSERT INTO claims (id, doc, line, metric, entity, period, kind, unit, measure, metric_text, record)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )

    def touch(self, name: str, size: int | None, mtime_ns: int | None) -> None:
        """Record a new mtime for an unchanged document, so the next run need not read it."""
        self.db.execute("UPDATE documents SET size = ?, mtime_ns = ? WHERE name = ?", (size, mtime_ns, name))

    # -- reading ------------------------------------------------------------------------------------
    def documents(self) -> list[StoredDocument]:
        rows = self.db.execute(
            "SELECT name, path, digest, size, mtime_ns, title, date, place, source, claims FROM documents ORDER BY name"
        ).fetchall()
        return [StoredDocument(r[0], r[1], r[2], r[3], r[4], DocumentMeta(r[5], r[6], r[7], r[8]), r[9]) for r in rows]

    def claims(self, **filters: Any) -> Iterator[dict]:
        """Claim records matching every given filter (those of `claim_json`), in document order."""
        for record in self.claim_json(**filters):
            yield orjson.loads(record)

    def claim_json(
        self,
        *,
        metrics: list[str] | None = None,
        metric_text: str | None = None,
        entity: str | None = None,
        period: str | None = None,
        doc: str | None = None,
        kind: str | None = None,
        limit: int | None = None,
        ordered: bool = True,
    ) -> Iterator[str]:
        """The stored JSON text of matching claims: listings stream it without decoding."""
        where, params = [], []
        if metrics is not None or metric_text is not None:
            parts = []
            if metrics:
                parts.append(f"metric IN ({','.join('?' * len(metrics))})")
                params.extend(metrics)
            if metric_text:
                parts.append("instr(metric_text, ?) > 0")
                params.append(metric_text)
            where.append("(" + " OR ".join(parts or ["0"]) + ")")
        if entity:
            where.append("entity = ?")
            params.append(entity)
        if period:
            where.append("(period = ? OR period LIKE ? ESCAPE '\\')")
            params.extend([period, period.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"])
        if doc:
            where.append("(doc = ? OR instr(doc, ?) > 0)")
            params.extend([doc, doc])
        if kind:
            where.append("kind = ?")
            params.append(kind)
        sql = "SELECT record FROM claims"
        if where:
            sql += " WHERE " + " AND ".join(where)
        if ordered:
            sql += " ORDER BY doc, rowid"  # a document's claims are written in text order
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        for (record,) in self.db.execute(sql, params):
            yield record

    # -- findings -------------------------------------------------------------------------------------
    def stale_partitions(self, metrics: list[str] | None = None, entity: str | None = None,
                         limit: int | None = None) -> list[tuple[str, str]]:
        """(entity, metric) partitions whose stored findings are out of date; metric '' holds unlisted metrics."""
        where, params = _partition_filter(metrics, entity, "metric")
        sql = "SELECT entity, metric FROM stale" + where + " ORDER BY metric, entity"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return self.db.execute(sql, params).fetchall()

    def partition_json(self, entity: str, metric: str) -> list[str]:
        """The stored JSON of one partition's claims, in document order."""
        return [r for (r,) in self.db.execute(
            "SELECT record FROM claims WHERE metric IS ? AND entity = ? ORDER BY doc, rowid",
            (metric or None, entity))]

    def replace_findings(self, entity: str, metric: str, rows: list[tuple]) -> None:
        """Store a partition's findings (rows of `findings.finding_row`) and mark it up to date.

        Call inside `write_transaction`, after reading the partition's claims in the same transaction."""
        self.db.execute("DELETE FROM findings WHERE part_metric = ? AND entity = ?", (metric, entity))
        self.db.executemany(
            "INSERT INTO findings (entity, part_metric, verdict_order, metric_key, periods_key, verdict, record)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
        self.db.execute("DELETE FROM stale WHERE entity = ? AND metric = ?", (entity, metric))

    def write_transaction(self) -> _Transaction:
        return _Transaction(self.db)

    def read_transaction(self) -> _Transaction:
        """Several reads from one snapshot of the index (WAL readers see the last commit before it)."""
        return _Transaction(self.db, "BEGIN")

    def finding_rows(self, *, metrics: list[str] | None = None, entity: str | None = None,
                     period: str | None = None, include_single: bool = False) -> Iterator[tuple[tuple, bytes]]:
        """(sort key, JSON) of the stored findings of partitions that are up to date, in report order."""
        where, params = _partition_filter(metrics, entity, "part_metric")
        clauses = [where[len(" WHERE "):]] if where else []
        clauses.append("NOT EXISTS (SELECT 1 FROM stale s WHERE s.entity = f.entity AND s.metric = f.part_metric)")
        if not include_single:
            clauses.append("verdict != 'single'")
        if period:
            clauses.append("instr(char(0) || periods_key, char(0) || ?) > 0")  # a period starts with it
            params.append(period)
        sql = ("SELECT verdict_order, metric_key, entity, periods_key, record FROM findings f WHERE "
               + " AND ".join(clauses) + " ORDER BY verdict_order, metric_key, entity, periods_key")
        for order, metric_key, entity_, periods_key, record in self.db.execute(sql, params):
            yield (order, metric_key, entity_, periods_key), record

    def counts(self) -> tuple[int, int]:
        docs = self.db.execute("SELECT count(*) FROM documents").fetchone()[0]
        claims = self.db.execute("SELECT count(*) FROM claims").fetchone()[0]
        return docs, claims


def _partition_filter(metrics: list[str] | None, entity: str | None, metric_column: str) -> tuple[str, list]:
    where, params = [], []
    if metrics is not None:
        where.append(f"{metric_column} IN ({','.join('?' * len(metrics))})" if metrics else "0")
        params.extend(metrics)
    if entity:
        where.append("entity = ?")
        params.append(entity)
    return (" WHERE " + " AND ".join(where) if where else ""), params


def _rollback(db: sqlite3.Connection) -> None:
    # an interruption can land between COMMIT and the handler, when there is nothing left to undo
    if db.in_transaction:
        db.execute("ROLLBACK")


class _Transaction:
    """BEGIN IMMEDIATE (or a plain BEGIN for reads) … COMMIT, rolled back on any error or interruption."""

    def __init__(self, db: sqlite3.Connection, begin: str = "BEGIN IMMEDIATE") -> None:
        self.db = db
        self.begin = begin

    def __enter__(self) -> None:
        self.db.execute(self.begin)

    def __exit__(self, exc_type: object, *rest: object) -> None:
        if exc_type is not None:
            _rollback(self.db)
        else:
            self.db.execute("COMMIT")


def claim_rows(doc: Document) -> list[tuple]:
    """The claims table's rows for a document (made where the document is read, so workers share the work)."""
    return [(c.id, c.doc, c.line, c.metric, c.entity, c.period, c.kind, c.unit, c.measure, c.metric_text,
             orjson.dumps(c).decode("utf-8")) for c in doc.claims]


_FIELDS = tuple(Claim.__dataclass_fields__)
_DEFAULTS = {name: f.default for name, f in Claim.__dataclass_fields__.items()}
_SCOPE, _SPAN = _FIELDS.index("scope"), _FIELDS.index("span")


def claim_from_record(record: dict) -> Claim:
    """A Claim from its stored record (fields the record lacks take their defaults)."""
    get = record.get
    values = [get(name, _DEFAULTS[name]) for name in _FIELDS]
    values[_SCOPE] = tuple(values[_SCOPE] or ())
    values[_SPAN] = tuple(values[_SPAN] or (0, 0))
    return Claim(*values)
