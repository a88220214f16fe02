# Generated from hooks/fastkit_hooks/answers.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`.
"""The answers file (.fastkit.yaml) recorded in every generated project.

It names the template, the fastkit version that rendered it and every public
answer, so that `fastkit create-domain` and a later update know the project,
and `fastkit create-project --config .fastkit.yaml` can repeat it.
"""

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from fastkit_hooks.digests import template_version

ANSWERS_FILE = ".fastkit.yaml"


def public_answers(context: Mapping[str, Any], order: list[str]) -> dict[str, Any]:
    """The questions a user answered (no private `_` or computed `__` keys), in `order`:
    plain cookiecutter hands hooks a key-sorted context, fastkit the spec's order."""
    return {key: context[key] for key in order if key in context and not key.startswith("_")}


def answers_document(
    context: Mapping[str, Any], order: list[str], domains: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    meta = context["_fastkit"]
    document = {"template": meta["template"], "fastkit_version": meta["version"]}
    if context.get("_repo_dir"):  # the folder it renders from: its version, for updates
        document["template_version"] = template_version(Path(context["_repo_dir"]))
    document["answers"] = public_answers(context, order)
    if domains:  # what create-domain may render again (fastkit_hooks.example)
        document["domains"] = dict(domains)
    return document


def answers_text(document: Mapping[str, Any]) -> str:
    """The answers file's text: keys in the order given; libyaml's dumper when PyYAML
    has it (create-domain rewrites a record that grows with every domain)."""
    dumper: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    text: str = yaml.dump(dict(document), Dumper=dumper, sort_keys=False, allow_unicode=True)
    return text


def write_answers(
    project_dir: Path,
    context: Mapping[str, Any],
    order: list[str],
    domains: Mapping[str, Any] | None = None,
) -> Path:
    """Write the answers in `order`, the order the template asks its questions."""
    path = project_dir / ANSWERS_FILE
    document = answers_document(context, order, domains)
    text = answers_text(document)
    path.write_text(text, encoding="utf-8")
    return path


# Ample for create-domain's record of hundreds of domains; a bound on what is parsed.
MAX_ANSWERS_FILE_BYTES = 1024 * 1024


# libyaml's parser when PyYAML has it: create-domain reads a record that grows with
# every domain (the safe constructors are the same either way).
_SafeLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _UniqueKeyLoader(_SafeLoader):  # type: ignore[misc]
    """YAML that refuses a key given twice (plain YAML keeps the last silently)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if not isinstance(key, str | int | float | bool) and key is not None:
                raise yaml.constructor.ConstructorError(
                    None, None, "a key must be text, not a list or a mapping", key_node.start_mark
                )
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r}", key_node.start_mark
                )
            seen.add(key)
        mapping: dict[Any, Any] = super().construct_mapping(node, deep=deep)
        return mapping


def _where(error: yaml.YAMLError) -> str:
    mark = getattr(error, "problem_mark", None)
    problem = getattr(error, "problem", None) or str(error).splitlines()[0]
    if mark is None:
        return problem
    return f"line {mark.line + 1}, column {mark.column + 1}: {problem}"


def read_answers(path: Path) -> dict[str, Any]:
    """Load an answers file; raises ValueError with a one-line reason when it is not one."""
    try:
        if path.exists() and not path.is_file():  # /dev/zero, a pipe: no end
            raise ValueError(f"{path} is not a regular file")
        with path.open("rb") as stream:
            raw = stream.read(MAX_ANSWERS_FILE_BYTES + 1)  # the cap, not the whole file
    except OSError as error:
        raise ValueError(f"cannot read {path}: {error.strerror}") from error
    if len(raw) > MAX_ANSWERS_FILE_BYTES:
        raise ValueError(f"{path} is over 1 MiB: an answers file is at most 1 MiB")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ValueError(f"{path} is not UTF-8 text (byte {error.start})") from error
    try:
        data = yaml.load(text, Loader=_UniqueKeyLoader)  # a SafeLoader
    except yaml.YAMLError as error:
        raise ValueError(f"{path} is not valid YAML: {_where(error)}") from error
    if not isinstance(data, dict):
        raise ValueError(f"{path} must hold a mapping of answers")
    return data
