"""Rebuild the held-out extraction pages: ``python -m bench.extraction.cache GIT_DIR``.

The pages are the full-text fixtures of newspaper's test suite (codelucas/newspaper @
``COMMIT``, MIT licence): ``tests/data/html/<name>.html`` with the article text a person
checked in ``tests/data/text/<name>.txt``. They are third-party text, so they never enter
this repository: this copies them from a git snapshot of that repository (for example
``git clone https://github.com/codelucas/newspaper``, or the ``fetch`` tool's mirror) into a
cache outside it, ``$MONITOR_EXTRACTION_CACHE`` (default ``../cache/newspaper``):

    <cache>/html/<name>.html   the page, bytes as stored upstream
    <cache>/text/<name>.txt    the expected article text (UTF-8)
    <cache>/SOURCE             repository, commit and page count

Pages whose expected text is empty or a tester's note in capitals ("MISSED LAST PARAGRAPH",
newspaper's own failures) have no text to score against and are left out.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

REPOSITORY = "codelucas/newspaper"
COMMIT = "1618b547f31c2d1fd19ae3b6afd8f7542dd02074"
HTML_DIR = "tests/data/html/"
TEXT_DIR = "tests/data/text/"
ROOT = Path(__file__).resolve().parents[2]


def cache_dir() -> Path:
    """Where the held-out pages live (outside the repository)."""
    return Path(os.environ.get("MONITOR_EXTRACTION_CACHE", ROOT.parent / "cache" / "newspaper"))


def _git(git_dir: Path, *args: str) -> bytes:
    return subprocess.run(
        ["git", f"--git-dir={git_dir}", *args], check=True, capture_output=True
    ).stdout


def is_note(text: bytes) -> bool:
    """A tester's note in capitals ("MISSED LAST PARAGRAPH", 'ONLY "More coming soon!" AT
    END OF ARTICLE WAS EXTRACTED') instead of the article's text."""
    unquoted = re.sub(rb'"[^"]*"', b"", text)
    return text.isascii() and unquoted.upper() == unquoted


def rebuild(git_dir: Path, out: Path, commit: str = COMMIT) -> int:
    """Copy every page that has expected text; return how many were copied."""
    names = _git(git_dir, "ls-tree", "-r", "--name-only", commit, HTML_DIR, TEXT_DIR).decode()
    paths = set(names.split())
    (out / "html").mkdir(parents=True, exist_ok=True)
    (out / "text").mkdir(parents=True, exist_ok=True)
    copied = 0
    for path in sorted(paths):
        if not (path.startswith(HTML_DIR) and path.endswith(".html")):
            continue
        name = path[len(HTML_DIR) : -len(".html")]
        # chinese_article.html's text is chinese.txt, japanese_article2.html's japanese2.txt
        text_path = f"{TEXT_DIR}{name.replace('_article', '')}.txt"
        if text_path not in paths:
            continue
        text = _git(git_dir, "show", f"{commit}:{text_path}")
        if not text.strip() or is_note(text):
            continue
        (out / "html" / f"{name}.html").write_bytes(_git(git_dir, "show", f"{commit}:{path}"))
        (out / "text" / f"{name}.txt").write_bytes(text)
        copied += 1
    (out / "SOURCE").write_text(f"{REPOSITORY} @ {commit}: {copied} pages\n", encoding="utf-8")
    return copied


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.extraction.cache", description=__doc__)
    parser.add_argument("git_dir", type=Path, help=f"a git directory holding {REPOSITORY}")
    parser.add_argument("--out", type=Path, default=None, help="default: the cache directory")
    args = parser.parse_args(argv)
    out = args.out or cache_dir()
    try:
        copied = rebuild(args.git_dir, out)
    except subprocess.CalledProcessError as exc:
        message = exc.stderr.decode(errors="replace").strip().splitlines()
        print(f"cannot read {args.git_dir} at {COMMIT}: {message[-1] if message else exc}")
        return 2
    print(f"{copied} pages from {REPOSITORY} @ {COMMIT[:12]} in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
