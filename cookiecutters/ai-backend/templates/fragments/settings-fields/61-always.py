    # Predictions under way at once, per caller (the token's subject; without auth
    # every client is the same caller) and in all: past either, 429 at once.
    predictions_per_caller: int = Field(default=32, ge=1)
    predictions_in_all: int = Field(default=128, ge=1)
