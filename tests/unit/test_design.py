"""Guards that keep the design honest: import boundaries, SQL usage, documented commands."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

from monitor.cli import build_parser
from monitor.store import named_queries

REPO = Path(__file__).resolve().parents[2]
SRC = REPO / "src" / "monitor"
MODULES = sorted(p for p in SRC.rglob("*.py"))

# The one module allowed to import each heavy dependency.
OWNERS = {"httpx": "fetch.py", "duckdb": "store.py", "trafilatura": "extract.py"}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(SRC)))
def test_heavy_dependencies_have_one_owner_each(path: Path) -> None:
    imported = _imports(path)
    assert "prefect" not in imported, f"{path.name} imports prefect"
    for dependency, owner in OWNERS.items():
        if dependency in imported:
            assert path.name == owner, f"{path.name} imports {dependency}; only {owner} may"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(SRC)))
def test_every_module_says_what_it_is_for(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    assert ast.get_docstring(tree), f"{path.name} has no module docstring"


def test_worker_processes_import_no_database_network_or_notifier_module() -> None:
    # The fork server preloads monitor.workers; whatever it drags in, every run pays for.
    code = (
        "import sys, monitor.workers\n"
        "print(sorted(m for m in ('duckdb', 'httpx', 'apprise', 'pyarrow', 'prefect', "
        "'monitor.pipeline', 'monitor.store') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_importing_the_whole_library_does_not_import_prefect() -> None:
    names = [
        "monitor." + ".".join(p.relative_to(SRC).with_suffix("").parts)
        for p in MODULES
        if p.name != "__init__.py"
    ]
    code = (
        "import importlib, sys\n"
        f"for name in {names!r}: importlib.import_module(name)\n"
        "sys.exit(1 if 'prefect' in sys.modules else 0)\n"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_every_named_query_is_used() -> None:
    source = "\n".join(p.read_text(encoding="utf-8") for p in MODULES)
    source += "\n".join(p.read_text(encoding="utf-8") for p in (REPO / "flows").glob("*.py"))
    unused = [name for name in named_queries() if f'"{name}"' not in source]
    assert unused == []


def test_every_cli_command_is_in_the_readme() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    commands = list(sub.choices)  # type: ignore[union-attr]
    assert {"demo", "run", "serve", "assess", "changes"} <= set(commands)
    missing = [c for c in commands if not re.search(rf"`monitor {c}\b", readme)]
    assert missing == []
