"""The `monitor` command line as other tools call it: its JSON contracts and exit statuses."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from monitor.config import load_config
from monitor.demo.runner import write_config
from monitor.demo.server import DemoWeb
from monitor.pipeline import run_once
from tests.integration.cli import monitor

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    data = tmp_path_factory.mktemp("cli")
    with DemoWeb() as web:
        config = load_config(write_config(data, web))
        for tick in (1, 2):
            web.set_tick(tick)
            run_once(config, web.tick_now(tick))
    yield data / "monitor.duckdb"


def test_assess_writes_one_json_line_per_input(tmp_path: Path, baseline_config: Path) -> None:
    config = baseline_config
    cases = [
        json.loads(line)
        for line in (REPO / "bench" / "judgement" / "cases.jsonl").read_text().splitlines()
    ]
    positive = next(c for c in cases if c["label"] and c["split"] == "heldout")
    negative = next(c for c in cases if not c["label"] and c["category"] == "neg-other-border")
    html_doc = {
        "id": "html-1",
        "url": "https://news.example/h",
        "title": "",
        "published": None,
        "html": "<html><body><article><p>" + positive["text"] + "</p></article></body></html>",
    }
    lines = [
        json.dumps({k: positive[k] for k in ("id", "url", "title", "published", "text")}),
        json.dumps({k: negative[k] for k in ("id", "url", "title", "published", "text")}),
        json.dumps(html_doc),
        "{not json",
    ]
    inp = tmp_path / "in.jsonl"
    inp.write_text("\n".join(lines) + "\n")
    done = monitor(
        "assess", "--config", str(config), "--story", "us-mexico-enforcement-2021", str(inp)
    )
    assert done.returncode == 0, done.stderr
    out = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(out) == 4
    first, second, third, bad = out
    assert first["id"] == positive["id"] and first["follow_up"] is True
    assert second["id"] == negative["id"] and second["follow_up"] is False
    assert third["id"] == "html-1" and third["follow_up"] is True
    for record in (first, second, third):
        assert set(record) == {"id", "follow_up", "score", "reasons", "sentences"}
        assert 0.0 <= record["score"] <= 1.0 and record["reasons"]
        for sentence in record["sentences"]:
            assert set(sentence) == {"text", "status", "baseline", "claims"}
            assert sentence["status"] in {"known", "updated", "new", "contradicting"}
            assert sentence["claims"], sentence
            for claim in sentence["claims"]:
                assert set(claim) == {"text", "status", "baseline"}
                assert claim["text"] in sentence["text"]
            # a sentence is new when one of its claims is
            statuses = {c["status"] for c in sentence["claims"]}
            assert (sentence["status"] == "new") == ("new" in statuses), sentence
    # The same text again, after the first was accepted as a follow-up, adds nothing new.
    assert all(s["status"] == "known" for s in third["sentences"])
    assert "error" in bad and bad["line"] == 4


def test_query_commands_read_the_views(demo_db: Path) -> None:
    changes = monitor("changes", "--db", str(demo_db), "--json")
    assert changes.returncode == 0, changes.stderr
    rows = [json.loads(line) for line in changes.stdout.splitlines()]
    assert rows and {"story", "url", "status", "sentence", "baseline_sentence"} <= set(rows[0])
    assert {r["status"] for r in rows} <= {"new", "updated", "contradicting"}
    # each sentence's claims say which part is news and which restates what the story knew
    for row in rows:
        assert row["claims"] and all(c["text"] in row["sentence"] for c in row["claims"])
        parts = [row["new_part"], row["known_part"]]
        assert all(p in row["sentence"] for part in parts for p in part.split(" … ") if p)
        assert row["new_part"], row  # a sentence the story did not know has a fresh claim
    later = monitor("changes", "--db", str(demo_db), "--json", "--since", "2021-06-10")
    assert len(later.stdout.splitlines()) < len(rows)
    for command in ("followups", "alerts", "feeds"):
        done = monitor(command, "--db", str(demo_db), "--json")
        assert done.returncode == 0 and done.stdout.strip(), (command, done.stderr)
    table = monitor("feeds", "--db", str(demo_db))
    assert "Feeds" in table.stdout


def test_the_new_claims_view_splits_the_new_facts(demo_db: Path) -> None:
    from monitor.store import open_reader

    with open_reader(demo_db) as store:
        facts = store.con.execute("SELECT count(*) FROM new_facts").fetchone()
        claims = store.con.execute(
            "SELECT sentence, claim, claim_start, claim_end, status, baseline_claim, "
            "sentence_status FROM new_claims ORDER BY url, idx, claim_idx"
        ).fetchall()
    assert facts is not None and len(claims) >= facts[0] > 0
    for sentence, claim, start, end, status, baseline, sentence_status in claims:
        assert sentence[start:end] == claim
        assert status in {"known", "updated", "new", "contradicting"}
        assert (baseline is None) == (status == "new")
        assert sentence_status != "known"


def test_a_query_during_a_run_reads_the_snapshot_and_says_so(demo_db: Path) -> None:
    import time

    from monitor.store import open_store, snapshot_path

    assert snapshot_path(demo_db).exists()  # refreshed by the fixture's runs
    expected = monitor("followups", "--db", str(demo_db), "--json")
    assert expected.returncode == 0 and "snapshot" not in expected.stderr
    with open_store(demo_db):  # as a run holds the database while it polls or judges
        started = time.monotonic()
        during = monitor("followups", "--db", str(demo_db), "--json")
        waited = time.monotonic() - started
    assert during.returncode == 0, during.stderr
    assert "database busy" in during.stderr and "monitor.snapshot.duckdb" in during.stderr
    assert during.stdout == expected.stdout  # the snapshot holds the last complete run
    assert waited < 30  # not the 60 s a writer would wait


def test_outputs_and_exports(demo_db: Path, tmp_path: Path) -> None:
    assert monitor("feed", "--db", str(demo_db), "--out", str(tmp_path / "f.atom")).returncode == 0
    assert (tmp_path / "f.atom").read_bytes().startswith(b"<?xml")
    assert monitor("report", "--db", str(demo_db), "--out", str(tmp_path / "r")).returncode == 0
    assert (tmp_path / "r" / "index.html").exists()
    assert monitor("export", "--db", str(demo_db), "--parquet", str(tmp_path / "p")).returncode == 0
    assert (tmp_path / "p" / "followups.parquet").exists()
    backup = monitor("backup", "--db", str(demo_db), "--out", str(tmp_path / "b"))
    assert backup.returncode == 0 and "IMPORT DATABASE" in backup.stdout
    assert list((tmp_path / "b").glob("*/schema.sql"))


@pytest.mark.parametrize("path", ["--plain", "--prefect"])
def test_bad_configuration_is_a_clear_error_not_a_traceback(tmp_path: Path, path: str) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[[stories]]\nslug = 'x'\n")
    done = monitor("run", "--config", str(bad), path)
    assert done.returncode == 2
    assert done.stderr.startswith("monitor: ")
    assert '[[stories]] "x" title: is required' in done.stderr
    assert done.stderr.count("\n") == 1  # the first of three mistakes, and a count of the rest
    assert "Traceback" not in done.stderr
    missing = monitor("changes", "--db", str(tmp_path / "none.duckdb"))
    assert missing.returncode == 2 and "monitor run" in missing.stderr


@pytest.mark.parametrize("path", ["--plain", "--prefect"])
def test_a_second_run_gives_up_naming_the_holder(
    tmp_path: Path, baseline_config: Path, path: str
) -> None:
    config = baseline_config
    config.write_text("[storage]\nrun_wait_s = 0.5\n" + config.read_text())
    db = tmp_path / "monitor.duckdb"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import time; from pathlib import Path; from monitor.store import run_lock\n"
            f"with run_lock(Path({str(db)!r}), wait_s=1):\n"
            "    print('held', flush=True); time.sleep(30)\n",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        done = monitor("run", "--config", str(config), path)
    finally:
        holder.kill()
        holder.wait()
    assert done.returncode == 3, done.stderr
    assert f"monitor run busy: held by PID {holder.pid}" in done.stderr
    assert "Traceback" not in done.stderr


def test_stories_show_reads_the_stored_baseline_and_the_follow_ups(demo_db: Path) -> None:
    done = monitor(
        "stories", "show", "us-mexico-enforcement-2021",
        "--config", str(demo_db.parent / "monitor.toml"), "--json",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    assert record["judged_by"] == "lexicon" and record["lexicon"] == "us-mexico-migration"
    assert {"Mayorkas", "Title 42"} <= {n["name"] for n in record["names"]}
    # Its story model counts beside the lexicon: its baseline's rare words are shown too.
    assert "mayorkas" in {t["term"] for t in record["terms"]} and record["language"] == "en"
    # The demo web is gone: the baseline came from the database, with the follow-ups found.
    assert record["followup_days"] >= 2
    assert record["latest_development"].startswith("2021-06-")
