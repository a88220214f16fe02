    "redis": "REDIS_",
