    # Keys start with the prefix, so several apps (and their tests) can share a Redis.
    cache_prefix: str = f"{PROJECT_NAME}:"
