    "MONGODB_URL": "mongodb",
