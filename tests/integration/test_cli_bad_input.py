"""Every `monitor` command given a bad argument: one line on stderr naming it, a non-zero exit,
never a traceback. Real CLI processes, real files, a real (empty) DuckDB database."""

from __future__ import annotations

import contextlib
import io
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from monitor.cli import _since, build_parser, main
from monitor.errors import ConfigError
from monitor.store import open_store
from tests.integration import cli
from tests.unit.test_config_schema import BASE

STORY_URL = 'url = "https://example.org/a"'
GOOD = BASE.replace(STORY_URL, STORY_URL + '\nbaseline_file = "baseline.txt"')


def monitor(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return cli.monitor(*args, cwd=cwd, timeout=120)


@pytest.fixture(scope="module")
def place(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with a valid configuration, its baseline, an empty database and a non-database."""
    here = tmp_path_factory.mktemp("bad-input")
    (here / "good.toml").write_text(GOOD)
    (here / "baseline.txt").write_text("A story\nThe story's text.\n")
    (here / "proc-db.toml").write_text(GOOD.replace('"monitor.duckdb"', '"/proc/x.duckdb"'))
    (here / "lines.jsonl").write_text('{"id": 1, "text": "x"}\n')
    (here / "not-a-db.duckdb").write_text("plain text\n")
    with open_store(here / "empty.duckdb"):
        pass
    return here


# (arguments, what the one line must say); files are relative to the fixture's folder.
CASES = [
    ((), "the following arguments are required: command"),
    (("demo", "--data-dir", "/proc/monitor-demo"), "/proc/monitor-demo"),
    (("run", "--config", "absent.toml"), "configuration file not found: absent.toml"),
    (("run", "--config", "proc-db.toml"), "cannot create x.duckdb in /proc: "),
    (("run", "--config", "good.toml", "--bogus"), "unrecognized arguments: --bogus"),
    (("serve", "--config", "absent.toml"), "configuration file not found"),
    (("assess", "--config", "good.toml", "lines.jsonl"), "required: --story"),
    (
        ("assess", "--config", "good.toml", "--story", "s2", "lines.jsonl"),
        "no story 's2' in the configuration (stories: s1)",
    ),
    (("assess", "--config", "good.toml", "--story", "s1", "absent.jsonl"), "no input file"),
    (("changes", "--db", "empty.duckdb", "--since", "yesterday"), "'yesterday' is not an ISO"),
    (("followups", "--db", "absent.duckdb"), "monitor run"),
    (("alerts", "--db", "not-a-db.duckdb"), "not a valid DuckDB database file"),
    (("feeds", "--db", "empty.duckdb", "--json", "yes"), "unrecognized arguments: yes"),
    (("feed", "--db", "empty.duckdb"), "required: --out"),
    (("feed", "--db", "empty.duckdb", "--out", "/proc/no/f.atom"), "/proc/no"),
    (("export", "--db", "empty.duckdb", "--parquet", "/proc/no"), "/proc/no"),
    (("backup", "--db", "empty.duckdb", "--out", "/proc/no"), "/proc/no"),
    (("report", "--db", "empty.duckdb", "--out", "/proc/no"), "/proc/no"),
    (("extract",), "required: FILE_OR_URL"),
    (("extract", "--config", "absent.toml", "page.html"), "configuration file not found"),
    (("label", "https://x.example/a", "--story", "s1", "maybe"), "invalid choice: 'maybe'"),
    (("stories",), "required: show|add"),
    (("stories", "add", "--file", "page.html"), "required: --url"),
    (("stories", "show", "s2", "--config", "good.toml"), "no story 's2' in the configuration"),
    (("config",), "required: check|schema"),
    (("config", "check", "--config", "absent.toml"), "configuration file not found"),
    (("config", "schema", "--config", "good.toml"), "unrecognized arguments: --config"),
]


@pytest.mark.parametrize(("args", "message"), CASES, ids=[" ".join(c[0]) for c in CASES])
def test_a_bad_argument_is_one_line_and_a_failure(
    place: Path, args: tuple[str, ...], message: str
) -> None:
    done = monitor(*args, cwd=place)
    assert done.returncode != 0
    assert done.stderr.startswith("monitor: ") and done.stderr.count("\n") == 1, done.stderr
    assert message in done.stderr


def _commands() -> list[str]:
    choices = next(a for a in build_parser()._actions if a.dest == "command").choices
    assert isinstance(choices, dict)
    return list(choices)


def test_every_command_has_a_bad_argument_case() -> None:
    tried = {args[0] for args, _ in CASES if args}
    assert set(_commands()) <= tried


def test_every_command_refuses_an_unknown_option_in_one_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    for command in [*_commands(), "config check", "config schema", "stories show s1",
                    "stories add --url https://x.example/"]:  # fmt: skip
        with pytest.raises(SystemExit) as exited:
            main([*command.split(), "--no-such-option"])
        err = capsys.readouterr().err
        assert exited.value.code == 2
        assert err.startswith("monitor: ") and err.count("\n") == 1, err
        assert "--no-such-option" in err or "required" in err


COMMANDS = sorted(_commands())
tokens = st.one_of(
    st.sampled_from(["--config", "--db", "--json", "--story", "--since", "--out", "-", "--"]),
    st.text(max_size=12),
)


@given(command=st.sampled_from([*COMMANDS, "config check", "config schema"]), rest=st.lists(tokens))
def test_any_arguments_parse_or_fail_in_one_line(command: str, rest: list[str]) -> None:
    """The parser alone (nothing runs): a namespace, or exit 2 with one line (or the help)."""
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            build_parser().parse_args([*command.split(), *rest])
    except SystemExit as exited:
        if exited.code == 0:  # -h, or an abbreviation of --help
            assert out.getvalue().startswith("usage: monitor")
            return
        assert exited.code == 2
        assert err.getvalue().startswith("monitor: ") and err.getvalue().count("\n") == 1


@given(value=st.text(max_size=40))
def test_any_since_is_a_time_or_one_clear_error(value: str) -> None:
    try:
        parsed = _since(value)
    except ConfigError as exc:
        assert "\n" not in str(exc)
        return
    assert parsed is None or parsed.tzinfo is not None


# The configuration mistakes of issue 22, through `monitor run`: exit 2, one line, no run.
RUN_MISTAKES = [
    ("[fetch]", '[fetch]\nworkers = "many"', '[fetch] workers: must be a whole number, not "many"'),
    ("[fetch]", '[alerting]\nmax_attempts = "x"\n[fetch]', "[alerting] max_attempts: must be"),
    ("[fetch]", "[pipeline]\nmax_articles_per_run = -1\n[fetch]", "must be at least 1, not -1"),
    ("[fetch]", '[fetch]\nprivate_networks_allowed = ["notacidr"]', "is not a CIDR network"),
    ("[fetch]", "[fetch]\nworkers = -3", "[fetch] workers: must be at least 1, not -3"),
    ("[fetch]", "[fetch]\ntimeout_s = 0", "[fetch] timeout_s: must be more than 0, not 0"),
    ("[fetch]", "[fetch]\nmax_page_bytes = 1e99", "[fetch] max_page_bytes: must be a whole"),
    (
        'user_agent = "monitor/0.1 (+https://example.org)"',
        "user_agent = 5",
        "[fetch] user_agent: must be a string, not 5",
    ),
    ("[fetch]", "[fetch]\nmax_intervall_s = 60", "did you mean `max_interval_s`?"),
    ('"monitor.duckdb"', '"/proc/x.duckdb"', "cannot create x.duckdb in /proc: "),
]


@pytest.mark.parametrize(("old", "new", "message"), RUN_MISTAKES, ids=[m[1] for m in RUN_MISTAKES])
def test_monitor_run_stops_before_anything_starts(
    tmp_path: Path, old: str, new: str, message: str
) -> None:
    config = tmp_path / "monitor.toml"
    config.write_text(GOOD.replace(old, new, 1))
    (tmp_path / "baseline.txt").write_text("A story\nText.\n")
    done = monitor("run", "--config", str(config), cwd=tmp_path)
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith("monitor: ") and message in done.stderr, done.stderr
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert not (tmp_path / ".prefect").exists()  # Prefect never started
    assert not (tmp_path / "monitor.duckdb").exists()


def test_config_check_lists_every_mistake_and_prints_a_valid_file(place: Path) -> None:
    bad = place / "two-mistakes.toml"
    bad.write_text(GOOD.replace("[fetch]", "[fetch]\nworkers = 0\ntimeout_s = 0"))
    done = monitor("config", "check", "--config", str(bad), cwd=place)
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        f"monitor: {bad}: [fetch] timeout_s: must be more than 0, not 0",
        f"monitor: {bad}: [fetch] workers: must be at least 1, not 0",
    ]
    good = monitor("config", "check", "--config", "good.toml", cwd=place)
    assert good.returncode == 0, good.stderr
    assert "workers = 16" in good.stdout and f'db = "{place / "monitor.duckdb"}"' in good.stdout
