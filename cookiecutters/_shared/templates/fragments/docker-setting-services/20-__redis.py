    "REDIS_URL": "redis",
