"""The configuration loader tried by the thousand: any TOML value in any key, any file text.

Whatever the file holds, loading it gives a Config or a ConfigError of one line per mistake,
never another exception.
"""

from __future__ import annotations

import copy
import tomllib
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from hypothesis import example, given
from hypothesis import strategies as st

from monitor.config import Config, load_config, parse_config
from monitor.configschema import ARRAYS, TABLES
from monitor.errors import ConfigError
from tests.unit.test_config import MINIMAL

VALID = tomllib.loads(MINIMAL)

# Every key the schema knows, as (table, key), plus keys it does not.
KEYS = [(t, k) for t, model in {**TABLES, **ARRAYS}.items() for k in model.model_fields]
toml_keys = st.text(max_size=12)
toml_scalars = st.one_of(
    st.booleans(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(),
    st.text(max_size=40),
    st.dates(),
    st.datetimes(),
    st.times(),
)
toml_values = st.recursive(
    toml_scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(toml_keys, inner, max_size=4),
    max_leaves=8,
)
targets = st.sampled_from(KEYS) | st.tuples(st.sampled_from([*TABLES, *ARRAYS]), toml_keys)


def _load(raw: dict[str, Any]) -> Config | None:
    try:
        return parse_config(raw, base_dir=Path("/nonexistent-base"), env={})
    except ConfigError as exc:
        assert str(exc) and "\n" not in str(exc), str(exc)
        assert all(p and "\n" not in p for p in exc.problems)
        return None


def _put(raw: dict[str, Any], table: str, key: str, value: Any) -> None:
    if table in ARRAYS:
        raw[table][0][key] = value
    else:
        raw.setdefault(table, {})[key] = value


@given(target=targets, value=toml_values)
@example(target=("fetch", "workers"), value="many")
@example(target=("fetch", "max_page_bytes"), value=1e99)
@example(target=("fetch", "private_networks_allowed"), value=["notacidr"])
@example(target=("storage", "db"), value="\x00")
@example(target=("stories", "published"), value=datetime(2021, 6, 3, 10, 0))
@example(target=("stories", "published"), value=time(10, 0))
@example(target=("fetch", "min_interval_s"), value=float("nan"))
def test_any_value_in_any_key_is_a_config_or_one_clear_error(
    target: tuple[str, str], value: Any
) -> None:
    raw = copy.deepcopy(VALID)
    _put(raw, *target, value)
    cfg = _load(raw)
    if cfg is not None:  # accepted: then within the schema's types and bounds
        fetch = cfg.fetch
        assert type(cfg.stories[0].published) is date and cfg.stories[0].slug.strip()
        assert isinstance(fetch.workers, int) and not isinstance(fetch.workers, bool)
        assert fetch.workers >= 1 and fetch.per_host >= 1 and cfg.max_articles_per_run >= 1
        assert 0 < fetch.timeout_s <= 3600 and 0 < cfg.alerting.timeout_s <= 3600
        assert fetch.min_interval_s <= fetch.max_interval_s
        assert fetch.user_agent.isascii() and fetch.user_agent.isprintable()
        assert all(f.url.lower().startswith(("http://", "https://")) for f in cfg.feeds)


@given(name=st.sampled_from([*TABLES, *ARRAYS, "stories"]), value=toml_values)
def test_any_value_in_place_of_a_whole_table(name: str, value: Any) -> None:
    raw = copy.deepcopy(VALID)
    raw[name] = value
    _load(raw)


@given(text=st.text(max_size=300))
@example(text='[fetch]\nworkers = "many"\n')
@example(text="[storage\n")
@example(text="[[stories]]\nslug = 'x'\n")
def test_any_file_text_is_a_config_or_one_clear_error(text: str, tmp_path_factory: Any) -> None:
    path = tmp_path_factory.mktemp("cfg") / "monitor.toml"
    path.write_text(text, encoding="utf-8")
    try:
        load_config(path)
    except ConfigError as exc:
        assert str(exc).startswith(str(path)) or "configuration file" in str(exc)
        assert "\n" not in str(exc), str(exc)


@given(body=st.binary(max_size=200))
def test_any_file_bytes_are_a_config_or_one_clear_error(body: bytes, tmp_path_factory: Any) -> None:
    path = tmp_path_factory.mktemp("cfg") / "monitor.toml"
    path.write_bytes(body)
    try:
        load_config(path)
    except ConfigError as exc:
        assert "\n" not in str(exc), str(exc)
