"""A story domain's lexicon: the names a follow-up of that domain talks about, as data.

A lexicon is a TOML file: concepts (a key, a label, a kind, the facets it speaks to, a weight
and its aliases in every language the press writes in), the facets with their scales, the
core facets a follow-up must tie together, the concepts that anchor a facet, and names that
count only beside another name of a facet. Shipped lexicons live in ``monitor/lexicons/``;
a story names one by its name, or gives the path of its own file. The code knows no story:
everything a domain needs is in its file.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from monitor.errors import ConfigError

KINDS = ("actor", "place", "policy", "term")
_SHIPPED = "lexicons"


class LexiconError(ConfigError):
    """A lexicon that cannot be used: missing, not TOML, or missing what the scorer needs."""


@dataclass(frozen=True)
class Concept:
    """A name the story's domain knows, with its aliases (matched on folded text: lower case,
    no accents, on word boundaries; an alias starting ``(?`` is a regular expression)."""

    key: str
    label: str
    kind: str  # one of KINDS
    facets: tuple[str, ...]
    weight: float  # how specific the name is to the domain (0-1.5)
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Facet:
    """One side of the story: how many weighted mentions make it strong, how reasons name it,
    and (for a context facet) how much it adds to the score."""

    name: str
    label: str  # in the reasons' facet list: "facets: migration 0.91, ..."
    scale: float  # 1 - exp(-mentions / scale)
    about: str = ""  # a core facet's words in "little about ..."
    weight: float = 0.0  # a context facet's share of the context score
    # The facet speaks of someone acting (a country that agreed, its officials who said): with
    # none of its actors named, its places alone ("at the border with it") count little.
    needs_actor: bool = False
    # Names that show the facet's actors acting for their people abroad (its consulates, the
    # money its emigrants send home): with one of them named, only the facet's actors that
    # name the other core facet themselves (its migration agency) count as acting.
    abroad: tuple[str, ...] = ()


@dataclass(frozen=True, eq=False)
class Lexicon:
    """A lexicon as the scorer uses it."""

    name: str
    source: str  # the shipped name or the file it was read from
    concepts: tuple[Concept, ...]
    facets: tuple[Facet, ...]
    core: tuple[str, str]  # a follow-up ties these two facets together
    anchored: str  # the facet whose ambiguous names need an anchor beside them ("" for none)
    anchors: frozenset[str]  # concept keys that anchor it
    context: Mapping[str, str]  # concept key -> facet another name of its sentence must have

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_key", {c.key: c for c in self.concepts})

    def facet(self, name: str) -> Facet:
        return next(f for f in self.facets if f.name == name)

    def concept(self, key: str) -> Concept:
        by_key: dict[str, Concept] = self.__dict__["_by_key"]
        return by_key[key]


def shipped() -> tuple[str, ...]:
    """The names of the lexicons shipped with monitor."""
    folder = resources.files("monitor").joinpath(_SHIPPED)
    return tuple(
        sorted(p.name.removesuffix(".toml") for p in folder.iterdir() if p.name.endswith(".toml"))
    )


def is_path(ref: str) -> bool:
    """Whether a story's ``lexicon`` value is a file's path rather than a shipped name."""
    return ref.endswith(".toml") or "/" in ref or "\\" in ref


def resolve(ref: str, base_dir: Path) -> str:
    """A story's ``lexicon`` value as a run uses it: a shipped name as given, a path made
    absolute against the configuration's folder. Loads it: a LexiconError says what is wrong."""
    if not is_path(ref):
        load(ref)
        return ref
    path = Path(ref).expanduser()
    absolute = str(path if path.is_absolute() else (base_dir / path).resolve())
    load(absolute)
    return absolute


def load(ref: str) -> Lexicon:
    """The lexicon a shipped name or an absolute path names (read once per process)."""
    if is_path(ref):
        path = Path(ref)
        try:
            mtime = path.stat().st_mtime_ns
        except OSError as exc:
            raise LexiconError(_file_problem(path, exc)) from exc
        return _load_file(str(path), mtime)
    return _load_shipped(ref)


@lru_cache(maxsize=8)
def _load_shipped(name: str) -> Lexicon:
    names = shipped()
    if name not in names:
        raise LexiconError(
            f"no shipped lexicon {name!r} (shipped: {', '.join(names)}; "
            "or give the path of a .toml file)"
        )
    text = resources.files("monitor").joinpath(_SHIPPED, f"{name}.toml").read_text("utf-8")
    return parse(tomllib.loads(text), name)


@lru_cache(maxsize=8)
def _load_file(path: str, mtime: int) -> Lexicon:
    del mtime  # part of the cache key only: an edited file is read again
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise LexiconError(_file_problem(Path(path), exc)) from exc
    except UnicodeDecodeError as exc:
        raise LexiconError(f"lexicon {path} is not UTF-8 text ({exc.reason})") from exc
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"lexicon {path} is not valid TOML: {exc}") from exc
    return parse(data, path)


