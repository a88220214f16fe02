        "mongodb_database": f"{DATABASE_NAME}_test",
