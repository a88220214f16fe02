"""One update of a generated project: which template made it (base), which one and
which answers make it now (new), the merge of base->new into the user's tree, and
the project's record (.fastkit.yaml) rewritten to say what it is now.

fastkit update, add and remove are this with different answers.
"""

import subprocess
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastkit import __version__
from fastkit.generators.project_generator import GenerationFailed
from fastkit.shared.templates import TemplateSpec, available_types, load_template
from fastkit.shared.validators import (
    InvalidInput,
    validate_answers,
    validate_choice,
    validate_given,
    validate_text,
    with_defaults,
)
from fastkit.updates.apply import write_all
from fastkit.updates.merge import Plan, plan
from fastkit.updates.renders import Tree, read_tree, render_folder
from fastkit.updates.versions import VERSION, archived, archived_versions, keep, template_version
from fastkit_hooks.answers import ANSWERS_FILE, answers_text, read_answers
from fastkit_hooks.spec import load_spec


@dataclass
class Update:
    """What an update found and did."""

    plan: Plan
    changed_answers: dict[str, tuple[str, str]]  # question -> (before, after)
    user: Tree  # the user's files the plan looked at (for the dry run's diff)


def update_project(
    root: Path,
    changes: Mapping[str, str],
    *,
    from_template: Path | None = None,
    to: str | None = None,
    dry_run: bool = False,
    allow_dirty: bool = False,
    report: Callable[[str], None] = lambda message: None,
) -> Update:
    """Bring the project at root to today's template (or the version `to`: an archived
    version or a template folder) with the answers changed by `changes`; with dry_run,
    only say what would change."""
    document = read_record(root)
    if not allow_dirty and not dry_run:
        _require_clean(root)
    template = str(document["template"])
    recorded = {str(k): _text(v) for k, v in document["answers"].items()}
    with tempfile.TemporaryDirectory(prefix="fastkit-update-") as work:
        folder = Path(work)
        spec = _target(template, to, folder / "target")
        answers = _new_answers(spec, recorded, changes)
        new_version = template_version(spec.path)
        base_template, made_with = _base_template(
            document, template, from_template, spec, folder / "templates", root
        )
        report(f"the project was made with {made_with}")
        base_root = render_folder(base_template, recorded, folder / "base")
        new_root = render_folder(spec.path, answers, folder / "new")
        report(f"rendered it as made and as {template} {new_version} would make it")
        base, new = read_tree(base_root), read_tree(new_root)
        user = read_tree(root, only=set(base) | set(new))
        changes_planned = plan(base, new, user)
        if changes_planned.revisions:
            raise InvalidInput(_revisions_refused(changes_planned.revisions, recorded, answers))
        record = _new_record(document, new_root, new_version, changes_planned, new)
        writes = changes_planned.writes()
        if record != document:  # an unchanged record keeps its text, comments included
            writes[ANSWERS_FILE] = answers_text(record).encode()
        if not dry_run:
            write_all(root, writes, new_root)
            keep(spec.path, template, new_version)
    changed = {k: (recorded.get(k, ""), v) for k, v in answers.items() if recorded.get(k) != v}
    return Update(changes_planned, changed, user)


def _text(value: object) -> str:
    # YAML reads an unquoted yes/no as a boolean.
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def read_record(root: Path) -> dict[str, Any]:
    """The project's .fastkit.yaml, refused in one line unless it says what made it."""
    path = root / ANSWERS_FILE
    try:
        document = read_answers(path)
    except ValueError as error:
        raise InvalidInput(str(error)) from error
    if "template_source" in document:
        raise InvalidInput(
            f"{path} was made from the custom template {document['template_source']}: "
            "fastkit update brings built-in types up to date only, so far"
        )
    template, answers = document.get("template"), document.get("answers")
    if template not in available_types() or not isinstance(answers, dict):
        raise InvalidInput(
            f"{path} does not say what made the project: it needs `template` (one of "
            f"{', '.join(available_types())}) and `answers` (a mapping), as create-project "
            "writes them"
        )
    if not isinstance(answers.get("project_name"), str):
        raise InvalidInput(f"{path}: answers must hold the project_name the project was made with")
    return document


