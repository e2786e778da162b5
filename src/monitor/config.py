"""The configuration file (TOML) and the environment: the only reader of either.

The keys documented in the README are a contract used by other tools: add keys, rename none.
"""

from __future__ import annotations

import logging
import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from monitor.errors import ConfigError
from monitor.models import AlertRoute, FeedConfig, Story

log = logging.getLogger(__name__)

DEFAULT_USER_AGENT = "monitor/0.1 (+https://github.com/monitor-news/monitor)"
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
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(f"configuration file not found: {path}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from exc
    return parse_config(raw, base_dir=path.resolve().parent, source=path)


def parse_config(raw: Mapping[str, Any], *, base_dir: Path, source: Path | None = None) -> Config:
    """Turn the TOML mapping into a :class:`Config`, with a clear error for each mistake."""
    where = str(source) if source else "configuration"
    storage = _table(raw, "storage", where)
    db = Path(str(storage.get("db", "monitor.duckdb")))
    if not db.is_absolute():
        db = base_dir / db

    fetch_raw = _table(raw, "fetch", where)
    fetch = FetchSettings(
        user_agent=str(fetch_raw.get("user_agent", DEFAULT_USER_AGENT)),
        private_networks_allowed=tuple(
            str(x) for x in _list(fetch_raw, "private_networks_allowed", where)
        ),
        **{
            k: type(getattr(FetchSettings, k))(fetch_raw[k])
            for k in (
                "timeout_s",
                "total_timeout_s",
                "max_feed_bytes",
                "max_page_bytes",
                "per_host",
                "host_delay_s",
                "workers",
                "min_interval_s",
                "max_interval_s",
            )
            if k in fetch_raw
        },
        poll_helper=_bool(fetch_raw, "poll_helper", True, where),
    )
    alert_raw = _table(raw, "alerting", where)
    alerting = AlertSettings(
        **{
            k: type(getattr(AlertSettings, k))(alert_raw[k])
            for k in ("timeout_s", "max_attempts", "retry_base_s")
            if k in alert_raw
        }
    )

    stories = tuple(_story(s, base_dir, where) for s in _array(raw, "stories", where))
    if not stories:
        raise ConfigError(f"{where}: at least one [[stories]] entry is required")
    slugs = [s.slug for s in stories]
    if len(set(slugs)) != len(slugs):
        raise ConfigError(f"{where}: story slugs must be unique, got {slugs}")

    feeds = tuple(_feed(f, slugs, where) for f in _array(raw, "feeds", where))
    alerts = tuple(_route(a, slugs, where) for a in _array(raw, "alerts", where))
    pipeline_raw = _table(raw, "pipeline", where)
    return Config(
        lock_wait_s=float(storage.get("lock_wait_s", 60.0)),
        run_wait_s=float(storage.get("run_wait_s", 300.0)),
        snapshot=bool(storage.get("snapshot", True)),
        crash_at=_table(raw, "debug", where).get("crash_at"),
        max_articles_per_run=int(pipeline_raw.get("max_articles_per_run", 500)),
        recheck_max_age_days=int(pipeline_raw.get("recheck_max_age_days", 30)),
        db=db,
        fetch=fetch,
        stories=stories,
        feeds=feeds,
        alerts=alerts,
        alerting=alerting,
        source=source,
    )


def _bool(raw: Mapping[str, Any], key: str, default: bool, where: str) -> bool:
    value = raw.get(key, default)
    if not isinstance(value, bool):
        raise ConfigError(f"{where}: {key} must be true or false, not {value!r}")
    return value


def _table(raw: Mapping[str, Any], key: str, where: str) -> Mapping[str, Any]:
    value = raw.get(key, {})
    if not isinstance(value, Mapping):
        raise ConfigError(f"{where}: [{key}] must be a table")
    return value


def _array(raw: Mapping[str, Any], key: str, where: str) -> list[Mapping[str, Any]]:
    value = raw.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, Mapping) for v in value):
        raise ConfigError(f"{where}: [[{key}]] must be an array of tables")
    return value


def _list(raw: Mapping[str, Any], key: str, where: str) -> list[Any]:
    value = raw.get(key, [])
    if not isinstance(value, list):
        raise ConfigError(f"{where}: {key} must be a list")
    return value


def _required(raw: Mapping[str, Any], key: str, where: str) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{where}: {key} is required and must be a non-empty string")
    return value.strip()


def _known_stories(raw: Mapping[str, Any], slugs: list[str], where: str) -> tuple[str, ...]:
    named = tuple(str(s) for s in _list(raw, "stories", where))
    unknown = [s for s in named if s not in slugs]
    if unknown:
        raise ConfigError(f"{where}: unknown stories {unknown}; configured: {slugs}")
    return named


def _story(raw: Mapping[str, Any], base_dir: Path, where: str) -> Story:
    slug = _required(raw, "slug", f"{where} [[stories]]")
    here = f"{where} story {slug!r}"
    published_raw = raw.get("published")
    try:
        published = (
            published_raw
            if isinstance(published_raw, date)
            else date.fromisoformat(str(published_raw))
        )
    except ValueError as exc:
        raise ConfigError(f"{here}: published must be a date like 2021-06-03") from exc
    baseline_file = raw.get("baseline_file")
    path = None
    if baseline_file:
        path = Path(str(baseline_file))
        if not path.is_absolute():
            path = base_dir / path
    threshold = raw.get("threshold")
    return Story(
        slug=slug,
        title=_required(raw, "title", here),
        url=_required(raw, "url", here),
        published=published,
        baseline_file=path,
        horizon_days=int(raw.get("horizon_days", 548)),
        threshold=float(threshold) if threshold is not None else None,
    )


def _feed(raw: Mapping[str, Any], slugs: list[str], where: str) -> FeedConfig:
    url = _required(raw, "url", f"{where} [[feeds]]")
    if not url.startswith(("http://", "https://")):
        raise ConfigError(f"{where} feed {url!r}: only http and https feeds are supported")
    return FeedConfig(
        url=url,
        stories=_known_stories(raw, slugs, f"{where} feed {url!r}"),
        user_agent=raw.get("user_agent"),
    )


_ENV_REF = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")


def expand_secrets(value: str, env: Mapping[str, str] | None = None) -> str:
    """Replace ``${NAME}`` with the environment variable, so secrets stay out of the file."""
    env = os.environ if env is None else env

    def lookup(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in env:
            raise ConfigError(
                f"alert URL refers to ${{{name}}}, which is not set in the environment"
            )
        return env[name]

    return _ENV_REF.sub(lookup, value)


def _route(raw: Mapping[str, Any], slugs: list[str], where: str) -> AlertRoute:
    url = expand_secrets(_required(raw, "url", f"{where} [[alerts]]"))
    digest = raw.get("digest")
    if digest not in (None, "hourly", "daily"):
        raise ConfigError(f'{where} alert route: digest must be "hourly" or "daily"')
    return AlertRoute(
        url=url,
        stories=_known_stories(raw, slugs, f"{where} alert route"),
        min_score=float(raw.get("min_score", 0.0)),
        min_new_sentences=int(raw.get("min_new_sentences", 1)),
        digest=digest,
    )


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
    Path(os.environ["PREFECT_HOME"]).mkdir(parents=True, exist_ok=True)
