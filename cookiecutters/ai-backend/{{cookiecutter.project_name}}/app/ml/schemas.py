"""What the API reads and answers around the model's own input and output
(model_io.py): batches, model descriptions and jobs."""

from typing import Literal

from pydantic import BaseModel, Field

from app.ml.model_io import MAX_BATCH_ROWS, ModelInput, ModelOutput

JobStatus = Literal["queued", "running", "succeeded", "failed"]


class PredictRequest(BaseModel):
    inputs: list[ModelInput] = Field(min_length=1, max_length=MAX_BATCH_ROWS)


class PredictResponse(BaseModel):
    model: str
    version: str
    predictions: list[ModelOutput]


class ModelInfo(BaseModel):
    name: str
    version: str
    runtime: str
    device: str
    batching: bool
    input_schema: dict[str, object]


class JobPublic(BaseModel):
    id: str
    status: JobStatus
    result: list[ModelOutput] | None = None
    error: str | None = None
