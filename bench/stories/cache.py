"""Check the story cache against the digests the repository keeps of it.

``python -m bench.stories.cache [--write] [--story SLUG ...]``: the texts of the development
stories are third-party and live outside the repository (``bench/stories/README.md``); what the
repository keeps is ``<slug>/texts.sha256``, the SHA-256 of each cached file as it was when the
figures in the READMEs were measured (the baseline, each case, and each cross-lingual case under
``across/``). The check prints, per story, how many cached files match, differ, are missing or
are not in the manifest, and names the ones that differ or are missing: a rebuilt cache that
differs scores other text, so figures measured on it are not the recorded ones.
``--write`` records the cache as it is now (after a rebuild, in the commit that reports the new
figures). Exit 1 when a checked story differs or misses a file, 0 otherwise.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from dataclasses import dataclass, field
from pathlib import Path

from bench.stories.dataset import STORIES_DIR, cache_dir, read_case_file, read_cases, story_slugs

MANIFEST = "texts.sha256"
ACROSS = "across"  # the cache folder of a story's cross-lingual texts (bench.crosslingual)


@dataclass
class CacheCheck:
    """One story's cache against its manifest."""

    slug: str
    matched: int = 0
    changed: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    unrecorded: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.changed and not self.missing

    def line(self) -> str:
        parts = [f"{self.slug}: {self.matched} match"]
        if self.changed:
            parts.append(f"{len(self.changed)} differ ({', '.join(self.changed)})")
        if self.missing:
            parts.append(f"{len(self.missing)} missing ({', '.join(self.missing)})")
        if self.unrecorded:
            parts.append(f"{len(self.unrecorded)} not in the manifest")
        return "; ".join(parts)


def expected_files(slug: str, root: Path = STORIES_DIR) -> list[str]:
    """The cache files a story should have, relative to its cache folder."""
    names = ["baseline.txt", *(f"{case.id}.txt" for case in read_cases(slug, root))]
    across = root.parent / "crosslingual" / f"{slug}.jsonl"
    if across.is_file():
        names += [f"{ACROSS}/{case.id}.txt" for case in read_case_file(across)]
    return names


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_manifest(path: Path) -> dict[str, str]:
    """``name -> sha256`` from a manifest (``<sha256>  <name>`` lines, as sha256sum writes)."""
    if not path.is_file():
        return {}
    entries = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        sha, _, name = line.partition("  ")
        if sha and name:
            entries[name] = sha
    return entries


def check(slug: str, root: Path = STORIES_DIR, cache: Path | None = None) -> CacheCheck:
    folder = (cache or cache_dir()) / slug
    recorded = read_manifest(root / slug / MANIFEST)
    result = CacheCheck(slug)
    for name in expected_files(slug, root):
        path = folder / name
        if not path.is_file():
            result.missing.append(name)
        elif name not in recorded:
            result.unrecorded.append(name)
        elif digest(path) == recorded[name]:
            result.matched += 1
        else:
            result.changed.append(name)
    return result


def write_manifest(slug: str, root: Path = STORIES_DIR, cache: Path | None = None) -> int:
    """Record the digests of the story's cached files; returns how many were recorded."""
    folder = (cache or cache_dir()) / slug
    lines = [
        f"{digest(folder / name)}  {name}\n"
        for name in expected_files(slug, root)
        if (folder / name).is_file()
    ]
    (root / slug / MANIFEST).write_text("".join(lines), encoding="utf-8")
    return len(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.stories.cache", description=__doc__)
    parser.add_argument("--story", action="append", metavar="SLUG", help="this story only")
    parser.add_argument("--write", action="store_true", help="record the cache as it is now")
    args = parser.parse_args(argv)
    slugs = args.story or story_slugs()
    unknown = sorted(set(slugs) - set(story_slugs()))
    if unknown:
        print(f"no development story named {', '.join(unknown)}", file=sys.stderr)
        return 2
    if args.write:
        for slug in slugs:
            print(f"{slug}: recorded {write_manifest(slug)} file(s)")
        return 0
    results = [check(slug) for slug in slugs]
    for result in results:
        print(result.line())
    return 0 if all(r.ok for r in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
