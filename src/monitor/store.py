"""The only DuckDB user: migrations, views, named queries, batch writes and the writer lock.

SQL lives in ``sql/``: ``schema/NNN_*.sql`` (forward-only), ``queries/*.sql`` (named with
``-- name:`` headers), ``views/*.sql`` (re-created after every migration).
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import logging
import operator
import os
import re
import shutil
import sys
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from monitor.errors import StoreBusyError, StoreError

log = logging.getLogger(__name__)

_NAME = re.compile(r"^--\s*name:\s*(\w+)\s*$", re.MULTILINE)


def _check_table(table: str) -> None:
    """A table name goes into SQL as written: letters and underscores only."""
    if not re.fullmatch(r"[a-z_]+", table):
        raise StoreError(f"bad table name {table!r}")


def sql_dir() -> Path:
    """The ``sql/`` folder: inside the installed package, else the source checkout's."""
    packaged = resources.files("monitor") / "sql"
    if packaged.is_dir():
        return Path(str(packaged))
    checkout = Path(__file__).resolve().parents[2] / "sql"
    if checkout.is_dir():
        return checkout
    raise StoreError("the sql/ folder is missing from this installation")


@cache
def named_queries() -> dict[str, str]:
    """Every ``-- name: x`` query in ``sql/queries``, by name."""
    queries: dict[str, str] = {}
    for path in sorted((sql_dir() / "queries").glob("*.sql")):
        text = path.read_text(encoding="utf-8")
        parts = _NAME.split(text)
        # parts: [preamble, name1, body1, name2, body2, ...]
        for name, body in zip(parts[1::2], parts[2::2], strict=True):
            if name in queries:
                raise StoreError(f"named query {name!r} is defined twice")
            queries[name] = body.strip().rstrip(";")
    return queries


def _migrations() -> list[tuple[int, str, str]]:
    found = []
    for path in sorted((sql_dir() / "schema").glob("*.sql")):
        number = int(path.name.split("_", 1)[0])
        found.append((number, path.stem, path.read_text(encoding="utf-8")))
    return found


def _views() -> list[tuple[str, str]]:
    """Each analyst view's name and SQL, in name order."""
    return [
        (path.stem, path.read_text(encoding="utf-8"))
        for path in sorted((sql_dir() / "views").glob("*.sql"))
    ]


@dataclass(frozen=True)
class LockHolder:
    pid: int
    since: str
    command: str


class WriterLock:
    """A cross-process lock beside the database file, naming its holder.

    DuckDB lets one process open a file; every other process, readers included, is refused.
    The lock turns that refusal into a wait with a readable message.
    """

    def __init__(self, db_path: Path, *, wait_s: float, suffix: str = ".lock") -> None:
        self.path = db_path.with_name(db_path.name + suffix)
        self.wait_s = wait_s
        self.what = "database" if suffix == ".lock" else "monitor run"
        self._fd: int | None = None

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        deadline = time.monotonic() + self.wait_s
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = self.holder()
                    os.close(fd)
                    who = (
                        f"held by PID {holder.pid} since {holder.since} ({holder.command})"
                        if holder
                        else "held by another process"
                    )
                    raise StoreBusyError(
                        f"{self.what} busy: {who}; waited {self.wait_s:.0f} s for {self.path}"
                    ) from None
                time.sleep(0.05)
        info = {
            "pid": os.getpid(),
            "since": datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S UTC"),
            "command": " ".join(sys.argv[:3])[:200],
        }
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(info).encode(), 0)
        self._fd = fd

    def holder(self) -> LockHolder | None:
        try:
            info = json.loads(self.path.read_text(encoding="utf-8") or "{}")
            return LockHolder(int(info["pid"]), str(info["since"]), str(info.get("command", "")))
        except (OSError, ValueError, KeyError):
            return None

    def release(self) -> None:
        if self._fd is not None:
            os.ftruncate(self._fd, 0)
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None


