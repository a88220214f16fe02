from app.db.mongo import ping_database
