"""The configuration file (TOML) and the environment: the only reader of either.

The keys documented in the README are a contract used by other tools: add keys, rename none.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import re
import tempfile
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from monitor import configschema, lexicon
from monitor.configschema import DEFAULT_USER_AGENT as DEFAULT_USER_AGENT
from monitor.errors import ConfigError
from monitor.models import AlertRoute, FeedConfig, Story

log = logging.getLogger(__name__)

DEFAULT_CONFIG_NAME = "monitor.toml"


@dataclass(frozen=True)
class FetchSettings:
    """The ``[fetch]`` table."""

    user_agent: str = DEFAULT_USER_AGENT
    private_networks_allowed: tuple[str, ...] = ()
    timeout_s: float = 10.0
    total_timeout_s: float = 30.0
    max_feed_bytes: int = 10_000_000
    max_page_bytes: int = 5_000_000
    per_host: int = 4
    host_delay_s: float = 0.0
    workers: int = 16
    min_interval_s: float = 300.0
    max_interval_s: float = 86_400.0
    # With many feeds, a second process polls too while the network is fast (monitor.pollhelper).
    poll_helper: bool = True


@dataclass(frozen=True)
class AlertSettings:
    """The ``[alerting]`` table: how the outbox sends."""

    timeout_s: float = 10.0
    max_attempts: int = 20
    retry_base_s: float = 60.0


@dataclass(frozen=True)
class Config:
    """Everything one run needs to know, resolved and validated."""

    db: Path
    fetch: FetchSettings
    stories: tuple[Story, ...]
    feeds: tuple[FeedConfig, ...]
    alerts: tuple[AlertRoute, ...]
    alerting: AlertSettings = field(default_factory=AlertSettings)
    source: Path | None = None
    max_articles_per_run: int = 500
    recheck_max_age_days: int = 30
    lock_wait_s: float = 60.0  # how long a write phase waits for another writer
    run_wait_s: float = 300.0  # how long a run waits for another run to finish
    snapshot: bool = True  # refresh a read-only copy for analysts after each run
    crash_at: str | None = None  # [debug] crash_at: a crash point, for crash-safety tests only

    def story(self, slug: str) -> Story:
        for story in self.stories:
            if story.slug == slug:
                return story
        known = ", ".join(s.slug for s in self.stories) or "none"
        raise ConfigError(f"no story {slug!r} in the configuration (stories: {known})")

    def stories_for_feed(self, feed: FeedConfig) -> tuple[str, ...]:
        return feed.stories or tuple(s.slug for s in self.stories)

    def routes_for_story(self, slug: str) -> tuple[AlertRoute, ...]:
        return tuple(r for r in self.alerts if not r.stories or slug in r.stories)


def default_config_path(env: Mapping[str, str] | None = None) -> Path:
    """``$MONITOR_CONFIG``, else ``monitor.toml`` in the working directory."""
    env = os.environ if env is None else env
    return Path(env.get("MONITOR_CONFIG", DEFAULT_CONFIG_NAME))


def load_config(path: Path) -> Config:
    """Read and validate a configuration file; relative paths resolve against its folder."""
    return parse_config(read_toml(path), base_dir=path.resolve().parent, source=path)


def read_toml(path: Path) -> dict[str, Any]:
    """The file's TOML mapping, or a ConfigError naming the file."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(f"configuration file not found: {path}") from exc
    except IsADirectoryError as exc:
        raise ConfigError(f"configuration file {path} is a folder") from exc
    except OSError as exc:
        raise ConfigError(f"cannot read configuration file {path}: {_reason(exc)}") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: not UTF-8 text ({exc.reason})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from exc


def check_file(
    raw: Mapping[str, Any],
    where: str,
    env: Mapping[str, str] | None = None,
    *,
    base_dir: Path | None = None,
) -> configschema.ConfigFile:
    """The file checked against the schema; a ConfigError lists each mistake on its own line.

    With ``base_dir`` (the file's folder), each story's lexicon is read and checked too."""
    checked, problems = configschema.validate(raw)
    if checked is not None:
        for number, route in enumerate(checked.alerts, start=1):
            try:
                expand_secrets(route.url, env)
            except ConfigError as exc:
                problems.append(f"[[alerts]] #{number} url: {exc}")
        if base_dir is not None:
            problems += _lexicon_problems(checked.stories, base_dir)
    if checked is None or problems:
        raise ConfigError.of(f"{where}: {p}" for p in problems)
    return checked


def parse_config(
    raw: Mapping[str, Any],
    *,
    base_dir: Path,
    source: Path | None = None,
    env: Mapping[str, str] | None = None,
) -> Config:
    """Turn the TOML mapping into a :class:`Config`, with one sentence per mistake."""
    checked = check_file(raw, str(source) if source else "configuration", env, base_dir=base_dir)
    return _settings(checked, base_dir=base_dir, source=source, env=env)


