    cache_ttl_seconds: int = 60
