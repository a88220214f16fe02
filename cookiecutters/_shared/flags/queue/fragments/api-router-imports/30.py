from app.api.tasks import router as tasks_router
