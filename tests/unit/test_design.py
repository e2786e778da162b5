"""Guards that keep the design honest: import boundaries, SQL usage, documented commands."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

import pytest

from monitor.cli import build_parser
from monitor.store import named_queries

REPO = Path(__file__).resolve().parents[2]
SRC = REPO / "src" / "monitor"
MODULES = sorted(p for p in SRC.rglob("*.py"))

# The one module allowed to import each heavy dependency.
OWNERS = {
    "httpx": "fetch.py",
    "httpcore": "fetch.py",
    "duckdb": "store.py",
    "trafilatura": "extract.py",
    "brotli": "fetchdecode.py",
    "zstandard": "fetchdecode.py",
}
# The network edge: the only modules that open sockets or look names up (fetch.py sends every
# request; fetchguard.py resolves names and checks the addresses it connects to). The demo's
# http.server only serves, on 127.0.0.1.
NETWORK = {"fetch.py", "fetchguard.py"}
NETWORK_MODULES = {"socket", "ssl", "urllib3", "requests", "aiohttp"}


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
def test_only_the_fetch_modules_touch_the_network(path: Path) -> None:
    imported = _imports(path) & NETWORK_MODULES
    assert path.name in NETWORK or not imported, f"{path.name} imports {sorted(imported)}"


def test_the_network_rule_sees_the_network_modules() -> None:
    assert {"socket", "ssl"} <= _imports(SRC / "fetch.py")
    assert "socket" in _imports(SRC / "fetchguard.py")


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


# -- import cycles -----------------------------------------------------------------------------

PACKAGES = {"monitor": SRC, "flows": REPO / "flows"}


def module_files(packages: Mapping[str, Path]) -> dict[str, Path]:
    """Dotted module name -> its file, for every module of these packages."""
    modules: dict[str, Path] = {}
    for package, root in packages.items():
        for path in sorted(root.rglob("*.py")):
            parts = path.relative_to(root).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            modules[".".join((package, *parts))] = path
    return modules


def import_graph(modules: Mapping[str, Path]) -> dict[str, set[str]]:
    """Module -> the modules among ``modules`` it imports anywhere in its file: at the top, in
    a function (a lazy import) or under ``if TYPE_CHECKING``."""

    def known(name: str) -> str | None:  # the module itself, else the package that holds it
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name or None

    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        imported: set[str | None] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported.update(known(alias.name) for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:  # relative: from the package, up a level per extra dot
                    anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join([*anchor, base] if base else anchor)
                imported.update(known(f"{base}.{alias.name}") for alias in node.names)
        graph[name] = {m for m in imported if m is not None and m != name}
    return graph


def find_cycle(graph: Mapping[str, set[str]]) -> list[str] | None:
    """One import cycle as the modules along it (the first repeated at the end), or None."""
    done: set[str] = set()
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        if node in path:
            return [*path[path.index(node) :], node]
        if node in done:
            return None
        path.append(node)
        for target in sorted(graph.get(node, ())):
            if cycle := visit(target):
                return cycle
        path.pop()
        done.add(node)
        return None

    for start in sorted(graph):
        if cycle := visit(start):
            return cycle
    return None


def test_find_cycle_names_the_modules_of_a_cycle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a", "d"}, "d": set(), "e": {"a"}}
    assert find_cycle(graph) == ["a", "b", "c", "a"]
    graph["c"] = {"d"}
    assert find_cycle(graph) is None
    assert find_cycle({"a": {"b", "c"}, "b": {"d"}, "c": {"d"}, "d": set()}) is None


def test_import_graph_counts_imports_inside_functions(tmp_path: Path) -> None:
    (tmp_path / "pkg" / "sub").mkdir(parents=True)
    files = {
        "__init__.py": "",
        "a.py": "from pkg import b\nimport os\n",
        "b.py": "def late() -> None:\n    from pkg.sub.c import thing\n",
        "sub/__init__.py": "",
        "sub/c.py": "from ..a import x\nfrom . import d\n",
        "sub/d.py": "import pkg.a\n",
    }
    for name, text in files.items():
        (tmp_path / "pkg" / name).write_text(text, encoding="utf-8")
    graph = import_graph(module_files({"pkg": tmp_path / "pkg"}))
    assert graph == {
        "pkg": set(),
        "pkg.a": {"pkg.b"},
        "pkg.b": {"pkg.sub.c"},
        "pkg.sub": set(),
        "pkg.sub.c": {"pkg.a", "pkg.sub.d"},
        "pkg.sub.d": {"pkg.a"},
    }
    assert find_cycle(graph) == ["pkg.a", "pkg.b", "pkg.sub.c", "pkg.a"]


def test_monitor_and_flows_have_no_import_cycle() -> None:
    graph = import_graph(module_files(PACKAGES))
    assert "monitor.runstate" in graph["monitor.judging"]  # the graph sees the real imports
    cycle = find_cycle(graph)
    assert cycle is None, "import cycle: " + " -> ".join(cycle or ())


# -- the library names no story (issue 20, item 6) ---------------------------------------------

# Proper names of the development stories (bench/stories) and of the mission's story beyond its
# lexicon: no module may know them either.
DEVELOPMENT_STORY_NAMES = (
    "surfside", "champlain", "astroworld", "travis scott", "evergrande", "ercot",
    "linea 12", "line 12", "tlahuac", "eagle pass", "buzzfeed",
)  # fmt: skip
# Aliases of the shipped lexicon that are not a story's names: words of other senses ("ice",
# Portuguese "eu") and the country the English normaliser spells out ("U.S." is read as
# "united states" by every module that reads words: wordlists.US_NAME).
NOT_STORY_NAMES = frozenset({"ice", "eu", "united states", "the united states", "estados unidos"})
# Modules allowed to name a story while they are being cleaned (none now: keep it empty).
# demo/: the demo's news web and configuration are the demo story's data (team-written
# articles), kept in Python modules; they may name it.
STORY_VOCABULARY_PENDING: frozenset[str] = frozenset()
STORY_VOCABULARY_DATA = ("demo/",)


def _story_vocabulary() -> re.Pattern[str]:
    from monitor import lexicon
    from monitor.text import fold

    names = set(DEVELOPMENT_STORY_NAMES)
    for name in lexicon.shipped():
        for concept in lexicon.load(name).concepts:
            if concept.kind in ("actor", "place"):  # proper names; terms are the field's words
                names.add(fold(concept.label).lower())
                names.update(a for a in concept.aliases if not a.startswith("(?"))
    names -= NOT_STORY_NAMES
    body = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])")


def test_story_vocabulary_is_built_from_the_shipped_lexicon() -> None:
    pattern = _story_vocabulary()
    for name in ("mexico", "biden", "harris", "guatemala", "lopez obrador", "surfside"):
        assert pattern.fullmatch(name), name
    for word in ("migration", "border", "css border", "migrations"):
        assert not pattern.search(word), word


@pytest.mark.parametrize(
    "path",
    [
        p
        for p in MODULES
        if p.name not in STORY_VOCABULARY_PENDING
        and not str(p.relative_to(SRC)).startswith(STORY_VOCABULARY_DATA)
    ],
    ids=lambda p: str(p.relative_to(SRC)),
)
def test_the_library_names_no_story(path: Path) -> None:
    from monitor.text import fold

    text = fold(path.read_text(encoding="utf-8")).lower()
    named = sorted({m.group(0) for m in _story_vocabulary().finditer(text)})
    assert named == [], f"{path.name} names story vocabulary: {named}; put it in a lexicon"


def test_judging_decides_and_judgestore_alone_writes_its_records() -> None:
    graph = import_graph(module_files(PACKAGES))
    assert "monitor.judging" in graph["monitor.judgestore"]
    writers = {"monitor.store", "monitor.outbox", "monitor.judgestore"}
    assert graph["monitor.judging"] & writers == set(), "judging.py must stay pure"


def test_only_run_cycle_starts_and_finishes_a_run() -> None:
    # The cycle's order is written once (pipeline.run_cycle): run_once, the poll and recheck
    # flows and the sharded flow all go through it, so none of them records a run itself.
    calls = re.compile(r"\b(?:start_run|finish_run|after_run)\(")
    callers = sorted(
        str(path.relative_to(REPO))
        for path in [*MODULES, *(REPO / "flows").glob("*.py")]
        if path.name != "runs.py" and calls.search(path.read_text(encoding="utf-8"))
    )
    assert callers == ["src/monitor/pipeline.py"]
