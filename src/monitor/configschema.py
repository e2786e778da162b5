"""The configuration file's schema: every key typed and bounded, one sentence per mistake.

pydantic checks the TOML mapping and describes it as the JSON Schema editors read;
``config.py`` turns the checked tables into the run's frozen settings.
"""

from __future__ import annotations

import difflib
import ipaddress
import json
import re
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, ValidationError

DEFAULT_USER_AGENT = "monitor/0.1 (+https://github.com/monitor-news/monitor)"
SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"

_DAY_S = 86_400.0
_MAX_BYTES = 1 << 30  # 1 GiB: past this a feed or page is not an article


def _text(value: str) -> str:
    value = value.strip()
    if not value:
        raise ValueError("must not be empty")
    if "\x00" in value:
        raise ValueError("must not contain a NUL character")
    return value


def _http_url(value: str) -> str:
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018  (a bad port raises here)
    except ValueError as exc:
        raise ValueError(f"is not a valid URL ({exc})") from None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise ValueError(f"must be an http:// or https:// URL, not {_shown(value)}")
    if any(c.isspace() or ord(c) < 32 for c in value):
        raise ValueError("must not contain spaces or control characters")
    return value


def _any_url(value: str) -> str:
    if "://" not in value or not value.split("://", 1)[0].isascii():
        raise ValueError(f"must be a URL like json://host/path or slack://..., not {_shown(value)}")
    return value


def _header(value: str) -> str:
    # httpx sends it as an HTTP header: printable ASCII only, or every request fails.
    if not value or any(not (32 <= ord(c) < 127) for c in value):
        raise ValueError(f"must be printable ASCII text (an HTTP header), not {_shown(value)}")
    return value


def _cidr(value: str) -> str:
    try:
        ipaddress.ip_network(value, strict=False)
    except ValueError:
        raise ValueError(
            f"{_shown(value)} is not a CIDR network like 127.0.0.1/32 or 10.0.0.0/8"
        ) from None
    return value


