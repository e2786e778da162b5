"""The ``monitor`` command line: a thin layer over the library and the Prefect flows.

Commands and their JSON output are a contract used by other tools: add, never rename.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any, NoReturn

from monitor import config as config_mod
from monitor.errors import ConfigError, MonitorError, StoreBusyError, StoreError

log = logging.getLogger(__name__)


def _load(path: str | None) -> config_mod.Config:
    return config_mod.load_config(Path(path) if path else config_mod.default_config_path())


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def _print_table(title: str, rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, show_lines=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*(_cell(row.get(c)) for c in columns))
    Console().print(table)


def _cell(value: Any) -> str:
    from rich.markup import escape

    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, list):
        return escape("; ".join(str(v) for v in value))
    return escape(str(value))


# -- commands -------------------------------------------------------------------------------


def cmd_run(args: argparse.Namespace) -> int:
    """One cycle: plainly, or as a Prefect flow run where a server records it (``clirun``)."""
    from monitor import clirun

    cfg = _load(args.config)
    config_mod.check_paths(cfg)
    try:
        summary = clirun.run(
            cfg,
            clirun.run_time(args.now),
            force=args.path,
            progress=clirun.progress_wanted(args.progress),
        )
    except StoreBusyError as exc:
        summary = {"skipped": str(exc)}
    if "skipped" in summary:
        print(f"monitor: run skipped: {summary['skipped']}", file=sys.stderr)
        return 3
    print(json.dumps(summary, default=_json_default, indent=2))
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    cfg = _load(args.config)
    config_mod.check_paths(cfg)
    config_mod.apply_prefect_environment(cfg.db.parent)
    from flows.serve import serve_all

    serve_all(str(cfg.source))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from monitor.demo.runner import run_demo

    data_dir = Path(args.data_dir).resolve()
    config_mod.apply_prefect_environment(data_dir)
    return run_demo(data_dir, out=sys.stdout)


def cmd_assess(args: argparse.Namespace) -> int:
    from monitor import backfill, relevance, runs, runstate

    cfg = _load(args.config)
    story = cfg.story(args.story)
    config_mod.check_paths(cfg, database=False, prefect=False)
    if args.input != "-" and not Path(args.input).is_file():
        raise ConfigError(f"assess: no input file {args.input}")
    ctx = runstate.make_context(cfg)
    now = datetime.now(UTC)
    try:
        title, text, _ = runs.load_baseline(ctx, story, now)
    finally:
        ctx.close()
    profile = relevance.build_profile(story, title, text)
    source = sys.stdin if args.input == "-" else open(args.input, encoding="utf-8")  # noqa: SIM115
    with source:
        for record in backfill.assess_lines(
            profile,
            text,
            source,
            now=now,
            threshold=story.threshold,
            baseline_published=datetime.combine(story.published, time(), tzinfo=UTC),
            baseline_title=title,
        ):
            print(json.dumps(record, ensure_ascii=False, default=_json_default))
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    """What monitor sees on each page; exit 1 when any input yields no article."""
    from monitor import pagecheck

    if args.config:
        settings = _load(args.config).fetch
    elif config_mod.default_config_path().exists():
        settings = _load(None).fetch
    else:  # no configuration: public addresses only
        settings = config_mod.FetchSettings()
    all_ok = True
    now = datetime.now(UTC)
    for record in pagecheck.check_inputs(
        args.inputs, settings=settings, now=now, page_url=args.url
    ):
        all_ok &= record["ok"]
        if args.json:
            print(json.dumps(record, ensure_ascii=False))
            continue
        if record["ok"]:
            print(f"{record['input']}: article, {record['words']} words")
            for key in ("title", "published", "language", "url"):
                print(f"  {key}: {record[key] or '-'}")
            print(f"\n{record['text']}\n")
        else:
            print(f"{record['input']}: skipped: {record['reason']}")
    return 0 if all_ok else 1


def _since(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise ConfigError(f"--since {value!r} is not an ISO date") from None
    if len(value) == 10:
        parsed = datetime.combine(parsed.date(), time())
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _reader(args: argparse.Namespace) -> Any:
    """The database for a query command; during a run, the snapshot of the last one."""
    from monitor.store import open_reader_or_snapshot

    db = Path(args.db) if args.db else _load(args.config).db
    return open_reader_or_snapshot(
        db, notice=lambda text: print(f"monitor: {text}", file=sys.stderr)
    )


# The query commands: named query, table title, columns shown (JSON lines carry every column).
QUERY_COMMANDS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "changes": (
        "changes",
        "What is new",
        ("published", "site", "title", "status", "sentence", "known_part", "baseline_sentence"),
    ),
    "followups": (
        "followups_list",
        "Follow-ups",
        ("published", "site", "title", "score", "new_sentences"),
    ),
    "alerts": (
        "alerts_list",
        "Alerts",
        ("story", "url", "channel", "status", "attempts", "sent_at"),
    ),
    "feeds": (
        "feeds_list",
        "Feeds",
        ("url", "status", "last_error", "consecutive_errors", "next_poll_at", "items_seen"),
    ),
}


def cmd_query(args: argparse.Namespace) -> int:
    """``changes``, ``followups``, ``alerts``, ``feeds``: a view as a table or JSON lines."""
    query, title, columns = QUERY_COMMANDS[args.command]
    params: dict[str, Any] = {}
    if args.command in ("changes", "followups"):
        params["story"] = args.story
    if args.command == "changes":
        params["since"] = _since(args.since)
    with _reader(args) as store:
        rows = store.rows(query, **params)
    if args.json:
        for row in rows:
            print(json.dumps(row, ensure_ascii=False, default=_json_default))
    else:
        _print_table(title, rows, columns)
    return 0


def cmd_feed(args: argparse.Namespace) -> int:
    from monitor.atomfeed import write_atom

    with _reader(args) as store:
        written = write_atom(store, Path(args.out), story=args.story, now=datetime.now(UTC))
    print(f"wrote {written} developments to {args.out}")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from monitor.report import write_report

    with _reader(args) as store:
        index = write_report(store, Path(args.out), now=datetime.now(UTC))
    print(f"wrote the report: {index}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from monitor.store import export_views

    with _reader(args) as store:
        written = export_views(store, Path(args.parquet))
    print(f"wrote {len(written)} views as Parquet to {args.parquet}")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from monitor.store import export_parquet

    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    with _reader(args) as store:
        base = Path(args.out) if args.out else (store.path or Path(".")).parent / "backups"
        out = export_parquet(store, base / stamp)
    print(f"backed up the database to {out} (restore: IMPORT DATABASE '{out}')")
    return 0


# -- monitor config check | schema ----------------------------------------------------------


def cmd_config_check(args: argparse.Namespace) -> int:
    """Validate the file and its paths; print the effective configuration, secrets masked."""
    path = Path(args.config) if args.config else config_mod.default_config_path()
    try:
        text = config_mod.effective_toml(path)
        config_mod.check_paths(config_mod.load_config(path))
    except ConfigError as exc:
        for problem in exc.problems:
            print(f"monitor: {_one_line(problem)}", file=sys.stderr)
        return 2
    print(text, end="")
    return 0


def cmd_config_schema(args: argparse.Namespace) -> int:
    from monitor.configschema import json_schema

    print(json.dumps(json_schema(), indent=2))
    return 0


# -- monitor label --------------------------------------------------------------------------


def cmd_label(args: argparse.Namespace) -> int:
    """Store a reader's judgement of an article; it stands for the program's from now on."""
    from monitor import relevance, storyadapt, urls
    from monitor.store import open_store

    cfg = _load(args.config)
    story = cfg.story(args.story)
    if not args.url.lower().startswith(("http://", "https://")):
        raise ConfigError(f"label: {args.url!r} is not an http or https URL")
    url = urls.canonical_url(args.url)
    follow_up = args.verdict == "follow-up"
    now = datetime.now(UTC)
    changes: list[Any] = []
    with open_store(cfg.db, wait_s=cfg.lock_wait_s) as store, store.transaction():
        row = {"story": story.slug, "url": url, "follow_up": follow_up, "labelled_at": now}
        store.insert("labels", [row], on_conflict="update", key=("story", "url"))
        judged = store.rows("assessment_of", story=story.slug, url=url)
        if judged:
            reason = relevance.label_reason(follow_up, now)
            store.run("apply_label", story=story.slug, url=url, follow_up=follow_up, reason=reason)
            changes = storyadapt.apply_label(store, story, url, follow_up, now)
    what = "a follow-up" if follow_up else "not a follow-up"
    if judged:
        was = "a follow-up" if judged[0]["follow_up"] else "not a follow-up"
        said = f"the program had judged it {was} (score {judged[0]['score']:.2f})"
    else:
        said = "not judged yet: the label decides when it is"
    print(f"labelled {url} {what} of {story.slug}; {said}")
    if judged and changes:
        kinds = sorted({c.kind for c in changes})
        print(f"the story model: {len(changes)} change(s) ({', '.join(kinds)})")
    return 0


# -- monitor stories show ------------------------------------------------------------------


def cmd_stories_show(args: argparse.Namespace) -> int:
    """The story's model as the program judges with it, and its follow-ups so far."""
    from monitor import adaptation, relevance, runs, runstate, storyadapt, storyview
    from monitor.store import open_reader_or_snapshot

    cfg = _load(args.config)
    story = cfg.story(args.slug)
    config_mod.check_paths(cfg, database=False, prefect=False)
    stored: list[dict[str, Any]] = []
    days = []
    learned = adaptation.Adaptation().terms
    rejected: list[dict[str, Any]] = []
    if cfg.db.exists():  # the baseline as a run stored it, and the follow-ups found since
        notice = lambda note: print(f"monitor: {note}", file=sys.stderr)  # noqa: E731
        with open_reader_or_snapshot(cfg.db, notice=notice) as store:
            stored = store.rows("baselines_for_stories", stories=[story.slug])
            days = [r["day"] for r in store.rows("story_followup_dates", story=story.slug)]
            learned = storyadapt.stored(store, story.slug).terms
            rejected = storyadapt.rejected_articles(store, story.slug)
    if stored:
        title, text = stored[0]["title"], stored[0]["text"]
    else:
        ctx = runstate.make_context(cfg)
        try:
            title, text, _ = runs.load_baseline(ctx, story, datetime.now(UTC))
        finally:
            ctx.close()
    profile = relevance.build_profile(story, title, text)
    record = storyview.describe(
        profile,
        title=story.title,
        lexicon=story.lexicon,
        followup_days=days,
        learned=adaptation.describe_learned(
            profile,
            learned,
            datetime.now(UTC),
            latest=datetime.combine(max(days), time(), tzinfo=UTC) if days else None,
        ),
        rejected=rejected,
    )
    print(json.dumps(record, ensure_ascii=False) if args.json else storyview.as_text(record))
    return 0


