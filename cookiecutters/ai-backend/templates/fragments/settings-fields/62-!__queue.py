    # Jobs per caller: unfinished at once (429 past that), and kept with their
    # results (a new one pushes out the caller's oldest finished job).
    jobs_in_flight_per_caller: int = Field(default=10, ge=1)
    jobs_kept_per_caller: int = Field(default=100, ge=1)
