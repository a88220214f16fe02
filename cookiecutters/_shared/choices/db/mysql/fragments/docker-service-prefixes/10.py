    "mariadb": "MARIADB_",
