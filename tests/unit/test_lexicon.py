"""Lexicons as data: the shipped one loads from the package, and bad ones are one sentence."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any

import pytest

from monitor import lexicon
from monitor.lexicon import LexiconError

MINIMAL = """
core = ["thing", "place"]
[facets.thing]
scale = 2
[facets.place]
scale = 2
about = "where it happened"
needs_actor = true
[facets.officials]
scale = 1
weight = 0.5
[anchors]
facet = "thing"
concepts = ["widget"]
[context]
guard = "place"
[[concepts]]
key = "widget"
kind = "term"
facets = ["thing"]
weight = 1
aliases = ["widget", "widgets"]
[[concepts]]
key = "guard"
kind = "actor"
facets = ["place"]
weight = 1
aliases = ["guard"]
"""


def test_the_shipped_lexicon_loads_from_the_package() -> None:
    assert "us-mexico-migration" in lexicon.shipped()
    shipped = lexicon.load("us-mexico-migration")
    assert shipped.name == "us-mexico-migration" and len(shipped.core) == 2
    assert {c.kind for c in shipped.concepts} <= set(lexicon.KINDS)
    assert all(k in {c.key for c in shipped.concepts} for k in shipped.anchors)


def test_a_minimal_lexicon_parses_with_defaults() -> None:
    parsed = lexicon.parse(tomllib.loads(MINIMAL), "mine.toml")
    assert parsed.name == "mine.toml" and parsed.core == ("thing", "place")
    assert parsed.facet("place").about == "where it happened" and parsed.facet("place").needs_actor
    assert not parsed.facet("thing").needs_actor
    assert parsed.facet("thing").label == "thing" and parsed.facet("officials").weight == 0.5
    assert parsed.concept("widget").label == "widget" and dict(parsed.context) == {"guard": "place"}
    assert parsed.facet("place").abroad == ()
    data = tomllib.loads(MINIMAL)
    data["facets"]["place"]["abroad"] = ["widget"]
    assert lexicon.parse(data, "mine.toml").facet("place").abroad == ("widget",)


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda d: d.pop("facets"), "no [facets] table"),
        (lambda d: d.update(core=["thing"]), "`core` must name two facets of [facets]"),
        (lambda d: d.update(core=["thing", "weather"]), "`core` must name two facets"),
        (lambda d: d.pop("concepts"), "no [[concepts]] table"),
        (lambda d: d["concepts"][0].update(kind="noun"), "'widget' `kind` must be one of"),
        (lambda d: d["concepts"][0].update(facets=["x"]), "names a facet that is not in"),
        (lambda d: d["concepts"][0].update(aliases=[]), "'widget' has no aliases"),
        (lambda d: d["concepts"][0].update(weight=-1), "`weight` must be a number of at least 0"),
        (lambda d: d["concepts"][1].update(key="widget"), "two [[concepts]] share a key"),
        (lambda d: d["facets"]["thing"].update(scale=0), "`scale` must be more than 0"),
        (lambda d: d["anchors"].update(concepts=["gadget"]), "name no concept 'gadget'"),
        (lambda d: d["context"].update(guard="weather"), "[context] names a facet that is not"),
        (lambda d: d["facets"]["place"].update(needs_actor="yes"), "must be true or false"),
        (lambda d: d["facets"]["place"].update(abroad=["embassy"]), "names no concept 'embassy'"),
        (lambda d: d["facets"]["place"].update(abroad="widget"), "`abroad` must be a list"),
        (
            lambda d: d["concepts"][0].update(aliases=["(?<!new )widget("]),
            "alias '(?<!new )widget(' is not a valid regular expression",
        ),
    ],
)
def test_a_lexicon_missing_what_the_scorer_needs_is_one_sentence(change: Any, problem: str) -> None:
    data = tomllib.loads(MINIMAL)
    change(data)
    with pytest.raises(LexiconError) as caught:
        lexicon.parse(data, "/x/mine.toml")
    message = str(caught.value)
    assert message.startswith("lexicon /x/mine.toml: ") and problem in message
    assert "\n" not in message


def test_files_resolve_against_the_configuration_folder(tmp_path: Path) -> None:
    (tmp_path / "lex").mkdir()
    (tmp_path / "lex" / "mine.toml").write_text(MINIMAL)
    resolved = lexicon.resolve("lex/mine.toml", tmp_path)
    assert resolved == str((tmp_path / "lex" / "mine.toml").resolve())
    assert lexicon.load(resolved).core == ("thing", "place")
    assert lexicon.resolve("us-mexico-migration", tmp_path) == "us-mexico-migration"


def test_an_edited_file_is_read_again(tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(MINIMAL)
    assert lexicon.load(str(path)).facet("thing").scale == 2
    path.write_text(MINIMAL.replace("[facets.thing]\nscale = 2", "[facets.thing]\nscale = 3"))
    os.utime(path, ns=(1, 10**18))  # a new modification time, whatever the clock's resolution
    assert lexicon.load(str(path)).facet("thing").scale == 3


@pytest.mark.parametrize(
    ("ref", "body", "problem"),
    [
        ("nope", None, "no shipped lexicon 'nope' (shipped: us-mexico-migration"),
        ("missing.toml", None, "lexicon file {path} not found"),
        ("bad.toml", "core = [", "lexicon {path} is not valid TOML: "),
        ("folder.toml", "", "lexicon {path} is a folder, not a TOML file"),
    ],
)
def test_an_unusable_lexicon_reference_is_one_sentence(
    tmp_path: Path, ref: str, body: str | None, problem: str
) -> None:
    path = tmp_path / ref
    if ref == "folder.toml":
        path.mkdir()
    elif body is not None:
        path.write_text(body)
    with pytest.raises(LexiconError) as caught:
        lexicon.resolve(ref, tmp_path)
    assert str(caught.value).startswith(problem.format(path=path))
