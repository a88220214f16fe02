    # The OpenAI-compatible API that answers: its base URL (up to and with /v1), the
    # model's name there, and the key sent as a bearer token (none when empty: a
    # server of your own may need none).
    llm_base_url: str = "https://api.openai.com/v1"
    llm_model: str = "gpt-4o-mini"
    llm_api_key: SecretStr = SecretStr("")
    # Per call: how long an answer (or the next piece of a stream) may take.
    llm_timeout_seconds: float = Field(default=60.0, gt=0, le=600)
    # Connection errors, timeouts, 408, 429 and 5xx answers are tried again, waiting
    # llm_retry_backoff_seconds, then twice that, ... (or what Retry-After asks).
    llm_max_retries: int = Field(default=2, ge=0, le=10)
    llm_retry_backoff_seconds: float = Field(default=0.5, ge=0, le=30)
    # Batching is off: the provider takes one conversation per call and batches on
    # its side. Turned on, requests within batch_wait_ms share one predict() call.
    batching: bool = False
    batch_max_rows: int = Field(default=16, ge=1)
    batch_wait_ms: float = Field(default=2.0, ge=0, le=1000)
    # Requests answered at once (each thread waits on the provider).
    inference_threads: int = Field(default=8, ge=1)
    # Predictions under way at once, per caller (the token's subject; without auth
    # every client is the same caller) and in all: past either, 429 at once. A
    # provider's answer takes seconds: no more than the threads that wait on it, and
    # a caller never most of them.
    predictions_per_caller: int = Field(default=2, ge=1)
    predictions_in_all: int = Field(default=8, ge=1)
{# Generated from cookiecutters/ai-backend/flags/chat/fragments/settings-fields/60.py by hooks/sync.py: edit that file, then run `python hooks/sync.py`. #}