def _require_clean(root: Path) -> None:
    """Refuse a git work tree with changes: the update must be one reviewable diff."""
    try:
        status = subprocess.run(
            ["git", "-C", str(root), "status", "--porcelain", "--", "."],
            capture_output=True,
            text=True,
            check=False,
        )
    except FileNotFoundError:  # no git: no work tree to keep apart
        return
    if status.returncode != 0:  # not a git work tree (or no git): nothing to compare
        return
    dirty = [line[3:] for line in status.stdout.splitlines()]
    if dirty:
        shown = ", ".join(dirty[:3]) + (f" and {len(dirty) - 3} more" if len(dirty) > 3 else "")
        raise InvalidInput(
            f"{root} has uncommitted changes ({shown}): commit or stash them first, "
            "so that the update is one diff you can review, or pass --allow-dirty"
        )


def _new_answers(
    spec: TemplateSpec, recorded: Mapping[str, str], changes: Mapping[str, str]
) -> dict[str, str]:
    """Every answer of today's template: the recorded ones it still asks, the changes,
    and its defaults for questions it did not ask then; by create-project's rules."""
    name = recorded["project_name"]
    for key, value in changes.items():
        if key == "project_name":
            raise InvalidInput(
                "project_name cannot change: it names the package and the folder; "
                "rename those by hand"
            )
        if key not in spec.questions:
            raise InvalidInput(
                f"{key}={value}: {spec.name} has no question {key!r}; its questions: "
                f"{', '.join(spec.questions)}"
            )
        if key in spec.choices:
            validate_choice(spec, key, value)
        else:
            validate_text(key, value)
    kept = {k: v for k, v in recorded.items() if k in spec.questions and k not in changes}
    for key, value in kept.items():
        if key in spec.choices and value not in spec.choices[key]:
            raise InvalidInput(
                f"{ANSWERS_FILE} records {key}: {value}, which {spec.name} does not offer "
                f"({', '.join(spec.choices[key])}): choose one with --set {key}=VALUE"
            )
    given = kept | dict(changes)
    validate_given(spec, given)
    answers = with_defaults(spec, given)
    validate_answers(spec, name, answers)
    return {"project_name": name, **answers}


def _target(template: str, to: str | None, unpack_into: Path) -> TemplateSpec:
    """The template to update to: today's, or --to's archived version or folder."""
    if to is None:
        return load_template(template)
    folder = Path(to)
    if not (folder / "cookiecutter.json").is_file():
        kept = archived(template, to, unpack_into) if VERSION.fullmatch(to) else None
        if kept is None:
            versions = ", ".join(archived_versions(template)) or "none"
            raise InvalidInput(
                f"--to {to}: neither a template folder nor a version of {template} in the "
                f"archive (archived: {versions})"
            )
        folder = kept
    spec = TemplateSpec(name=template, path=folder, data=load_spec(folder))
    if spec.data.get("_fastkit", {}).get("template") != template:
        raise InvalidInput(f"--to {to}: not a {template} template; the project is a {template}")
    return spec


def _base_template(
    document: Mapping[str, Any],
    template: str,
    given: Path | None,
    spec: TemplateSpec,
    unpack_into: Path,
    root: Path,
) -> tuple[Path, str]:
    """The template folder that made the project, and how it was found."""
    if given is not None:
        if not (given / "cookiecutter.json").is_file():
            raise InvalidInput(
                f"--from-template {given}: not a cookiecutter folder (no cookiecutter.json); "
                f"give the {template} folder of the fastkit that made the project "
                f"(its cookiecutters/{template})"
            )
        return given, f"the template in {given} (given)"
    version = document.get("template_version")
    if version is not None and not (isinstance(version, str) and VERSION.fullmatch(version)):
        raise InvalidInput(
            f"{ANSWERS_FILE}: template_version {version!r} is not one fastkit writes "
            "(16 hex digits): restore it, or delete the line and give --from-template PATH"
        )
    if version is not None:
        if version == template_version(spec.path):
            return spec.path, f"{template} {version}, today's template"
        kept = archived(template, version, unpack_into)
        if kept is not None:
            return kept, f"{template} {version}, from the template archive"
        raise InvalidInput(
            f"the project was made with {template} {version}, which this machine's template "
            f"archive does not hold: give that template with --from-template PATH "
            f"(cookiecutters/{template} of the fastkit checkout that made it)"
        )
    return _guessed(document, template, spec, unpack_into, root)


