from app.api.chat import router as chat_router
