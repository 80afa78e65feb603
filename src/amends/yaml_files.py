"""Validating YAML a person wrote: every problem reported as ``source:line: where: what``.

The taxonomy and the policy are both files people edit by hand. Pydantic says *what* is wrong and
*where* in the data; this module adds the line of the YAML, and names list items by their ``name``
or ``id`` (``teams[2] (billing) -> agents[0]``) so either finds the spot.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from amends.errors import AmendsError

Model = TypeVar("Model", bound=BaseModel)


def validate_yaml(
    text: str, model: type[Model], *, source: str, what: str, error: type[AmendsError]
) -> Model:
    """Parse and validate; raises ``error`` with one ``{line, path, message}`` per problem."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as problem:
        mark = getattr(problem, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        details = [{"line": line, "path": "", "message": f"not valid YAML: {problem}"}]
        raise error(f"{source}: not valid YAML: {problem}", details=details) from None
    try:
        return model.model_validate(data)
    except ValidationError as invalid:
        details = [describe(problem, data, text) for problem in invalid.errors()]
        lines = [
            f"{source}:{d['line']}: {d['path'] or 'top level'}: {d['message']}"
            if d["line"]
            else f"{source}: {d['path'] or 'top level'}: {d['message']}"
            for d in details
        ]
        raise error(
            f"{source}: invalid {what}:\n  " + "\n  ".join(lines), details=details
        ) from None


def read_text(path: Path | str, *, what: str, error: type[AmendsError]) -> str:
    path = Path(path)
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as problem:
        raise error(f"{path}: cannot read the {what}: {problem}") from None


def describe(problem: Any, data: Any, text: str) -> dict[str, Any]:
    location = tuple(key for key in problem["loc"] if isinstance(key, int | str))
    message = str(problem["msg"]).removeprefix("Value error, ")
    return {"line": line_of(location, text), "path": where(location, data), "message": message}


def where(location: tuple[int | str, ...], data: Any) -> str:
    """``topics[2] (billing) -> phrases[3]``: index and the item's name, so either finds it."""
    parts: list[str] = []
    node = data
    for key in location:
        if isinstance(key, int):
            parts[-1:] = [f"{parts[-1]}[{key}]" if parts else f"[{key}]"]
            node = node[key] if isinstance(node, list) and key < len(node) else None
            label = _label(node)
            if label:
                parts[-1] += f" ({label})"
        else:
            parts.append(key)
            node = node.get(key) if isinstance(node, dict) else None
    return " -> ".join(parts)


def _label(node: Any) -> str | None:
    if isinstance(node, dict):
        for key in ("name", "id"):
            if isinstance(node.get(key), str):
                return str(node[key])
    return None


def line_of(location: tuple[int | str, ...], text: str) -> int | None:
    """The 1-based line of the deepest YAML node the location reaches."""
    try:
        node: yaml.Node | None = yaml.compose(text)
    except yaml.YAMLError:
        return None
    line = None
    for key in location:
        if node is None:
            break
        line = node.start_mark.line + 1
        node = _child(node, key)
    if node is not None:
        line = node.start_mark.line + 1
    return line


def _child(node: yaml.Node, key: int | str) -> yaml.Node | None:
    if isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
        child: yaml.Node = node.value[key]
        return child
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if key_node.value == str(key):
                found: yaml.Node = value_node
                return found
    return None