def _lexicon_problems(stories: list[configschema.StoryTable], base_dir: Path) -> list[str]:
    """One sentence for each story whose lexicon cannot be used (unknown, unreadable, bad)."""
    problems = []
    for story in stories:
        if story.lexicon is not None:
            try:
                lexicon.resolve(story.lexicon, base_dir)
            except lexicon.LexiconError as exc:
                problems.append(f"{configschema.story_key(story.slug, 'lexicon')}: {exc}")
    return problems


def _settings(
    checked: configschema.ConfigFile,
    *,
    base_dir: Path,
    source: Path | None,
    env: Mapping[str, str] | None,
) -> Config:
    storage, fetch = checked.storage, checked.fetch
    return Config(
        db=_resolve(storage.db, base_dir),
        fetch=FetchSettings(
            **fetch.model_dump(exclude={"private_networks_allowed"}),
            private_networks_allowed=tuple(fetch.private_networks_allowed),
        ),
        stories=tuple(_story(s, base_dir) for s in checked.stories),
        feeds=tuple(
            FeedConfig(url=f.url, stories=tuple(f.stories), user_agent=f.user_agent)
            for f in checked.feeds
        ),
        alerts=tuple(
            AlertRoute(
                url=expand_secrets(a.url, env),
                stories=tuple(a.stories),
                min_score=a.min_score,
                min_new_sentences=a.min_new_sentences,
                digest=a.digest,
            )
            for a in checked.alerts
        ),
        alerting=AlertSettings(**checked.alerting.model_dump()),
        source=source,
        max_articles_per_run=checked.pipeline.max_articles_per_run,
        recheck_max_age_days=checked.pipeline.recheck_max_age_days,
        lock_wait_s=storage.lock_wait_s,
        run_wait_s=storage.run_wait_s,
        snapshot=storage.snapshot,
        crash_at=checked.debug.crash_at,
    )


def _resolve(path: str, base_dir: Path) -> Path:
    resolved = Path(path).expanduser()
    return resolved if resolved.is_absolute() else base_dir / resolved


def _story(story: configschema.StoryTable, base_dir: Path) -> Story:
    return Story(
        slug=story.slug,
        title=story.title,
        url=story.url,
        published=story.published,
        baseline_file=_resolve(story.baseline_file, base_dir) if story.baseline_file else None,
        horizon_days=story.horizon_days,
        threshold=story.threshold,
        lexicon=lexicon.resolve(story.lexicon, base_dir) if story.lexicon else None,
    )


_ENV_REF = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")


