"""The answers that define a project, and the project types fastkit knows."""

from dataclasses import asdict, dataclass

# Every project type, in the order the questionnaire shows them.
PROJECT_TYPES = {
    "rest-api": "REST API backend: CRUD example domain, auth, database, migrations",
    "microservice": "Microservice: a small service behind a message broker",
    "fullstack": "Full stack: an API backend with a React or Vue frontend",
    "ai-backend": "AI/ML backend: model serving behind an API",
}
DEFAULT_TYPE = "rest-api"

# The template questions with fixed choices, in the order they are asked (the
# template's cookiecutter.json lists each one's values and labels), then the
# free-text ones. cache, queue, broker, docker and ci are the extras.
CHOICE_QUESTIONS = ("auth", "db", "cache", "queue", "broker", "docker", "ci", "architecture")
TEXT_QUESTIONS = ("description", "author")
TEMPLATE_QUESTIONS = (*CHOICE_QUESTIONS, *TEXT_QUESTIONS)


@dataclass(frozen=True)
class ProjectOptions:
    name: str
    project_type: str
    auth: str
    db: str
    cache: str
    queue: str
    broker: str
    docker: str
    ci: str
    architecture: str
    description: str
    author: str

    def template_answers(self) -> dict[str, str]:
        """The answers in the template's own words (cookiecutter variables)."""
        answers = asdict(self)
        answers["project_name"] = answers.pop("name")
        answers.pop("project_type")
        return answers
