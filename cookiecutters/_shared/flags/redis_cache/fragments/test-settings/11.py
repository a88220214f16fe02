    "cache_prefix": f"{TEST_RUN}:",
