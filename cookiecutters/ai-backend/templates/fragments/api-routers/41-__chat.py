api_router.include_router(chat_router)
{# Generated from cookiecutters/ai-backend/flags/chat/fragments/api-routers/41.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
