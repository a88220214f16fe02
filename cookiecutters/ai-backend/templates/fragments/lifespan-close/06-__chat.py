    await app.state.chat.close()
{# Generated from cookiecutters/ai-backend/flags/chat/fragments/lifespan-close/06.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
