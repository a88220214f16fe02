    # Streamed replies open at once, per caller and in all (429 past either).
    chat_streams_per_caller: int = Field(default=4, ge=1)
    chat_streams_in_all: int = Field(default=64, ge=1)
{# Generated from cookiecutters/ai-backend/flags/chat/fragments/settings-fields/63.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
