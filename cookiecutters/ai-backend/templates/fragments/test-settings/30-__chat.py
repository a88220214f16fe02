    **fake_llm_settings(),
{# Generated from cookiecutters/ai-backend/flags/chat/fragments/test-settings/30.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
