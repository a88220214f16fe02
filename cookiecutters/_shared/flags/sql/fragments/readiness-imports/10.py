from app.db.session import ping_database
