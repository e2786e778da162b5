"""The configuration schema: the mistakes of issue 22 each get one sentence naming file, table
and key; the JSON Schema validates the shipped example; the effective view hides secrets."""

from __future__ import annotations

import json
import tomllib
from datetime import date, datetime
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from monitor.cli import main
from monitor.config import check_paths, effective_toml, load_config
from monitor.configschema import json_schema
from monitor.errors import ConfigError

REPO = Path(__file__).resolve().parents[2]

BASE = """
[storage]
db = "monitor.duckdb"
[fetch]
user_agent = "monitor/0.1 (+https://example.org)"
[[stories]]
slug = "s1"
title = "A story"
published = "2021-06-03"
url = "https://example.org/a"
[[feeds]]
url = "https://example.org/rss"
"""

# (text replaced, replacement, the message after "<file>: ")
MISTAKES = [
    ("[fetch]", '[fetch]\nworkers = "many"', '[fetch] workers: must be a whole number, not "many"'),
    (
        "[fetch]",
        '[alerting]\nmax_attempts = "x"\n[fetch]',
        '[alerting] max_attempts: must be a whole number, not "x"',
    ),
    (
        "[fetch]",
        "[pipeline]\nmax_articles_per_run = -1\n[fetch]",
        "[pipeline] max_articles_per_run: must be at least 1, not -1",
    ),
    (
        "[fetch]",
        '[fetch]\nprivate_networks_allowed = ["notacidr"]',
        '[fetch] private_networks_allowed[0]: "notacidr" is not a CIDR network like '
        "127.0.0.1/32 or 10.0.0.0/8",
    ),
    ("[fetch]", "[fetch]\nworkers = -3", "[fetch] workers: must be at least 1, not -3"),
    ("[fetch]", "[fetch]\ntimeout_s = 0", "[fetch] timeout_s: must be more than 0, not 0"),
    (
        "[fetch]",
        "[fetch]\nmax_page_bytes = 1e99",
        "[fetch] max_page_bytes: must be a whole number, not 1e+99",
    ),
    (
        "[fetch]",
        "[fetch]\nmax_page_bytes = 100_000_000_000",
        "[fetch] max_page_bytes: must be at most 1073741824, not 100000000000",
    ),
    (
        'user_agent = "monitor/0.1 (+https://example.org)"',
        "user_agent = 5",
        "[fetch] user_agent: must be a string, not 5",
    ),
    (
        "[fetch]",
        "[fetch]\nmax_intervall_s = 600",
        "[fetch] max_intervall_s: unknown key; did you mean `max_interval_s`?",
    ),
    ("[storage]", "[storag]", "[storag]: unknown table; did you mean [storage]?"),
    (
        "[storage]",
        "workers = 4\n[storage]",
        "`workers`: unknown key: it belongs in [fetch]",
    ),
    (
        "[fetch]",
        "[fetch]\nmin_interval_s = 7200\nmax_interval_s = 3600",
        "[fetch] min_interval_s: 7200 is more than max_interval_s (3600)",
    ),
    (
        'published = "2021-06-03"',
        'published = "June"',
        '[[stories]] "s1" published: must be a date like 2021-06-03, not "June"',
    ),
    (
        'url = "https://example.org/a"',
        'url = "https://example.org/a"\nhorizon_days = 0',
        '[[stories]] "s1" horizon_days: must be at least 1, not 0',
    ),
    (
        "https://example.org/rss",
        "feed://example.org/rss",
        '[[feeds]] #1 url: must be an http:// or https:// URL, not "feed://example.org/rss"',
    ),
    (
        'url = "https://example.org/rss"',
        'url = "https://example.org/rss"\nstories = ["s1x"]',
        "[[feeds]] \"https://example.org/rss\" stories: no story 's1x'; did you mean 's1'?",
    ),
    (
        'url = "https://example.org/rss"',
        'url = "https://example.org/rss"\n[[alerts]]\nurl = "json://h/x"\ndigest = "weekly"',
        "[[alerts]] #1 digest: must be 'hourly' or 'daily', not \"weekly\"",
    ),
]


@pytest.mark.parametrize(("old", "new", "message"), MISTAKES, ids=[m[2][:40] for m in MISTAKES])
def test_each_mistake_is_one_sentence_naming_file_table_and_key(
    tmp_path: Path, old: str, new: str, message: str
) -> None:
    path = tmp_path / "monitor.toml"
    assert old in BASE
    path.write_text(BASE.replace(old, new, 1))
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert str(caught.value) == f"{path}: {message}"


