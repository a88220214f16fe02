    "DATABASE_URL": "postgres",
