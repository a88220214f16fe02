"""The answers that define a project, and the project types fastkit knows."""

from collections.abc import Mapping
from dataclasses import dataclass, field

# Every project type, in the order the questionnaire shows them.
PROJECT_TYPES = {
    "rest-api": "REST API backend: CRUD example domain, auth, database, migrations",
    "microservice": "Microservice: a small service behind a message broker",
    "fullstack": "Full stack: an API backend with a React or Vue frontend",
    "ai-backend": "AI/ML backend: model serving behind an API",
}
DEFAULT_TYPE = "rest-api"


@dataclass(frozen=True)
class ProjectOptions:
    """A project's name and type, and its answers to the template's own questions."""

    name: str
    project_type: str
    answers: Mapping[str, str] = field(default_factory=dict)

    def __getitem__(self, key: str) -> str:
        return self.answers[key]

    def template_answers(self) -> dict[str, str]:
        """The answers in the template's own words (cookiecutter variables)."""
        return {"project_name": self.name, **self.answers}