class Store:
    """One open DuckDB connection with the project's schema, queries and batch writers."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: Path | None) -> None:
        self.con = con
        self.path = path
        self._buffer: dict[tuple[str, str, tuple[str, ...], tuple[str, ...]], list[Any]] | None
        self._buffer = None

    # -- set-up -------------------------------------------------------------------------

    def migrate(self) -> list[str]:
        """Apply pending migrations in order, then re-create the views. Returns what ran."""
        con = self.con
        con.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations "
            "(version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMPTZ NOT NULL)"
        )
        done = {row[0] for row in con.execute("SELECT version FROM schema_migrations").fetchall()}
        applied = []
        for number, name, sql in _migrations():
            if number in done:
                continue
            log.info("applying migration %s", name)
            with self.transaction():
                con.execute(sql)
                con.execute(
                    "INSERT INTO schema_migrations VALUES ($v, $n, now())",
                    {"v": number, "n": name},
                )
            applied.append(name)
        self.create_views()
        return applied

    def create_views(self) -> None:
        """(Re-)create the analyst views, unless the stored digest says they are current."""
        views = _views()
        digest = hashlib.sha256(repr(views).encode()).hexdigest()
        con = self.con
        stored = con.execute("SELECT digest FROM views_digest").fetchall()
        if stored == [(digest,)] and self._views_bind([name for name, _ in views]):
            return
        with self.transaction():
            for _, sql in views:
                con.execute(sql)
            con.execute("DELETE FROM views_digest")
            con.execute("INSERT INTO views_digest VALUES ($d, now())", {"d": digest})

    def _views_bind(self, names: Sequence[str]) -> bool:
        """Whether every named view exists and binds. One query that reads no row: ~4 ms,
        where listing ``duckdb_views()`` costs ~10 ms in a fresh process."""
        probe = " UNION ALL ".join(f"(SELECT 1 FROM {name} LIMIT 0)" for name in names)
        try:
            self.con.execute(probe)
        except duckdb.Error:  # dropped, or no longer binding: re-create them all
            return False
        return True

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")

    # -- reading ------------------------------------------------------------------------

    def rows(self, name: str, **params: Any) -> list[dict[str, Any]]:
        """Run a named query; rows as dicts."""
        try:
            sql = named_queries()[name]
        except KeyError as exc:
            raise StoreError(f"no named query {name!r} in sql/queries") from exc
        cur = self.con.execute(sql, params)
        columns = [d[0] for d in cur.description or ()]
        return [dict(zip(columns, row, strict=True)) for row in cur.fetchall()]

    def rows_with_batch(
        self, name: str, batch_rows: Sequence[Mapping[str, Any]], **params: Any
    ) -> list[dict[str, Any]]:
        """Run a named query that reads the relation ``batch`` made from ``batch_rows``."""
        if not batch_rows:
            return []
        batch = pa.Table.from_pylist(list(batch_rows))
        self.con.register("batch", batch)
        try:
            return self.rows(name, **params)
        finally:
            self.con.unregister("batch")

    def run(self, name: str, **params: Any) -> None:
        """Run a named statement that returns nothing useful."""
        self.con.execute(named_queries()[name], params)

    def sql(self, statement: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        """Ad-hoc read-only SQL for the CLI and analysts (e.g. ``SELECT * FROM followups``)."""
        cur = self.con.execute(statement, dict(params or {}))
        columns = [d[0] for d in cur.description or ()]
        return [dict(zip(columns, row, strict=True)) for row in cur.fetchall()]

    # -- writing ------------------------------------------------------------------------

    def insert(
        self,
        table: str,
        rows: Sequence[Mapping[str, Any]],
        *,
        on_conflict: str = "error",
        key: Sequence[str] = (),
        schema: pa.Schema | None = None,
    ) -> int:
        """Batch-insert rows through Arrow (two orders of magnitude faster than executemany).

        ``on_conflict``: "error", "ignore", or "update" (with ``key`` naming the conflict columns:
        every other column is overwritten).
        """
        if not rows:
            return 0
        _check_table(table)
        if self._buffer is not None and schema is None:
            for row in rows:
                group = (table, on_conflict, tuple(key), tuple(row))
                self._buffer.setdefault(group, []).append(row)
            return len(rows)
        if schema is None:
            # Arrow takes its columns from the first row: rows that name other columns (a
            # column left out is one not to overwrite) go in a statement of their own.
            shapes: dict[tuple[str, ...], list[Mapping[str, Any]]] = {}
            for row in rows:
                shapes.setdefault(tuple(row), []).append(row)
            if len(shapes) > 1:
                for group_rows in shapes.values():
                    self.insert(table, group_rows, on_conflict=on_conflict, key=key)
                return len(rows)
        batch = (
            pa.Table.from_pylist(list(rows), schema=schema)
            if schema is not None
            else pa.Table.from_pydict({c: [row[c] for row in rows] for c in rows[0]})
        )  # (column by column: twice as fast as row by row, for rows of one shape)
        unique = (
            on_conflict == "update"
            and bool(key)
            and len({operator.itemgetter(*key)(row) for row in rows}) == len(rows)
        )
        self._write_batch(table, batch, on_conflict, key, unique=unique)
        return len(rows)

    def insert_columns(
        self,
        table: str,
        columns: Mapping[str, Sequence[Any]],
        *,
        on_conflict: str = "error",
        key: Sequence[str] = (),
    ) -> int:
        """``insert`` for rows given column by column (every column as long as the others),
        written at once, never buffered: a table of many rows of one shape (judging's
        assessments, one for every article and story) is built with no record per row.
        With ``key`` and "update", the last row for a key wins, as ``buffered`` does."""
        _check_table(table)
        count = len(next(iter(columns.values()), ()))
        if not count:
            return 0
        unique = bool(key) and on_conflict == "update"
        if unique:
            keys = list(zip(*(columns[k] for k in key), strict=True))
            last = {k: i for i, k in enumerate(keys)}
            if len(last) < count:  # the last row of each key, where its key first came
                keep = [last[k] for k in dict.fromkeys(keys)]
                columns = {c: [values[i] for i in keep] for c, values in columns.items()}
                count = len(keep)
        batch = pa.Table.from_pydict(dict(columns))
        self._write_batch(table, batch, on_conflict, key, unique=unique)
        return count

    def _write_batch(
        self, table: str, batch: pa.Table, on_conflict: str, key: Sequence[str], *, unique: bool
    ) -> None:
        """Write an Arrow batch by ``insert``'s conflict rule (``unique``: no key twice)."""
        columns = batch.column_names
        if on_conflict == "ignore":
            statements = [f"INSERT OR IGNORE INTO {table} BY NAME SELECT * FROM batch"]
        elif on_conflict == "update":
            # An upsert costs DuckDB several times a plain insert (24,700 assessments: 0.36 s
            # against 0.06 s), and most rows are new: only those whose key is stored take the
            # upsert, the others a plain insert (the upsert first: it adds no key). A batch
            # naming one key twice keeps the single upsert, and DuckDB's handling of it.
            updates = ", ".join(f'"{c}" = excluded."{c}"' for c in columns if c not in key)
            using = ", ".join(key)
            statements = [
                f"INSERT INTO {table} BY NAME SELECT * FROM batch "
                f"ON CONFLICT ({using}) DO UPDATE SET {updates}"
            ]
            if unique:
                statements = [
                    f"INSERT INTO {table} BY NAME SELECT * FROM batch SEMI JOIN {table} "
                    f"USING ({using}) ON CONFLICT ({using}) DO UPDATE SET {updates}",
                    f"INSERT INTO {table} BY NAME SELECT * FROM batch ANTI JOIN {table} "
                    f"USING ({using})",
                ]
        else:
            statements = [f"INSERT INTO {table} BY NAME SELECT * FROM batch"]
        self.con.register("batch", batch)
        try:
            for statement in statements:
                self.con.execute(statement)
        finally:
            self.con.unregister("batch")

    @contextlib.contextmanager
    def buffered(self) -> Iterator[None]:
        """Collect ``insert`` calls and write each table's rows in one batch on exit.

        A few large Arrow inserts instead of thousands of small ones: a run judging 500
        articles otherwise spends more time in per-insert overhead than in judging.
        Rows are grouped by table, conflict rule and columns, in order of first appearance.
        """
        if self._buffer is not None:
            yield
            return
        self._buffer = {}
        try:
            yield
            groups, self._buffer = self._buffer, None
            for (table, on_conflict, key, _), rows in groups.items():
                if key and on_conflict == "update":
                    # The last row for a key wins, as it would have row by row.
                    by_key = operator.itemgetter(*key)
                    rows = list({by_key(r): r for r in rows}.values())
                self.insert(table, rows, on_conflict=on_conflict, key=key)
        finally:
            self._buffer = None

    def close(self) -> None:
        self.con.close()


