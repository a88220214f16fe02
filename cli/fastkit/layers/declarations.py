"""Each type's cookiecutter.json, built from its declaration (hooks/sync.py writes it).

A type is a list of layers: the shared project (cookiecutters/_shared/layer.yaml),
the parts its type.yaml names (cookiecutters/_shared/parts/<part>/layer.yaml), then
the type itself (cookiecutters/<type>/type.yaml). Each layer, in that order, may add
or change questions, flags, rules, features (flag -> the paths it owns), variants,
refusals and reserved names, and may bring choice folders: choices/<question>/<value>/
choice.yaml, the label of one value, the flags it turns on (`flags`), the values
it gives others (`sets`) and the commands create-project tells the user to run
(`next`: `first`, `setup` before serving, `beside` the app). A later layer's
choice.yaml replaces the keys it names.

Flags "from choices" become Jinja over the values the type offers, so a value the
type does not offer never reaches its expressions; a rule may name values by the
flag they turn on (`{db: {giving: __database}}`), so a value added later is in it.

Layers from elsewhere go on top (`extensions`: folders outside the repository, such
as a contributor's or a plugin's, each with a layer.yaml): the same keys, and
`offer: {question: [value, ...]}` to add values to a question the type asks, each
with its choice folder in that layer or another.
"""

import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import yaml

FROM_CHOICES = "from choices"
# What a descriptor's blocks (fastkit/layers/shapes.py) say of a value without its listing it:
# a server beside the app, with credentials for compose, an SQL server.
IMPLIED_FLAGS = {"service": ["__servers"], "database": ["__sql", "__server_sql", "__database"]}
MIGRATE = ".venv/bin/alembic upgrade head"
GENERATED = "_generated"
EXTENSIONS = ("escaping.Escaping", "fragments.Fragments")


def layer_folders(template: Path, extensions: Sequence[Path] = ()) -> list[Path]:
    """The folders of a type's layers, bottom up; its cookiecutters folder holds _shared."""
    shared = template.parent / "_shared"
    folders = [shared / "parts" / part for part in declaration(template).get("layers", [])]
    for folder in folders:
        if not folder.is_dir():
            problem = f"no layer {folder.name!r} in _shared/parts"
            raise ValueError(f"{template.name}/type.yaml: {problem}")
    for extension in extensions:
        if not (extension / "layer.yaml").is_file():
            raise ValueError(f"{extension}: an extension layer is a folder with a layer.yaml")
    return [shared, *folders, template, *extensions]


# What a layer.yaml may say; a type.yaml also names its template, description and parts.
LAYER_KEYS = {
    "questions", "offer", "flags", "features", "variants", "rules", "not_offered",
    "defaults_when", "reserved_names", "extends",
}  # fmt: skip
# `extends` names the type a custom template's layer goes on (fastkit.layers.custom).
TYPE_KEYS = (LAYER_KEYS - {"extends"}) | {"template", "description", "layers"}
# The kind of value each key takes (checked when a declaration is read).
SHAPES: dict[str, type] = {
    "questions": dict, "offer": dict, "flags": dict, "features": dict, "variants": dict,
    "rules": list, "not_offered": dict, "defaults_when": list, "reserved_names": list,
    "extends": str, "template": str, "description": str, "layers": list,
}  # fmt: skip
KIND_NAMES: dict[type, str] = {dict: "mapping", list: "list", str: "text"}


