{%- set c = cookiecutter -%}
"""Background tasks over HTTP: send one to the worker, then ask how it went.

The queue client blocks on network I/O, so these routes are plain `def`s:
FastAPI runs them in its thread pool, away from the event loop.
"""

from fastapi import APIRouter{% if c.__auth %}, Depends{% endif %}
from pydantic import BaseModel, Field, JsonValue

from app.core.errors import NotFoundError
{%- if c.__auth %}
from app.domains.auth.dependencies import get_current_user
{%- endif %}
from app.worker.queue import Status, TaskQueueDep

router = APIRouter(prefix="/tasks", tags=["tasks"])


class CountWords(BaseModel):
    text: str = Field(max_length=100_000)


class TaskPublic(BaseModel):
    id: str
    status: Status
    result: JsonValue = None
    error: str | None = None


@router.post("/count-words", status_code=202{% if c.__auth %}, dependencies=[Depends(get_current_user)]{% endif %})
def count_words(data: CountWords, queue: TaskQueueDep) -> TaskPublic:
    return TaskPublic(id=queue.enqueue_count_words(data.text), status="queued")


@router.get("/{task_id}")
def read_task(task_id: str, queue: TaskQueueDep) -> TaskPublic:
    state = queue.state(task_id)
    if state is None:
        raise NotFoundError(f"no task {task_id}")
    return TaskPublic.model_validate(state, from_attributes=True)