def connect(path: Path | None, *, read_only: bool = False) -> Store:
    """Open (or create) a database file, or an in-memory one when ``path`` is None."""
    target = ":memory:" if path is None else str(path)
    if path is not None and not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        con = duckdb.connect(target, read_only=read_only)
    except duckdb.IOException as exc:
        message = str(exc)
        if "lock" in message.lower():
            raise StoreBusyError(f"database busy: {path} is open in another process") from exc
        raise StoreError(f"cannot open database {path}: {message}") from exc
    except duckdb.Error as exc:
        raise StoreError(f"cannot open database {path}: {exc}") from exc
    con.execute("SET TimeZone = 'UTC'")
    con.execute(f"SET memory_limit = '{memory_limit_mb(path)}MB'")
    return Store(con, path)


MIN_MEMORY_MB = 256


def memory_limit_mb(path: Path | None) -> int:
    """DuckDB's buffer pool for this database: 256 MB, or twice the file once it is larger.

    DuckDB's default, 80% of RAM, lets a run keep every block it touched cached until it
    closes (~60 MB more in the bench's cold cycle). Queries larger than the pool spill to
    disk; the file-size term keeps room for indexes as a long history grows them.
    """
    size_mb = 0
    if path is not None:
        try:
            size_mb = path.stat().st_size // (1 << 20)
        except OSError:
            size_mb = 0
    return max(MIN_MEMORY_MB, 2 * size_mb)


