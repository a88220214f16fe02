"""The fuzzing floor keeps its fuzz test; the plain floor has none."""

from pathlib import Path

if "{{ cookiecutter.fuzz }}" != "yes":
    Path("tests/test_fuzz.py").unlink()
