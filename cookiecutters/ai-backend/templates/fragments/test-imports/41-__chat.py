from tests.fake_llm import fake_llm_settings
{# Generated from cookiecutters/ai-backend/flags/chat/fragments/test-imports/41.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