def expand_secrets(value: str, env: Mapping[str, str] | None = None) -> str:
    """Replace ``${NAME}`` with the environment variable, so secrets stay out of the file."""
    env = os.environ if env is None else env

    def lookup(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in env:
            raise ConfigError(f"refers to ${{{name}}}, which is not set in the environment")
        return env[name]

    return _ENV_REF.sub(lookup, value)


def prefect_environment(data_dir: Path) -> dict[str, str]:
    """Environment for an embedded Prefect: its own home, no telemetry, quiet logs."""
    return {
        "PREFECT_HOME": str(data_dir / ".prefect"),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "DO_NOT_TRACK": "1",
        "PREFECT_LOGGING_LEVEL": "WARNING",
        "PREFECT_LOGGING_TO_API_ENABLED": "false",
        "PREFECT_SERVER_LOGGING_LEVEL": "WARNING",
        # The temporary server takes 8-17 s to start here, more on a busy machine.
        "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
    }


def prefect_api_url(env: Mapping[str, str] | None = None) -> str | None:
    """``$PREFECT_API_URL``: the Prefect server an operator pointed this process at, if any."""
    env = os.environ if env is None else env
    return env.get("PREFECT_API_URL") or None


def use_prefect_api(url: str) -> None:
    """Point the Prefect that this process imports later at ``url`` (before its import)."""
    os.environ["PREFECT_API_URL"] = url


def apply_prefect_environment(data_dir: Path) -> None:
    """Set the embedded-Prefect defaults, keeping anything the operator already set.

    Must run before Prefect is first imported: Prefect reads its settings at import.
    """
    for key, value in prefect_environment(data_dir).items():
        os.environ.setdefault(key, value)
    home = prefect_home(data_dir)
    try:
        home.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(f"cannot create the Prefect home {home}: {_reason(exc)}") from exc


def prefect_home(data_dir: Path) -> Path:
    """``$PREFECT_HOME``, else ``.prefect`` beside the database."""
    return Path(os.environ.get("PREFECT_HOME") or data_dir / ".prefect").expanduser()


# -- paths, checked before anything starts ---------------------------------------------------


def check_paths(cfg: Config, *, database: bool = True, prefect: bool = True) -> None:
    """The database's folder, the Prefect home and the baseline files, checked up front:
    a ConfigError with one sentence for each that cannot be used."""
    problems = []
    if database:
        problems += _writable_file(cfg.db)
    if prefect:
        problems += _writable_folder(prefect_home(cfg.db.parent), "the Prefect home")
    for story in cfg.stories:
        if story.baseline_file is not None:
            problems += _readable(story.baseline_file, f"story {story.slug!r}: baseline_file")
    if problems:
        raise ConfigError.of(problems)


def _writable_file(path: Path) -> list[str]:
    if path.is_dir():
        return [f"the database {path} is a folder"]
    if path.exists():
        return [] if os.access(path, os.R_OK | os.W_OK) else [f"cannot write {path}"]
    return _writable_folder(path.parent, f"cannot create {path.name} in {path.parent}", probe=True)


def _writable_folder(folder: Path, what: str, *, probe: bool = False) -> list[str]:
    """Whether files can be made in ``folder``, or in the nearest folder above it that exists
    (it will be created): a real probe file, since ``os.access`` says yes to root everywhere."""
    existing = folder
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    prefix = what if probe else f"cannot create {what} {folder}"
    if not existing.is_dir():
        return [f"{prefix}: {existing} is not a folder"]
    try:
        fd, name = tempfile.mkstemp(prefix=".monitor-probe-", dir=existing)
    except OSError as exc:
        # /proc and other virtual folders answer "no such file" for a folder that exists.
        reason = "the folder takes no new files" if exc.errno == errno.ENOENT else _reason(exc)
        return [f"{prefix}: {reason}"]
    os.close(fd)
    os.unlink(name)
    return []


def _readable(path: Path, what: str) -> list[str]:
    try:
        with path.open("rb"):
            return []
    except OSError as exc:
        return [f"{what}: cannot read {path}: {_reason(exc)}"]


def _reason(exc: OSError) -> str:
    """``permission denied``, ``no such file or directory``: the OS's words, lower-case."""
    return (exc.strerror or str(exc)).lower()


# -- the effective configuration, secrets masked (`monitor config check`) -------------------

_SECRET_PARAM = re.compile(r"(?i)(token|key|secret|pass|auth|sig|session|code)")


def effective_toml(path: Path, env: Mapping[str, str] | None = None) -> str:
    """The file as a run sees it: every default filled in, paths resolved, secrets masked.

    Alert URLs show only what the database stores of them (scheme and host); credentials and
    secret-looking query parameters of other URLs are replaced with ``***``.
    """
    from monitor.alerts import channel_label

    raw = read_toml(path)
    checked = check_file(raw, str(path), env, base_dir=path.resolve().parent)
    cfg = _settings(checked, base_dir=path.resolve().parent, source=path, env=env)
    data = checked.model_dump(mode="json")
    data["storage"]["db"] = str(cfg.db)
    for story, resolved in zip(data["stories"], cfg.stories, strict=True):
        story["url"] = _masked_url(story["url"])
        if resolved.baseline_file is not None:
            story["baseline_file"] = str(resolved.baseline_file)
        if resolved.lexicon is not None:
            story["lexicon"] = resolved.lexicon
    for feed in data["feeds"]:
        feed["url"] = _masked_url(feed["url"])
    for alert, route in zip(data["alerts"], cfg.alerts, strict=True):
        names = _ENV_REF.findall(alert["url"])
        alert["url"] = channel_label(route.url) + "/***"
        if names:
            alert["url"] += " (reads " + ", ".join(f"${{{n}}}" for n in names) + ")"
    return f"# {path}: valid; defaults filled in, secrets masked\n" + _to_toml(data)


def _masked_url(url: str) -> str:
    parts = urlsplit(url)
    netloc = parts.netloc
    if parts.password is not None:
        netloc = f"{parts.username}:***@{netloc.rsplit('@', 1)[1]}"
    query = parse_qsl(parts.query, keep_blank_values=True)
    if any(_SECRET_PARAM.search(k) for k, _ in query):
        masked = [(k, "***" if _SECRET_PARAM.search(k) else v) for k, v in query]
        return urlunsplit(parts._replace(netloc=netloc, query=urlencode(masked, safe="*")))
    return urlunsplit(parts._replace(netloc=netloc))


def _to_toml(data: Mapping[str, Any]) -> str:
    """TOML for the configuration's shape: tables of scalars and lists, arrays of tables."""
    lines: list[str] = []
    for name, value in data.items():
        entries = value if isinstance(value, list) else [value]
        header = f"[[{name}]]" if isinstance(value, list) else f"[{name}]"
        if not entries:
            lines += ["", f"# no {header}"]
        for entry in entries:
            keys = [f"{k} = {_toml_value(v)}" for k, v in entry.items() if v is not None]
            lines += ["", header, *keys] if keys else []
    return "\n".join(lines).lstrip("\n") + "\n"


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    # A JSON string is a TOML basic string, but for DEL, which TOML wants escaped.
    return json.dumps(str(value), ensure_ascii=False).replace("\x7f", "\\u007f")
