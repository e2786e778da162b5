"""The judgement set's case type, and the writer of ``cases.jsonl``.

Run ``python -m bench.judgement.casebook`` after editing the case lists to rewrite the file.
"""

# ruff: noqa: E501  (article prose and URLs: one paragraph per line reads best)
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

CASES_FILE = Path(__file__).with_name("cases.jsonl")
HELDOUT_SHARE = 4  # in tenths: about 40% of the cases are held out


@dataclass(frozen=True)
class Case:
    """One labelled article in the ``monitor assess`` input format."""

    id: str
    category: str
    published: str | None
    url: str
    title: str
    reason: str
    text: str

    @property
    def label(self) -> bool:
        return not self.category.startswith("neg-")

    @property
    def split(self) -> str:
        # Stable and independent of order: a case keeps its split when others are added.
        digest = hashlib.sha256(self.id.encode()).digest()
        return "heldout" if digest[0] % 10 < HELDOUT_SHARE else "tune"

    def record(self) -> dict[str, object]:
        return {
            "id": self.id,
            "url": self.url,
            "title": self.title,
            "published": self.published,
            "text": self.text.strip(),
            "label": self.label,
            "category": self.category,
            "reason": self.reason,
            "split": self.split,
        }


MIN_WORDS = 150  # follow-ups are news articles of 150-500 words

# Closing background paragraphs, as outlets append them, for follow-ups under MIN_WORDS.
_BACKGROUND = {
    "en": (
        "Mexico has become the main partner of the United States in managing migration in the "
        "region. Since 2019 it has assigned thousands of National Guard members to immigration "
        "duty, and it receives many of the people that US border agents turn back. Mexican "
        "officials say they act on their own interests, including pressure from communities "
        "along the routes, and not only at Washington's request."
    ),
    "es": (
        "México se ha convertido en el principal socio de Estados Unidos para contener la "
        "migración en la región. Desde 2019 miles de elementos de la Guardia Nacional realizan "
        "tareas de control migratorio, y el país recibe a muchas de las personas devueltas por "
        "agentes fronterizos estadounidenses."
    ),
}


def case(
    id: str, category: str, published: str | None, url: str, title: str, reason: str, text: str
) -> Case:
    padded = not category.startswith("neg-") and not category.endswith("short")
    if padded and len(text.split()) < MIN_WORDS:
        language = "es" if category.endswith("spanish") else "en"
        text = text.rstrip() + "\n\n" + _BACKGROUND[language]
    return Case(id, category, published, url, title, reason, text)


def wire_copy(original: Case, id: str, url: str, category: str, dateline: str = "") -> Case:
    """The same story carried by another outlet: new URL, optional dateline, same words."""
    text = f"{dateline}{original.text.strip()}" if dateline else original.text
    return Case(id, category, original.published, url, original.title,
                f"wire copy of {original.id}: same decision as the original", text)  # fmt: skip


def all_cases() -> list[Case]:
    from bench.judgement import cases_later, cases_neg, cases_pos

    cases = cases_pos.CASES + cases_neg.CASES + cases_later.CASES
    by_id = {c.id: c for c in cases}
    copies = [
        wire_copy(by_id["m01"], "w01", "https://news.yahoo-example.com/us-homeland-security-chief-mayorkas-meets-mexican-officials-1530.html", "pos-wire"),
        wire_copy(by_id["h02"], "w02", "https://www.seattletimes-example.com/nation-world/harris-and-lopez-obrador-sign-agreement/", "pos-wire"),
        wire_copy(by_id["v01"], "w03", "https://www.usnews-example.com/news/world/articles/2021-08-23/mexico-to-require-visas-for-ecuadorians", "pos-wire", "Aug 23 (Reuters) - "),
        wire_copy(by_id["r04"], "w04", "https://www.independent-example.co.uk/news/world/americas/remain-in-mexico-restart-b1968000.html", "pos-wire"),
        wire_copy(by_id["d02"], "w05", "https://www.marketscreener-example.com/news/mexico-begins-flying-haitian-migrants-36412000/", "pos-wire"),
        wire_copy(by_id["n_eco01"], "w06", "https://news.yahoo-example.com/us-mexico-economic-dialogue-supply-chains-2110.html", "neg-wire"),
        wire_copy(by_id["n_oth01"], "w07", "https://www.usnews-example.com/news/world/articles/2021-11-24/channel-migrant-boat-deaths", "neg-wire"),
        wire_copy(by_id["n_usi03"], "w08", "https://www.seattletimes-example.com/nation-world/judge-rules-daca-unlawful/", "neg-wire"),
    ]  # fmt: skip
    cases.extend(copies)
    ids = [c.id for c in cases]
    if len(ids) != len(set(ids)):
        raise ValueError("duplicate case ids")
    return cases


def write_cases(path: Path = CASES_FILE) -> int:
    cases = all_cases()
    with path.open("w", encoding="utf-8") as out:
        for c in cases:
            out.write(json.dumps(c.record(), ensure_ascii=False) + "\n")
    return len(cases)


if __name__ == "__main__":
    print(f"wrote {write_cases()} cases to {CASES_FILE}")