def declaration(folder: Path) -> dict[str, Any]:
    path = folder / "type.yaml" if (folder / "type.yaml").exists() else folder / "layer.yaml"
    if not path.exists():
        return {}  # a part may bring files and no questions
    data = read_yaml(path) or {}
    allowed = TYPE_KEYS if path.name == "type.yaml" else LAYER_KEYS
    if not isinstance(data, dict) or set(data) - allowed:
        unknown = sorted(set(data) - allowed) if isinstance(data, dict) else []
        said = f"unknown key {unknown[0]!r}" if unknown else "not a mapping"
        raise ValueError(f"{path}: {said}; a {path.name} takes {', '.join(sorted(allowed))}")
    for key, kind in SHAPES.items():
        if key in data and not isinstance(data[key], kind):
            raise ValueError(f"{path}: {key} must be a {KIND_NAMES[kind]}")
    for key in ("rules", "defaults_when"):
        if not all(
            isinstance(entry, dict) and all(isinstance(entry.get(k), dict) for k in ("if", "then"))
            for entry in data.get(key, [])
        ):
            raise ValueError(f"{path}: each of {key} is a mapping with if and then mappings")
    if not all(isinstance(name, str) for name in data.get("reserved_names", [])):
        raise ValueError(f"{path}: reserved_names is a list of names")
    if not all(
        isinstance(paths, list) and all(isinstance(p, str) for p in paths)
        for paths in data.get("features", {}).values()
    ):
        raise ValueError(f"{path}: features maps a flag to a list of paths")
    offer = data.get("offer", {})
    if not isinstance(offer, dict) or not all(
        isinstance(values, list) and all(isinstance(v, str) for v in values)
        for values in offer.values()
    ):
        raise ValueError(f"{path}: offer maps a question to a list of values, as {{db: [x]}}")
    return data


