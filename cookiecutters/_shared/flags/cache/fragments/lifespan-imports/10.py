from app.core.cache import create_cache
