    "postgres": "POSTGRES_",
