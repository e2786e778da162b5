"""The HTML report marks the part of a new sentence that restates what the story knew."""

from __future__ import annotations

from monitor import report


def test_a_new_sentence_shows_its_known_part_where_the_earlier_sentence_goes() -> None:
    sentence = "A judge blocked the policy on Friday, and the troops stay at the border."
    rows = [
        {
            "url": "https://news.example/a",
            "sentence": sentence,
            "status": "new",
            "baseline_sentence": None,
            "baseline_url": None,
            "claims": [
                {"text": sentence[:36], "status": "new", "baseline": None},
                {"text": "and the troops stay at the border.", "status": "known",
                 "baseline": "Troops remain at the border."},
            ],
        },
        {"url": "https://news.example/a", "sentence": "Nothing restated here.", "status": "new",
         "baseline_sentence": None, "baseline_url": None, "claims": None},
    ]  # fmt: skip
    html = report._change_rows(rows, salient=set())
    assert "already known:</span> and the troops stay at the border.</div>" in html
    assert html.count("already known") == 1
    assert html.count("nothing earlier") == 1  # a sentence stored before claims: as before
