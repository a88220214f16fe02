"""What the example model reads and answers: iris measurements in, a species with
its probabilities out. A model of your own brings its own (keep the two names at
the end: the rest of the app serves whatever they name)."""

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

# More rows than this in one request (or job) are refused with 422.
MAX_BATCH_ROWS = 256
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


ModelInput = Features
ModelOutput = Prediction
