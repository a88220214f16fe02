    # Where the model's files live; the example is trained there at first start.
    model_dir: str = "models"
    # auto: a CUDA GPU when the runtime finds one, else the CPU; cpu; cuda (or fail).
    device: Literal["auto", "cpu", "cuda"] = "auto"
    # Requests arriving within batch_wait_ms of each other share one model call.
    batching: bool = True
    batch_max_rows: int = Field(default=64, ge=1)
    batch_wait_ms: float = Field(default=2.0, ge=0, le=1000)
    # Threads that run inference, away from the event loop.
    inference_threads: int = Field(default=1, ge=1)
    # Predictions under way at once, per caller (the token's subject; without auth
    # every client is the same caller) and in all: past either, 429 at once.
    predictions_per_caller: int = Field(default=32, ge=1)
    predictions_in_all: int = Field(default=128, ge=1)
