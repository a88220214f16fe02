"""fastkit: FastAPI project generator (cookiecutter templates and a small CLI)."""

__version__ = "0.1.0"
