from app.db.session import create_engine, create_sessionmaker
