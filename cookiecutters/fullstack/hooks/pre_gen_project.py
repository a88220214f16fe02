# Generated from hooks/pre_gen_project.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`.
"""Cookiecutter pre-generation hook: validate the answers (code in fastkit_hooks/)."""

import json
import sys
from pathlib import Path

CONTEXT = json.loads(r"""{{ cookiecutter | jsonify }}""")
# cookiecutter renders this script in the template's folder but runs it in the
# project's: a relative template path (`cookiecutter cookiecutters/rest-api`) would
# not be found from there, so the folder it was rendered in is used.
CONTEXT["_repo_dir"] = json.loads(r'{{ template_dir | tojson }}')  # fmt: skip
TEMPLATE_DIR = Path(CONTEXT["_repo_dir"])
sys.path.insert(0, str(TEMPLATE_DIR))

from fastkit_hooks.pre_gen import run  # noqa: E402

sys.exit(run(CONTEXT, TEMPLATE_DIR))
