"""The configuration file: contract keys, defaults, and a clear error for each mistake."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from monitor.config import expand_secrets, load_config, parse_config
from monitor.errors import ConfigError

MINIMAL = """
[storage]
db = "data/m.duckdb"
[fetch]
user_agent = "monitor/0.1 (+https://example.org)"
private_networks_allowed = ["127.0.0.1/32"]
[[stories]]
slug = "s1"
title = "A story"
published = 2021-06-03
url = "https://example.org/a"
baseline_file = "base.txt"
[[feeds]]
url = "https://example.org/rss"
[[feeds]]
url = "https://example.org/atom"
stories = ["s1"]
[[alerts]]
url = "json://127.0.0.1:9/hook"
"""


def test_minimal_file_resolves_paths_and_defaults(tmp_path: Path) -> None:
    path = tmp_path / "monitor.toml"
    path.write_text(MINIMAL)
    cfg = load_config(path)
    assert cfg.db == tmp_path / "data" / "m.duckdb"
    assert cfg.fetch.private_networks_allowed == ("127.0.0.1/32",)
    story = cfg.story("s1")
    assert story.published == date(2021, 6, 3)
    assert story.baseline_file == tmp_path / "base.txt"
    assert story.horizon_days is None  # no end unless configured
    assert cfg.stories_for_feed(cfg.feeds[0]) == ("s1",)
    assert cfg.routes_for_story("s1") == cfg.alerts
    assert cfg.fetch.poll_helper is True
    path.write_text(MINIMAL.replace("[fetch]", "[fetch]\npoll_helper = false"))
    assert load_config(path).fetch.poll_helper is False


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (
            lambda s: s.replace('slug = "s1"', 'slug = ""'),
            r"\[\[stories\]\] #1 slug: must not be empty",
        ),
        (
            lambda s: s.replace("published = 2021-06-03", 'published = "June"'),
            r'\[\[stories\]\] "s1" published: must be a date like 2021-06-03, not "June"',
        ),
        (
            lambda s: s.replace('stories = ["s1"]', 'stories = ["nope"]'),
            r'\[\[feeds\]\] "https://example.org/atom" stories: no story .nope. \(valid: s1\)',
        ),
        (
            lambda s: s.replace("https://example.org/rss", "ftp://example.org/rss"),
            r"\[\[feeds\]\] #1 url: must be an http:// or https:// URL",
        ),
        (lambda s: s + "\n[storage\n", "not valid TOML"),
        (
            lambda s: s.replace("[fetch]", '[fetch]\npoll_helper = "no"'),
            r'\[fetch\] poll_helper: must be true or false, not "no"',
        ),
    ],
)
def test_mistakes_are_named(tmp_path: Path, edit: object, message: str) -> None:
    path = tmp_path / "monitor.toml"
    path.write_text(edit(MINIMAL))  # type: ignore[operator]
    with pytest.raises(ConfigError, match=message):
        load_config(path)


def test_missing_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        load_config(tmp_path / "absent.toml")


def test_no_story_is_an_error() -> None:
    with pytest.raises(ConfigError, match="at least one"):
        parse_config({}, base_dir=Path("."))


def test_secrets_come_from_the_environment() -> None:
    assert expand_secrets("slack://${TOKEN}/x", {"TOKEN": "abc"}) == "slack://abc/x"
    with pytest.raises(ConfigError, match="TOKEN"):
        expand_secrets("slack://${TOKEN}", {})


def test_shipped_example_config_is_valid() -> None:
    example = Path(__file__).resolve().parents[2] / "monitor.example.toml"
    cfg = load_config(example)
    assert cfg.story("us-mexico-enforcement-2021").published == date(2021, 6, 3)
    assert len(cfg.feeds) >= 5
    assert cfg.fetch.private_networks_allowed == ()
