from app.ml.upstream import ChatStreamer, Upstream
{# Generated from cookiecutters/ai-backend/flags/chat/fragments/lifespan-imports/61.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
