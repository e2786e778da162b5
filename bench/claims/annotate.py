"""Turn an annotation source (phrases, kept in the cache) into ``annotations.jsonl`` (offsets).

``python -m bench.claims.annotate [SOURCE]``: SOURCE (default
``$MONITOR_STORY_CACHE/../claims-annotations/source.txt``) quotes phrases of third-party
articles, so it lives outside the repository; the file written here holds only ids, sentence
numbers, character offsets and a short hash of each sentence. Lines of SOURCE:

    story <slug>
    case <case id>
    <sentence number> <label>                       the whole sentence
    <sentence number> <label> "phrase" <label> "phrase" ...   phrases of it

Labels: ``N`` a new fact, ``R`` a restatement of the baseline, ``U`` an updated figure or
detail, ``-`` not judged. Sentence numbers count ``monitor.text.split_sentences`` of the
case's text (its headline left out), each sentence ``figures.normalised``.

``python -m bench.claims.annotate --export [OUT]`` writes the source back from
``annotations.jsonl`` and the cache (the phrases cut from the cached sentences, found by their
hash), to rebuild a lost source or edit the annotations after the cache was rebuilt.
"""

from __future__ import annotations

import json
import re
import shlex
import sys
from pathlib import Path

from bench.claims.harness import ANNOTATIONS, case_sentences, sentence_hash
from bench.stories.dataset import cache_dir, load_story

LABELS = {"N": "new", "R": "restates", "U": "updated"}


def default_source() -> Path:
    return cache_dir().parent / "claims-annotations" / "source.txt"


def convert(source: Path) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    story = case = None
    sentences: list[str] = []
    for number, raw in enumerate(source.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        head, _, rest = line.partition(" ")
        if head == "story":
            story = load_story(rest)
            continue
        if head == "case":
            if story is None:
                raise SystemExit(f"{source}:{number}: a case before any story")
            found = next((c for c in story.cases if c.id == rest), None)
            if found is None:
                raise SystemExit(f"{source}:{number}: no case {rest} in {story.meta.slug}")
            case, sentences = found, case_sentences(found.text)
            continue
        if story is None or case is None or not re.fullmatch(r"\d+", head):
            raise SystemExit(f"{source}:{number}: expected 'story', 'case' or a sentence number")
        index = int(head)
        if index >= len(sentences):
            raise SystemExit(f"{source}:{number}: {case.id} has {len(sentences)} sentences")
        sentence = sentences[index]
        words = shlex.split(rest)
        spans = []
        if len(words) == 1:
            if words[0] != "-":
                spans.append({"start": 0, "end": len(sentence), "label": LABELS[words[0]]})
        else:
            for label, phrase in zip(words[::2], words[1::2], strict=True):
                start = sentence.find(phrase)
                if start < 0:
                    raise SystemExit(f"{source}:{number}: phrase not in sentence: {phrase!r}")
                spans.append({"start": start, "end": start + len(phrase), "label": LABELS[label]})
        if spans:
            rows.append(
                {
                    "story": story.meta.slug,
                    "case": case.id,
                    "sentence": index,
                    "sha": sentence_hash(sentence),
                    "spans": spans,
                }
            )
    return rows


def export(rows: list[dict[str, object]]) -> tuple[str, int]:
    """The annotation source that ``convert`` turns back into ``rows``, its phrases read from
    the cache (after a rebuild of the cache, or to edit the annotations when the source is
    lost); a sentence whose text is no longer cached is left as a comment. Returns the source
    and how many sentences it could not find."""
    lines: list[str] = []
    lost = 0
    story_slug = case_id = None
    sentences: dict[str, int] = {}
    texts: list[str] = []
    for row in rows:
        slug, case, sha = str(row["story"]), str(row["case"]), str(row["sha"])
        if slug != story_slug:
            story = load_story(slug)
            story_slug, case_id = slug, None
            lines.append(f"story {slug}")
        if case != case_id:
            found = next((c for c in story.cases if c.id == case), None)
            texts = case_sentences(found.text) if found else []
            sentences = {sentence_hash(t): i for i, t in enumerate(texts)}
            case_id = case
            lines.append(f"case {case}")
        index = sentences.get(sha)
        if index is None:
            lost += 1
            lines.append(f"# sentence {row['sentence']} ({sha}) is not in the cached text")
            continue
        spans = row["spans"]
        assert isinstance(spans, list)
        sentence = texts[index]
        code = {v: k for k, v in LABELS.items()}
        if len(spans) == 1 and (spans[0]["start"], spans[0]["end"]) == (0, len(sentence)):
            lines.append(f"{index} {code[spans[0]['label']]}")
            continue
        phrases = " ".join(
            f"{code[s['label']]} {shlex.quote(sentence[s['start'] : s['end']])}" for s in spans
        )
        lines.append(f"{index} {phrases}")
    return "".join(line + "\n" for line in lines), lost


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["--export"]:
        out = Path(args[1]) if len(args) > 1 else default_source()
        rows = [json.loads(line) for line in ANNOTATIONS.read_text(encoding="utf-8").splitlines()]
        text, lost = export(rows)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")
        print(
            f"wrote the source of {len(rows) - lost} annotated sentences to {out}"
            + (f"; {lost} sentence(s) not in the cache, left as comments" if lost else "")
        )
        return 0
    source = Path(args[0]) if args else default_source()
    if not source.is_file():
        print(f"no annotation source at {source}", file=sys.stderr)
        return 1
    rows = convert(source)
    ANNOTATIONS.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    print(f"wrote {len(rows)} annotated sentences to {ANNOTATIONS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
