"""``monitor demo``: the whole pipeline, offline, through the Prefect flow, in about a minute.

It serves its own little news web on 127.0.0.1, polls it over a few simulated ticks, and
prints the follow-ups, what is new, the alerts delivered and the SQL to explore the file.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any, TextIO

from monitor import figures, summary
from monitor.config import load_config

log = logging.getLogger(__name__)

PORT_FILE = "demo-port"


def write_config(data_dir: Path, web: Any) -> Path:
    """The demo's configuration: its baseline, its feeds, its webhook receiver."""
    path = data_dir / "monitor.toml"
    feeds = "\n".join(f'[[feeds]]\nurl = "{url}"\n' for url in web.feed_urls())
    path.write_text(
        f"""# Written by `monitor demo`: a configuration over the demo's local news web.
[storage]
db = "monitor.duckdb"

[fetch]
user_agent = "monitor-demo/0.1 (+https://github.com/monitor-news/monitor)"
private_networks_allowed = ["127.0.0.1/32"]
host_delay_s = 0.0

[pipeline]
recheck_max_age_days = 400

[[stories]]
slug = "us-mexico-enforcement-2021"
title = "Biden wants Mexico to do more to stop migrants heading for the US border"
published = "2021-06-03"
url = "{web.baseline_url()}"
lexicon = "us-mexico-migration"

{feeds}
[[alerts]]
url = "{web.receiver_url()}"
""",
        encoding="utf-8",
    )
    return path


def _port(data_dir: Path) -> int:
    """The port of an earlier demo in this folder, so its URLs, and so its rows, match."""
    try:
        return int((data_dir / PORT_FILE).read_text().strip())
    except (OSError, ValueError):
        return 0


def run_demo(data_dir: Path, *, out: TextIO) -> int:
    from flows.poll import poll
    from flows.recheck import recheck
    from flows.recorded import run_to_end

    from monitor.demo.server import DemoWeb
    from monitor.store import open_reader

    data_dir.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    with DemoWeb(port=_port(data_dir)) as web:
        (data_dir / PORT_FILE).write_text(str(web.port))
        config = load_config(write_config(data_dir, web))
        print(f"demo news web on {web.base_url}; data in {data_dir}", file=out)
        for tick in range(1, web.ticks + 1):
            web.set_tick(tick)
            now = web.tick_now(tick)
            summary = run_to_end(poll, config_path=str(config.source), now=now.isoformat())
            # The hourly recheck deployment's work: revisions of follow-ups already stored.
            revised = run_to_end(recheck, config_path=str(config.source), now=now.isoformat())
            for key in ("articles_fetched", "followups", "alerts_sent"):
                summary[key] += revised.get(key, 0)
            print(
                f"tick {tick} ({now:%Y-%m-%d}): {summary['feeds_polled']} feeds polled, "
                f"{summary['items_new']} new items, {summary['articles_fetched']} articles "
                f"fetched, {summary['followups']} follow-ups, {summary['alerts_sent']} alerts sent",
                file=out,
            )
        received = list(web.received)

    with open_reader(config.db) as store:
        followups = store.rows("demo_followups")
        facts = store.rows("demo_facts")
        changed_figures = store.rows("demo_changed_figures")
        revisions = store.rows("demo_revisions")
        alert_rows = store.rows("demo_alerts")
    print(f"\nFollow-ups found ({len(followups)}):", file=out)
    for row in followups:
        when = row["published"].strftime("%Y-%m-%d") if row["published"] else "undated"
        print(f"  {when}  {row['site']:<28} {row['score']:.2f}  {row['title']}", file=out)
    print(f"\nWhat is new ({len(facts)} sentences; first 12):", file=out)
    for row in facts[:12]:
        print(f"  [{row['status']}] {row['sentence'][:150]}", file=out)
        if row["baseline_sentence"] and row["status"] != "new":
            print(f"      was: {row['baseline_sentence'][:150]}", file=out)
    if changed_figures:
        print("\nChanged figures (earlier value -> follow-up, and what it is compared with):",
              file=out)  # fmt: skip
        for row in changed_figures[:6]:
            print(f"  {_figure_line(row)}", file=out)
    for row in revisions:
        print(f"\nRevision ({row['kind']}) of {row['url']}:", file=out)
        for line in (row["diff"] or "").splitlines()[:3]:
            print(f"  {line[:160]}", file=out)
    print("\nAlerts:", file=out)
    for row in alert_rows:
        print(f"  {row['n']} {row['status']} to {row['channel']}", file=out)
    print(f"  the demo's receiver got {len(received)} messages this run", file=out)
    if received:
        first = received[0]
        print(f"  first: {first.get('title', '')}", file=out)
    print(
        f'\nExplore: python -c "import duckdb; '
        f"duckdb.connect('{config.db}', read_only=True).sql('SELECT * FROM followups').show()\"\n"
        "   views: followups, new_facts, new_claims, alert_log, feed_health, figures,\n"
        "          entities_new, quotes, quotes_once, revisions, developments,\n"
        "          story_model_changes\n"
        f"   or:    monitor changes --db {config.db}\n"
        f"done in {time.monotonic() - started:.1f} s",
        file=out,
    )
    return 0


def _figure_line(row: Mapping[str, Any]) -> str:
    """ "migrant: 172,000 (March) -> 180,034 (May), against the baseline", like for like only."""
    origin = summary.compared_with(row["compared_with"], row["url"])
    unit = f" {row['unit']}" if row["unit"] else ""
    earlier = figures.figure_of_value(row["baseline_sentence"], row["baseline_value"])
    later = figures.figure_of_value(row["sentence"], row["value"])
    old_period = earlier.period if earlier else None

    def shown(value: float, period: object) -> str:
        return f"{value:,.0f}{unit}" + (f" ({period})" if period else "")

    new = shown(row["value"], row["period"])
    old = shown(row["baseline_value"], old_period)
    reason = figures.not_comparable(earlier, later) if earlier and later else None
    if reason:
        return f"{row['quantity']}: {new}; {reason} from the {origin}'s {old}"
    return f"{row['quantity']}: {old} -> {new}, against the {origin}"
