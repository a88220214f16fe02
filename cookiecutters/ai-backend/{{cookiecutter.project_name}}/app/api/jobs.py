"""Background predictions: POST /api/v1/jobs sends a batch (202 with the job's id),
GET /api/v1/jobs/{id} says how it went and gives the results. A job belongs to the
caller who sent it (app/api/caller.py): for anyone else it does not exist."""

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Request

from app.api.caller import CallerId
from app.core.errors import NotFoundError, error_responses
from app.ml.jobs import Jobs
from app.ml.predictor import PredictorDep
from app.ml.schemas import JobPublic, PredictRequest

router = APIRouter(prefix="/jobs", tags=["jobs"], responses=error_responses(404, 503))


async def get_jobs(request: Request) -> Jobs:
    jobs: Jobs = request.app.state.jobs
    return jobs


JobsDep = Annotated[Jobs, Depends(get_jobs)]
JobId = Annotated[str, Path(max_length=64)]


@router.post("", status_code=202, responses=error_responses(429))
async def submit_job(
    request: PredictRequest, predictor: PredictorDep, jobs: JobsDep, owner: CallerId
) -> JobPublic:
    job = await jobs.submit(predictor, request.inputs, owner)
    return JobPublic(id=job.id, status=job.status)


@router.get("/{job_id}")
async def read_job(job_id: JobId, jobs: JobsDep, owner: CallerId) -> JobPublic:
    job = await jobs.state(job_id, owner)
    if job is None:
        raise NotFoundError(f"no job {job_id}")
    return JobPublic(id=job.id, status=job.status, result=job.result, error=job.error)
