    "mongodb": "MONGO_INITDB_",
