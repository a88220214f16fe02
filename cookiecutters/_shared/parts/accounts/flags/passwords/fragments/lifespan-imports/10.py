from app.core.rate_limit import create_rate_limiter