def test_several_mistakes_name_the_first_and_count_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "monitor.toml"
    path.write_text(BASE.replace("[fetch]", "[fetch]\nworkers = 0\nper_host = 0\ntimeout_s = -1"))
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert len(caught.value.problems) == 3
    assert str(caught.value).endswith("(and 2 more: `monitor config check` lists them)")
    assert all(p.startswith(f"{path}: [fetch] ") for p in caught.value.problems)


def _as_json(value: Any) -> Any:
    """TOML to JSON as taplo sees it: dates and times become strings."""
    if isinstance(value, dict):
        return {k: _as_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_as_json(v) for v in value]
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value


def test_the_json_schema_validates_the_shipped_example_and_refuses_mistakes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["config", "schema"]) == 0
    schema = json.loads(capsys.readouterr().out)  # what `monitor config schema` prints
    assert schema == json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    example = _as_json(tomllib.loads((REPO / "monitor.example.toml").read_text()))
    assert list(validator.iter_errors(example)) == []
    for table, key, value in (
        ("fetch", "workers", "many"),
        ("fetch", "max_intervall_s", 600),
        ("fetch", "timeout_s", 0),
    ):
        wrong = json.loads(json.dumps(example))
        wrong.setdefault(table, {})[key] = value
        assert list(validator.iter_errors(wrong)), (table, key, value)
    assert list(validator.iter_errors({**example, "stories": []}))


def test_check_prints_defaults_and_masks_secrets(tmp_path: Path) -> None:
    path = tmp_path / "monitor.toml"
    path.write_text(
        BASE.replace("https://example.org/rss", "https://reader:hunter2@example.org/rss?token=s3")
        + '[[alerts]]\nurl = "slack://${TOK_A}/${TOK_B}/#desk"\n'
        + '[[alerts]]\nurl = "mailto://me:pw@mail.example.org"\n'
    )
    text = effective_toml(path, env={"TOK_A": "xoxb-secret", "TOK_B": "more-secret"})
    for secret in ("hunter2", "s3", "xoxb-secret", "more-secret", ":pw"):
        assert secret not in text
    shown = tomllib.loads(text)
    assert shown["fetch"]["workers"] == 16 and shown["alerting"]["max_attempts"] == 20
    assert shown["storage"]["db"] == str(tmp_path / "monitor.duckdb")
    assert shown["feeds"][0]["url"] == "https://reader:***@example.org/rss?token=***"
    assert shown["alerts"][0]["url"].endswith("(reads ${TOK_A}, ${TOK_B})")
    assert shown["alerts"][1]["url"] == "mailto://mail.example.org/***"
    assert "horizon_days" not in shown["stories"][0]  # unset: no end


def test_an_unset_environment_reference_is_named(tmp_path: Path) -> None:
    path = tmp_path / "monitor.toml"
    path.write_text(BASE + '[[alerts]]\nurl = "slack://${NOT_SET_22}"\n')
    with pytest.raises(ConfigError, match=r"\[\[alerts\]\] #1 url: refers to \$\{NOT_SET_22\}"):
        effective_toml(path, env={})


def test_paths_are_checked_up_front(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PREFECT_HOME", raising=False)
    path = tmp_path / "monitor.toml"
    blocker = tmp_path / "file"
    blocker.write_text("")
    path.write_text(
        BASE.replace('"monitor.duckdb"', '"file/sub/m.duckdb"').replace(
            'url = "https://example.org/a"',
            'url = "https://example.org/a"\nbaseline_file = "b.txt"',
        )
    )
    with pytest.raises(ConfigError) as caught:
        check_paths(load_config(path))
    assert caught.value.problems == (
        f"cannot create m.duckdb in {blocker}/sub: {blocker} is not a folder",
        f"cannot create the Prefect home {blocker}/sub/.prefect: {blocker} is not a folder",
        f"story 's1': baseline_file: cannot read {tmp_path}/b.txt: no such file or directory",
    )
    (tmp_path / "b.txt").write_text("A story\nText.")
    path.write_text(path.read_text().replace("file/sub/", "data/"))
    check_paths(load_config(path))  # the folders will be created: nothing to say
    assert not (tmp_path / "data").exists()
