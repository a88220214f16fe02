"""Predictions: POST /api/v1/predict for a batch of inputs, GET /api/v1/models for
what is served (name, version, runtime, device, input schema)."""

from fastapi import APIRouter

from app.core.errors import error_responses
from app.ml.predictor import PredictorDep
from app.ml.schemas import ModelInfo, PredictRequest, PredictResponse

router = APIRouter(tags=["models"], responses=error_responses(503))


@router.post("/predict")
async def predict(request: PredictRequest, predictor: PredictorDep) -> PredictResponse:
    predictions = await predictor.predict(request.inputs)
    model = predictor.model
    return PredictResponse(
        model=model.name, version=model.version, predictions=predictions
    )


@router.get("/models")
async def list_models(predictor: PredictorDep) -> list[ModelInfo]:
    return [predictor.info()]
