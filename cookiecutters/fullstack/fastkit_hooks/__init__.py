# Generated from hooks/fastkit_hooks/__init__.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`.
"""Hook code shared by every fastkit cookiecutter.

This folder is the one source; `python hooks/sync.py` copies it into each
cookiecutter's hooks/ so that a cookiecutter works alone, and a test fails
when a copy drifts. The fastkit CLI imports the same modules, so prompts,
flags and hooks apply one set of rules.
"""


class InvalidAnswer(ValueError):
    """An answer, or a combination of answers, that the template refuses."""
