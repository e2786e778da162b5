"""The store against real DuckDB files: migrations, views, batch writes, the writer lock."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from monitor import store as store_mod
from monitor.errors import StoreBusyError, StoreError

CONTRACT_VIEWS = {
    "followups": {"story", "url", "site", "title", "published", "first_seen", "score", "reasons"},
    "new_facts": {"story", "url", "sentence", "status", "baseline_sentence"},
    "alert_log": {"story", "url", "channel", "status", "attempts", "sent_at"},
    "feed_health": {
        "url", "status", "last_error", "consecutive_errors", "next_poll_at", "items_seen",
    },
    "figures": {
        "story", "url", "quantity", "value", "unit", "period", "sentence", "baseline_value",
    },
    "entities_new": {"story", "url", "name", "kind", "first_seen"},
    "quotes": {"story", "url", "speaker", "quote", "new_to_story"},
    "quotes_once": {"story", "url", "speaker", "quote", "first_seen", "mentions", "articles"},
    "revisions": {"url", "from", "to", "kind", "diff"},
    "developments": {"story", "id", "first_url", "first_seen", "summary", "sources"},
    "story_model_changes": {
        "story", "term", "kind", "weight", "learned_from", "seen_at", "reason", "seq",
    },
}  # fmt: skip


def test_migrations_run_once_and_views_have_contract_columns(db_path: Path) -> None:
    with store_mod.open_store(db_path) as store:
        first = store.rows("due_feeds", now=datetime.now(UTC))
        assert first == []
        for view, columns in CONTRACT_VIEWS.items():
            described = {r["column_name"] for r in store.sql(f"DESCRIBE {view}")}
            assert columns <= described, (view, columns - described)
    with store_mod.open_store(db_path) as store:
        assert store.migrate() == []  # nothing left to apply
        versions = store.sql("SELECT version FROM schema_migrations")
        assert len(versions) == len(list((store_mod.sql_dir() / "schema").glob("*.sql")))


def test_a_dropped_view_comes_back_at_the_next_migrate(db_path: Path) -> None:
    """The views are re-created when their SQL changed (a stored digest) or one is gone."""
    with store_mod.open_store(db_path) as store:
        store.sql("DROP VIEW followups")
        store.migrate()
        assert "url" in {r["column_name"] for r in store.sql("DESCRIBE followups")}
        views = {r["view_name"] for r in store.sql("SELECT view_name FROM duckdb_views()")}
        assert set(CONTRACT_VIEWS) <= views


def test_insert_modes(migrated: store_mod.Store) -> None:
    now = datetime(2021, 6, 10, tzinfo=UTC)
    row = {"url": "https://a.example/f", "current_url": "https://a.example/f", "stories": ["s"]}
    assert migrated.insert("feeds", [row]) == 1
    migrated.insert("feeds", [dict(row, current_url="https://b.example/f")], on_conflict="ignore")
    assert migrated.sql("SELECT current_url FROM feeds")[0]["current_url"].startswith("https://a")
    migrated.insert(
        "feeds",
        [{"url": row["url"], "stories": ["s"], "next_poll_at": now}],
        on_conflict="update",
        key=("url",),
    )
    got = migrated.sql("SELECT current_url, next_poll_at FROM feeds")[0]
    assert got["current_url"] == "https://a.example/f"  # untouched by the partial update
    assert got["next_poll_at"] == now
    health = migrated.sql("SELECT * FROM feed_health")
    assert health[0]["status"] == "never polled"


def test_rows_naming_different_columns_each_write_their_own(migrated: store_mod.Store) -> None:
    """A column a row leaves out is kept as stored, whichever row comes first (Arrow takes
    the columns of the first row: the other rows' extra columns were once dropped)."""
    now = datetime(2021, 6, 10, tzinfo=UTC)
    urls = ["https://a.example/f", "https://b.example/f"]
    migrated.insert(
        "feeds", [{"url": u, "current_url": u, "stories": [], "title": "old"} for u in urls]
    )
    migrated.insert(
        "feeds",
        [
            {"url": urls[0], "stories": [], "last_status": "error"},  # no title, not ok
            {"url": urls[1], "stories": [], "last_status": "changed", "title": "new",
             "last_ok_at": now},
        ],
        on_conflict="update",
        key=("url",),
    )  # fmt: skip
    got = {r["url"]: r for r in migrated.sql("SELECT url, title, last_ok_at FROM feeds")}
    assert got[urls[0]]["title"] == "old" and got[urls[0]]["last_ok_at"] is None
    assert got[urls[1]]["title"] == "new" and got[urls[1]]["last_ok_at"] == now


def test_an_upsert_updates_stored_keys_and_inserts_new_ones(migrated: store_mod.Store) -> None:
    """Rows whose key is stored take the upsert, the others a plain insert (faster in DuckDB),
    in one batch; a batch naming a key twice stays one upsert, as DuckDB takes it."""
    stored = {"story": "s", "url": "https://a.example/1", "follow_up": False, "score": 0.1}
    stored |= {
        "reasons": ["r"],
        "date_source": "feed",
        "assessed_at": datetime(2021, 6, 10, tzinfo=UTC),
    }
    migrated.insert("assessments", [stored])
    migrated.insert(
        "assessments",
        [dict(stored, score=0.9), dict(stored, url="https://a.example/2", score=0.2)],
        on_conflict="update",
        key=("story", "url"),
    )
    scores = {r["url"]: r["score"] for r in migrated.sql("SELECT url, score FROM assessments")}
    assert scores == {"https://a.example/1": 0.9, "https://a.example/2": 0.2}
    twice = dict(stored, url="https://a.example/3", score=0.3)
    migrated.insert(
        "assessments", [twice, dict(twice, score=0.4)], on_conflict="update", key=("story", "url")
    )
    got = migrated.sql("SELECT score FROM assessments WHERE url = 'https://a.example/3'")
    assert len(got) == 1 and got[0]["score"] in (0.3, 0.4)


def test_failed_transaction_leaves_nothing(migrated: store_mod.Store) -> None:
    row = {"url": "https://a.example/f", "current_url": "https://a.example/f", "stories": []}
    with pytest.raises(RuntimeError), migrated.transaction():
        migrated.insert("feeds", [row])
        raise RuntimeError("crash mid-phase")
    assert migrated.sql("SELECT count(*) AS n FROM feeds")[0]["n"] == 0


def test_unknown_named_query_is_a_store_error(migrated: store_mod.Store) -> None:
    with pytest.raises(StoreError, match="no named query"):
        migrated.rows("no_such_query")


def test_second_writer_gets_a_clear_busy_message(db_path: Path, tmp_path: Path) -> None:
    holder = tmp_path / "hold.py"
    holder.write_text(
        textwrap.dedent(
            f"""
            import sys, time
            from pathlib import Path
            from monitor.store import open_store
            with open_store(Path({str(db_path)!r})):
                print("held", flush=True)
                time.sleep(30)
            """
        )
    )
    proc = subprocess.Popen([sys.executable, str(holder)], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
        busy = rf"database busy: held by PID {proc.pid} since"
        with pytest.raises(StoreBusyError, match=busy), store_mod.open_store(db_path, wait_s=0.3):
            pass
    finally:
        proc.kill()
        proc.wait()
    with store_mod.open_store(db_path, wait_s=5) as store:  # free again once the holder dies
        assert store.sql("SELECT 1 AS one")[0]["one"] == 1


def test_reader_on_missing_file_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="monitor run"), store_mod.open_reader(tmp_path / "x.db"):
        pass


def test_near_copies_query_agrees_with_python_distances(migrated: store_mod.Store) -> None:
    import random

    from monitor import syndication

    rng = random.Random(7)
    now = datetime(2021, 6, 10, tzinfo=UTC)
    stored = {f"https://s.example/{i}": rng.getrandbits(64) for i in range(300)}
    base = rng.getrandbits(64) | (1 << 63)  # the top bit set: a negative BIGINT
    stored["https://s.example/near"] = base ^ 0b1011  # 3 bits away
    stored["https://s.example/edge"] = base ^ ((1 << 10) - 1)  # 10 bits: still a copy
    stored["https://s.example/far"] = base ^ ((1 << 11) - 1)  # 11 bits: not a copy
    migrated.insert(
        "articles",
        [
            {
                "url": url,
                "site": "s.example",
                "first_seen": now,
                "status": "ok",
                "simhash": syndication.to_signed(value),
            }
            for url, value in stored.items()
        ],
    )
    new = {"https://n.example/a": base, "https://n.example/b": rng.getrandbits(64)}
    rows = migrated.rows(
        "near_copies",
        urls=list(new),
        hashes=[syndication.to_signed(v) for v in new.values()],
        max_distance=syndication.MAX_DISTANCE,
    )
    got = {(r["url"], r["original"], r["distance"]) for r in rows}
    expected = {
        (url, original, syndication.distance(value, known))
        for url, value in new.items()
        for original, known in stored.items()
        if syndication.distance(value, known) <= syndication.MAX_DISTANCE
    }
    assert got == expected
    assert ("https://n.example/a", "https://s.example/near", 3) in got
    assert not any(original.endswith("/far") for _url, original, _d in got)


def test_rows_given_by_column_store_as_the_same_rows_given_one_by_one(
    migrated: store_mod.Store,
) -> None:
    """``insert_columns`` (judging's assessments) stores what ``buffered`` inserts of the same
    rows store: stored keys updated, new ones inserted, a key named twice by its last row."""
    at = datetime(2021, 6, 10, tzinfo=UTC)
    stored = {"story": "s", "url": "https://a.example/1", "follow_up": False, "score": 0.1}
    stored |= {"reasons": ["r"], "date_source": "feed", "assessed_at": at}
    migrated.insert("assessments", [stored])
    rows = [
        dict(stored, score=0.9, reasons=["updated", "twice"]),
        dict(stored, url="https://a.example/2", score=0.2),
        dict(stored, url="https://a.example/3", score=0.3),
        dict(stored, url="https://a.example/2", score=0.25, follow_up=True),
    ]
    columns = {name: [row[name] for row in rows] for name in rows[0]}
    key = ("story", "url")
    assert migrated.insert_columns("assessments", columns, on_conflict="update", key=key) == 3
    by_column = migrated.sql("SELECT * FROM assessments ORDER BY ALL")
    assert {r["url"]: (r["score"], r["follow_up"]) for r in by_column} == {
        "https://a.example/1": (0.9, False),
        "https://a.example/2": (0.25, True),
        "https://a.example/3": (0.3, False),
    }
    migrated.con.execute("DELETE FROM assessments")
    migrated.insert("assessments", [stored])
    with migrated.buffered():
        migrated.insert("assessments", rows, on_conflict="update", key=key)
    assert migrated.sql("SELECT * FROM assessments ORDER BY ALL") == by_column
    assert migrated.insert_columns("assessments", {name: [] for name in rows[0]}) == 0


def test_the_buffer_pool_is_bounded_and_grows_with_the_file(tmp_path: Path) -> None:
    small = tmp_path / "small.duckdb"
    with store_mod.open_store(small) as store:
        (limit,) = store.con.execute("SELECT current_setting('memory_limit')").fetchone() or ("",)
    assert store_mod.memory_limit_mb(small) == store_mod.MIN_MEMORY_MB
    assert limit.replace(" ", "").upper().startswith(("256MB", "244.1MIB", "256.0MB", "244MIB"))
    big = tmp_path / "big.duckdb"
    with big.open("wb") as f:  # a sparse file of 300 MiB stands in for a long history
        f.truncate(300 << 20)
    assert store_mod.memory_limit_mb(big) == 600


def test_a_refreshed_snapshot_replaces_the_old_copy_and_leaves_nothing_behind(
    db_path: Path,
) -> None:
    with store_mod.open_store(db_path) as store:
        store.insert("feeds", [{"url": "https://a.example/f", "current_url": "a", "stories": []}])
        snapshot = store_mod.refresh_snapshot(db_path, store=store)
        with store_mod.open_reader(snapshot) as old_reader:  # a reader of the old copy
            store.insert(
                "feeds", [{"url": "https://b.example/f", "current_url": "b", "stories": []}]
            )
            assert store_mod.refresh_snapshot(db_path, store=store) == snapshot
            assert len(old_reader.sql("SELECT url FROM feeds")) == 1  # its copy is intact
    with store_mod.open_reader(snapshot) as reader:
        assert len(reader.sql("SELECT url FROM feeds")) == 2
    retired = snapshot.with_name(snapshot.name + ".retired")
    deadline = time.monotonic() + 10
    while retired.exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    assert not retired.exists()
    left = {p.name for p in db_path.parent.iterdir() if "snapshot" in p.name}
    assert left <= {snapshot.name, snapshot.name + ".lock"}  # the readers' lock file


def test_a_quote_repeated_by_three_outlets_is_listed_once(migrated: store_mod.Store) -> None:
    """Who said it (the first speaker named) and where it appeared first; its other forms (case,
    punctuation) are the same quote."""
    day = [datetime(2021, 6, d, tzinfo=UTC) for d in (10, 11, 12)]
    migrated.insert(
        "articles",
        [
            {"url": f"https://{n}.example/q", "site": n, "first_seen": at, "status": "ok"}
            for n, at in zip(("first", "second", "third"), day, strict=True)
        ],
    )
    quote = "We will rebuild every home, and we will do it this year."
    mentions = [  # the earliest article names no speaker; the second one does
        ("third", "Ann Cole", quote),
        ("first", None, quote.upper().replace(",", "")),
        ("second", "Mayor Ann Cole", f"{quote} "),
        ("second", "Bo Lin", "Another quote entirely, and a long one."),
    ]
    migrated.insert(
        "quote_mentions",
        [
            {"story": "s", "url": f"https://{site}.example/q", "idx": i, "speaker": who,
             "quote": text, "sentence": text, "is_new": site == "first"}
            for i, (site, who, text) in enumerate(mentions)
        ],
    )  # fmt: skip
    assert len(migrated.sql("SELECT * FROM quotes WHERE story = 's'")) == 4
    rows = migrated.sql(
        "SELECT url, speaker, new_to_story, mentions, articles FROM quotes_once "
        "WHERE story = 's' ORDER BY mentions DESC"
    )
    assert rows == [
        {"url": "https://first.example/q", "speaker": "Mayor Ann Cole", "new_to_story": True,
         "mentions": 3, "articles": 3},
        {"url": "https://second.example/q", "speaker": "Bo Lin", "new_to_story": False,
         "mentions": 1, "articles": 1},
    ]  # fmt: skip