# Files this process has migrated: write phases reopen the file often, migrate once.
_MIGRATED: set[tuple[str, int]] = set()


@contextlib.contextmanager
def open_store(path: Path, *, wait_s: float = 60.0) -> Iterator[Store]:
    """Take the writer lock, open and migrate the database; close and release on exit."""
    lock = WriterLock(path, wait_s=wait_s)
    lock.acquire()
    try:
        store = connect(path)
        try:
            identity = (str(path), path.stat().st_ino)
            if identity not in _MIGRATED:
                try:
                    store.migrate()
                except duckdb.Error as exc:
                    raise StoreError(f"cannot migrate database {path}: {exc}") from exc
                _MIGRATED.add(identity)
            yield store
        finally:
            store.close()
    finally:
        lock.release()


_RUNS_HELD: set[str] = set()


@contextlib.contextmanager
def run_lock(path: Path, *, wait_s: float) -> Iterator[None]:
    """One run at a time per database: a second run waits, then gives up naming the holder.

    Write phases take the writer lock separately, so readers get in between phases.
    """
    key = str(path.resolve())
    if key in _RUNS_HELD:  # re-entered by the same process (the CLI, then the flow)
        yield
        return
    lock = WriterLock(path, wait_s=wait_s, suffix=".run.lock")
    lock.acquire()
    _RUNS_HELD.add(key)
    try:
        yield
    finally:
        _RUNS_HELD.discard(key)
        lock.release()


