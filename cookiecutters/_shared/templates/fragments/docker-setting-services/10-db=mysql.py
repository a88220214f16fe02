    "DATABASE_URL": "mariadb",
