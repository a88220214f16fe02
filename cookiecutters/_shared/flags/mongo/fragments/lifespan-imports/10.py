from app.db.mongo import connect, open_client