def _date(value: object) -> object:
    """A TOML date, or a string like 2021-06-03 (the README's form)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            raise ValueError(f"must be a date like 2021-06-03, not {_shown(value)}") from None
    if not isinstance(value, date):
        raise ValueError(f"must be a date like 2021-06-03, not {_shown(value)}")
    return value


Text = Annotated[str, AfterValidator(_text), Field(min_length=1)]
HttpUrl = Annotated[
    str,
    AfterValidator(_http_url),
    Field(json_schema_extra={"pattern": "^[Hh][Tt][Tt][Pp][Ss]?://"}),
]
AnyUrl = Annotated[str, AfterValidator(_any_url), Field(json_schema_extra={"pattern": "://"})]
Header = Annotated[
    str, AfterValidator(_header), Field(json_schema_extra={"pattern": "^[\\x20-\\x7e]+$"})
]
Cidr = Annotated[str, AfterValidator(_cidr)]
Day = Annotated[date, BeforeValidator(_date)]
Slugs = Annotated[list[Text], Field(description="story slugs; empty or absent: every story")]


def _seconds(default: float, description: str, *, zero: bool = False, most: float = 3600.0) -> Any:
    if zero:
        return Field(default=default, ge=0.0, le=most, description=description)
    return Field(default=default, gt=0.0, le=most, description=description)


class _Table(BaseModel):
    # strict: "16" is not 16 and 1.0 is not 1; TOML already types its values.
    model_config = ConfigDict(strict=True, extra="forbid", allow_inf_nan=False, frozen=True)


class StorageTable(_Table):
    """``[storage]``: the database."""

    db: Text = Field(default="monitor.duckdb", description="DuckDB file, relative to this file")
    lock_wait_s: float = _seconds(60.0, "how long a writer waits for another", zero=True)
    run_wait_s: float = _seconds(300.0, "how long a run waits for another run", zero=True)
    snapshot: bool = Field(default=True, description="refresh the analysts' copy after each run")


class FetchTable(_Table):
    """``[fetch]``: how feeds and pages are fetched."""

    user_agent: Header = Field(default=DEFAULT_USER_AGENT, description="say who you are")
    private_networks_allowed: list[Cidr] = Field(
        default_factory=list, description="CIDRs the address guard lets through"
    )
    timeout_s: float = _seconds(10.0, "connect/read timeout of one request")
    total_timeout_s: float = _seconds(30.0, "the most one request may take in all")
    max_feed_bytes: int = Field(
        default=10_000_000, ge=1024, le=_MAX_BYTES, description="feed size cap"
    )
    max_page_bytes: int = Field(
        default=5_000_000, ge=1024, le=_MAX_BYTES, description="page size cap"
    )
    per_host: int = Field(default=4, ge=1, le=256, description="requests in flight per host")
    host_delay_s: float = _seconds(0.0, "pause between requests to one host", zero=True)
    workers: int = Field(default=16, ge=1, le=1024, description="most requests in flight")
    min_interval_s: float = _seconds(300.0, "shortest time between polls of a feed", most=_DAY_S)
    max_interval_s: float = _seconds(
        _DAY_S, "longest time between polls of a feed", most=30 * _DAY_S
    )
    poll_helper: bool = Field(default=True, description="a second polling process for many feeds")


class PipelineTable(_Table):
    """``[pipeline]``: how much one run does."""

    max_articles_per_run: int = Field(default=500, ge=1, le=1_000_000)
    recheck_max_age_days: int = Field(default=30, ge=0, le=36_500)


class AlertingTable(_Table):
    """``[alerting]``: how the outbox sends."""

    timeout_s: float = _seconds(10.0, "timeout of one delivery")
    max_attempts: int = Field(default=20, ge=1, le=1000, description="deliveries tried per alert")
    retry_base_s: float = _seconds(60.0, "first retry delay; doubles each time", most=_DAY_S)


class DebugTable(_Table):
    """``[debug]``: crash-safety tests only."""

    crash_at: str | None = None


class StoryTable(_Table):
    """``[[stories]]``: a story to follow from its baseline article."""

    slug: Text
    title: Text
    url: HttpUrl
    published: Day
    baseline_file: Text | None = Field(
        default=None, description="the baseline's text or saved HTML"
    )
    horizon_days: int | None = Field(
        None,
        ge=1,
        le=36_500,
        description="the story ends this many days after its latest follow-up (default: never)",
    )
    threshold: float | None = Field(
        default=None, ge=0.0, le=1.0, description="follow-up score cut-off"
    )
    lexicon: Text | None = Field(
        default=None,
        description="the lexicon of the story's domain: a shipped lexicon's name, or the path of "
        "a TOML file (relative to this file); without one, the story is judged by its story "
        "model, learned from the baseline alone",
    )


class FeedTable(_Table):
    """``[[feeds]]``: a feed to poll."""

    url: HttpUrl
    stories: Slugs = Field(default_factory=list)
    user_agent: Header | None = None


class AlertTable(_Table):
    """``[[alerts]]``: an alert channel (apprise URL or prefect-block://); ${NAME} reads the
    environment."""

    url: AnyUrl
    stories: Slugs = Field(default_factory=list)
    min_score: float = Field(default=0.0, ge=0.0, le=1.0)
    min_new_sentences: int = Field(default=1, ge=0, le=100_000)
    digest: Literal["hourly", "daily"] | None = None


class ConfigFile(_Table):
    """monitor.toml: the stories, their feeds and alert channels."""

    model_config = ConfigDict(title="monitor configuration (monitor.toml)")

    storage: StorageTable = StorageTable()
    fetch: FetchTable = FetchTable()
    pipeline: PipelineTable = PipelineTable()
    alerting: AlertingTable = AlertingTable()
    debug: DebugTable = DebugTable()
    stories: list[StoryTable] = Field(min_length=1)
    feeds: list[FeedTable] = Field(default_factory=list)
    alerts: list[AlertTable] = Field(default_factory=list)


TABLES: dict[str, type[_Table]] = {
    "storage": StorageTable,
    "fetch": FetchTable,
    "pipeline": PipelineTable,
    "alerting": AlertingTable,
    "debug": DebugTable,
}
ARRAYS: dict[str, type[_Table]] = {"stories": StoryTable, "feeds": FeedTable, "alerts": AlertTable}


def json_schema() -> dict[str, Any]:
    """The JSON Schema of monitor.toml, for editors (taplo, Even Better TOML) and validators."""
    return {"$schema": SCHEMA_DIALECT, **ConfigFile.model_json_schema()}


def validate(raw: Mapping[str, Any]) -> tuple[ConfigFile | None, list[str]]:
    """The checked file, or None and one sentence per mistake (each naming table and key)."""
    try:
        checked = ConfigFile.model_validate(raw)
    except ValidationError as exc:
        return None, [_problem(error, raw) for error in exc.errors()]
    return checked, _cross_checks(checked)


def story_key(slug: str, key: str) -> str:
    """Where a story's key is, as a mistake names it: ``[[stories]] "slug" lexicon``."""
    return f"[[stories]] {_shown(slug)} {key}"


def _cross_checks(checked: ConfigFile) -> list[str]:
    problems = []
    slugs = [s.slug for s in checked.stories]
    for slug in sorted({s for s in slugs if slugs.count(s) > 1}):
        problems.append(f"[[stories]] slug: {slug!r} is used by more than one story")
    entries: list[tuple[str, FeedTable | AlertTable]] = [
        *((f"[[feeds]] {_shown(f.url)}", f) for f in checked.feeds),
        *((f"[[alerts]] #{n}", a) for n, a in enumerate(checked.alerts, start=1)),
    ]
    for where, entry in entries:
        problems.extend(
            f"{where} stories: no story {name!r}{_suggestion(name, slugs, quote=repr)}"
            for name in entry.stories
            if name not in slugs
        )
    fetch = checked.fetch
    if fetch.min_interval_s > fetch.max_interval_s:
        problems.append(
            f"[fetch] min_interval_s: {fetch.min_interval_s:g} is more than "
            f"max_interval_s ({fetch.max_interval_s:g})"
        )
    return problems


# -- one sentence per pydantic error --------------------------------------------------------


def _problem(error: Mapping[str, Any], raw: Mapping[str, Any]) -> str:
    loc = tuple(error["loc"])
    return f"{_where(loc, raw)}: {_reason(error, loc, raw)}"


def _where(loc: tuple[Any, ...], raw: Mapping[str, Any]) -> str:
    """``[fetch] workers``, ``[[stories]] 'slug' published``, ``[[feeds]] #3 url``."""
    if not loc:
        return "the file"
    head, rest = _key(loc[0]), loc[1:]
    if head in ARRAYS:
        where = f"[[{head}]]"
        if rest and isinstance(rest[0], int):
            where += " " + _entry_name(head, raw, rest[0], rest[1:2])
            rest = rest[1:]
    elif head in TABLES or isinstance(raw.get(head), Mapping):
        where = f"[{head}]"
    else:
        where = f"`{head}`"
    for part in rest:
        where += f"[{part}]" if isinstance(part, int) else f" {_key(part)}"
    return where


def _key(name: object) -> str:
    """A key as TOML spells it: bare when it can be, else quoted (never a raw newline)."""
    text = str(name)
    return text if _BARE_KEY.fullmatch(text) else _shown(text)


def _entry_name(array: str, raw: Mapping[str, Any], index: int, key: tuple[Any, ...]) -> str:
    """A story by its slug, a feed by its URL, else (and an alert always: its URL may hold
    a secret) by its number."""
    name = {"stories": "slug", "feeds": "url"}.get(array)
    entries = raw.get(array)
    entry = entries[index] if isinstance(entries, list) and index < len(entries) else None
    if name and key != (name,) and isinstance(entry, Mapping):
        value = entry.get(name)
        if isinstance(value, str) and value.strip():
            return _shown(value.strip())
    return f"#{index + 1}"


_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_TYPE_NAMES = {
    "int_type": "a whole number",
    "float_type": "a number",
    "string_type": "a string",
    "bool_type": "true or false",
    "list_type": "a list",
    "model_type": "a table",
    "dict_type": "a table",
}


def _reason(error: Mapping[str, Any], loc: tuple[Any, ...], raw: Mapping[str, Any]) -> str:
    kind, value, ctx = error["type"], error.get("input"), error.get("ctx") or {}
    if kind == "extra_forbidden":
        return _unknown_key(loc, raw)
    if kind in ("missing", "too_short") and loc == ("stories",):
        return "at least one [[stories]] entry is required"
    if kind == "list_type" and len(loc) == 1 and str(loc[0]) in ARRAYS:
        return f"must be an array of tables ([[{loc[0]}]] headers), not {_shown(value)}"
    if kind in _TYPE_NAMES:
        return f"must be {_TYPE_NAMES[kind]}, not {_shown(value)}"
    if kind == "value_error":
        return str(ctx.get("error", error["msg"]))
    if kind == "missing":
        return "is required"
    if kind == "finite_number":
        return f"must be a finite number, not {_shown(value)}"
    bounds = {
        "greater_than": "more than {gt}",
        "greater_than_equal": "at least {ge}",
        "less_than": "less than {lt}",
        "less_than_equal": "at most {le}",
        "literal_error": "{expected}",
    }
    if kind in bounds:
        limits = {k: _number(v) for k, v in ctx.items()}
        return f"must be {bounds[kind].format(**limits)}, not {_shown(value)}"
    if kind == "too_short":
        return "must not be empty"
    return f"{error['msg']}, not {_shown(value)}"


def _unknown_key(loc: tuple[Any, ...], raw: Mapping[str, Any]) -> str:
    name = str(loc[-1])
    parent = next((str(p) for p in reversed(loc[:-1]) if not isinstance(p, int)), None)
    if parent is None:  # a top-level key: a table header, or a key outside its table
        owners = [t for t, model in {**TABLES, **ARRAYS}.items() if name in model.model_fields]
        if owners:
            return f"unknown key: it belongs in [{owners[0]}]"
        valid: Sequence[str] = list(ConfigFile.model_fields)
        return f"unknown table{_suggestion(name, valid, quote=lambda n: f'[{n}]')}"
    model = TABLES.get(parent) or ARRAYS.get(parent)
    valid = list(model.model_fields) if model else []
    return f"unknown key{_suggestion(name, valid, quote=lambda n: f'`{n}`')}"


def _suggestion(name: str, valid: Sequence[str], *, quote: Any) -> str:
    close = difflib.get_close_matches(name, valid, n=1, cutoff=0.6) if len(name) < 100 else []
    if close:
        return f"; did you mean {quote(close[0])}?"
    return f" (valid: {', '.join(valid)})" if valid else ""


def _number(value: object) -> object:
    """``0`` rather than ``0.0``, ``1073741824`` rather than ``1.073741824e9``."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _shown(value: object, limit: int = 40) -> str:
    """A value as the file spells it, shortened: ``"many"``, ``-3``, ``1e+99``, a table."""
    if isinstance(value, Mapping):
        return "a table"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date | datetime):
        return value.isoformat()
    try:
        text = json.dumps(value, ensure_ascii=False, default=str)
    except ValueError:  # circular or otherwise odd: not from TOML
        text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"