def _guessed(
    document: Mapping[str, Any], template: str, spec: TemplateSpec, unpack_into: Path, root: Path
) -> tuple[Path, str]:
    """No version recorded (made before fastkit recorded it, or by plain cookiecutter):
    the known version whose render has most of the project's files as they are."""
    answers = {str(k): _text(v) for k, v in document["answers"].items()}
    candidates = [(template_version(spec.path), spec.path)]
    for version in reversed(archived_versions(template)):
        if version != candidates[0][0] and (kept := archived(template, version, unpack_into)):
            candidates.append((version, kept))
    best: tuple[int, str, Path] | None = None
    for version, folder in candidates:
        with tempfile.TemporaryDirectory(dir=unpack_into.parent) as scratch:
            try:
                rendered = read_tree(render_folder(folder, answers, Path(scratch)))
            except GenerationFailed:  # a version these answers do not fit: not the one
                continue
        same = sum(1 for path, text in read_tree(root, only=set(rendered)).items()
                   if rendered[path] == text)  # fmt: skip
        if best is None or same > best[0]:
            best = (same, version, folder)
    if best is None:
        raise InvalidInput(
            f"{ANSWERS_FILE} records no template version, and no {template} template this "
            "machine has renders its answers: give the one that made it with --from-template"
        )
    same, version, folder = best
    return folder, (
        f"{template} {version} (guessed: {ANSWERS_FILE} records no template version; "
        f"{same} of the project's files are as that version makes them; if it is not the "
        "one, give the template that made it with --from-template PATH)"
    )


def _revisions_refused(
    revisions: list[str], recorded: Mapping[str, str], answers: Mapping[str, str]
) -> str:
    changed = [f"{k} {recorded.get(k, '(none)')} -> {v}" for k, v in answers.items()
               if recorded.get(k) != v]  # fmt: skip
    why = f"the change ({', '.join(changed)})" if changed else "today's template"
    return (
        f"{why} would rewrite the migration history ({', '.join(revisions)}); fastkit never "
        "rewrites a revision and cannot yet write the one that alters the tables, so nothing "
        "was written: make that change in a new project, or by hand with "
        "`alembic revision --autogenerate`"
    )


def _new_record(
    document: Mapping[str, Any], new_root: Path, version: str, planned: Plan, new: Tree
) -> dict[str, Any]:
    """.fastkit.yaml as the new render writes it, with the project's own record kept:
    its setup and domains, each domain file the update replaced given its new digest."""
    fresh = read_answers(new_root / ANSWERS_FILE)
    record: dict[str, Any] = {
        "template": fresh["template"],
        "fastkit_version": __version__,
        "template_version": version,
        "answers": fresh["answers"],
    }
    if "setup" in document:
        record["setup"] = document["setup"]
    domains = document.get("domains")
    if isinstance(domains, dict):
        writes = planned.writes()
        remade = fresh.get("domains") or {}
        record["domains"] = {
            name: _with_new_digests(body, remade.get(name), writes, new)
            for name, body in domains.items()
        }
    return record


def _with_new_digests(body: Any, remade: Any, writes: Mapping[str, bytes | None], new: Tree) -> Any:
    if not isinstance(body, dict) or not isinstance(remade, dict):
        return body
    files = dict(body.get("files") or {})
    for path, digest in (remade.get("files") or {}).items():
        if path in writes and writes[path] is not None and writes[path] == new.get(path):
            files[path] = digest
    return {**body, "files": files}
