from app.api.chat import router as chat_router
{# Generated from cookiecutters/ai-backend/flags/chat/fragments/api-router-imports/41.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
