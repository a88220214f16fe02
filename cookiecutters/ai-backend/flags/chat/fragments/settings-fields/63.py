    # Streamed replies open at once, per caller and in all (429 past either).
    chat_streams_per_caller: int = Field(default=4, ge=1)
    chat_streams_in_all: int = Field(default=64, ge=1)
