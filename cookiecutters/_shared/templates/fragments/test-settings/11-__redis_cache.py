        "cache_prefix": f"{PROJECT_NAME}-test:",