def _file_problem(path: Path, exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return f"lexicon file {path} not found"
    if isinstance(exc, IsADirectoryError):
        return f"lexicon {path} is a folder, not a TOML file"
    return f"cannot read lexicon {path}: {(exc.strerror or str(exc)).lower()}"


def parse(data: Mapping[str, Any], source: str) -> Lexicon:
    """A lexicon from its TOML mapping; a LexiconError names ``source`` and the first problem."""
    try:
        return _parse(data, source)
    except _Bad as exc:
        raise LexiconError(f"lexicon {source}: {exc}") from None


class _Bad(Exception):
    pass


def _parse(data: Mapping[str, Any], source: str) -> Lexicon:
    raw_facets = _table(data, "facets")
    facets = tuple(_facet(name, value) for name, value in raw_facets.items())
    if not facets:
        raise _Bad("[facets] names no facet")
    names = {f.name for f in facets}
    core = _strings(data, "core")
    if len(core) != 2 or not set(core) <= names:
        raise _Bad(f"`core` must name two facets of [facets] ({', '.join(sorted(names))})")
    raw_concepts = data.get("concepts")
    if not isinstance(raw_concepts, list) or not raw_concepts:
        raise _Bad("no [[concepts]] table")
    concepts = tuple(_concept(n, c, names) for n, c in enumerate(raw_concepts, start=1))
    keys = {c.key for c in concepts}
    if len(keys) != len(concepts):
        raise _Bad("two [[concepts]] share a key")
    anchors_table = data.get("anchors", {})
    if not isinstance(anchors_table, Mapping):
        raise _Bad("[anchors] must be a table")
    anchored = str(anchors_table.get("facet", ""))
    anchors = frozenset(_strings(anchors_table, "concepts")) if anchored else frozenset()
    if anchored and anchored not in names:
        raise _Bad(f"[anchors] facet {anchored!r} is not in [facets]")
    context = {str(k): str(v) for k, v in _table(data, "context", required=False).items()}
    unknown = sorted((anchors | set(context)) - keys)
    if unknown:
        raise _Bad(f"[anchors] or [context] name no concept {unknown[0]!r}")
    for facet in facets:
        if missing := sorted(set(facet.abroad) - keys):
            raise _Bad(f"[facets.{facet.name}] `abroad` names no concept {missing[0]!r}")
    if not set(context.values()) <= names:
        raise _Bad("[context] names a facet that is not in [facets]")
    name = data.get("name", source)
    return Lexicon(
        name=str(name),
        source=source,
        concepts=concepts,
        facets=facets,
        core=(core[0], core[1]),
        anchored=anchored,
        anchors=anchors,
        context=context,
    )


def _table(data: Mapping[str, Any], key: str, *, required: bool = True) -> Mapping[str, Any]:
    value = data.get(key)
    if value is None and not required:
        return {}
    if not isinstance(value, Mapping):
        raise _Bad(f"no [{key}] table")
    return value


def _strings(data: Mapping[str, Any], key: str) -> list[str]:
    value = data.get(key)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _Bad(f"`{key}` must be a list of strings")
    return value


def _number(data: Mapping[str, Any], key: str, where: str, default: float | None = None) -> float:
    value = data.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise _Bad(f"{where} `{key}` must be a number of at least 0")
    return float(value)


def _facet(name: str, value: Any) -> Facet:
    if not isinstance(value, Mapping):
        raise _Bad(f"[facets.{name}] must be a table")
    where = f"[facets.{name}]"
    scale = _number(value, "scale", where)
    if scale == 0:
        raise _Bad(f"{where} `scale` must be more than 0")
    return Facet(
        name=name,
        label=str(value.get("label", name)),
        scale=scale,
        about=str(value.get("about", value.get("label", name))),
        weight=_number(value, "weight", where, 0.0),
        needs_actor=_flag(value, "needs_actor", where),
        abroad=tuple(_strings(value, "abroad")) if "abroad" in value else (),
    )


def _flag(data: Mapping[str, Any], key: str, where: str) -> bool:
    value = data.get(key, False)
    if not isinstance(value, bool):
        raise _Bad(f"{where} `{key}` must be true or false")
    return value


def _concept(number: int, value: Any, facets: set[str]) -> Concept:
    if not isinstance(value, Mapping):
        raise _Bad(f"[[concepts]] #{number} must be a table")
    key = value.get("key")
    where = f"[[concepts]] {key!r}" if isinstance(key, str) and key else f"[[concepts]] #{number}"
    if not isinstance(key, str) or not key:
        raise _Bad(f"{where} has no `key`")
    kind = value.get("kind")
    if kind not in KINDS:
        raise _Bad(f"{where} `kind` must be one of {', '.join(KINDS)}")
    own = _strings(value, "facets")
    if not set(own) <= facets:
        raise _Bad(f"{where} names a facet that is not in [facets]")
    aliases = _strings(value, "aliases")
    if not aliases:
        raise _Bad(f"{where} has no aliases")
    for alias in aliases:
        if alias.startswith("(?"):
            try:
                re.compile(alias)
            except re.error as exc:
                raise _Bad(
                    f"{where} alias {alias!r} is not a valid regular expression ({exc})"
                ) from None
    return Concept(
        key=key,
        label=str(value.get("label", key)),
        kind=str(kind),
        facets=tuple(own),
        weight=_number(value, "weight", where),
        aliases=tuple(aliases),
    )