def cmd_stories_add(args: argparse.Namespace) -> int:
    """Onboard a story: judge its baseline page, save its text, add its table, show it."""
    from monitor import pagecheck, relevance, storyadd, storyview

    path = Path(args.config) if args.config else config_mod.default_config_path()
    settings = _load(str(path)).fetch if path.exists() else config_mod.FetchSettings()
    source = args.file or args.url
    (record,) = pagecheck.check_inputs(
        [source], settings=settings, now=datetime.now(UTC), page_url=args.url
    )
    added = storyadd.add_story(
        path, record, published=_day(args.published), url=args.url, slug=args.slug
    )
    story = config_mod.load_config(path).story(added.slug)
    profile = relevance.build_profile(story, str(record["title"]), str(record["text"]))
    print(f"added story {added.slug!r} to {path}; its text is saved in {added.baseline_file}")
    print(storyview.as_text(storyview.describe(profile, title=story.title, lexicon=None,
                                               followup_days=[])))  # fmt: skip
    return 0


def _day(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ConfigError(f"--published {value!r} is not a date like 2021-06-03") from None


def _add_stories_commands(sub: Any) -> None:
    p = sub.add_parser("stories", help="the stories as the program sees them; add one")
    group = p.add_subparsers(dest="stories_command", metavar="show|add", required=True)
    add = group.add_parser("add", help="add a story from its baseline page, saved or fetched")
    add.add_argument("--url", required=True, help="the baseline's address (http or https)")
    add.add_argument("--file", help="the page saved as HTML (else it is fetched from --url)")
    add.add_argument("--published", help="the baseline's date, when the page does not say it")
    add.add_argument("--slug", help="the story's slug (default: from the headline and year)")
    _config_option(add)
    add.set_defaults(func=cmd_stories_add)
    show = group.add_parser("show", help="a story's model: its terms or names, figures, life")
    show.add_argument("slug", help="the story's slug")
    _config_option(show)
    show.add_argument("--json", action="store_true", help="one JSON object")
    show.set_defaults(func=cmd_stories_show)


def _config_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--config", help="configuration file (default: $MONITOR_CONFIG or ./monitor.toml)"
    )


