    "BROKER_URL": "redis",