def snapshot_path(path: Path) -> Path:
    """Where the read-only copy for analysts lives, refreshed after every run."""
    return path.with_name(path.stem + ".snapshot" + path.suffix)


def refresh_snapshot(path: Path, *, wait_s: float = 60.0, store: Store | None = None) -> Path:
    """Checkpoint the database and copy it beside itself for readers (atomic rename).

    ``store``: the database already open in this process (a run's session), used as it is.
    """
    if store is None:
        with open_store(path, wait_s=wait_s) as opened:
            return refresh_snapshot(path, store=opened)
    target = snapshot_path(path)
    partial = target.with_name(target.name + ".partial")
    store.con.execute("CHECKPOINT")
    shutil.copyfile(path, partial)
    # Renaming over the old copy frees its blocks inside the rename (~5-25 ms for the bench's
    # 22 MB file, on the run's critical path). A second name keeps them until a thread drops
    # them; a copy left behind by a process that exited first goes at the next refresh.
    retired = target.with_name(target.name + ".retired")
    with contextlib.suppress(FileNotFoundError):
        os.unlink(retired)
    try:
        os.link(target, retired)
    except OSError:  # no old copy yet, or no hard links here: rename over it as it is
        retired_now = None
    else:
        retired_now = retired
    os.replace(partial, target)
    if retired_now is not None:
        threading.Thread(target=_unlink_quietly, args=(retired_now,), daemon=True).start()
    return target


def _unlink_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)


def export_parquet(store: Store, out_dir: Path) -> Path:
    """The whole database as Parquet files plus the schema (DuckDB's EXPORT DATABASE)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    target = str(out_dir).replace("'", "''")
    store.con.execute(f"EXPORT DATABASE '{target}' (FORMAT parquet)")
    return out_dir


def export_views(store: Store, out_dir: Path) -> list[Path]:
    """Each analyst view as one Parquet file, for tools that read files, not databases."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for view in sorted(p.stem for p in (sql_dir() / "views").glob("*.sql")):
        target = out_dir / f"{view}.parquet"
        quoted = str(target).replace("'", "''")
        store.con.execute(f"COPY (SELECT * FROM {view}) TO '{quoted}' (FORMAT parquet)")
        written.append(target)
    return written


@contextlib.contextmanager
def open_reader_or_snapshot(
    path: Path,
    *,
    wait_s: float = 60.0,
    snapshot_after_s: float = 2.0,
    notice: Callable[[str], None] | None = None,
) -> Iterator[Store]:
    """The database for reading; while a run holds it, the snapshot of the last complete run
    (after ``snapshot_after_s``), saying so through ``notice``. Without a snapshot, wait."""
    snapshot = snapshot_path(path)
    with contextlib.ExitStack() as stack:
        try:
            first_wait = min(wait_s, snapshot_after_s) if snapshot.exists() else wait_s
            store = stack.enter_context(open_reader(path, wait_s=first_wait))
        except StoreBusyError as exc:
            if not snapshot.exists():
                raise
            when = datetime.fromtimestamp(snapshot.stat().st_mtime, UTC)
            if notice is not None:
                notice(
                    f"{exc}; reading the snapshot of the last complete run "
                    f"({snapshot.name}, {when:%Y-%m-%d %H:%M:%S} UTC)"
                )
            store = stack.enter_context(open_reader(snapshot, wait_s=wait_s))
        yield store


@contextlib.contextmanager
def open_reader(path: Path, *, wait_s: float = 60.0) -> Iterator[Store]:
    """Open the database for reading, waiting politely for a writer to finish."""
    if not path.exists():
        raise StoreError(f"no database at {path}: run `monitor run` or `monitor demo` first")
    lock = WriterLock(path, wait_s=wait_s)
    lock.acquire()
    try:
        store = connect(path, read_only=True)
        try:
            yield store
        finally:
            store.close()
    finally:
        lock.release()
