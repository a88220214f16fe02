    redis_url: str = "redis://localhost:6379/0"
