"""What the program knows of a story, as a reader can check it (``monitor stories show``).

Pure: a story's profile and the days of its confirmed follow-ups in, a JSON-ready record out.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from monitor.relevance import StoryProfile

_SHOWN = 25  # the heaviest terms or names shown


def describe(
    profile: StoryProfile,
    *,
    title: str,
    lexicon: str | None,
    followup_days: Sequence[date],
    learned: Sequence[Mapping[str, Any]] = (),
    rejected: Sequence[Mapping[str, Any]] = (),
) -> dict[str, Any]:
    """The story as the program judges it: which model, its terms or names, its figures, its
    threshold and horizon, the follow-ups that keep it alive, the terms it learned from
    them since its baseline (``monitor.adaptation.describe_learned``), and the articles a
    reader labelled not a follow-up, whose look-alikes it turns down (``monitor.exemplars``)."""
    record: dict[str, Any] = {
        "slug": profile.story,
        "title": title,
        "published": profile.baseline_published.isoformat(),
        "judged_by": "story model" if profile.lexicon is None else "lexicon",
        "lexicon": lexicon,
        "threshold": profile.threshold,
        "horizon_days": profile.horizon_days,
        "figures": list(profile.figures),
        "followup_days": len(followup_days),
        "latest_development": max(followup_days).isoformat() if followup_days else None,
    }
    if profile.model is not None:
        # With a lexicon too: its score counts beside the lexicon's (monitor.relevance).
        ranked = sorted(profile.model.terms.items(), key=lambda kv: (-kv[1], kv[0]))
        record["language"] = profile.model.language
        record["terms"] = [{"term": t, "weight": w} for t, w in ranked[:_SHOWN]]
        # What its headline names (matched in either number), and the names only its text
        # carries: an article naming only these is the same people's other business.
        record["headline_terms"] = sorted(profile.model.named)
        record["actors"] = sorted(profile.model.actors)
        # A headline that gives its event no name of its own: the event is told by its time.
        record["told_by_time"] = profile.model.told_by_time
        # The name it dwells on and what its headline calls it: another of that kind named
        # more often counts little (None when the baseline gives none).
        record["kind"] = (
            {"central": profile.model.central, "kind": profile.model.kind}
            if profile.model.kind is not None
            else None
        )
    if profile.lexicon is not None:
        named = [t for t in profile.terms if t.in_baseline]
        record["names"] = [
            {"name": t.label, "kind": t.kind, "weight": t.weight}
            for t in sorted(named, key=lambda t: (-t.weight, t.label))[:_SHOWN]
        ]
        record["related_names"] = len(profile.terms) - len(named)
    record["learned"] = [dict(row) for row in learned]
    record["rejected"] = [dict(row) for row in rejected]
    return record


def as_text(record: dict[str, Any]) -> str:
    """The record for a terminal: a few lines, the terms or names on one line each."""
    lines = [
        f"{record['slug']}: {record['title']} ({record['published']})",
        f"judged by its {record['judged_by']}"
        + (
            f" ({record['lexicon']}) and its story model ({record.get('language')})"
            if record["lexicon"]
            else f" ({record.get('language')})"
        )
        + f"; threshold {record['threshold']:.2f}; "
        + (
            f"ends {record['horizon_days']} days after its latest follow-up"
            if record["horizon_days"]
            else "no end date"
        ),
        f"follow-ups so far: on {record['followup_days']} days"
        + (f", the latest {record['latest_development']}" if record["latest_development"] else ""),
    ]
    if "names" in record:
        lines.append(
            f"names of the lexicon the baseline uses (kind, weight); "
            f"{record['related_names']} related names besides:"
        )
        lines += [f"  {n['name']}  ({n['kind']}, {n['weight']:.2f})" for n in record["names"]]
    if "terms" in record:
        lines.append("rare words and phrases of the baseline (weight):")
        lines += [f"  {t['term']}  {t['weight']:.2f}" for t in record["terms"]]
        if record["headline_terms"]:
            lines.append(
                "the event, as its headline names it (either number): "
                + ", ".join(record["headline_terms"])
            )
        if record["actors"]:
            lines.append(
                "its actors, named by its text only (an article naming nothing else counts "
                "little): " + ", ".join(record["actors"])
            )
        if record.get("kind"):
            central, kind = record["kind"]["central"], record["kind"]["kind"]
            article = "an" if kind[0] in "aeiou" else "a"
            lines.append(
                f"it is about {central}, {article} {kind}: an article naming another {kind} more "
                f"often than {central}, and before it, counts little"
            )
        if record["told_by_time"]:
            lines.append(
                "its headline gives the event no name of its own: it is told by its time (an "
                "article weeks later that names none of it counts little)"
            )
    if record["figures"]:
        lines.append("figures in the baseline: " + ", ".join(record["figures"][:10]))
    lines += _learned_lines(record["learned"])
    if record["rejected"]:
        lines.append("turns down look-alikes of what a reader labelled not a follow-up:")
        lines += [
            f"  {r['title'] or r['url']}  {r['url']}" + ("" if r["exemplar"] else "  (no text)")
            for r in record["rejected"][:_SHOWN]
        ]
    return "\n".join(lines)


def _learned_lines(learned: Sequence[Mapping[str, Any]]) -> list[str]:
    if not learned:
        return ["learned since the baseline: nothing yet"]
    first = learned[0]
    lines = [
        f"learned since the baseline (weight as of {first['as_of'][:10]}, now; follow-ups "
        "that carried it; from; when)"
        + ("" if first["weighed"] else "; shown, not weighed: the lexicon judges")
        + ":"
    ]
    lines += [
        f"  {t['term']}  {t['weight']:.2f}, now {t['weight_now']:.2f}  in {t['seen_in']}  "
        f"{t['learned_from']}  {t['learned_at'][:10]}"
        for t in learned[:_SHOWN]
    ]
    return lines