def _add_config_commands(sub: Any) -> None:
    p = sub.add_parser("config", help="check the configuration file, or print its JSON Schema")
    group = p.add_subparsers(dest="config_command", metavar="check|schema", required=True)
    check = group.add_parser("check", help="validate, and print the effective configuration")
    _config_option(check)
    check.set_defaults(func=cmd_config_check)
    schema = group.add_parser("schema", help="the configuration's JSON Schema, for editors")
    schema.set_defaults(func=cmd_config_schema)


class _Parser(argparse.ArgumentParser):
    """argparse, with a usage mistake said in one line (``--help`` shows the usage)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"monitor: {_one_line(message)} (see `{self.prog} --help`)\n")


def _one_line(text: object) -> str:
    """``text`` with newlines and other control characters escaped, as ``repr`` shows them."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in str(text))


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="monitor", description="Follow one news story: follow-ups, what is new, alerts."
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    sub = parser.add_subparsers(dest="command", required=True)
    # Every command that reads the database finds it through --config, or --db directly.
    database = _Parser(add_help=False)
    database.add_argument("--config", help="configuration file (its [storage] db)")
    database.add_argument("--db", help="a DuckDB file (instead of the configuration's)")

    p = sub.add_parser("demo", help="offline demo on a local news web of its own")
    p.add_argument("--data-dir", default="monitor-demo", help="where the demo keeps its files")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser(
        "run", help="one poll cycle (through Prefect where a Prefect server records it)"
    )
    _config_option(p)
    path = p.add_mutually_exclusive_group()
    path.add_argument(
        "--prefect",
        dest="path",
        action="store_const",
        const="prefect",
        help="run the poll flow through Prefect even without a Prefect server (a temporary one)",
    )
    path.add_argument(
        "--plain",
        dest="path",
        action="store_const",
        const="plain",
        help="run the cycle in this process without Prefect, even with a Prefect server",
    )
    p.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        help="show feeds polled and articles fetched and extracted (default: on a terminal)",
    )
    p.add_argument("--now", help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("serve", help="run the deployments' schedules in this process")
    p.add_argument("--config")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("assess", help="judge JSON-lines documents against a story, storing nothing")
    p.add_argument("--config", required=True)
    p.add_argument("--story", required=True)
    p.add_argument("input", help="JSON lines file, or - for standard input")
    p.set_defaults(func=cmd_assess)

    for name, help_text in (
        ("changes", "what is new, from the views"),
        ("followups", "the follow-ups found"),
        ("alerts", "alerts and their delivery"),
        ("feeds", "feed health"),
    ):
        p = sub.add_parser(name, help=help_text, parents=[database])
        p.add_argument("--json", action="store_true", help="JSON lines instead of a table")
        if name in ("changes", "followups"):
            p.add_argument("--story")
        if name == "changes":
            p.add_argument("--since", help="ISO date or datetime")
        p.set_defaults(func=cmd_query)

    p = sub.add_parser("feed", help="write an Atom feed of developments", parents=[database])
    p.add_argument("--out", required=True, help="the Atom file to write")
    p.add_argument("--story", help="one story (default: all)")
    p.set_defaults(func=cmd_feed)

    p = sub.add_parser(
        "export", help="write every analyst view as a Parquet file", parents=[database]
    )
    p.add_argument("--parquet", required=True, metavar="DIR")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser(
        "backup", help="export the whole database (schema and Parquet data)", parents=[database]
    )
    p.add_argument("--out", help="folder for backups (default: backups/ beside the database)")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("extract", help="what monitor extracts from pages, or why it skips them")
    p.add_argument("--json", action="store_true", help="one JSON line per input")
    p.add_argument("--url", help="the address a saved FILE came from (for its date and links)")
    p.add_argument("--config", help="its [fetch] settings (default: monitor.toml if present)")
    p.add_argument("inputs", nargs="+", metavar="FILE_OR_URL")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("report", help="write a static HTML report", parents=[database])
    p.add_argument("--out", required=True, help="the folder to write it in")
    p.set_defaults(func=cmd_report)
    _add_config_commands(sub)
    _add_stories_commands(sub)
    label = sub.add_parser("label", help="store a reader's judgement: follow-up or not")
    label.add_argument("url", help="the article's address")
    label.add_argument("--story", required=True, help="the story's slug")
    label.add_argument("verdict", choices=("follow-up", "not"), help="follow-up, or not")
    _config_option(label)
    label.set_defaults(func=cmd_label)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    try:
        return int(args.func(args))
    except (ConfigError, StoreError) as exc:
        print(f"monitor: {_one_line(exc)}", file=sys.stderr)
        return 2
    except MonitorError as exc:
        print(f"monitor: {_one_line(exc)}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `monitor ... | head`: the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except OSError as exc:  # a file or folder named on the command line
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"monitor: {_one_line(where)}{(exc.strerror or str(exc)).lower()}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
