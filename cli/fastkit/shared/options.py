"""The answers that define a project, and the project types fastkit knows."""

from collections.abc import Mapping
from dataclasses import dataclass, field

# Every project type, in the order the questionnaire shows them.
PROJECT_TYPES = {
    "rest-api": "REST API backend: CRUD example domain, auth, database, migrations",
    "microservice": "Microservice: health, readiness, metrics, JSON logs, token verification",
    "fullstack": "Full stack: an API backend with a React or Vue frontend",
    "ai-backend": "AI/ML backend: model serving behind an API",
}
DEFAULT_TYPE = "rest-api"
# What can run once the project is written (generators/setup_steps.py), in the order
# the questionnaire offers it. None runs unless asked: generation stays offline.
SETUP_STEPS = {
    "git": "Initialise a git repository with a first commit (and the pre-commit hooks)?",
    "install": "Create .venv and install the project with its dev tools (uv, else pip)?",
    "lock": "Write a lock file (uv lock) so that installs are reproducible?",
}


@dataclass(frozen=True)
class Default:
    """A default answer the user set, and where (`profile work`, `your settings`):
    the questionnaire and the errors name it."""

    value: str
    source: str


@dataclass(frozen=True)
class ProjectOptions:
    """A project's name and type, its answers to the template's own questions, and
    the setup steps to run once it is written."""

    name: str
    project_type: str
    answers: Mapping[str, str] = field(default_factory=dict)
    setup: frozenset[str] = frozenset()
    # A custom template (--template) and a git one's commit, recorded in .fastkit.yaml.
    template_source: str = ""
    template_commit: str = ""

    def __getitem__(self, key: str) -> str:
        return self.answers[key]

    def template_answers(self) -> dict[str, str]:
        """The answers in the template's own words (cookiecutter variables)."""
        return {"project_name": self.name, **self.answers}
