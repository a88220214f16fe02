{#- Generated from cookiecutters/_shared/project/app/api/tasks.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. -#}
{%- set c = cookiecutter -%}
"""Background tasks over HTTP: send one to the worker, then ask how it went.

The queue client blocks on network I/O, so these routes are plain `def`s:
FastAPI runs them in its thread pool, away from the event loop.
"""

from typing import Annotated

from fastapi import APIRouter, Depends
from pydantic import BaseModel, Field, JsonValue

from app.core.errors import NotFoundError, error_responses
{%- if c.__auth %}
from app.domains.auth.dependencies import get_current_user
from app.domains.auth.models import User
{%- endif %}
from app.worker.queue import Status, TaskQueueDep
from app.worker.tasks import COUNT_WORDS

router = APIRouter(
    prefix="/tasks",
    tags=["tasks"],
    responses=error_responses({% if c.__auth %}401, 403, {% endif %}404),
)
{%- if c.__auth %}


async def task_owner(user: Annotated[User, Depends(get_current_user)]) -> str:
    """Tasks belong to the user who sent them: no one else reads their results."""
    return str(user.id)
{%- else %}


async def task_owner() -> str:
    """Without authentication, every client is the same owner."""
    return ""
{%- endif %}


TaskOwner = Annotated[str, Depends(task_owner)]


class CountWords(BaseModel):
    text: str = Field(max_length=100_000)


class TaskPublic(BaseModel):
    id: str
    status: Status
    result: JsonValue = None
    error: str | None = None


@router.post("/count-words", status_code=202, responses=error_responses(429))
def count_words(data: CountWords, queue: TaskQueueDep, owner: TaskOwner) -> TaskPublic:
    task_id = queue.enqueue(COUNT_WORDS, [data.text], owner)
    return TaskPublic(id=task_id, status="queued")


@router.get("/{task_id}")
def read_task(task_id: str, queue: TaskQueueDep, owner: TaskOwner) -> TaskPublic:
    state = queue.state(task_id, owner)
    if state is None:
        raise NotFoundError(f"no task {task_id}")
    return TaskPublic.model_validate(state, from_attributes=True)
