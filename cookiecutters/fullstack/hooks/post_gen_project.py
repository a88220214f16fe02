# Generated from hooks/post_gen_project.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`.
"""Cookiecutter post-generation hook: prune and lay out the project (code in fastkit_hooks/)."""

import json
import sys
from pathlib import Path

CONTEXT = json.loads(r"""{{ cookiecutter | jsonify }}""")
# cookiecutter renders this script in the template's folder but runs it in the
# project's: a relative template path (`cookiecutter cookiecutters/rest-api`) would
# not be found from there, so the folder it was rendered in is used.
CONTEXT["_repo_dir"] = json.loads(r'{{ template_dir | tojson }}')  # fmt: skip
sys.path.insert(0, str(Path(CONTEXT["_repo_dir"])))

from fastkit_hooks.post_gen import run  # noqa: E402

run(Path.cwd(), CONTEXT)
