from app.api.jobs import router as jobs_router
from app.api.predict import router as predict_router
