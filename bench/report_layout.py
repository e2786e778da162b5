"""How a report page lays out in headless Chromium at a given viewport width.

``python -m bench.report_layout PAGE.html [--width 390 --width 1280]`` prints one JSON line per
width: the page's height and width (details closed), the share of the height above the first
changed figure, the rows highlighted as new (all, and those visible with details closed), and
whether the summary of developments starts on the first screen.

The page is loaded in an iframe of exactly that width (a headless window cannot be narrower
than 500 px), and measured by a script in the wrapping page, never in the report itself.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import tempfile
from pathlib import Path
from typing import Any

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]
# the wrapping page reads the report's layout through the iframe, once the page has settled
MEASURE_FLAGS = [*FLAGS, "--allow-file-access-from-files", "--virtual-time-budget=10000"]
SCREEN_HEIGHT = 844  # an iPhone 13's screen in CSS pixels; used at every width

_WRAPPER = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0">
<iframe id="f" src="{src}" style="width:{width}px;height:{screen}px;border:0"></iframe>
<pre id="out">pending</pre>
<script>
document.getElementById("f").addEventListener("load", () => {{
  const d = document.getElementById("f").contentDocument;
  const h = d.documentElement;
  const top = (el) => el ? el.getBoundingClientRect().top + h.scrollTop : null;
  const height = h.scrollHeight;
  const figure = top(d.querySelector(".fig mark.updated"));
  const marks = [...d.querySelectorAll("mark.new")];
  const summary = top(d.querySelector("#summary, #developments"));
  document.getElementById("out").textContent = "MEASURE" + JSON.stringify({{
    width: {width},
    document_width: Math.max(h.scrollWidth, d.body.scrollWidth),
    height: height,
    first_changed_figure_px: figure,
    share_before_first_changed_figure: figure === null ? null : figure / height,
    new_marks: marks.length,
    new_marks_visible: marks.filter((m) => m.checkVisibility()).length,
    summary_top_px: summary,
    summary_on_first_screen: summary !== null && summary < {screen},
    claims: d.querySelectorAll(".claims li").length,
    open_details: d.querySelectorAll("details[open]").length,
  }}) + "END";
}});
</script></body></html>
"""
_RESULT = re.compile(r"MEASURE(.*?)END", re.DOTALL)


def measure(page: Path, width: int, *, chromium: Path = CHROMIUM) -> dict[str, Any]:
    """The layout figures of ``page`` in a viewport ``width`` CSS pixels wide."""
    with tempfile.TemporaryDirectory() as tmp:
        wrapper = Path(tmp) / "measure.html"
        wrapper.write_text(
            _WRAPPER.format(src=page.resolve().as_uri(), width=width, screen=SCREEN_HEIGHT),
            encoding="utf-8",
        )
        done = subprocess.run(
            [str(chromium), *MEASURE_FLAGS, f"--user-data-dir={tmp}/profile", "--dump-dom",
             wrapper.as_uri()],
            capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip
    found = _RESULT.search(done.stdout)
    if done.returncode != 0 or found is None:
        raise RuntimeError(f"chromium could not measure {page}: {done.stderr[-500:]}")
    result: dict[str, Any] = json.loads(found.group(1))
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("page", type=Path)
    parser.add_argument("--width", type=int, action="append")
    args = parser.parse_args(argv)
    for width in args.width or [390, 500, 1280]:
        print(json.dumps({"page": str(args.page), **measure(args.page, width)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
