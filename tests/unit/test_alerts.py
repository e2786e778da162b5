"""Alert rendering, escaping, keys and backoff (pure); delivery is tested through real sockets."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from monitor import alerts
from monitor.models import Development, SentenceStatus, SentenceVerdict

NEW_FACT = "Guatemala opened three new reception centres for returned migrants."
WIRE_CREDIT = "This article was distributed by The Associated Press."


def _dev(text: str = "Mexico will deploy 10,000 troops.", title: str = "Troops") -> Development:
    return Development(
        story="s",
        id="d1",
        url="https://news.example/a",
        title=title,
        site="news.example",
        published=datetime(2021, 6, 10, 12, tzinfo=UTC),
        score=0.81,
        reasons=("shared actors: Mexico", "7 days after the baseline"),
        sentences=(
            SentenceVerdict(0, "Known thing.", SentenceStatus.KNOWN, "Known thing.", 1.0),
            SentenceVerdict(1, text, SentenceStatus.UPDATED, "Mexico deployed 6,000 troops.", 0.7),
            SentenceVerdict(2, NEW_FACT, SentenceStatus.NEW, None, 0.1),
            SentenceVerdict(3, WIRE_CREDIT, SentenceStatus.NEW, None, 0.0),
        ),
    )


def test_message_quotes_new_sentence_beside_the_baseline_one_and_says_why() -> None:
    msg = alerts.render_alert(_dev())
    assert "UPDATED: “Mexico will deploy 10,000 troops.”" in msg.body
    assert "was (baseline): “Mexico deployed 6,000 troops.”" in msg.body
    assert f"NEW: “{NEW_FACT}”" in msg.body
    assert msg.body.index("UPDATED:") < msg.body.index("NEW:")  # the change to the story first
    assert "distributed by" not in msg.body  # a wire credit is never news
    assert "Known thing" not in msg.body
    assert "score 0.81" in msg.body and "7 days after the baseline" in msg.body
    assert "https://news.example/a" in msg.body
    assert msg.title == "s: Troops (news.example)"
    # the score comes last, after what changed and where
    assert msg.body.index("Why a follow-up") > msg.body.index("Source: news.example: Troops")


def test_title_names_the_story_by_its_title() -> None:
    from dataclasses import replace

    dev = replace(_dev(), story_title="Biden wants Mexico to do more " + "x" * 80)
    msg = alerts.render_alert(dev)
    assert msg.title.startswith("Biden wants Mexico to do more x") and "…: Troops" in msg.title
    assert msg.body.startswith("Story: Biden wants Mexico to do more")


def test_figure_changes_read_old_to_new() -> None:
    from dataclasses import replace

    dev = replace(_dev(), figure_changes=("encounters: 172,000 (March) → 180,034 (May)",))
    assert "Figures: encounters: 172,000 \\(March\\) → 180,034 \\(May\\)" in (
        alerts.render_alert(dev).body
    )


def test_untrusted_text_is_inert_markdown() -> None:
    msg = alerts.render_alert(_dev(text="[click](http://evil.example) <script>x</script> *b*"))
    assert "[click](http" not in msg.body
    assert "<script>" not in msg.body
    assert r"\[click\]\(http://evil.example\)" in msg.body


def test_long_bodies_are_trimmed_at_a_line() -> None:
    dev = _dev(text="word " * 2000)
    msg = alerts.render_alert(dev)
    assert len(msg.body) <= alerts.MAX_BODY_CHARS
    assert msg.body.endswith("…")


def test_channel_label_hides_secrets() -> None:
    url = "slack://T000/B000/XXXXSECRET/#desk"
    assert alerts.channel_label(url).startswith("slack://…")
    assert "T000" not in alerts.channel_label(url)
    assert alerts.channel_label("json://127.0.0.1:8080/hooks") == "json://127.0.0.1:8080"
    assert "SECRET" not in alerts.channel_label("json://user:SECRET@hooks.example:8080/p")
    assert alerts.channel_key(url) != alerts.channel_key(url + "x")


def test_alert_id_is_stable_per_development_and_channel() -> None:
    a = alerts.alert_id("s", "d1", "k1")
    assert a == alerts.alert_id("s", "d1", "k1")
    assert a != alerts.alert_id("s", "d2", "k1") != alerts.alert_id("s", "d1", "k2")


def test_backoff_grows_and_is_capped() -> None:
    now = datetime(2021, 6, 10, tzinfo=UTC)
    delays = [alerts.next_attempt_at(now, n, base_s=60) - now for n in range(1, 12)]
    assert delays[0] == timedelta(seconds=60)
    assert delays[1] == timedelta(seconds=120)
    assert delays[-1] == timedelta(hours=6)
    assert delays == sorted(delays)


def test_a_new_sentence_says_which_part_restates_what_the_story_knew() -> None:
    from dataclasses import replace

    from monitor.models import ClaimVerdict

    text = "A judge blocked the policy on Friday, and Mexico will keep its troops at the border."
    known = "and Mexico will keep its troops at the border."
    claims = (
        ClaimVerdict(text[:36], SentenceStatus.NEW, None, 0.2, None, 0, 36),
        ClaimVerdict(known, SentenceStatus.KNOWN, "Troops stay at the border.", 0.8, None, 38, 85),
    )
    dev = _dev()
    sentence = SentenceVerdict(2, text, SentenceStatus.NEW, None, 0.3, claims=claims)
    dev = replace(dev, sentences=(*dev.sentences[:2], sentence))
    body = alerts.render_alert(dev).body
    assert f"NEW: “{text}”" in body
    assert f"  already known: “{known}”" in body
    # a sentence with no known claim says nothing more
    assert body.count("already known") == 1
