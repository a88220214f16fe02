"""What the API reads and answers for the example model: iris measurements in,
a species with its probabilities out. A model of your own brings its own."""

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

# More rows than this in one request (or job) are refused with 422.
MAX_BATCH_ROWS = 256
JobStatus = Literal["queued", "running", "succeeded", "failed"]
Measure = Annotated[float, Field(ge=0, le=100, allow_inf_nan=False)]


class Features(BaseModel):
    """One flower, measured in centimetres: numbers only (no "5" or true)."""

    model_config = ConfigDict(extra="forbid", strict=True)

    sepal_length: Measure
    sepal_width: Measure
    petal_length: Measure
    petal_width: Measure

    def as_row(self) -> list[float]:
        return [
            self.sepal_length,
            self.sepal_width,
            self.petal_length,
            self.petal_width,
        ]


class Prediction(BaseModel):
    label: str
    probabilities: dict[str, float]


class PredictRequest(BaseModel):
    inputs: list[Features] = Field(min_length=1, max_length=MAX_BATCH_ROWS)


class PredictResponse(BaseModel):
    model: str
    version: str
    predictions: list[Prediction]


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
    result: list[Prediction] | None = None
    error: str | None = None