def read_yaml(path: Path) -> Any:
    """A declaration's data, or a ValueError naming the file and the line."""
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as error:
        mark = getattr(error, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        raise ValueError(f"{path}: not YAML{where}") from error


def _question(folder: Path, name: str, question: Any) -> dict[str, Any]:
    """A question as a layer leaves it: a prompt, a default and the question it comes
    after as text, and for a choice a list of distinct values (a null key is left out)."""
    if not isinstance(question, dict) or set(question) - {"prompt", "default", "values", "after"}:
        raise ValueError(f"{folder}: questions: {name} takes prompt, default, values and after")
    shaped: dict[str, Any] = {str(k): v for k, v in question.items() if v is not None}
    for key in ("prompt", "default", "after"):
        if key in shaped and not isinstance(shaped[key], str):
            raise ValueError(f"{folder}: questions: {name}: {key} must be text")
    values = shaped.get("values")
    if values is not None and (
        not isinstance(values, list)
        or not values
        or not all(isinstance(v, str) and v for v in values)
        or len(set(values)) != len(values)
    ):
        raise ValueError(
            f"{folder}: questions: {name}: values must be distinct texts, at least one"
        )
    return shaped


def stacked(folders: Iterable[Path]) -> dict[str, Any]:
    """The layers' declarations merged in order: mappings key by key (a question's
    keys too; null removes), lists of features and reserved names appended, rules added."""
    merged: dict[str, Any] = {
        "questions": {}, "flags": {}, "features": {}, "variants": {}, "rules": [],
        "not_offered": {}, "defaults_when": [], "reserved_names": [],
    }  # fmt: skip
    for folder in folders:
        layer = declaration(folder)
        for name, question in layer.get("questions", {}).items():
            if question is None:
                merged["questions"].pop(name, None)
            elif name in merged["questions"]:
                before = merged["questions"][name]
                merged["questions"][name] = _question(folder, name, {**before, **question})
                if "values" in before and "values" not in merged["questions"][name]:
                    raise ValueError(f"{folder}: {name} is a question of choices: it stays one")
            else:
                merged["questions"] = _insert(
                    merged["questions"], name, _question(folder, name, question)
                )
        for name, values in layer.get("offer", {}).items():
            if "values" not in merged["questions"].get(name, {}):
                raise ValueError(f"{folder}: offer: {name!r} is no question of choices here")
            question = merged["questions"][name]
            twice = [value for value in values if value in question["values"]]
            if twice:
                raise ValueError(f"{folder}: offer: {name} offers {twice[0]!r} already")
            merged["questions"][name] = {**question, "values": [*question["values"], *values]}
        merged["flags"].update(layer.get("flags", {}))
        for flag, paths in layer.get("features", {}).items():
            merged["features"][flag] = merged["features"].get(flag, []) + paths
        merged["variants"].update(layer.get("variants", {}))
        merged["not_offered"].update(layer.get("not_offered", {}))
        for key in ("rules", "defaults_when", "reserved_names"):
            merged[key] += layer.get(key, [])
        for key in ("template", "description", "layers"):
            if key in layer:
                merged[key] = layer[key]
    return merged


def _insert(questions: dict[str, Any], name: str, question: dict[str, Any]) -> dict[str, Any]:
    """A new question goes after the one it names in `after`, else last."""
    after = question.pop("after", None)
    if after is None:
        return {**questions, name: question}
    keys = list(questions)
    keys.insert(keys.index(after) + 1, name)
    return {key: question if key == name else questions[key] for key in keys}


def choices(folders: list[Path], question: str, values: list[str]) -> dict[str, dict[str, Any]]:
    """Each offered value's choice.yaml, later layers over earlier ones."""
    found: dict[str, dict[str, Any]] = {}
    for value in values:
        if not isinstance(value, str):  # YAML reads a bare no/yes as a boolean
            raise ValueError(f"{question}: quote {value!r} in YAML, as a string")
        for folder in folders:
            path = folder / "choices" / question / value / "choice.yaml"
            if path.exists():
                data = read_yaml(path)
                if not isinstance(data, dict):
                    raise ValueError(f"{path}: a choice.yaml is a mapping (label, flags, ...)")
                found[value] = {**found.get(value, {}), **data}
        if value not in found:
            raise ValueError(f"no choices/{question}/{value}/choice.yaml in any layer")
        found[value] = _with_implied(found[value])
    return found


def _with_implied(choice: dict[str, Any]) -> dict[str, Any]:
    """A choice with the flags its blocks imply, and, for an SQL server, its dialect
    (`__dialect`) and the commands that create its database and migrate it."""
    implied = [flag for block, flags in IMPLIED_FLAGS.items() if block in choice for flag in flags]
    if choice.get("service", {}).get("credentials"):
        implied.append("__credentials")
    flags = list(dict.fromkeys([*choice.get("flags", []), *implied]))
    if "database" in choice:
        sets = {"__dialect": choice["database"]["dialect"], **choice.get("sets", {})}
        choice = {**choice, "sets": sets}
        if "next" not in choice:
            choice = {**choice, "next": {"setup": [choice["database"]["create"], MIGRATE]}}
    return {**choice, "flags": flags}


def flag_expression(flag: str, rule: Any, offered: dict[str, dict[str, dict[str, Any]]]) -> str:
    """The Jinja for one flag: its own text, or built from what the offered values give."""
    if isinstance(rule, str) and rule != FROM_CHOICES:
        return rule
    if isinstance(rule, dict):  # the value a chosen value sets, else `otherwise`
        otherwise = str(rule.get("otherwise", ""))

        def gives(choice: dict[str, Any]) -> str | None:
            value = choice.get("sets", {}).get(flag)
            return None if value is None else str(value)
    else:  # "yes" where a chosen value turns it on

        def gives(choice: dict[str, Any]) -> str | None:
            return "yes" if flag in choice.get("flags", []) else None

        otherwise = ""
    branches: dict[str, list[str]] = {}  # flag value -> the conditions that give it
    for question, values in offered.items():
        picked: dict[str, list[str]] = {}
        for value, choice in values.items():
            if (given := gives(choice)) is not None:
                picked.setdefault(given, []).append(value)
        for given, chosen in picked.items():
            branches.setdefault(given, []).append(_condition(question, chosen))
    if not branches:
        return otherwise
    tests = " else ".join(
        f"{_literal(given)} if {' or '.join(conds)}" for given, conds in branches.items()
    )
    return f"{{{{ {tests} else {_literal(otherwise)} }}}}"


def _literal(text: str) -> str:
    """A Jinja string literal: single-quoted, as the expressions read best."""
    return f"'{text}'" if "'" not in text and "\\" not in text else json.dumps(text)


def _values(part: dict[str, Any], offered: dict[str, dict[str, dict[str, Any]]]) -> dict[str, Any]:
    """A rule's `{question: [values]}`, where `{giving: __flag}` stands for the offered
    values that turn the flag on: a value added later is in the rule by what it gives."""
    return {
        question: [
            value for value, c in offered[question].items() if v["giving"] in c.get("flags", [])
        ]
        if isinstance(v, dict)
        else v
        for question, v in part.items()
    }


def _condition(question: str, values: list[str]) -> str:
    if len(values) == 1:
        return f"cookiecutter.{question} == '{values[0]}'"
    return f"cookiecutter.{question} in [{', '.join(repr(v) for v in values)}]"


def cookiecutter_json(
    template: Path, version: str, extensions: Sequence[Path] = ()
) -> dict[str, Any]:
    """The type's cookiecutter.json, but the example domain's variants (sync adds them)."""
    folders = layer_folders(template, extensions)
    merged = stacked(folders)
    context: dict[str, Any] = {
        GENERATED: f"by hooks/sync.py from {template.name}/type.yaml, its layers and their "
        "choice folders: edit those, then run `python hooks/sync.py`"
    }
    prompts: dict[str, Any] = {}
    offered: dict[str, dict[str, dict[str, Any]]] = {}
    for name, question in merged["questions"].items():
        if "values" in question:
            offered[name] = choices(folders, name, question["values"])
            context[name] = question["values"]
            prompts[name] = {"__prompt__": question["prompt"]} | {
                value: choice["label"] for value, choice in offered[name].items()
            }
        else:
            context[name] = question["default"]
            prompts[name] = question["prompt"]
    for flag, rule in merged["flags"].items():
        context[flag] = flag_expression(flag, rule, offered)
    context["__prompts__"] = prompts
    context["_fastkit"] = {
        "template": merged["template"],
        "version": version,
        **({"parts": merged["layers"]} if merged.get("layers") else {}),
        "description": merged["description"],
        "rules": [
            {**rule, "if": _values(rule["if"], offered), "then": _values(rule["then"], offered)}
            for rule in merged["rules"]
        ],
        "reserved_names": merged["reserved_names"],
        "features": merged["features"],
        "variants": merged["variants"],
        **{key: merged[key] for key in ("defaults_when", "not_offered") if merged[key]},
        "next_steps": {
            question: steps
            for question, values in offered.items()
            if (steps := {value: c["next"] for value, c in values.items() if "next" in c})
        },
    }
    context["_copy_without_render"] = ["*.mako"]  # Alembic's template is Mako, not Jinja
    context["_extensions"] = [f"fastkit_hooks.{name}" for name in EXTENSIONS]
    return context


def with_flag(meta: dict[str, Any], flag: str, expression: str) -> dict[str, Any]:
    """A flag added before `__prompts__`, where cookiecutter renders flags in order."""
    keys = list(meta)
    keys.insert(keys.index("__prompts__"), flag)
    return {key: expression if key == flag else meta[key] for key in keys}


def text(meta: dict[str, Any]) -> bytes:
    """A cookiecutter.json's bytes, as sync writes them."""
    return (dumps(meta) + "\n").encode()


def packed(pieces: list[str], separator: str, width: int) -> list[list[str]]:
    """The pieces in lines of at most `width` characters (a longer piece alone)."""
    lines: list[list[str]] = [[]]
    for piece in pieces:
        if lines[-1] and len(separator.join([*lines[-1], piece])) > width:
            lines.append([])
        lines[-1].append(piece)
    return lines


def dumps(data: Any, indent: str = "") -> str:
    """JSON with short lists of strings on one line, wrapped at 100 characters, so a
    reader of the generated file sees a question and its values together."""
    inner = indent + "  "
    if isinstance(data, dict) and data:
        items = [f"{inner}{json.dumps(key)}: {dumps(value, inner)}" for key, value in data.items()]
        return "{\n" + ",\n".join(items) + f"\n{indent}}}"
    if isinstance(data, list) and data and all(isinstance(v, str) for v in data):
        words = [json.dumps(v, ensure_ascii=False) for v in data]
        one_line = "[" + ", ".join(words) + "]"
        if len(indent) + len(one_line) < 90:
            return one_line
        lines = packed(words, ", ", 98 - len(inner))
        text = ",\n".join(inner + ", ".join(line) for line in lines)
        return f"[\n{text}\n{indent}]"
    if isinstance(data, list) and data:
        return "[\n" + ",\n".join(inner + dumps(v, inner) for v in data) + f"\n{indent}]"
    return json.dumps(data, ensure_ascii=False)
