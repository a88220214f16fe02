"""Predictions: POST /api/v1/predict for a batch of inputs, GET /api/v1/models for
what is served (name, version, runtime, device, input schema)."""

from fastapi import APIRouter

from app.api.caller import CallerId
from app.api.quotas import PredictionsDep
from app.core.errors import error_responses
from app.ml.predictor import PredictorDep
from app.ml.schemas import ModelInfo, PredictRequest, PredictResponse

router = APIRouter(tags=["models"], responses=error_responses(503))


@router.post("/predict", responses=error_responses(429))
async def predict(
    request: PredictRequest,
    predictor: PredictorDep,
    caller: CallerId,
    predictions: PredictionsDep,
) -> PredictResponse:
    """429 past the caller's PREDICTIONS_PER_CALLER under way (or the process's
    PREDICTIONS_IN_ALL): the answer comes at once, the model is not kept busy."""
    with predictions.hold(caller):
        outputs = await predictor.predict(request.inputs)
    model = predictor.model
    return PredictResponse(model=model.name, version=model.version, predictions=outputs)


@router.get("/models")
async def list_models(predictor: PredictorDep) -> list[ModelInfo]:
    return [predictor.info()]
